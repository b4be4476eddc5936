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
    keys::{Ceremony, KeyAdded, KeyChallenge, KeyError, KeyInfo, Proof},
    ports::Keys,
};
use sqlx::Connection;

use super::{TwoFactorService, checks::Removal};
use crate::{
    services::{
        faults::db,
        keys::key_name,
        limits::{PASSWORD_FROM_ADDRESS, address_scope},
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
        if self.status_to_add(user).await?.since.is_some() {
            self.verify(user, proof, client).await?;
        }
        self.keys.start_registration(user, email).await
    }

    async fn finish_add(
        &self,
        user: UserId,
        ceremony: &Ceremony,
        response: &str,
        name: &str,
        client: &Client,
    ) -> Result<KeyAdded, KeyError> {
        let name = key_name(name)?;
        let passkey = self.keys.registered(user, ceremony, response).await?;
        let first_factor = self.status(user).await?.since.is_none();
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
        let status = self.status(user).await.map_err(KeyError::Factor)?;
        let required = self
            .refuse_removing_last(user, status.authenticator || keys.len() > 1)
            .await
            .map_err(KeyError::Factor)?;
        let check = self.remove_factor(user, Removal::Key(key), proof, required);
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
    /// counts towards the client address's password limit and, where the passkey names an
    /// account, towards that account's second-factor limit (logged there).
    pub async fn sign_in_with_passkey(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<UserId, FactorError> {
        let limiter = &self.guard.limiter;
        let address = match &client.ip {
            Some(ip) => Some(
                limiter
                    .admit(address_scope(ip), PASSWORD_FROM_ADDRESS)
                    .await?,
            ),
            None => None,
        };
        let checked = match self.keys.claimed_account(response).await {
            Ok(user) => {
                let proof = Proof::Key {
                    ceremony: ceremony.clone(),
                    response: response.to_owned(),
                };
                let check = async {
                    self.keys
                        .check_discoverable(user, ceremony, response)
                        .await
                        .map_err(FactorError::from)
                };
                self.limited(user, client, None, &proof, check)
                    .await
                    .map(|()| user)
            }
            Err(err) => Err(err.into()),
        };
        if let Some(attempt) = address {
            match &checked {
                Ok(_) => limiter.succeeded(attempt).await?,
                Err(FactorError::KeyRefused) => drop(limiter.failed(attempt)),
                Err(_) => limiter.unchecked(attempt).await?,
            }
        }
        checked
    }
}
