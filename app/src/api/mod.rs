//! Server functions (thin adapters over the services) and the client-side state around them.

pub mod account;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod security;
#[cfg(feature = "ssr")]
pub mod session;
pub mod two_factor;

use serde::{Deserialize, Serialize};

/// What the settings page shows about the signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub email: String,
    pub two_factor: TwoFactorStatus,
    /// The language the user chose, if any (a locale id such as `de-DE`).
    pub language: Option<String>,
}

/// Whether two-factor authentication is on, and how many backup codes are left.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorStatus {
    /// Unix seconds when two-factor authentication was turned on; `None` while it is off.
    pub since: Option<i64>,
    /// Unused backup codes (0 while two-factor authentication is off).
    pub backup_codes_left: i64,
}

impl TwoFactorStatus {
    /// At or below this many backup codes left, the user is urged to make new ones.
    pub const FEW_BACKUP_CODES: i64 = 3;

    pub fn is_on(&self) -> bool {
        self.since.is_some()
    }

    pub fn few_backup_codes_left(&self) -> bool {
        self.is_on() && self.backup_codes_left <= Self::FEW_BACKUP_CODES
    }
}

/// A confirmation shown once, at the top of the next page, after a change that ends with a
/// page load (a form post, or closing the dialog that showed new backup codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// Logged in with a backup code; this many are left.
    BackupCodeUsed {
        left: i64,
    },
    /// Each of the others says how many other sessions the change signed out.
    TwoFactorEnabled {
        signed_out: u64,
    },
    TwoFactorDisabled {
        signed_out: u64,
    },
    BackupCodesRegenerated {
        signed_out: u64,
    },
    PasswordChanged {
        signed_out: u64,
    },
}

/// A new set of backup codes, shown once (after turning two-factor authentication on and after
/// making new codes), with the status that results. Its `Debug` shows no code.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupCodes {
    pub codes: Vec<String>,
    pub status: TwoFactorStatus,
    /// How many other sessions of the account were signed out with the change.
    pub signed_out_elsewhere: u64,
}

impl std::fmt::Debug for BackupCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupCodes")
            .field("codes", &format_args!("[{} redacted]", self.codes.len()))
            .field("status", &self.status)
            .field("signed_out_elsewhere", &self.signed_out_elsewhere)
            .finish()
    }
}

/// What the set-up dialog shows: the QR code (inline SVG) and the same key for typing. The only
/// time a second-factor secret leaves the server; its `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    pub qr_svg: String,
    pub manual_key: String,
}

impl std::fmt::Debug for TwoFactorSetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TwoFactorSetup([redacted])")
    }
}
