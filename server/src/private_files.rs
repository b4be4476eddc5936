//! Files only the server's own user may read or write: folders are created 0700, files 0600
//! (the SQLite database, mail in the outbox, development key files).

use std::{
    fs::{DirBuilder, File, OpenOptions},
    io,
    os::unix::fs::{DirBuilderExt, OpenOptionsExt},
    path::Path,
};

/// Creates `dir` and any missing parents, each 0700 (existing ones are left as they are).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Creates the new file `path` (0600), failing if it exists; its folder is created first.
pub fn create_new(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_dir(dir)?;
    }
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Writes `contents` to `path` (0600 when it is created; an existing file is replaced).
pub fn write(path: &Path, contents: &[u8]) -> io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_dir(dir)?;
    }
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn folders_are_0700_and_files_0600() {
        let root = tempfile::tempdir().expect("tempdir");
        let file = root.path().join("a/b/mail.eml");
        write(&file, b"hello").expect("write");
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&root.path().join("a")), 0o700);
        assert_eq!(mode(&root.path().join("a/b")), 0o700);
        assert!(create_new(&file).is_err(), "create_new never replaces");
        let key = root.path().join("c/key");
        drop(create_new(&key).expect("create"));
        assert_eq!(mode(&key), 0o600);
    }
}
