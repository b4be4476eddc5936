//! The session key: from configuration, or in development from a key file created once.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use crate::config::{Config, Mode, SessionKey, parse_key};

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(
        "TWOFOLD_SESSION_KEY is not set; in production it is required \
         (generate one with: head -c 64 /dev/urandom | base64 -w0)"
    )]
    MissingInProduction,
    #[error("key file {path}: {reason}")]
    File { path: PathBuf, reason: String },
}

/// The key from configuration; in development without one, the key in
/// `<data dir>/session.key`, created (mode 0600) on the first start and reused afterwards.
pub fn session_key(config: &Config) -> Result<SessionKey, KeyError> {
    if let Some(key) = &config.session_key {
        return Ok(key.clone());
    }
    if config.mode == Mode::Production {
        return Err(KeyError::MissingInProduction);
    }
    let path = config.data_dir.join("session.key");
    let file_error = |reason: String| KeyError::File {
        path: path.clone(),
        reason,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_key(&text).map_err(file_error),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            let key = SessionKey(rand::random());
            write_new_key(&path, &key).map_err(|e| file_error(e.to_string()))?;
            tracing::warn!(
                path = %path.display(),
                "created a development session key file; set TWOFOLD_SESSION_KEY in production"
            );
            Ok(key)
        }
        Err(err) => Err(file_error(err.to_string())),
    }
}

fn write_new_key(path: &Path, key: &SessionKey) -> std::io::Result<()> {
    use base64::Engine;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(
        base64::engine::general_purpose::STANDARD
            .encode(key.0)
            .as_bytes(),
    )?;
    file.write_all(b"\n")?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn dev_config(dir: &Path) -> Config {
        let mut config = Config::from_lookup(|_| None).expect("config");
        config.data_dir = dir.to_path_buf();
        config
    }

    #[test]
    fn development_key_file_is_created_once_with_mode_0600() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = dev_config(dir.path());
        let first = session_key(&config).expect("first start");
        let mode = std::fs::metadata(dir.path().join("session.key"))
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let second = session_key(&config).expect("second start");
        assert_eq!(first.0, second.0, "the key survives restarts");
    }

    #[test]
    fn production_requires_a_configured_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut config = dev_config(dir.path());
        config.mode = Mode::Production;
        let err = session_key(&config).expect_err("must refuse");
        assert!(err.to_string().contains("TWOFOLD_SESSION_KEY"));
        assert!(!dir.path().join("session.key").exists());
    }
}
