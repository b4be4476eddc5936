//! Signing in with a passkey alone: a discoverable ceremony, the account the answer names, and
//! the proof that it is that account's key with the user verified.

use domain::{
    Fault, UserId,
    keys::{Ceremony, KeyChallenge, KeyError},
};
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PublicKeyCredential};

use super::{KeyService, PASSKEY, from_json, to_json};
use crate::{services::faults::db, storage::keys as store};

impl KeyService {
    /// Starts signing in with a passkey: the browser offers those it holds for this site.
    pub async fn start_discoverable(&self) -> Result<KeyChallenge, KeyError> {
        let (options, state): (_, DiscoverableAuthentication) = self
            .webauthn
            .start_discoverable_authentication()
            .map_err(|err| {
                tracing::error!(error = %err, "starting a passkey sign-in");
                Fault::Internal
            })?;
        let options = to_json(&options, "passkey sign-in options")?;
        self.begin(None, PASSKEY, &state, options).await
    }

    /// The account whose passkey gave `response` and that key's id (not yet proven: see
    /// [`Self::check_discoverable`]); `Refused` when no account has it.
    pub async fn claimed_key(&self, response: &str) -> Result<(UserId, i64), KeyError> {
        let response: PublicKeyCredential =
            serde_json::from_str(response).map_err(|_| KeyError::Refused)?;
        let row = self.answering_key(&response).await?;
        Ok((UserId(row.user_id), row.id))
    }

    /// Checks a passkey's answer to [`Self::start_discoverable`] for `user` (from
    /// [`Self::claimed_key`]): the user handle must be the account's, the credential one of
    /// its keys, and the user verified.
    pub async fn check_discoverable(
        &self,
        user: UserId,
        ceremony: &Ceremony,
        response: &str,
    ) -> Result<(), KeyError> {
        let state: DiscoverableAuthentication = self.end(None, PASSKEY, ceremony).await?;
        let response: PublicKeyCredential =
            serde_json::from_str(response).map_err(|_| KeyError::Refused)?;
        let (handle, _) = self
            .webauthn
            .identify_discoverable_authentication(&response)
            .map_err(|_| KeyError::Refused)?;
        let owner = store::user_of_handle(&self.pool, &handle.to_string())
            .await
            .map_err(db("find account of user handle"))?;
        let row = self.answering_key(&response).await?;
        if owner != Some(user.0) || row.user_id != user.0 {
            return Err(KeyError::Refused);
        }
        let passkey: Passkey = from_json(&row.passkey, "security key")?;
        let result = self
            .webauthn
            .finish_discoverable_authentication_v2(&response, state, &passkey)
            .map_err(|err| {
                tracing::warn!(user = user.0, key = row.id, error = %err, "passkey refused");
                KeyError::Refused
            })?;
        self.used(&row, &result).await
    }
}
