//! The interface the server functions need from the server's services. The server crate
//! implements it and provides it through Leptos context; the server functions stay thin.

use std::sync::Arc;

use async_trait::async_trait;

use super::{
    AccountView, BackupCodes, TwoFactorSetup,
    security::{EventKind, SecurityLogPage, SessionInfo},
};
use crate::error::AppError;

/// A user's database id. Never sent to the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserId(pub i64);

/// An account whose password was right, with what the login needs next (read together with
/// the password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordAccepted {
    pub user: UserId,
    /// A second factor is needed before the session is signed in.
    pub two_factor: bool,
    /// The language the account chose, if any.
    pub language: Option<String>,
}

/// Who is asking: the client's address and browser, for attempt limits, the security log and
/// the sessions page. Set by the server's middleware on every request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Client {
    pub ip: Option<String>,
    /// At most [`Client::MAX_USER_AGENT`] characters.
    pub user_agent: Option<String>,
}

impl Client {
    /// The longest User-Agent kept (sessions page, security log); longer ones are cut.
    pub const MAX_USER_AGENT: usize = 512;

    /// The client of the current request (empty outside a request).
    pub fn current() -> Self {
        leptos::prelude::use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Self>().cloned())
            .unwrap_or_default()
    }
}

#[async_trait]
pub trait Accounts: Send + Sync + 'static {
    /// Creates an account and returns its id.
    async fn sign_up(&self, email: &str, password: &str) -> Result<UserId, AppError>;
    /// Checks an email and password. Unknown emails cost the same as wrong passwords.
    /// Failed attempts are limited per account and per client address.
    async fn log_in(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<PasswordAccepted, AppError>;
    /// Replaces the password after checking the current one.
    async fn change_password(
        &self,
        user: UserId,
        current: &str,
        new: &str,
        client: &Client,
    ) -> Result<(), AppError>;
    /// Checks the password of a signed-in user before a sensitive change; returns the email.
    async fn confirm_password(
        &self,
        user: UserId,
        password: &str,
        client: &Client,
    ) -> Result<String, AppError>;
    /// Stores the user's language (a supported locale id).
    async fn set_language(&self, user: UserId, language: &str) -> Result<(), AppError>;
    /// The account as the settings page shows it; `None` if it no longer exists.
    async fn account(&self, user: UserId) -> Result<Option<AccountView>, AppError>;
}

/// A second factor that was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    /// When a backup code was used: how many are left (to warn when few remain).
    pub backup_codes_left: Option<i64>,
}

#[async_trait]
pub trait SecondFactor: Send + Sync + 'static {
    /// Checks an authenticator or backup code (one input for both), each usable once. Every
    /// method that takes a code counts wrong ones towards the user's lock.
    async fn verify(&self, user: UserId, code: &str, client: &Client)
    -> Result<Verified, AppError>;
    /// Starts set-up with a new pending secret (two-factor stays off until confirmed).
    async fn start_enrollment(&self, user: UserId, email: &str)
    -> Result<TwoFactorSetup, AppError>;
    /// Turns two-factor on with a first valid code; returns the backup codes, shown once.
    async fn confirm_enrollment(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<BackupCodes, AppError>;
    /// Discards a set-up that was started but not confirmed.
    async fn cancel_enrollment(&self, user: UserId) -> Result<(), AppError>;
    /// Replaces the backup codes, authorised by an authenticator or backup code.
    async fn regenerate_backup_codes(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<BackupCodes, AppError>;
    /// Turns two-factor off, authorised by an authenticator or backup code.
    async fn disable(&self, user: UserId, code: &str, client: &Client) -> Result<(), AppError>;
}

/// The security log and the user's sessions.
#[async_trait]
pub trait Security: Send + Sync + 'static {
    /// Writes an event to the user's security log (and mails the user about the ones that
    /// need their attention).
    async fn record(
        &self,
        user: UserId,
        kind: EventKind,
        detail: Option<i64>,
        client: &Client,
    ) -> Result<(), AppError>;
    /// One page of the log, newest first (`page` counts from 0).
    async fn log(&self, user: UserId, page: u32) -> Result<SecurityLogPage, AppError>;
    /// The user's sessions; `current` is the id of the session asking.
    async fn sessions(
        &self,
        user: UserId,
        current: Option<&str>,
    ) -> Result<Vec<SessionInfo>, AppError>;
    /// Ends one of the user's sessions (by its handle from [`Security::sessions`]); `false` if
    /// there is no such session.
    async fn sign_out_session(&self, user: UserId, handle: &str) -> Result<bool, AppError>;
    /// Ends every session of the user but `current`; returns how many ended.
    async fn sign_out_other_sessions(
        &self,
        user: UserId,
        current: Option<&str>,
    ) -> Result<u64, AppError>;
}

/// How long a sign-in lasts at most, whatever the activity, and how often a request moves the
/// idle timeout (which tower-sessions keeps with the session).
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub max_age_secs: i64,
    /// A request of a signed-in session saves it again (moving its idle timeout and "last
    /// active") when it was last saved this many seconds ago or more.
    pub touch_every_secs: i64,
}

impl SessionPolicy {
    /// A sign-in of at most `max_age_secs`, ended after `idle_secs` without a request: the
    /// session is saved again at most once a minute, and often enough (four times per idle
    /// period) that an active user is never signed out by a short idle timeout.
    pub fn new(max_age_secs: i64, idle_secs: i64) -> Self {
        Self {
            max_age_secs,
            touch_every_secs: (idle_secs / 4).clamp(1, 60),
        }
    }
}

/// Everything the server functions take from context.
#[derive(Clone)]
pub struct Services {
    pub accounts: Arc<dyn Accounts>,
    pub second_factor: Arc<dyn SecondFactor>,
    pub security: Arc<dyn Security>,
    pub session_policy: SessionPolicy,
}

impl Services {
    pub fn from_context() -> Result<Self, AppError> {
        leptos::prelude::use_context::<Self>().ok_or_else(|| {
            tracing::error!("Services missing from the server function context");
            AppError::Internal
        })
    }
}
