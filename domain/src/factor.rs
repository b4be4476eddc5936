//! Factors: the credentials that prove two-factor at sign-in, and what the pages show of them.

use serde::{Deserialize, Serialize};

/// A kind of factor: what proves two-factor at sign-in. The backup codes are not one: they come
/// with the first factor and go with the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactorKind {
    /// An authenticator app (TOTP).
    Authenticator,
    /// A security key or passkey (WebAuthn).
    Key,
}

impl FactorKind {
    fn bit(self) -> u8 {
        match self {
            Self::Authenticator => 1,
            Self::Key => 2,
        }
    }
}

/// The kinds of factor an account has: one value wherever the pages need to know (the
/// settings, the verify page, a reset link's form, the administrator page).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorSet(u8);

impl FactorSet {
    /// The same set, with `kind` in it or not.
    pub fn with(self, kind: FactorKind, has: bool) -> Self {
        if has {
            Self(self.0 | kind.bit())
        } else {
            Self(self.0 & !kind.bit())
        }
    }

    pub fn has(self, kind: FactorKind) -> bool {
        self.0 & kind.bit() != 0
    }
}

/// How long the code mailed for an account's first factor works: 15 minutes.
pub const MAILED_CODE_TTL_SECS: i64 = 15 * 60;

/// Whether two-factor authentication is on, and how many backup codes are left. It is on while
/// the account has an authenticator app or at least one security key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorStatus {
    /// Unix seconds when two-factor authentication was turned on (its oldest factor was
    /// added); `None` while it is off.
    pub since: Option<i64>,
    /// The kinds of factor the account has.
    pub factors: FactorSet,
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

/// A factor that was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    /// When a backup code was used: how many are left (to warn when few remain).
    pub backup_codes_left: Option<i64>,
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

/// What the set-up dialog shows for an authenticator app: the QR code (inline SVG) and the same
/// key for typing. The only time a factor's secret leaves the server; its `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthenticatorSetup {
    pub qr_svg: String,
    pub manual_key: String,
}

impl std::fmt::Debug for AuthenticatorSetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuthenticatorSetup([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let setup = AuthenticatorSetup {
            qr_svg: "<svg>JBSWY3DP</svg>".to_owned(),
            manual_key: "JBSW Y3DP".to_owned(),
        };
        assert!(!format!("{setup:?}").contains("JBSW"));
        let codes = BackupCodes {
            codes: vec!["1234567890".to_owned()],
            status: TwoFactorStatus::default(),
            signed_out_elsewhere: 0,
        };
        assert!(!format!("{codes:?}").contains("1234567890"));
    }

    #[test]
    fn few_backup_codes_only_while_on() {
        let off = TwoFactorStatus::default();
        assert!(!off.few_backup_codes_left());
        let on = |left| TwoFactorStatus {
            since: Some(1),
            factors: FactorSet::default().with(FactorKind::Authenticator, true),
            backup_codes_left: left,
        };
        assert!(on(3).few_backup_codes_left());
        assert!(!on(4).few_backup_codes_left());
    }

    #[test]
    fn a_set_holds_each_kind_apart() {
        let set = FactorSet::default().with(FactorKind::Key, true);
        assert!(set.has(FactorKind::Key));
        assert!(!set.has(FactorKind::Authenticator));
        let both = set.with(FactorKind::Authenticator, true);
        assert!(both.has(FactorKind::Authenticator) && both.has(FactorKind::Key));
        assert!(
            both.with(FactorKind::Key, false)
                .has(FactorKind::Authenticator)
        );
        assert!(!both.with(FactorKind::Key, false).has(FactorKind::Key));
        assert_eq!(FactorSet::default(), set.with(FactorKind::Key, false));
    }
}
