//! The interface the server functions need from the server's services. The server crate
//! implements it and provides it through Leptos context; the server functions stay thin.

use std::sync::Arc;

use async_trait::async_trait;

use super::{AccountView, BackupCodes, TwoFactorSetup};
use crate::error::AppError;

/// A user's database id. Never sent to the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserId(pub i64);

#[async_trait]
pub trait Accounts: Send + Sync + 'static {
    /// Creates an account and returns its id.
    async fn sign_up(&self, email: &str, password: &str) -> Result<UserId, AppError>;
    /// Checks an email and password. Unknown emails cost the same as wrong passwords.
    async fn log_in(&self, email: &str, password: &str) -> Result<UserId, AppError>;
    /// Replaces the password after checking the current one.
    async fn change_password(&self, user: UserId, current: &str, new: &str)
    -> Result<(), AppError>;
    /// Checks the password of a signed-in user before a sensitive change; returns the email.
    async fn confirm_password(&self, user: UserId, password: &str) -> Result<String, AppError>;
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
    /// Whether logging in as `user` needs a second factor.
    async fn is_enabled(&self, user: UserId) -> Result<bool, AppError>;
    /// Checks an authenticator or backup code (one input for both), each usable once.
    async fn verify(&self, user: UserId, code: &str) -> Result<Verified, AppError>;
    /// Starts set-up with a new pending secret (two-factor stays off until confirmed).
    async fn start_enrollment(&self, user: UserId, email: &str)
    -> Result<TwoFactorSetup, AppError>;
    /// Turns two-factor on with a first valid code; returns the backup codes, shown once.
    async fn confirm_enrollment(&self, user: UserId, code: &str) -> Result<BackupCodes, AppError>;
    /// Discards a set-up that was started but not confirmed.
    async fn cancel_enrollment(&self, user: UserId) -> Result<(), AppError>;
    /// Replaces the backup codes, authorised by an authenticator or backup code.
    async fn regenerate_backup_codes(
        &self,
        user: UserId,
        code: &str,
    ) -> Result<BackupCodes, AppError>;
    /// Turns two-factor off, authorised by an authenticator or backup code.
    async fn disable(&self, user: UserId, code: &str) -> Result<(), AppError>;
}

/// How long a sign-in lasts at most, whatever the activity (the idle timeout is the cookie's).
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub max_age_secs: i64,
}

/// Everything the server functions take from context.
#[derive(Clone)]
pub struct Services {
    pub accounts: Arc<dyn Accounts>,
    pub second_factor: Arc<dyn SecondFactor>,
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
