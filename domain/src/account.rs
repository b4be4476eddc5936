//! Who is asking, and the account as its pages show it.

use serde::{Deserialize, Serialize};

use crate::factor::TwoFactorStatus;

/// A user's database id. Never sent to the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserId(pub i64);

/// Who is asking: the client's address and browser, for attempt limits, the security log and
/// the sessions page. Set by the server's middleware on every request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Client {
    pub ip: Option<String>,
    /// At most [`Client::MAX_USER_AGENT`] characters.
    pub user_agent: Option<String>,
    /// The browser's device cookie, if it sent one (see [`DeviceCookie`]).
    pub device: Option<DeviceCookie>,
    /// The browser's trust cookie, if it sent one (see [`TrustCookie`]).
    pub trust: Option<TrustCookie>,
}

/// A signed-in user asking for a change of the account's sign-in: who, on which session (its
/// id: that session stays signed in when the others end), and from where. Its `Debug` shows
/// the user only.
#[derive(Clone, Copy)]
pub struct Asker<'a> {
    pub user: UserId,
    pub session: Option<&'a str>,
    pub client: &'a Client,
}

impl std::fmt::Debug for Asker<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Asker")
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

/// A change of the account's sign-in, done in one transaction that also ended every other
/// session and pending login of the account: what it `made`, and what ending the others did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed<T> {
    pub made: T,
    pub elsewhere: SignedOutElsewhere,
}

/// What signing out elsewhere did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedOutElsewhere {
    /// How many live signed-in sessions ended.
    pub sessions: u64,
    /// The account's credential epoch now (the asking session carries it).
    pub epoch: i64,
}

/// The value of a browser's trust cookie: the tokens of the accounts that trusted this browser
/// at the code step (each signs in there with the password alone). Only the login reads it.
/// Its `Debug` shows nothing.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TrustCookie(pub String);

impl TrustCookie {
    /// Longer values are not read.
    pub const MAX_LEN: usize = 1024;
}

impl std::fmt::Debug for TrustCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TrustCookie([redacted])")
    }
}

/// The value of a browser's device cookie: signed tokens, one per account that completed a
/// sign-in on this browser. Only the login reads it. Its `Debug` shows nothing.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct DeviceCookie(pub String);

impl DeviceCookie {
    /// Longer values are not read (a cookie of at most 8 tokens is far shorter).
    pub const MAX_LEN: usize = 1024;
}

impl std::fmt::Debug for DeviceCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceCookie([redacted])")
    }
}

impl Client {
    /// The longest User-Agent kept (sessions page, security log); longer ones are cut.
    pub const MAX_USER_AGENT: usize = 512;
}

/// What the settings page shows about the signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub email: String,
    pub two_factor: TwoFactorStatus,
    /// The account's security keys and passkeys, oldest first.
    pub keys: Vec<crate::keys::KeyInfo>,
    /// The language the user chose, if any (a locale id such as `de-DE`).
    pub language: Option<String>,
    /// What the deployment's two-factor policy asks of the account now.
    pub requirement: crate::policy::Requirement,
    /// Whether the account may use the administrator page.
    pub administrator: bool,
    /// Whether the address is confirmed (through the link mailed at sign-up).
    pub address_confirmed: bool,
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
    /// Two-factor was turned on with a security key or passkey as the first factor.
    TwoFactorEnabledWithKey {
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
    /// A security key or passkey was added (to an account that had two-factor on already).
    KeyAdded {
        signed_out: u64,
    },
    KeyRemoved {
        signed_out: u64,
    },
    /// An authenticator app was added (to an account that had two-factor on with a key).
    AuthenticatorAdded {
        signed_out: u64,
    },
    /// The authenticator app was removed (keys remain).
    AuthenticatorRemoved {
        signed_out: u64,
    },
    /// An administrator's action on an account was done (and the owner mailed).
    AdminDone,
    /// An administrator saved the two-factor policy.
    PolicySaved,
    /// A sign-up was sent: a mail is on its way to the address (whatever it said).
    SignUpSent,
    /// A password reset was asked for: a link is on its way, if the address has an account.
    ResetSent,
    /// The confirmation link was mailed again.
    ConfirmationSent,
    /// A change of address was asked for: the link is on its way to the new address.
    AddressChangeSent,
    /// The address given at sign-up is confirmed.
    AddressConfirmed,
    /// The account moved to its new address.
    AddressChanged,
    /// A new password was chosen through a reset link; every browser was signed out.
    PasswordReset,
}
