//! What the security log records.

use serde::{Deserialize, Serialize};

use crate::text::msg;

/// What a security log entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    LoginSucceeded,
    /// A wrong password for this account.
    LoginFailed,
    /// A wrong authenticator or backup code.
    CodeRefused,
    TwoFactorEnabled,
    TwoFactorDisabled,
    /// `detail`: backup codes left.
    BackupCodeUsed,
    BackupCodesRegenerated,
    /// `detail`: minutes until attempts are checked again.
    Locked,
    PasswordChanged,
    /// `detail`: how many sessions ended.
    SessionsSignedOut,
    /// An administrator removed two-factor authentication and ended every session.
    AdminReset,
    /// An authenticator code was sent a second time (a replay), and refused.
    CodeReplayed,
    /// The right password was entered, but no second factor followed before the login ended
    /// (it expired, or had too many wrong codes).
    SecondStepMissing,
    /// The right password, then three wrong codes in one login: someone may know the password.
    PasswordKnown,
    /// So many wrong codes in a row that authenticator codes are no longer checked until a
    /// backup code is used (or an administrator resets two-factor authentication).
    AuthenticatorSuspended,
    /// Many wrong passwords in a row: sign-ins from browsers that never signed in to the account
    /// are slowed down (browsers that did are not).
    PasswordsSlowed,
    /// An administrator lifted the account's attempt limits.
    AdminUnlocked,
    /// A security key or passkey was added.
    KeyAdded,
    /// A security key or passkey was removed.
    KeyRemoved,
    /// A security key's answer was refused (not the account's key, a replay, a cloned key).
    KeyRefused,
    /// An authenticator app was added to an account that had two-factor on with a key.
    AuthenticatorAdded,
    /// The authenticator app was removed (keys remain).
    AuthenticatorRemoved,
    /// A browser was trusted at the code step: it signs in with the password alone.
    BrowserTrusted,
    /// A trusted browser signed in with the password alone.
    TrustedBrowserUsed,
    /// The account's owner stopped trusting a browser.
    BrowserUntrusted,
    /// An administrator signed the account out everywhere. `detail`: how many sessions ended.
    AdminSignedOut,
    /// In an administrator's own log: they removed the two-factor of the entry's subject.
    AdministeredReset,
    /// They lifted the locks of the entry's subject.
    AdministeredUnlock,
    /// They signed the entry's subject out everywhere.
    AdministeredSignOut,
    /// They changed the deployment's two-factor policy.
    PolicyChanged,
    /// An operator gave the account the administrator role.
    AdministratorGranted,
    /// An operator took the administrator role away.
    AdministratorRevoked,
    /// The address given at sign-up was confirmed through the mailed link.
    AddressConfirmed,
    /// A new password was chosen through a mailed reset link (every browser signed out).
    PasswordReset,
    /// A move to another address was asked for (detail: none; the entry's subject is the new
    /// address).
    AddressChangeAsked,
    /// The account moved to a new address (the link mailed there was used).
    AddressChanged,
    /// A trust token that a use had already replaced came back (a copied cookie): every
    /// trusted browser of the account was stopped.
    TrustCopied,
    /// A trusted browser signed in without a code from another network than it used last.
    TrustedBrowserNewNetwork,
    /// The account signed in to an application for the first time (the entry's subject is the
    /// application's name).
    ApplicationConnected,
    /// The owner disconnected an application (the entry's subject is its name).
    ApplicationDisconnected,
    /// In an administrator's own log: they registered the application (subject: its name).
    ApplicationAdded,
    /// They gave the application a new client secret.
    ApplicationSecretRotated,
    /// They removed the application.
    ApplicationRemoved,
}

impl EventKind {
    pub const ALL: [Self; 43] = [
        Self::LoginSucceeded,
        Self::LoginFailed,
        Self::CodeRefused,
        Self::TwoFactorEnabled,
        Self::TwoFactorDisabled,
        Self::BackupCodeUsed,
        Self::BackupCodesRegenerated,
        Self::Locked,
        Self::PasswordChanged,
        Self::SessionsSignedOut,
        Self::AdminReset,
        Self::CodeReplayed,
        Self::SecondStepMissing,
        Self::PasswordKnown,
        Self::AuthenticatorSuspended,
        Self::PasswordsSlowed,
        Self::AdminUnlocked,
        Self::KeyAdded,
        Self::KeyRemoved,
        Self::KeyRefused,
        Self::AuthenticatorAdded,
        Self::AuthenticatorRemoved,
        Self::BrowserTrusted,
        Self::TrustedBrowserUsed,
        Self::BrowserUntrusted,
        Self::AdminSignedOut,
        Self::AdministeredReset,
        Self::AdministeredUnlock,
        Self::AdministeredSignOut,
        Self::PolicyChanged,
        Self::AdministratorGranted,
        Self::AdministratorRevoked,
        Self::AddressConfirmed,
        Self::PasswordReset,
        Self::AddressChangeAsked,
        Self::AddressChanged,
        Self::TrustCopied,
        Self::TrustedBrowserNewNetwork,
        Self::ApplicationConnected,
        Self::ApplicationDisconnected,
        Self::ApplicationAdded,
        Self::ApplicationSecretRotated,
        Self::ApplicationRemoved,
    ];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LoginSucceeded => "login-succeeded",
            Self::LoginFailed => "login-failed",
            Self::CodeRefused => "code-refused",
            Self::TwoFactorEnabled => "two-factor-enabled",
            Self::TwoFactorDisabled => "two-factor-disabled",
            Self::BackupCodeUsed => "backup-code-used",
            Self::BackupCodesRegenerated => "backup-codes-regenerated",
            Self::Locked => "locked",
            Self::PasswordChanged => "password-changed",
            Self::SessionsSignedOut => "sessions-signed-out",
            Self::AdminReset => "admin-reset",
            Self::CodeReplayed => "code-replayed",
            Self::SecondStepMissing => "second-step-missing",
            Self::PasswordKnown => "password-known",
            Self::AuthenticatorSuspended => "authenticator-suspended",
            Self::PasswordsSlowed => "passwords-slowed",
            Self::AdminUnlocked => "admin-unlocked",
            Self::KeyAdded => "key-added",
            Self::KeyRemoved => "key-removed",
            Self::KeyRefused => "key-refused",
            Self::AuthenticatorAdded => "authenticator-added",
            Self::AuthenticatorRemoved => "authenticator-removed",
            Self::BrowserTrusted => "browser-trusted",
            Self::TrustedBrowserUsed => "trusted-browser-used",
            Self::BrowserUntrusted => "browser-untrusted",
            Self::AdminSignedOut => "admin-signed-out",
            Self::AdministeredReset => "administered-reset",
            Self::AdministeredUnlock => "administered-unlock",
            Self::AdministeredSignOut => "administered-sign-out",
            Self::PolicyChanged => "policy-changed",
            Self::AdministratorGranted => "administrator-granted",
            Self::AdministratorRevoked => "administrator-revoked",
            Self::AddressConfirmed => "address-confirmed",
            Self::PasswordReset => "password-reset",
            Self::AddressChangeAsked => "address-change-asked",
            Self::AddressChanged => "address-changed",
            Self::TrustCopied => "trust-copied",
            Self::TrustedBrowserNewNetwork => "trusted-browser-new-network",
            Self::ApplicationConnected => "application-connected",
            Self::ApplicationDisconnected => "application-disconnected",
            Self::ApplicationAdded => "application-added",
            Self::ApplicationSecretRotated => "application-secret-rotated",
            Self::ApplicationRemoved => "application-removed",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The Fluent id of the log line (variable `$detail` where the kind has one).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::LoginSucceeded => msg("event-login-succeeded"),
            Self::LoginFailed => msg("event-login-failed"),
            Self::CodeRefused => msg("event-code-refused"),
            Self::TwoFactorEnabled => msg("event-two-factor-enabled"),
            Self::TwoFactorDisabled => msg("event-two-factor-disabled"),
            Self::BackupCodeUsed => msg("event-backup-code-used"),
            Self::BackupCodesRegenerated => msg("event-backup-codes-regenerated"),
            Self::Locked => msg("event-locked"),
            Self::PasswordChanged => msg("event-password-changed"),
            Self::SessionsSignedOut => msg("event-sessions-signed-out"),
            Self::AdminReset => msg("event-admin-reset"),
            Self::CodeReplayed => msg("event-code-replayed"),
            Self::SecondStepMissing => msg("event-second-step-missing"),
            Self::PasswordKnown => msg("event-password-known"),
            Self::AuthenticatorSuspended => msg("event-authenticator-suspended"),
            Self::PasswordsSlowed => msg("event-passwords-slowed"),
            Self::AdminUnlocked => msg("event-admin-unlocked"),
            Self::KeyAdded => msg("event-key-added"),
            Self::KeyRemoved => msg("event-key-removed"),
            Self::KeyRefused => msg("event-key-refused"),
            Self::AuthenticatorAdded => msg("event-authenticator-added"),
            Self::AuthenticatorRemoved => msg("event-authenticator-removed"),
            Self::BrowserTrusted => msg("event-browser-trusted"),
            Self::TrustedBrowserUsed => msg("event-trusted-browser-used"),
            Self::BrowserUntrusted => msg("event-browser-untrusted"),
            Self::AdminSignedOut => msg("event-admin-signed-out"),
            Self::AdministeredReset => msg("event-administered-reset"),
            Self::AdministeredUnlock => msg("event-administered-unlock"),
            Self::AdministeredSignOut => msg("event-administered-sign-out"),
            Self::PolicyChanged => msg("event-policy-changed"),
            Self::AdministratorGranted => msg("event-administrator-granted"),
            Self::AdministratorRevoked => msg("event-administrator-revoked"),
            Self::AddressConfirmed => msg("event-address-confirmed"),
            Self::PasswordReset => msg("event-password-reset"),
            Self::AddressChangeAsked => msg("event-address-change-asked"),
            Self::AddressChanged => msg("event-address-changed"),
            Self::TrustCopied => msg("event-trust-copied"),
            Self::TrustedBrowserNewNetwork => msg("event-trusted-browser-new-network"),
            Self::ApplicationConnected => msg("event-application-connected"),
            Self::ApplicationDisconnected => msg("event-application-disconnected"),
            Self::ApplicationAdded => msg("event-application-added"),
            Self::ApplicationSecretRotated => msg("event-application-secret-rotated"),
            Self::ApplicationRemoved => msg("event-application-removed"),
        }
    }

    /// Whether the account's owner is mailed about it: every change of a sign-in factor, a
    /// lock, a backup code used, and the warning signs (a replayed code, the right password
    /// with wrong codes, suspended authenticator codes, many wrong passwords, a copied trust
    /// cookie, a trusted browser on a new network).
    pub fn notifies(self) -> bool {
        matches!(
            self,
            Self::TwoFactorEnabled
                | Self::TwoFactorDisabled
                | Self::BackupCodeUsed
                | Self::BackupCodesRegenerated
                | Self::Locked
                | Self::PasswordChanged
                | Self::AdminReset
                | Self::CodeReplayed
                | Self::PasswordKnown
                | Self::AuthenticatorSuspended
                | Self::PasswordsSlowed
                | Self::KeyAdded
                | Self::KeyRemoved
                | Self::AuthenticatorAdded
                | Self::AuthenticatorRemoved
                | Self::AdminUnlocked
                | Self::AdminSignedOut
                | Self::PasswordReset
                | Self::AddressChanged
                | Self::TrustCopied
                | Self::TrustedBrowserNewNetwork
                | Self::ApplicationConnected
        )
    }

    /// Shown as a warning in the log.
    pub fn is_alarming(self) -> bool {
        matches!(
            self,
            Self::LoginFailed
                | Self::CodeRefused
                | Self::Locked
                | Self::AdminReset
                | Self::AdminSignedOut
                | Self::CodeReplayed
                | Self::SecondStepMissing
                | Self::PasswordKnown
                | Self::AuthenticatorSuspended
                | Self::PasswordsSlowed
                | Self::KeyRefused
                | Self::TrustCopied
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::parse("nonsense"), None);
    }
}
