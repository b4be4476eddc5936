//! The browser assets a server serves must come from the same build as the server: the main
//! WebAssembly file of the site carries the build's mark (`app::build::MARK`), which is
//! compared at start-up. A server beside a bundle of other sources would serve pages that fail
//! to hydrate; it refuses to start instead.

use std::path::{Path, PathBuf};

/// What the check found.
#[derive(Debug, PartialEq, Eq)]
pub enum Site {
    /// The bundle is of this build.
    Matches,
    /// There is no bundle (a server without browser assets: pages render, nothing hydrates).
    Missing(PathBuf),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "the browser assets in {path} come from another build ({found}) than this server ({expected}); \
     build both again (`cargo leptos build`), or point LEPTOS_SITE_ROOT at the site built with this server"
)]
pub struct Mismatch {
    pub path: PathBuf,
    pub found: String,
    pub expected: &'static str,
}

/// The main WebAssembly file of the site, as cargo-leptos writes it.
pub fn bundle_path(site_root: &str, pkg_dir: &str, output_name: &str) -> PathBuf {
    Path::new(site_root)
        .join(pkg_dir)
        .join(format!("{output_name}.wasm"))
}

/// Compares the bundle at `path` with this build.
pub fn check(path: &Path) -> Result<Site, Mismatch> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(Site::Missing(path.to_path_buf()));
    };
    match mark_in(&bytes) {
        Some(mark) if mark == app::build::MARK.as_bytes() => Ok(Site::Matches),
        found => Err(Mismatch {
            path: path.to_path_buf(),
            found: found.map_or_else(
                || "no build id".to_owned(),
                |mark| String::from_utf8_lossy(mark).into_owned(),
            ),
            expected: app::build::MARK,
        }),
    }
}

/// The build mark in a bundle's bytes (`twofold-build:<id>;`), if any.
fn mark_in(bytes: &[u8]) -> Option<&[u8]> {
    let prefix = app::build::MARK_PREFIX.as_bytes();
    let start = bytes.windows(prefix.len()).position(|w| w == prefix)?;
    let rest = &bytes[start..];
    let end = rest.iter().take(64).position(|&b| b == b';')?;
    Some(&rest[..=end])
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn bundle_with(contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::TempDir::new().unwrap();
        let path = bundle_path(dir.path().to_str().unwrap(), "pkg", "twofold");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        (dir, path)
    }

    #[test]
    fn a_bundle_of_this_build_matches() {
        let mut bytes = b"\0asm\x01\0\0\0 data ".to_vec();
        bytes.extend_from_slice(app::build::MARK.as_bytes());
        bytes.extend_from_slice(b" more data");
        let (_dir, path) = bundle_with(&bytes);
        assert_eq!(check(&path), Ok(Site::Matches));
    }

    #[test]
    fn a_bundle_of_another_build_is_refused() {
        let (_dir, path) = bundle_with(b"\0asm twofold-build:0123456789abcdef; rest");
        let err = check(&path).unwrap_err();
        assert_eq!(err.found, "twofold-build:0123456789abcdef;");
        assert!(err.to_string().contains("another build"), "{err}");
    }

    #[test]
    fn a_bundle_without_an_id_is_refused() {
        let (_dir, path) = bundle_with(b"\0asm nothing here");
        assert_eq!(check(&path).unwrap_err().found, "no build id");
    }

    #[test]
    fn no_bundle_is_reported_as_missing() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("pkg/twofold.wasm");
        assert_eq!(check(&path), Ok(Site::Missing(path.clone())));
    }
}
