//! Two-factor authentication: setting up an authenticator app with a pending secret confirmed
//! by a first code, verification of authenticator codes (each time step accepted once) and
//! backup codes (each code once), backup-code regeneration and turning it off, each within
//! the account's attempt limit and logged. Callers check the password first.

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Client, UserId,
    error::FactorError,
    events::EventKind,
    factor::{AuthenticatorSetup, BackupCodes, Verified},
    ports::TwoFactor,
};

use super::{
    codes::BackupCodeHasher,
    faults::db,
    guard::Guard,
    limits::{FACTOR_CODES, factor_scope},
    secret_box::SecretBox,
};
use crate::storage::{Db, factors as store};

mod checks;

#[derive(Clone)]
pub struct TwoFactorService {
    pool: Db,
    secrets: Arc<SecretBox>,
    hasher: BackupCodeHasher,
    issuer: String,
    guard: Guard,
}

impl TwoFactorService {
    pub fn new(
        pool: Db,
        secrets: Arc<SecretBox>,
        hasher: BackupCodeHasher,
        issuer: String,
        guard: Guard,
    ) -> Self {
        Self {
            pool,
            secrets,
            hasher,
            issuer,
            guard,
        }
    }

    /// Runs `check` (which spends a code) within the user's attempt limit: refused while the
    /// second factor is locked; a wrong code is logged and counted, and the 10th in a row
    /// locks it (logged, mailed, and answered with "try again in 15 minutes"). A success is
    /// logged as `done` (if given).
    async fn limited<T>(
        &self,
        user: UserId,
        client: &Client,
        done: Option<EventKind>,
        check: impl Future<Output = Result<T, FactorError>>,
    ) -> Result<T, FactorError> {
        let limiter = &self.guard.limiter;
        let attempt = limiter.admit(factor_scope(user.0), FACTOR_CODES).await?;
        match check.await {
            Ok(value) => {
                limiter.succeeded(attempt).await?;
                if let Some(kind) = done {
                    self.guard.security.record(user, kind, None, client).await?;
                }
                Ok(value)
            }
            Err(err @ (FactorError::InvalidCode | FactorError::CodeAlreadyUsed)) => {
                let lock = limiter.failed(attempt);
                let security = &self.guard.security;
                security
                    .record(user, EventKind::CodeRefused, None, client)
                    .await?;
                match lock {
                    Some(minutes) => {
                        security
                            .record(user, EventKind::Locked, Some(i64::from(minutes)), client)
                            .await?;
                        tracing::warn!(user = user.0, minutes, "second factor locked");
                        Err(domain::error::TooManyAttempts { minutes }.into())
                    }
                    None => Err(err),
                }
            }
            Err(err) => {
                limiter.unchecked(attempt).await?;
                Err(err)
            }
        }
    }
}

impl TwoFactorService {
    /// Checks a factor of the login (or of a password reset): an authenticator or backup
    /// code, within the account's attempt limit; a backup code's use is logged and mailed.
    pub async fn verify(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<Verified, FactorError> {
        let now = self.guard.now();
        let verified = self
            .limited(user, client, None, self.check(user, code, now))
            .await?;
        if let Some(left) = verified.backup_codes_left {
            self.guard
                .security
                .record(user, EventKind::BackupCodeUsed, Some(left), client)
                .await?;
        }
        Ok(verified)
    }
}

#[async_trait]
impl TwoFactor for TwoFactorService {
    async fn start_authenticator(
        &self,
        user: UserId,
        email: &str,
    ) -> Result<AuthenticatorSetup, FactorError> {
        self.begin_setup(user, email, self.guard.now()).await
    }

    async fn confirm_authenticator(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<BackupCodes, FactorError> {
        let check = self.finish_setup(user, code, self.guard.now());
        self.limited(user, client, Some(EventKind::TwoFactorEnabled), check)
            .await
    }

    /// Abandons a set-up that was started but not confirmed: the pending secret is deleted.
    /// Two-factor authentication that is on stays on.
    async fn cancel_authenticator(&self, user: UserId) -> Result<(), FactorError> {
        Ok(store::delete_pending(&self.pool, user.0)
            .await
            .map_err(db("delete pending TOTP secret"))?)
    }

    async fn regenerate_backup_codes(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<BackupCodes, FactorError> {
        let check = self.renew_backup_codes(user, code, self.guard.now());
        self.limited(user, client, Some(EventKind::BackupCodesRegenerated), check)
            .await
    }

    async fn disable(&self, user: UserId, code: &str, client: &Client) -> Result<(), FactorError> {
        let check = self.remove_factors(user, code, self.guard.now());
        self.limited(user, client, Some(EventKind::TwoFactorDisabled), check)
            .await
    }
}
