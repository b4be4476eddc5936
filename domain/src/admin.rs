//! The administrator page: who may use it, what it shows of an account and what it can do.

use serde::{Deserialize, Serialize};

use crate::error::{AccountError, FactorError, Fault};

/// An administrator's password and factor, checked again before an action when the last
/// check is older than this (like GitHub's sudo mode).
pub const SUDO_SECS: i64 = 10 * 60;
/// The most accounts one search lists.
pub const MAX_LISTED: usize = 50;

/// One account as the administrator page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminUser {
    pub email: String,
    /// When two-factor was turned on; `None` while it is off.
    pub two_factor_since: Option<i64>,
    pub factors: crate::factor::FactorSet,
    /// How many security keys and passkeys it has.
    pub keys: i64,
    pub last_sign_in: Option<i64>,
    /// Whether its second factor or its password is locked now.
    pub locked: bool,
    pub administrator: bool,
}

/// What an administrator can do to one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdminAction {
    /// Removes its factors and signs it out everywhere (it lost them all).
    ResetTwoFactor,
    /// Lifts every lock and delay.
    Unlock,
    /// Ends every session and pending login.
    SignOutEverywhere,
}

/// Why the administrator page refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdminError {
    /// The account asking is not an administrator.
    #[error("not an administrator")]
    NotAdministrator,
    /// The last check of the administrator's password and factor is too old, and the request
    /// brought none.
    #[error("confirmation required")]
    ConfirmationRequired,
    #[error("no such account")]
    NoSuchAccount,
    #[error("no such application")]
    NoSuchApplication,
    /// The application's name or one of its addresses cannot be registered.
    #[error("application registration invalid")]
    ApplicationInvalid,
    /// The password given to confirm was wrong (or limited).
    #[error(transparent)]
    Account(AccountError),
    /// The factor given to confirm was refused (or limited).
    #[error(transparent)]
    Factor(FactorError),
    #[error(transparent)]
    Fault(#[from] Fault),
}

/// A client secret made on the administrator page, sealed for the administrator who made it
/// until the page shows it, once (kept in that browser's session meanwhile).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedSecret {
    pub client_id: String,
    /// Base64 of the sealed secret.
    pub sealed: String,
}

/// A client secret, opened to be shown this once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownSecret {
    pub client_id: String,
    pub name: String,
    pub secret: String,
}

impl std::fmt::Debug for ShownSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShownSecret")
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}
