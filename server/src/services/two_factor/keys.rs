//! Security keys and passkeys as factors of the account: adding one (a factor first while
//! two-factor is on; the first factor of all comes with backup codes), renaming, removing
//! (the last factor's removal turns two-factor off). The WebAuthn checks are the key
//! service's; here they become changes of the account's factors, each raising the credential
//! epoch in its transaction, logged and mailed.

use async_trait::async_trait;
use domain::{
    Client, UserId,
    error::FactorError,
    events::EventKind,
    keys::{Ceremony, KeyAdded, KeyChallenge, KeyError, KeyInfo},
    ports::Keys,
    proof::Proof,
};
use sqlx::Connection;

use super::TwoFactorService;
use crate::{
    metrics::{self, CheckKind},
    services::{
        factors::Removal,
        faults::db,
        keys::key_name,
        limits::{PASSKEY_SIGN_IN, address_scopes, passkey_scope},
    },
    storage::keys as key_store,
};

#[async_trait]
impl Keys for TwoFactorService {
    async fn start_add(
        &self,
        user: UserId,
        email: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<KeyChallenge, KeyError> {
        let factors = self.factors(user).await?;
        factors.may_add()?;
        if factors.is_on() {
            self.verify(user, proof, client).await?;
        } else {
            self.mail_code(user, client).await?;
        }
        self.keys.start_registration(user, email).await
    }

    async fn finish_add(
        &self,
        user: UserId,
        ceremony: &Ceremony,
        response: &str,
        name: &str,
        mailed_code: &str,
        client: &Client,
    ) -> Result<KeyAdded, KeyError> {
        let name = key_name(name)?;
        let first_factor = !self.factors(user).await?.is_on();
        if first_factor {
            self.check_mail_code(user, mailed_code).await?;
        }
        let passkey = self.keys.registered(user, ceremony, response).await?;
        let now = self.guard.now();
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        let new = key_store::NewKey {
            user: user.0,
            credential_id: &passkey.credential_id,
            name,
            passkey: &passkey.stored,
            now,
        };
        let id = key_store::insert(&mut tx, new)
            .await
            .map_err(db("store security key"))?
            .ok_or(KeyError::AlreadyRegistered)?;
        let backup_codes = self
            .factor_added(tx, user, first_factor, false, now)
            .await?;
        let kind = if first_factor {
            EventKind::TwoFactorEnabled
        } else {
            EventKind::KeyAdded
        };
        self.guard.security.record(user, kind, None, client).await?;
        if first_factor {
            self.end_mail_code(user).await?;
        }
        tracing::info!(user = user.0, key = id, first_factor, "security key added");
        Ok(KeyAdded {
            key: KeyInfo {
                id,
                name: name.to_owned(),
                added_at: now,
                last_used_at: None,
            },
            backup_codes,
        })
    }

    async fn rename(&self, user: UserId, key: i64, name: &str) -> Result<(), KeyError> {
        self.keys.rename(user, key, name).await
    }

    async fn remove(
        &self,
        user: UserId,
        key: i64,
        proof: &Proof,
        client: &Client,
    ) -> Result<bool, KeyError> {
        // An unknown key costs no factor.
        let keys = self.keys.keys(user).await?;
        if !keys.iter().any(|k| k.id == key) {
            return Err(KeyError::NoSuchKey);
        }
        let removal = Removal::Key(key);
        let factors = self.factors(user).await.map_err(KeyError::Factor)?;
        let required = self
            .refuse_unless(user, factors.remain_without(removal))
            .await
            .map_err(KeyError::Factor)?;
        let check = self.remove_factor(user, removal, proof, required);
        let still_on = self.limited(user, client, None, proof, check).await?;
        let kind = if still_on {
            EventKind::KeyRemoved
        } else {
            EventKind::TwoFactorDisabled
        };
        self.guard.security.record(user, kind, None, client).await?;
        Ok(still_on)
    }

    async fn keys(&self, user: UserId) -> Result<Vec<KeyInfo>, KeyError> {
        self.keys.keys(user).await
    }
}

impl TwoFactorService {
    /// Signs in with a passkey's answer to a discoverable ceremony (no password): the account
    /// is the one the passkey names, proven by its signature with user verification. A refusal
    /// counts towards the client's password limits (its address and networks) and towards
    /// passkey sign-in with
    /// that key ([`PASSKEY_SIGN_IN`]), never towards the account's second-factor lock: the
    /// answer names its account before anything is verified, so a stranger who knows a
    /// credential id must not be able to lock the owner's factors with made-up answers.
    pub async fn sign_in_with_passkey(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<UserId, FactorError> {
        let limiter = &self.guard.limiter;
        let scopes = client.ip.as_deref().map(address_scopes).unwrap_or_default();
        let addresses = limiter.admit_all(scopes).await?;
        let checked = self.check_passkey(ceremony, response, client).await;
        for attempt in addresses {
            match &checked {
                Ok(_) => limiter.succeeded(attempt).await?,
                Err(FactorError::KeyRefused) => drop(limiter.failed(attempt)),
                Err(_) => limiter.unchecked(attempt).await?,
            }
        }
        checked
    }

    /// The check of [`Self::sign_in_with_passkey`] within the limit of the answering key.
    async fn check_passkey(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<UserId, FactorError> {
        let limiter = &self.guard.limiter;
        let (user, key) = self.keys.claimed_key(response).await?;
        let attempt = limiter
            .admit(passkey_scope(key), PASSKEY_SIGN_IN)
            .await
            .map_err(FactorError::from)
            .inspect_err(|err| metrics::factor_check(CheckKind::Key, Err(err)))?;
        let checked = self
            .keys
            .check_discoverable(user, ceremony, response)
            .await
            .map_err(FactorError::from);
        metrics::factor_check(CheckKind::Key, checked.as_ref().map(drop));
        match checked {
            Ok(()) => {
                limiter.succeeded(attempt).await?;
                Ok(user)
            }
            Err(FactorError::KeyRefused) => {
                let failure = limiter.failed(attempt);
                self.guard
                    .security
                    .record(user, EventKind::KeyRefused, None, client)
                    .await?;
                Err(failure.wait.map_or(FactorError::KeyRefused, Into::into))
            }
            Err(err) => {
                limiter.unchecked(attempt).await?;
                Err(err)
            }
        }
    }
}
