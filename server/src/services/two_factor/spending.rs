//! Spending a proof within the account's attempt limit: which factor it may be checked against
//! (the account's [`Factors`]), and spending it — an authenticator code's time step, a backup
//! code (each by one conditional update) or a key's answer — once only, also under
//! concurrency. Every check of a factor passes through [`TwoFactorService::limited`].

use domain::{
    Client, UserId, error::FactorError, events::EventKind, factor::Verified, proof::Proof,
};
use sqlx::AnyConnection;

use super::TwoFactorService;
use crate::{
    metrics,
    services::{
        factors::Factors,
        faults::{db, fault},
        limits::{AUTHENTICATOR_CODES_CAP, FACTOR_CODES, factor_scope},
        totp,
    },
    storage::{DbConnection, factors as store},
};

impl TwoFactorService {
    /// Runs `check` (which spends `proof`) within the user's attempt limit: refused while the
    /// second factor is locked, and for authenticator codes once there were
    /// [`AUTHENTICATOR_CODES_CAP`] wrong codes in a row (until a backup code or a key is
    /// right). A wrong code or a refused key is logged (a reused authenticator code as a
    /// replay, mailed) and counted; every 10th in a row locks the factors for longer (logged,
    /// mailed, and answered with the wait). A success is logged as `done` (if given).
    pub(super) async fn limited<T>(
        &self,
        user: UserId,
        client: &Client,
        done: Option<EventKind>,
        proof: &Proof,
        check: impl Future<Output = Result<T, FactorError>>,
    ) -> Result<T, FactorError> {
        let limiter = &self.guard.limiter;
        let kind = proof.kind();
        let attempt = limiter
            .admit(factor_scope(user.0), FACTOR_CODES)
            .await
            .map_err(FactorError::from)
            .inspect_err(|err| metrics::factor_check(kind, Err(err)))?;
        let authenticator = matches!(proof, Proof::Authenticator(_));
        if authenticator && attempt.failures_before() >= AUTHENTICATOR_CODES_CAP {
            limiter.unchecked(attempt).await?;
            let suspended = FactorError::AuthenticatorSuspended;
            metrics::factor_check(kind, Err(&suspended));
            return Err(suspended);
        }
        let checked = check.await;
        metrics::factor_check(kind, checked.as_ref().map(drop));
        match checked {
            Ok(value) => {
                limiter.succeeded(attempt).await?;
                if let Some(kind) = done {
                    self.guard.security.record(user, kind, None, client).await?;
                }
                Ok(value)
            }
            Err(
                err @ (FactorError::InvalidCode
                | FactorError::CodeAlreadyUsed
                | FactorError::KeyRefused),
            ) => {
                let failure = limiter.failed(attempt);
                let security = &self.guard.security;
                let refused = match err {
                    FactorError::CodeAlreadyUsed => EventKind::CodeReplayed,
                    FactorError::KeyRefused => EventKind::KeyRefused,
                    _ => EventKind::CodeRefused,
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

    /// Checks a factor of the login (or of a password reset, or before adding a key): an
    /// authenticator or backup code or a key's answer, within the account's attempt limit; a
    /// backup code's use is logged and mailed.
    pub async fn verify(
        &self,
        user: UserId,
        proof: &Proof,
        client: &Client,
    ) -> Result<Verified, FactorError> {
        let now = self.guard.now();
        let verified = self
            .limited(user, client, None, proof, self.check(user, proof, now))
            .await?;
        if let Some(left) = verified.backup_codes_left {
            self.guard
                .security
                .record(user, EventKind::BackupCodeUsed, Some(left), client)
                .await?;
        }
        Ok(verified)
    }

    /// Checks an authenticator code, a backup code (one input accepts both) or a key's answer.
    /// An authenticator code's time step, a backup code and a key's ceremony are accepted once
    /// only, also under concurrency.
    pub(super) async fn check(
        &self,
        user: UserId,
        proof: &Proof,
        now: i64,
    ) -> Result<Verified, FactorError> {
        let mut conn = self.connection().await?;
        Factors::load(&mut conn, user).await?.admits(proof)?;
        self.redeem(&mut conn, user, proof, now).await?;
        if !matches!(proof, Proof::BackupCode(_)) {
            return Ok(Verified {
                backup_codes_left: None,
            });
        }
        let left = Factors::load(&mut conn, user)
            .await?
            .status()
            .backup_codes_left;
        tracing::info!(user = user.0, left, "backup code used");
        Ok(Verified {
            backup_codes_left: Some(left),
        })
    }

    /// Spends `proof`: a code on `conn` (a transaction, for callers that change more: an
    /// authenticator code's time step or a backup code), or a key's ceremony (checked before
    /// anything else of the transaction happens).
    pub(super) async fn redeem(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        proof: &Proof,
        now: i64,
    ) -> Result<(), FactorError> {
        match proof {
            Proof::Key { ceremony, response } => {
                self.keys.check_assertion(user, ceremony, response).await?;
                Ok(())
            }
            Proof::Authenticator(digits) => {
                // An account whose factors are keys has no authenticator code to match.
                let credential = match self.confirmed_credential(user).await {
                    Err(FactorError::NotEnrolled) => return Err(FactorError::InvalidCode),
                    other => other?,
                };
                let step = self.matching_step(user, &credential, digits, now)?;
                if store::use_step(conn, user.0, step)
                    .await
                    .map_err(db("use TOTP step"))?
                {
                    Ok(())
                } else {
                    Err(FactorError::CodeAlreadyUsed)
                }
            }
            Proof::BackupCode(normalized) => {
                let hashes = (
                    self.hasher.hash(user.0, normalized),
                    self.hasher.hash_v1(normalized),
                );
                let (Some(hash), Some(earlier)) = hashes else {
                    return Err(FactorError::InvalidCode);
                };
                if store::consume_backup_code(conn, user.0, [&hash, &earlier], now)
                    .await
                    .map_err(db("consume backup code"))?
                {
                    Ok(())
                } else {
                    // Unknown and spent codes look the same: no hint which codes exist.
                    Err(FactorError::InvalidCode)
                }
            }
            Proof::Unreadable => Err(FactorError::InvalidCode),
        }
    }

    pub(super) fn matching_step(
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

    pub(super) async fn connection(&self) -> Result<DbConnection, FactorError> {
        Ok(self
            .pool
            .acquire()
            .await
            .map_err(db("database connection"))?)
    }

    /// The account's factors now.
    pub(super) async fn factors(&self, user: UserId) -> Result<Factors, FactorError> {
        Factors::load(&mut *self.connection().await?, user).await
    }
}
