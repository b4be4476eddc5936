//! The checks behind the two-factor service's operations, without limits or logging (the
//! service wraps each in them): setting up an authenticator app, spending a code, backup
//! codes, removing the factors.

use domain::{
    Fault, UserId,
    error::FactorError,
    factor::{AuthenticatorSetup, BackupCodes, FactorKind, TwoFactorStatus, Verified},
};
use sqlx::{AnyConnection, Connection};

use super::TwoFactorService;
use crate::{
    services::{
        codes::{self, EnteredCode},
        faults::{db, fault},
        qr, totp,
    },
    storage::{DbConnection, factors as store, users},
};

impl TwoFactorService {
    /// Starts (or restarts) setting up an authenticator app with a new secret; two-factor
    /// authentication stays off until [`finish_setup`](Self::finish_setup).
    pub(super) async fn begin_setup(
        &self,
        user: UserId,
        email: &str,
        now: i64,
    ) -> Result<AuthenticatorSetup, FactorError> {
        let secret = zeroize::Zeroizing::new(totp::new_secret().map_err(fault("new TOTP secret"))?);
        let sealed = self
            .secrets
            .seal(user.0, &secret[..])
            .map_err(fault("seal TOTP secret"))?;
        let mut conn = self.connection().await?;
        if !store::put_pending(&mut conn, user.0, &sealed, now)
            .await
            .map_err(db("store pending TOTP secret"))?
        {
            return Err(FactorError::AlreadyEnrolled);
        }
        let uri = totp::otpauth_uri(&self.issuer, email, &secret[..]);
        Ok(AuthenticatorSetup {
            qr_svg: qr::svg(&uri).map_err(fault("render QR code"))?,
            manual_key: totp::grouped_key(&secret[..]),
        })
    }

    /// Turns two-factor authentication on if `code` is valid for the pending secret, and returns
    /// the first set of backup codes (shown once). One transaction: all of it or none.
    pub(super) async fn finish_setup(
        &self,
        user: UserId,
        code: &str,
        now: i64,
    ) -> Result<BackupCodes, FactorError> {
        let credential = self.credential(user).await?;
        if credential.confirmed_at.is_some() {
            return Err(FactorError::AlreadyEnrolled);
        }
        let Some(EnteredCode::Totp(digits)) = codes::classify(code) else {
            return Err(FactorError::InvalidCode);
        };
        let step = self.matching_step(user, &credential, &digits, now)?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        if !store::confirm(&mut tx, user.0, step, now)
            .await
            .map_err(db("confirm TOTP credential"))?
        {
            return Err(FactorError::CodeAlreadyUsed);
        }
        let codes = self.new_backup_codes(&mut tx, user, now).await?;
        users::raise_epoch(&mut tx, user.0)
            .await
            .map_err(db("raise credential epoch"))?;
        tx.commit().await.map_err(db("commit enrolment"))?;
        tracing::info!(user = user.0, "two-factor authentication enabled");
        Ok(codes)
    }

    /// Checks an authenticator code or a backup code (one input accepts both). An authenticator
    /// code's time step, and a backup code, are accepted once only, also under concurrency.
    pub(super) async fn check(
        &self,
        user: UserId,
        code: &str,
        now: i64,
    ) -> Result<Verified, FactorError> {
        let credential = self.confirmed_credential(user).await?;
        let mut conn = self.connection().await?;
        let used_backup_code = self.redeem(&mut conn, user, &credential, code, now).await?;
        drop(conn);
        if !used_backup_code {
            return Ok(Verified {
                factor: FactorKind::Authenticator,
                backup_codes_left: None,
            });
        }
        let left = self.backup_codes_left(user).await?;
        tracing::info!(user = user.0, left, "backup code used");
        Ok(Verified {
            factor: FactorKind::BackupCode,
            backup_codes_left: Some(left),
        })
    }

    /// A new set of backup codes, authorised by an authenticator or backup code; the old codes
    /// stop working in the same transaction that spends `code`.
    pub(super) async fn renew_backup_codes(
        &self,
        user: UserId,
        code: &str,
        now: i64,
    ) -> Result<BackupCodes, FactorError> {
        let credential = self.confirmed_credential(user).await?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        self.redeem(&mut tx, user, &credential, code, now).await?;
        let codes = self
            .new_backup_codes(&mut tx, user, credential.confirmed_at)
            .await?;
        users::raise_epoch(&mut tx, user.0)
            .await
            .map_err(db("raise credential epoch"))?;
        tx.commit().await.map_err(db("commit backup codes"))?;
        tracing::info!(user = user.0, "backup codes regenerated");
        Ok(codes)
    }

    /// Turns two-factor authentication off, authorised by an authenticator or backup code: the
    /// secret and every backup code are deleted in the transaction that spends `code`.
    pub(super) async fn remove_factors(
        &self,
        user: UserId,
        code: &str,
        now: i64,
    ) -> Result<(), FactorError> {
        let credential = self.confirmed_credential(user).await?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        self.redeem(&mut tx, user, &credential, code, now).await?;
        store::delete_all(&mut tx, user.0)
            .await
            .map_err(db("delete second factor"))?;
        users::raise_epoch(&mut tx, user.0)
            .await
            .map_err(db("raise credential epoch"))?;
        tx.commit().await.map_err(db("commit disable"))?;
        tracing::info!(user = user.0, "two-factor authentication disabled");
        Ok(())
    }

    pub(super) async fn backup_codes_left(&self, user: UserId) -> Result<i64, FactorError> {
        Ok(store::backup_codes_left(&self.pool, user.0)
            .await
            .map_err(db("count backup codes"))?)
    }

    /// Spends `code` on `conn` (a transaction, for callers that change more): an authenticator
    /// code's time step or a backup code. Returns whether it was a backup code.
    pub(super) async fn redeem(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        credential: &store::Credential,
        code: &str,
        now: i64,
    ) -> Result<bool, FactorError> {
        match codes::classify(code) {
            Some(EnteredCode::Totp(digits)) => {
                let step = self.matching_step(user, credential, &digits, now)?;
                if store::use_step(conn, user.0, step)
                    .await
                    .map_err(db("use TOTP step"))?
                {
                    Ok(false)
                } else {
                    Err(FactorError::CodeAlreadyUsed)
                }
            }
            Some(EnteredCode::Backup(normalized)) => {
                let hashes = (
                    self.hasher.hash(user.0, &normalized),
                    self.hasher.hash_v1(&normalized),
                );
                let (Some(hash), Some(earlier)) = hashes else {
                    return Err(FactorError::InvalidCode);
                };
                if store::consume_backup_code(conn, user.0, [&hash, &earlier], now)
                    .await
                    .map_err(db("consume backup code"))?
                {
                    Ok(true)
                } else {
                    // Unknown and spent codes look the same: no hint which codes exist.
                    Err(FactorError::InvalidCode)
                }
            }
            None => Err(FactorError::InvalidCode),
        }
    }

    /// Replaces the backup codes of `user` (two-factor on since `since`) with new ones.
    pub(super) async fn new_backup_codes(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        since: impl Into<Option<i64>>,
    ) -> Result<BackupCodes, FactorError> {
        let codes = codes::generate_backup_codes();
        let hashes = self.hashes(user, &codes)?;
        store::replace_backup_codes(conn, user.0, &hashes)
            .await
            .map_err(db("store backup codes"))?;
        let backup_codes_left = i64::try_from(codes.len()).map_err(fault("code count"))?;
        Ok(BackupCodes {
            codes,
            status: TwoFactorStatus {
                since: since.into(),
                backup_codes_left,
            },
            signed_out_elsewhere: 0,
        })
    }

    pub(super) async fn connection(&self) -> Result<DbConnection, FactorError> {
        Ok(self
            .pool
            .acquire()
            .await
            .map_err(db("database connection"))?)
    }

    pub(super) async fn confirmed_credential(
        &self,
        user: UserId,
    ) -> Result<store::Credential, FactorError> {
        let credential = self.credential(user).await?;
        if credential.confirmed_at.is_none() {
            return Err(FactorError::NotEnrolled);
        }
        Ok(credential)
    }

    pub(super) async fn credential(&self, user: UserId) -> Result<store::Credential, FactorError> {
        store::credential(&self.pool, user.0)
            .await
            .map_err(db("load TOTP credential"))?
            .ok_or(FactorError::NotEnrolled)
    }

    fn matching_step(
        &self,
        user: UserId,
        credential: &store::Credential,
        digits: &str,
        now: i64,
    ) -> Result<i64, FactorError> {
        let secret = self
            .secrets
            .open(user.0, &credential.sealed_secret)
            .map_err(fault("open TOTP secret"))?;
        let now = u64::try_from(now).map_err(fault("clock before 1970"))?;
        let step = totp::matching_step(&secret, digits, now).ok_or(FactorError::InvalidCode)?;
        Ok(i64::try_from(step).map_err(fault("time step out of range"))?)
    }

    fn hashes(&self, user: UserId, codes: &[String]) -> Result<Vec<String>, FactorError> {
        codes
            .iter()
            .map(|code| {
                self.hasher
                    .hash(user.0, code)
                    .ok_or(FactorError::Fault(Fault::Internal))
            })
            .collect()
    }
}
