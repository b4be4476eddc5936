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
    codes::{self, BackupCodeHasher, EnteredCode},
    faults::db,
    guard::Guard,
    limits::{AUTHENTICATOR_CODES_CAP, FACTOR_CODES, factor_scope},
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

    /// Runs `check` (which spends `code`) within the user's attempt limit: refused while the
    /// second factor is locked, and for authenticator codes once there were
    /// [`AUTHENTICATOR_CODES_CAP`] wrong codes in a row (until a backup code is right). A wrong
    /// code is logged (a reused authenticator code as a replay, mailed) and counted; every 10th
    /// in a row locks the factors for longer (logged, mailed, and answered with the wait). A
    /// success is logged as `done` (if given).
    async fn limited<T>(
        &self,
        user: UserId,
        client: &Client,
        done: Option<EventKind>,
        code: &str,
        check: impl Future<Output = Result<T, FactorError>>,
    ) -> Result<T, FactorError> {
        let limiter = &self.guard.limiter;
        let attempt = limiter.admit(factor_scope(user.0), FACTOR_CODES).await?;
        let authenticator_code = matches!(codes::classify(code), Some(EnteredCode::Totp(_)));
        if authenticator_code && attempt.failures_before() >= AUTHENTICATOR_CODES_CAP {
            limiter.unchecked(attempt).await?;
            return Err(FactorError::AuthenticatorSuspended);
        }
        match check.await {
            Ok(value) => {
                limiter.succeeded(attempt).await?;
                if let Some(kind) = done {
                    self.guard.security.record(user, kind, None, client).await?;
                }
                Ok(value)
            }
            Err(err @ (FactorError::InvalidCode | FactorError::CodeAlreadyUsed)) => {
                let failure = limiter.failed(attempt);
                let security = &self.guard.security;
                let refused = if err == FactorError::CodeAlreadyUsed {
                    EventKind::CodeReplayed
                } else {
                    EventKind::CodeRefused
                };
                security.record(user, refused, None, client).await?;
                if failure.failures == AUTHENTICATOR_CODES_CAP {
                    security
                        .record(user, EventKind::AuthenticatorSuspended, None, client)
                        .await?;
                    tracing::warn!(user = user.0, "authenticator codes suspended");
                }
                match (failure.alarm, failure.wait) {
                    (true, Some(wait)) => {
                        let minutes = i64::from(wait.seconds.div_ceil(60));
                        security
                            .record(user, EventKind::Locked, Some(minutes), client)
                            .await?;
                        tracing::warn!(user = user.0, minutes, "second factor locked");
                        Err(wait.into())
                    }
                    _ => Err(err),
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
            .limited(user, client, None, code, self.check(user, code, now))
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
        self.limited(user, client, Some(EventKind::TwoFactorEnabled), code, check)
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
        self.limited(
            user,
            client,
            Some(EventKind::BackupCodesRegenerated),
            code,
            check,
        )
        .await
    }

    async fn disable(&self, user: UserId, code: &str, client: &Client) -> Result<(), FactorError> {
        let check = self.remove_factors(user, code, self.guard.now());
        self.limited(
            user,
            client,
            Some(EventKind::TwoFactorDisabled),
            code,
            check,
        )
        .await
    }
}
