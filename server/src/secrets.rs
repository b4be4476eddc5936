//! The server's secrets (key material: the session key, the keys that seal authenticator
//! secrets and mail, the backup codes' HMAC key): from configuration, or in development from key files in the data directory, created
//! once (mode 0600) with a warning and reused on every start; a key file other users can read
//! is refused. Production takes keys from configuration only.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use crate::{
    config::{Config, Key256, Mode, SecretKey, SessionKey, parse_key},
    services::{codes::BackupCodeHasher, secret_box::SecretBox},
};

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error(
        "{0} is not set; in production it is required (see the README, \"Configuration\", \
         for how to generate it)"
    )]
    MissingInProduction(&'static str),
    #[error("key file {path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("TWOFOLD_TOTP_KEYS: {0}")]
    Ring(String),
}

/// Every key the server uses.
pub struct Secrets {
    pub session: SessionKey,
    pub totp: std::sync::Arc<SecretBox>,
    pub backup_codes: BackupCodeHasher,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets([redacted])")
    }
}

/// Loads every key; in production each must be configured.
pub fn load(config: &Config) -> Result<Secrets, SecretsError> {
    let session = configured_or_file(
        config,
        config.session_key.as_ref(),
        "TWOFOLD_SESSION_KEY",
        "session.key",
    )?;
    let ring: Vec<(u8, Key256)> = if config.totp_keys.is_empty() {
        vec![(
            1,
            configured_or_file(config, None, "TWOFOLD_TOTP_KEYS", "totp.key")?,
        )]
    } else {
        config.totp_keys.clone()
    };
    let current = config
        .totp_key_id
        .or_else(|| ring.iter().map(|(id, _)| *id).max())
        .unwrap_or(1);
    let totp = SecretBox::new(current, ring.into_iter().map(|(id, key)| (id, key.0)))
        .map_err(|e| SecretsError::Ring(e.to_string()))?;
    let backup: Key256 = configured_or_file(
        config,
        config.backup_code_key.as_ref(),
        "TWOFOLD_BACKUP_CODE_KEY",
        "backup-code.key",
    )?;
    Ok(Secrets {
        session,
        totp: std::sync::Arc::new(totp),
        backup_codes: BackupCodeHasher::new(backup.0),
    })
}

/// The configured key; without one, in development, the key in `<data dir>/<file>`, created
/// on the first start.
fn configured_or_file<const N: usize>(
    config: &Config,
    configured: Option<&SecretKey<N>>,
    variable: &'static str,
    file: &str,
) -> Result<SecretKey<N>, SecretsError> {
    if let Some(key) = configured {
        return Ok(key.clone());
    }
    if config.mode == Mode::Production {
        return Err(SecretsError::MissingInProduction(variable));
    }
    let path = config.data_dir.join(file);
    let file_error = |reason: String| SecretsError::File {
        path: path.clone(),
        reason,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            refuse_if_shared(&path).map_err(file_error)?;
            parse_key(&text).map_err(file_error)
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            let key = SecretKey::<N>(rand::random());
            write_new_key(&path, &key.0).map_err(|e| file_error(e.to_string()))?;
            tracing::warn!(
                path = %path.display(),
                "created a development key file; set {variable} in production"
            );
            Ok(key)
        }
        Err(err) => Err(file_error(err.to_string())),
    }
}

/// A key file others may read is not a secret any more: refused, with what to do.
fn refuse_if_shared(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| e.to_string())?
        .permissions()
        .mode();
    if mode & 0o077 == 0 {
        return Ok(());
    }
    Err(format!(
        "readable by other users (mode {:o}); make it private with `chmod 600 {}`, or replace \
         the key if others may have read it",
        mode & 0o777,
        path.display()
    ))
}

fn write_new_key(path: &Path, key: &[u8]) -> std::io::Result<()> {
    use base64::Engine;
    let mut file = crate::private_files::create_new(path)?;
    file.write_all(
        base64::engine::general_purpose::STANDARD
            .encode(key)
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
    fn development_key_files_are_created_once_with_mode_0600() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = dev_config(dir.path());
        let first = load(&config).expect("first start");
        for file in ["session.key", "totp.key", "backup-code.key"] {
            let mode = std::fs::metadata(dir.path().join(file))
                .expect(file)
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
        let second = load(&config).expect("second start");
        assert_eq!(first.session, second.session, "the keys survive restarts");
        let sealed = first.totp.seal(7, b"secret").expect("seal");
        assert_eq!(&second.totp.open(7, &sealed).expect("open")[..], b"secret");
        assert_eq!(
            first.backup_codes.hash(7, "ABCDE-FGHJK"),
            second.backup_codes.hash(7, "ABCDE-FGHJK")
        );
    }

    #[test]
    fn a_key_file_others_can_read_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = dev_config(dir.path());
        load(&config).expect("first start");
        let file = dir.path().join("totp.key");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let err = load(&config).expect_err("must refuse");
        assert!(err.to_string().contains("readable by other users"), "{err}");
        assert!(err.to_string().contains("chmod 600"), "{err}");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        load(&config).expect("private again");
    }

    #[test]
    fn production_requires_every_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut config = dev_config(dir.path());
        config.mode = Mode::Production;
        let err = load(&config).expect_err("must refuse");
        assert!(err.to_string().contains("TWOFOLD_SESSION_KEY"));
        config.session_key = Some(SecretKey([1; 64]));
        assert!(
            load(&config)
                .expect_err("must refuse")
                .to_string()
                .contains("TWOFOLD_TOTP_KEYS")
        );
        config.totp_keys = vec![(3, SecretKey([2; 32]))];
        assert!(
            load(&config)
                .expect_err("must refuse")
                .to_string()
                .contains("TWOFOLD_BACKUP_CODE_KEY")
        );
        config.backup_code_key = Some(SecretKey([3; 32]));
        let keys = load(&config).expect("all configured");
        assert!(
            !keys
                .totp
                .needs_rotation(&keys.totp.seal(1, b"x").expect("seal"))
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("dir").count(),
            0,
            "no key files in production"
        );
    }
}
