//! Security keys and passkeys as factors of the account: adding one (a factor first while
//! two-factor is on; the first factor of all comes with backup codes), renaming, removing
//! (the last factor's removal turns two-factor off). The WebAuthn checks are the key
//! service's; here they become changes of the account's factors, each ending the other sessions
//! in its transaction, logged and mailed. Signing in with a passkey is the login service's.

use async_trait::async_trait;
use domain::{
    Asker, Changed, UserId,
    error::FactorError,
    events::EventKind,
    factor::FactorKind,
    keys::{Ceremony, KeyAdded, KeyChallenge, KeyInfo},
    ports::Keys,
    proof::Proof,
};
use sqlx::Connection;

use super::TwoFactorService;
use crate::{
    services::{factors::Removal, faults::db, keys::key_name},
    storage::keys as key_store,
};

#[async_trait]
impl Keys for TwoFactorService {
    async fn start_add(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<KeyChallenge, FactorError> {
        let email = self.password(asker, password).await?;
        let factors = self.factors(asker.user).await?;
        factors.may_add()?;
        if factors.is_on() {
            self.verify(asker.user, proof, asker.client).await?;
        } else {
            self.mail_code(asker.user, asker.client).await?;
        }
        Ok(self.keys.start_registration(asker.user, &email).await?)
    }

    async fn finish_add(
        &self,
        asker: Asker<'_>,
        ceremony: &Ceremony,
        response: &str,
        name: &str,
        mailed_code: &str,
    ) -> Result<Changed<KeyAdded>, FactorError> {
        let user = asker.user;
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
            .ok_or(FactorError::KeyAlreadyRegistered)?;
        let (backup_codes, elsewhere) = self
            .factor_added(tx, asker, first_factor, FactorKind::Key, now)
            .await?;
        let kind = if first_factor {
            EventKind::TwoFactorEnabled
        } else {
            EventKind::KeyAdded
        };
        self.guard
            .security
            .record(user, kind, None, asker.client)
            .await?;
        if first_factor {
            self.end_mail_code(user).await?;
        }
        tracing::info!(user = user.0, key = id, first_factor, "security key added");
        let added = KeyAdded {
            key: KeyInfo {
                id,
                name: name.to_owned(),
                added_at: now,
                last_used_at: None,
            },
            backup_codes,
        };
        self.ended_others(
            asker,
            Changed {
                made: added,
                elsewhere,
            },
        )
        .await
    }

    async fn rename(&self, user: UserId, key: i64, name: &str) -> Result<(), FactorError> {
        Ok(self.keys.rename(user, key, name).await?)
    }

    async fn remove(
        &self,
        asker: Asker<'_>,
        password: &str,
        key: i64,
        proof: &Proof,
    ) -> Result<Changed<bool>, FactorError> {
        self.password(asker, password).await?;
        // An unknown key costs no factor.
        let keys = self.keys.keys(asker.user).await?;
        if !keys.iter().any(|k| k.id == key) {
            return Err(FactorError::NoSuchKey);
        }
        self.remove(asker, Removal::Key(key), proof).await
    }

    async fn keys(&self, user: UserId) -> Result<Vec<KeyInfo>, FactorError> {
        Ok(self.keys.keys(user).await?)
    }
}
