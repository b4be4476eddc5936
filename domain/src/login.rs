//! Signing in: the password step, the pending login that waits for a factor, and the result.

use serde::{Deserialize, Serialize};

use crate::factor::{FactorKind, FactorSet};

use crate::{
    account::UserId,
    error::{AccountError, FactorError, Fault, FieldError, TooManyAttempts},
    keys::KeyError,
};

/// How long a right password stays good for giving a factor.
pub const PENDING_TTL_SECS: i64 = 5 * 60;
/// Wrong codes a pending login allows; then the password must be entered again.
pub const MAX_CODE_FAILURES: i64 = 5;

/// The factors a pending login can be finished with, for the verify page: a security key
/// (offered first), an authenticator app (else a backup code is the only code).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginFactors {
    pub factors: FactorSet,
    /// For how many days the page may offer to trust this browser (0: not offered).
    pub trust_days: u32,
}

impl LoginFactors {
    /// What the verify page offers when it cannot tell (the login is over, which sending the
    /// form then says): a code from an authenticator app.
    pub fn unknown() -> Self {
        Self {
            factors: FactorSet::default().with(FactorKind::Authenticator, true),
            trust_days: 0,
        }
    }
}

/// What the password step leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginStep {
    /// The account has no two-factor: signed in.
    SignedIn(SignedIn),
    /// The password was right; a factor must follow on the same browser.
    FactorNeeded(PendingLogin),
}

/// How a sign-in was proven. The OpenID Connect provider names it in the `amr` claim
/// (RFC 8176), and an application that asks for a security key in the sign-in looks for one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Proven {
    /// The password alone (an account without two-factor).
    #[default]
    Password,
    /// The password and a one-time code: an authenticator code or a backup code.
    PasswordAndCode,
    /// The password and a security key or passkey.
    PasswordAndKey,
    /// A passkey alone: the key, and the user's verification on it (PIN or biometrics).
    Passkey,
    /// The password in a browser trusted earlier after a second factor.
    TrustedBrowser,
}

impl Proven {
    /// The methods, as RFC 8176 names them.
    pub fn amr(self) -> &'static [&'static str] {
        match self {
            Self::Password | Self::TrustedBrowser => &["pwd"],
            Self::PasswordAndCode => &["pwd", "otp", "mfa"],
            Self::PasswordAndKey => &["pwd", "hwk", "mfa"],
            Self::Passkey => &["hwk", "user", "mfa"],
        }
    }

    /// Whether a security key or passkey answered in this sign-in.
    pub fn with_key(self) -> bool {
        matches!(self, Self::PasswordAndKey | Self::Passkey)
    }
}

/// A completed login, for the session: who, and the interface language the account chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub user: UserId,
    pub language: Option<String>,
    /// When a backup code was the factor: how many are left.
    pub backup_codes_left: Option<i64>,
    /// The account's credential epoch, which the session keeps.
    pub epoch: i64,
    /// The browser's device cookie, now naming this account too (a whole `Set-Cookie` value):
    /// from this browser the account's password is not slowed down by other people's guesses.
    pub device_cookie: Option<String>,
    /// The browser's trust cookie (a whole `Set-Cookie` value), when this sign-in trusted the
    /// browser or used (and so renewed) its trust.
    pub trust_cookie: Option<String>,
    /// How the sign-in was proven.
    pub proven: Proven,
}

/// The handle of a pending login: a random token that the browser's session keeps. The
/// database keeps only its hash, with the user, the start and the wrong codes counted so far.
/// Its `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingLogin(pub String);

impl std::fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PendingLogin([redacted])")
    }
}

/// Why a login step was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoginError {
    /// The pending login expired, had too many wrong codes, or never started: the password
    /// must be entered again.
    #[error("no pending login")]
    Expired,
    /// Too many wrong passwords, or the account's factors are locked.
    #[error(transparent)]
    TooMany(#[from] TooManyAttempts),
    /// Unknown email or wrong password (the same refusal for both).
    #[error("wrong email or password")]
    InvalidCredentials,
    /// An empty or oversized email or password.
    #[error("unusable email or password")]
    Invalid(Vec<FieldError>),
    #[error("wrong code")]
    InvalidCode,
    #[error("code used before")]
    CodeAlreadyUsed,
    /// Authenticator codes are suspended after too many wrong ones; a backup code still works.
    #[error("authenticator codes suspended")]
    AuthenticatorSuspended,
    /// The security key's answer was refused or came too late; the other ways stay open.
    #[error("security key refused")]
    KeyRefused,
    #[error(transparent)]
    Fault(#[from] Fault),
}

impl From<AccountError> for LoginError {
    fn from(err: AccountError) -> Self {
        match err {
            AccountError::Invalid(fields) => Self::Invalid(fields),
            AccountError::InvalidCredentials => Self::InvalidCredentials,
            // The account went away between the steps.
            AccountError::Gone => Self::Expired,
            AccountError::TooMany(too_many) => Self::TooMany(too_many),
            AccountError::Fault(fault) => Self::Fault(fault),
        }
    }
}

impl From<FactorError> for LoginError {
    fn from(err: FactorError) -> Self {
        match err {
            FactorError::InvalidCode => Self::InvalidCode,
            FactorError::CodeAlreadyUsed => Self::CodeAlreadyUsed,
            FactorError::AuthenticatorSuspended => Self::AuthenticatorSuspended,
            FactorError::KeyRefused
            | FactorError::KeyAlreadyRegistered
            | FactorError::KeyNameInvalid => Self::KeyRefused,
            FactorError::Password(err) => err.into(),
            // Two-factor was turned off meanwhile (which ends pending logins anyway).
            FactorError::NotEnrolled
            | FactorError::AlreadyEnrolled
            | FactorError::Required
            | FactorError::AddressUnconfirmed
            | FactorError::MailedCodeWrong
            | FactorError::NoSuchKey => Self::Expired,
            FactorError::TooMany(too_many) => Self::TooMany(too_many),
            FactorError::Fault(fault) => Self::Fault(fault),
        }
    }
}

impl From<KeyError> for LoginError {
    fn from(err: KeyError) -> Self {
        match err {
            KeyError::TooMany(too_many) => Self::TooMany(too_many),
            KeyError::Fault(fault) => Self::Fault(fault),
            // The account's keys went away meanwhile (which ends pending logins anyway).
            KeyError::NoSuchKey => Self::Expired,
            KeyError::Refused
            | KeyError::Expired
            | KeyError::AlreadyRegistered
            | KeyError::InvalidName => Self::KeyRefused,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Proven;

    #[test]
    fn every_sign_in_names_its_methods_as_rfc_8176_does() {
        assert_eq!(Proven::PasswordAndCode.amr(), ["pwd", "otp", "mfa"]);
        assert_eq!(Proven::Passkey.amr(), ["hwk", "user", "mfa"]);
        assert_eq!(Proven::TrustedBrowser.amr(), ["pwd"]);
        assert!(Proven::PasswordAndKey.with_key() && Proven::Passkey.with_key());
        assert!(!Proven::PasswordAndCode.with_key() && !Proven::TrustedBrowser.with_key());
    }
}
