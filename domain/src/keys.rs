//! Security keys and passkeys (WebAuthn): what the pages show of a key, the handle of a
//! ceremony under way, and why one was refused.

use serde::{Deserialize, Serialize};

use crate::error::{Fault, LimitError, TooManyAttempts};

/// How long a WebAuthn ceremony (adding a key, or signing in with one) may take.
pub const CEREMONY_TTL_SECS: i64 = 5 * 60;
/// The longest name a key may have, in characters.
pub const MAX_KEY_NAME: usize = 64;

/// A key of the account, as the settings page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyInfo {
    /// Names the key for renaming and removing (the row id; the account is the session's).
    pub id: i64,
    pub name: String,
    /// Unix seconds.
    pub added_at: i64,
    pub last_used_at: Option<i64>,
}

/// The handle of a ceremony under way: a random token the browser's session keeps. The
/// database keeps only its hash, with the state of the ceremony. Its `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ceremony(pub String);

impl std::fmt::Debug for Ceremony {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ceremony([redacted])")
    }
}

/// A ceremony started: its handle (for the session) and the options for the browser's
/// `navigator.credentials` (JSON, as the WebAuthn JSON encoding has them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChallenge {
    pub ceremony: Ceremony,
    pub options: String,
}

/// Why the key service refused a WebAuthn ceremony or a key's answer. The operations on the
/// account's factors answer with [`crate::error::FactorError`], which this converts into.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The browser's answer did not prove the key: a wrong origin, a bad signature, a key
    /// that is not (or no longer) the account's, a replayed answer, or a signature counter
    /// that went back (a cloned key).
    #[error("key refused")]
    Refused,
    /// The ceremony expired, was used already, or never started.
    #[error("ceremony expired")]
    Expired,
    /// The key is registered already (to this account or another).
    #[error("key already registered")]
    AlreadyRegistered,
    /// The account has no such key (or no key at all).
    #[error("no such key")]
    NoSuchKey,
    /// An empty or too long name.
    #[error("unusable key name")]
    InvalidName,
    #[error(transparent)]
    TooMany(#[from] TooManyAttempts),
    #[error(transparent)]
    Fault(#[from] Fault),
}

impl From<LimitError> for KeyError {
    fn from(err: LimitError) -> Self {
        match err {
            LimitError::TooMany(too_many) => Self::TooMany(too_many),
            LimitError::Fault(fault) => Self::Fault(fault),
        }
    }
}

/// A key added: what the settings page lists, and — when it is the account's first factor,
/// which turns two-factor on — the backup codes made with it, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyAdded {
    pub key: KeyInfo,
    pub backup_codes: Option<crate::factor::BackupCodes>,
}

impl From<KeyError> for crate::error::FactorError {
    fn from(err: KeyError) -> Self {
        match err {
            KeyError::TooMany(too_many) => Self::TooMany(too_many),
            KeyError::Fault(fault) => Self::Fault(fault),
            KeyError::NoSuchKey => Self::NoSuchKey,
            KeyError::AlreadyRegistered => Self::KeyAlreadyRegistered,
            KeyError::InvalidName => Self::KeyNameInvalid,
            KeyError::Refused | KeyError::Expired => Self::KeyRefused,
        }
    }
}
