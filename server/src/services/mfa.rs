//! Two-factor authentication: enrolment with a pending secret confirmed by a first code,
//! verification of authenticator codes (each time step accepted once) and backup codes (each
//! code once), backup-code regeneration and disabling. Callers check the password first.

use std::sync::Arc;

use app::{
    api::{
        BackupCodes, TwoFactorSetup, TwoFactorStatus,
        backend::{Client, SecondFactor, UserId, Verified},
        security::EventKind,
    },
    error::AppError,
};
use async_trait::async_trait;
use sqlx::{AnyConnection, Connection};

use super::{
    Guard,
    codes::{self, BackupCodeHasher, EnteredCode},
    internal,
    limits::{SECOND_FACTOR, second_factor_scope},
    qr,
    secret_box::SecretBox,
    totp,
};
use crate::storage::{Db, DbConnection, mfa as store};

#[derive(Clone)]
pub struct MfaService {
    pool: Db,
    secrets: Arc<SecretBox>,
    hasher: BackupCodeHasher,
    issuer: String,
    guard: Guard,
}

impl MfaService {
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
        check: impl Future<Output = Result<T, AppError>>,
    ) -> Result<T, AppError> {
        let limiter = &self.guard.limiter;
        let attempt = limiter
            .admit(second_factor_scope(user.0), SECOND_FACTOR)
            .await?;
        match check.await {
            Ok(value) => {
                limiter.succeeded(attempt).await?;
                if let Some(kind) = done {
                    self.guard.security.record(user, kind, None, client).await?;
                }
                Ok(value)
            }
            Err(err @ (AppError::InvalidCode | AppError::CodeAlreadyUsed)) => {
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
                        Err(AppError::TooManyAttempts { minutes })
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

    /// Starts (or restarts) enrolment with a new secret; two-factor authentication stays off
    /// until [`confirm_enrollment`](Self::confirm_enrollment).
    pub async fn start_enrollment(
        &self,
        user: UserId,
        email: &str,
        now: i64,
    ) -> Result<TwoFactorSetup, AppError> {
        let secret =
            zeroize::Zeroizing::new(totp::new_secret().map_err(internal("new TOTP secret"))?);
        let sealed = self
            .secrets
            .seal(user.0, &secret[..])
            .map_err(internal("seal TOTP secret"))?;
        let mut conn = self.connection().await?;
        if !store::put_pending(&mut conn, user.0, &sealed, now)
            .await
            .map_err(internal("store pending TOTP secret"))?
        {
            return Err(AppError::AlreadyEnrolled);
        }
        let uri = totp::otpauth_uri(&self.issuer, email, &secret[..]);
        Ok(TwoFactorSetup {
            qr_svg: qr::svg(&uri).map_err(internal("render QR code"))?,
            manual_key: totp::grouped_key(&secret[..]),
        })
    }

    /// Turns two-factor authentication on if `code` is valid for the pending secret, and returns
    /// the first set of backup codes (shown once). One transaction: all of it or none.
    pub async fn confirm_enrollment(
        &self,
        user: UserId,
        code: &str,
        now: i64,
    ) -> Result<BackupCodes, AppError> {
        let credential = self.credential(user).await?;
        if credential.confirmed_at.is_some() {
            return Err(AppError::AlreadyEnrolled);
        }
        let Some(EnteredCode::Totp(digits)) = codes::classify(code) else {
            return Err(AppError::InvalidCode);
        };
        let step = self.matching_step(user, &credential, &digits, now)?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(internal("begin"))?;
        if !store::confirm(&mut tx, user.0, step, now)
            .await
            .map_err(internal("confirm TOTP credential"))?
        {
            return Err(AppError::CodeAlreadyUsed);
        }
        let codes = self.new_backup_codes(&mut tx, user, now).await?;
        tx.commit().await.map_err(internal("commit enrolment"))?;
        tracing::info!(user = user.0, "two-factor authentication enabled");
        Ok(codes)
    }

    /// Abandons a set-up that was started but not confirmed: the pending secret is deleted.
    /// Two-factor authentication that is on stays on.
    pub async fn cancel_enrollment(&self, user: UserId) -> Result<(), AppError> {
        store::delete_pending(&self.pool, user.0)
            .await
            .map_err(internal("delete pending TOTP secret"))
    }

    /// Checks an authenticator code or a backup code (one input accepts both). An authenticator
    /// code's time step, and a backup code, are accepted once only, also under concurrency.
    pub async fn verify(&self, user: UserId, code: &str, now: i64) -> Result<Verified, AppError> {
        let credential = self.confirmed_credential(user).await?;
        let mut conn = self.connection().await?;
        let used_backup_code = self.redeem(&mut conn, user, &credential, code, now).await?;
        drop(conn);
        if !used_backup_code {
            return Ok(Verified {
                backup_codes_left: None,
            });
        }
        let left = self.backup_codes_left(user).await?;
        tracing::info!(user = user.0, left, "backup code used");
        Ok(Verified {
            backup_codes_left: Some(left),
        })
    }

    /// A new set of backup codes, authorised by an authenticator or backup code; the old codes
    /// stop working in the same transaction that spends `code`.
    pub async fn regenerate_backup_codes(
        &self,
        user: UserId,
        code: &str,
        now: i64,
    ) -> Result<BackupCodes, AppError> {
        let credential = self.confirmed_credential(user).await?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(internal("begin"))?;
        self.redeem(&mut tx, user, &credential, code, now).await?;
        let codes = self
            .new_backup_codes(&mut tx, user, credential.confirmed_at)
            .await?;
        tx.commit().await.map_err(internal("commit backup codes"))?;
        tracing::info!(user = user.0, "backup codes regenerated");
        Ok(codes)
    }

    /// Turns two-factor authentication off, authorised by an authenticator or backup code: the
    /// secret and every backup code are deleted in the transaction that spends `code`.
    pub async fn disable(&self, user: UserId, code: &str, now: i64) -> Result<(), AppError> {
        let credential = self.confirmed_credential(user).await?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(internal("begin"))?;
        self.redeem(&mut tx, user, &credential, code, now).await?;
        store::delete_all(&mut tx, user.0)
            .await
            .map_err(internal("delete second factor"))?;
        tx.commit().await.map_err(internal("commit disable"))?;
        tracing::info!(user = user.0, "two-factor authentication disabled");
        Ok(())
    }

    pub async fn backup_codes_left(&self, user: UserId) -> Result<i64, AppError> {
        store::backup_codes_left(&self.pool, user.0)
            .await
            .map_err(internal("count backup codes"))
    }

    /// Spends `code` on `conn` (a transaction, for callers that change more): an authenticator
    /// code's time step or a backup code. Returns whether it was a backup code.
    async fn redeem(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        credential: &store::Credential,
        code: &str,
        now: i64,
    ) -> Result<bool, AppError> {
        match codes::classify(code) {
            Some(EnteredCode::Totp(digits)) => {
                let step = self.matching_step(user, credential, &digits, now)?;
                if store::use_step(conn, user.0, step)
                    .await
                    .map_err(internal("use TOTP step"))?
                {
                    Ok(false)
                } else {
                    Err(AppError::CodeAlreadyUsed)
                }
            }
            Some(EnteredCode::Backup(normalized)) => {
                let hash = self.hasher.hash(&normalized).ok_or(AppError::InvalidCode)?;
                if store::consume_backup_code(conn, user.0, &hash, now)
                    .await
                    .map_err(internal("consume backup code"))?
                {
                    Ok(true)
                } else {
                    // Unknown and spent codes look the same: no hint which codes exist.
                    Err(AppError::InvalidCode)
                }
            }
            None => Err(AppError::InvalidCode),
        }
    }

    /// Replaces the backup codes of `user` (two-factor on since `since`) with new ones.
    async fn new_backup_codes(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        since: impl Into<Option<i64>>,
    ) -> Result<BackupCodes, AppError> {
        let codes = codes::generate_backup_codes();
        let hashes = self.hashes(&codes)?;
        store::replace_backup_codes(conn, user.0, &hashes)
            .await
            .map_err(internal("store backup codes"))?;
        let backup_codes_left = i64::try_from(codes.len()).map_err(internal("code count"))?;
        Ok(BackupCodes {
            codes,
            status: TwoFactorStatus {
                since: since.into(),
                backup_codes_left,
            },
            signed_out_elsewhere: 0,
        })
    }

    async fn connection(&self) -> Result<DbConnection, AppError> {
        self.pool
            .acquire()
            .await
            .map_err(internal("database connection"))
    }

    async fn confirmed_credential(&self, user: UserId) -> Result<store::Credential, AppError> {
        let credential = self.credential(user).await?;
        if credential.confirmed_at.is_none() {
            return Err(AppError::NotEnrolled);
        }
        Ok(credential)
    }

    async fn credential(&self, user: UserId) -> Result<store::Credential, AppError> {
        store::credential(&self.pool, user.0)
            .await
            .map_err(internal("load TOTP credential"))?
            .ok_or(AppError::NotEnrolled)
    }

    fn matching_step(
        &self,
        user: UserId,
        credential: &store::Credential,
        digits: &str,
        now: i64,
    ) -> Result<i64, AppError> {
        let secret = self
            .secrets
            .open(user.0, &credential.sealed_secret)
            .map_err(internal("open TOTP secret"))?;
        let now = u64::try_from(now).map_err(internal("clock before 1970"))?;
        let step = totp::matching_step(&secret, digits, now).ok_or(AppError::InvalidCode)?;
        i64::try_from(step).map_err(internal("time step out of range"))
    }

    fn hashes(&self, codes: &[String]) -> Result<Vec<String>, AppError> {
        codes
            .iter()
            .map(|code| self.hasher.hash(code).ok_or(AppError::Internal))
            .collect()
    }
}

#[async_trait]
impl SecondFactor for MfaService {
    async fn verify(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<Verified, AppError> {
        let now = self.guard.now();
        let verified = self
            .limited(
                user,
                client,
                None,
                MfaService::verify(self, user, code, now),
            )
            .await?;
        if let Some(left) = verified.backup_codes_left {
            self.guard
                .security
                .record(user, EventKind::BackupCodeUsed, Some(left), client)
                .await?;
        }
        Ok(verified)
    }

    async fn start_enrollment(
        &self,
        user: UserId,
        email: &str,
    ) -> Result<TwoFactorSetup, AppError> {
        MfaService::start_enrollment(self, user, email, self.guard.now()).await
    }

    async fn confirm_enrollment(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<BackupCodes, AppError> {
        let check = MfaService::confirm_enrollment(self, user, code, self.guard.now());
        self.limited(user, client, Some(EventKind::TwoFactorEnabled), check)
            .await
    }

    async fn cancel_enrollment(&self, user: UserId) -> Result<(), AppError> {
        MfaService::cancel_enrollment(self, user).await
    }

    async fn regenerate_backup_codes(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<BackupCodes, AppError> {
        let check = MfaService::regenerate_backup_codes(self, user, code, self.guard.now());
        self.limited(user, client, Some(EventKind::BackupCodesRegenerated), check)
            .await
    }

    async fn disable(&self, user: UserId, code: &str, client: &Client) -> Result<(), AppError> {
        let check = MfaService::disable(self, user, code, self.guard.now());
        self.limited(user, client, Some(EventKind::TwoFactorDisabled), check)
            .await
    }
}
