//! Two-factor and its factors, one use case per port method: setting up an authenticator app
//! and adding keys (`setup.rs`, `keys.rs`), new backup codes, removing a factor or all of them
//! (`removal.rs`), every proof checked within the account's attempt limit (`spending.rs`), the
//! code mailed for a first factor (`mail_code.rs`). Each change checks the password again where
//! it asks for it, and ends every other session of the account in its transaction; each is
//! logged. Whether two-factor is on is the account's [`Factors`](super::factors::Factors)'.

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Asker, Changed, UserId,
    error::FactorError,
    events::EventKind,
    factor::{AuthenticatorSetup, BackupCodes},
    keys::KeyChallenge,
    login::LoginFactors,
    ports::TwoFactor,
    proof::Proof,
};

use super::{
    accounts::AccountService, codes::BackupCodeHasher, factors::Removal, faults::db, guard::Guard,
    keys::KeyService, secret_box::SecretBox,
};
use crate::storage::{Db, factors as store};

mod keys;
mod mail_code;
mod removal;
mod setup;
mod spending;

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
}

impl TwoFactorService {
    /// Which factors the account has: a key, an authenticator app.
    pub async fn login_factors(&self, user: UserId) -> Result<LoginFactors, FactorError> {
        Ok(self.factors(user).await?.login())
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

    async fn check_key(
        &self,
        user: UserId,
        proof: &Proof,
        client: &domain::Client,
    ) -> Result<(), FactorError> {
        if !matches!(proof, Proof::Key { .. }) {
            return Err(FactorError::KeyRefused);
        }
        self.verify(user, proof, client).await.map(|_| ())
    }
}
