//! Two-factor authentication and its factors: setting up an authenticator app with a pending
//! secret confirmed by a first code, adding and removing security keys (`keys.rs`),
//! verification of authenticator codes (each time step accepted once), backup codes (each
//! code once) and keys' answers, backup-code regeneration and turning it off, each within the
//! account's attempt limit and logged. Two-factor is on while the account has an
//! authenticator app or a key; backup codes come with the first of them. Callers check the
//! password first.

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Asker, Changed, Client, UserId,
    error::FactorError,
    events::EventKind,
    factor::{AuthenticatorSetup, BackupCodes, Verified},
    keys::KeyChallenge,
    login::LoginFactors,
    ports::TwoFactor,
    proof::Proof,
};

use super::{
    accounts::AccountService,
    codes::BackupCodeHasher,
    factors::Removal,
    faults::db,
    guard::Guard,
    keys::KeyService,
    limits::{AUTHENTICATOR_CODES_CAP, FACTOR_CODES, factor_scope},
    secret_box::SecretBox,
};
use crate::{
    metrics::{self, CheckKind},
    storage::{Db, factors as store},
};

mod changes;
mod checks;
mod mail_code;
mod spending;

mod keys;

#[derive(Clone)]
pub struct TwoFactorService {
    pool: Db,
    secrets: Arc<SecretBox>,
    hasher: BackupCodeHasher,
    issuer: String,
    guard: Guard,
    keys: KeyService,
    accounts: AccountService,
}

/// What the two-factor service is made of.
pub struct Parts {
    pub pool: Db,
    pub secrets: Arc<SecretBox>,
    pub hasher: BackupCodeHasher,
    pub issuer: String,
    pub guard: Guard,
    pub keys: KeyService,
    /// Checks the password that changes ask for again.
    pub accounts: AccountService,
}

impl TwoFactorService {
    pub fn new(parts: Parts) -> Self {
        let Parts {
            pool,
            secrets,
            hasher,
            issuer,
            guard,
            keys,
            accounts,
        } = parts;
        Self {
            pool,
            secrets,
            hasher,
            issuer,
            guard,
            keys,
            accounts,
        }
    }

    /// The WebAuthn checks behind the account's keys.
    pub fn key_checks(&self) -> &KeyService {
        &self.keys
    }

    /// Runs `check` (which spends `proof`) within the user's attempt limit: refused while the
    /// second factor is locked, and for authenticator codes once there were
    /// [`AUTHENTICATOR_CODES_CAP`] wrong codes in a row (until a backup code or a key is
    /// right). A wrong code or a refused key is logged (a reused authenticator code as a
    /// replay, mailed) and counted; every 10th in a row locks the factors for longer (logged,
    /// mailed, and answered with the wait). A success is logged as `done` (if given).
    async fn limited<T>(
        &self,
        user: UserId,
        client: &Client,
        done: Option<EventKind>,
        proof: &Proof,
        check: impl Future<Output = Result<T, FactorError>>,
    ) -> Result<T, FactorError> {
        let limiter = &self.guard.limiter;
        let kind = match proof {
            Proof::Authenticator(_) => CheckKind::Authenticator,
            Proof::BackupCode(_) => CheckKind::BackupCode,
            Proof::Key { .. } => CheckKind::Key,
            Proof::Unreadable => CheckKind::Unreadable,
        };
        let attempt = limiter
            .admit(factor_scope(user.0), FACTOR_CODES)
            .await
            .map_err(FactorError::from)
            .inspect_err(|err| metrics::factor_check(kind, Err(err)))?;
        if kind == CheckKind::Authenticator && attempt.failures_before() >= AUTHENTICATOR_CODES_CAP
        {
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
}

impl TwoFactorService {
    /// Which factors the account has: a key, an authenticator app.
    pub async fn login_factors(&self, user: UserId) -> Result<LoginFactors, FactorError> {
        Ok(self.factors(user).await?.login())
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
}

#[async_trait]
impl TwoFactor for TwoFactorService {
    async fn start_authenticator(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<AuthenticatorSetup, FactorError> {
        let email = self.password(asker, password).await?;
        let factors = self.factors(asker.user).await?;
        factors.may_add()?;
        if factors.authenticator() {
            return Err(FactorError::AlreadyEnrolled);
        }
        if factors.is_on() {
            self.verify(asker.user, proof, asker.client).await?;
        } else {
            self.mail_code(asker.user, asker.client).await?;
        }
        self.begin_setup(asker.user, &email, self.guard.now()).await
    }

    async fn confirm_authenticator(
        &self,
        asker: Asker<'_>,
        code: &str,
        mailed_code: &str,
    ) -> Result<Changed<BackupCodes>, FactorError> {
        let user = asker.user;
        // With a key, two-factor is on already: the app is one more factor.
        let first_factor = self.factors(user).await?.keys() == 0;
        let done = if first_factor {
            // The pending secret must exist before the mailed code's try is spent.
            self.credential(user).await?;
            self.check_mail_code(user, mailed_code).await?;
            EventKind::TwoFactorEnabled
        } else {
            EventKind::AuthenticatorAdded
        };
        let proof = Proof::code(code);
        let check = self.finish_setup(asker, code, first_factor, self.guard.now());
        let changed = self
            .limited(user, asker.client, Some(done), &proof, check)
            .await?;
        if first_factor {
            self.end_mail_code(user).await?;
        }
        self.ended_others(asker, changed).await
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
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<Changed<BackupCodes>, FactorError> {
        self.password(asker, password).await?;
        let check = self.renew_backup_codes(asker, proof, self.guard.now());
        let done = Some(EventKind::BackupCodesRegenerated);
        let changed = self
            .limited(asker.user, asker.client, done, proof, check)
            .await?;
        self.ended_others(asker, changed).await
    }

    async fn disable(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<Changed<()>, FactorError> {
        self.password(asker, password).await?;
        // Refused before the proof is spent.
        self.refuse_unless(asker.user, false).await?;
        let check = self.remove_factors(asker, proof, self.guard.now());
        let done = Some(EventKind::TwoFactorDisabled);
        let changed = self
            .limited(asker.user, asker.client, done, proof, check)
            .await?;
        self.ended_others(asker, changed).await
    }

    async fn remove_authenticator(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<Changed<bool>, FactorError> {
        self.password(asker, password).await?;
        self.remove(asker, Removal::Authenticator, proof).await
    }

    async fn start_key_check(&self, user: UserId) -> Result<KeyChallenge, FactorError> {
        Ok(self.keys.start_assertion(user).await?)
    }
}
