//! Security keys and passkeys (WebAuthn, through webauthn-rs `Passkey`s: user verification
//! required). Each ceremony's state stays in the database (`webauthn_ceremonies`), bound to
//! the browser's session by a random token, used once and valid for 5 minutes, so that any
//! server can answer any step. Credentials — with their signature counters and backup flags,
//! replaced after every use — are rows of `security_keys`.
//!
//! Refused: an answer for another origin, one that does not verify, a key that is not (or no
//! longer) the account's, an answer to a ceremony already used (a replay), and a signature
//! counter that does not go up (a cloned key). The two-factor service, which uses these
//! checks, counts a refused answer towards the account's attempt limit like a wrong code; a
//! refused passkey sign-in (`passkeys`) counts towards that key's own limit instead.

mod passkeys;

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{
    Fault, UserId,
    keys::{CEREMONY_TTL_SECS, Ceremony, KeyChallenge, KeyError, KeyInfo, MAX_KEY_NAME},
};
use webauthn_rs::prelude::{
    AuthenticationResult, Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder,
};

use super::{faults::db, guard::Guard};
use crate::storage::{Db, keys as store};

const REGISTER: &str = "register";
const ASSERT: &str = "assert";
const PASSKEY: &str = "passkey";

/// A credential that passed registration: its id and what `security_keys.passkey` keeps.
pub struct NewPasskey {
    pub credential_id: String,
    pub stored: String,
}

/// The relying party every server of a deployment is: its id is `rp_id` or else the host of
/// `public_url`, its only origin `public_url` itself. Refused (at start-up) when the origin is
/// not the id's domain or below it.
pub fn relying_party(
    public_url: &Url,
    rp_id: Option<&str>,
    name: &str,
) -> Result<Webauthn, String> {
    let rp_id = match rp_id {
        Some(rp_id) => rp_id,
        None => public_url
            .host_str()
            .ok_or_else(|| format!("{public_url} has no host name"))?,
    };
    WebauthnBuilder::new(rp_id, public_url)
        .and_then(|builder| {
            builder
                .rp_name(name)
                .timeout(std::time::Duration::from_secs(
                    u64::try_from(CEREMONY_TTL_SECS).unwrap_or(300),
                ))
                .build()
        })
        .map_err(|err| {
            format!("the origin {public_url} does not fit the relying-party id {rp_id}: {err}")
        })
}

#[derive(Clone)]
pub struct KeyService {
    pool: Db,
    webauthn: Arc<Webauthn>,
    guard: Guard,
}

/// A key's name as kept: trimmed, neither empty nor longer than [`MAX_KEY_NAME`].
pub fn key_name(name: &str) -> Result<&str, KeyError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_KEY_NAME {
        return Err(KeyError::InvalidName);
    }
    Ok(name)
}

/// The key of a ceremony's row: a SHA-256 of the token in the session.
fn ceremony_hash(ceremony: &Ceremony) -> String {
    crate::storage::digest(&ceremony.0)
}

fn credential_id(passkey: &Passkey) -> String {
    let id: &[u8] = passkey.cred_id().as_ref();
    URL_SAFE_NO_PAD.encode(id)
}

fn to_json<T: serde::Serialize>(value: &T, what: &'static str) -> Result<String, Fault> {
    serde_json::to_string(value).map_err(|err| {
        tracing::error!(error = %err, "serialising {what}");
        Fault::Internal
    })
}

fn from_json<T: serde::de::DeserializeOwned>(json: &str, what: &'static str) -> Result<T, Fault> {
    serde_json::from_str(json).map_err(|err| {
        tracing::error!(error = %err, "reading stored {what}");
        Fault::Internal
    })
}

impl KeyService {
    pub fn new(pool: Db, webauthn: Arc<Webauthn>, guard: Guard) -> Self {
        Self {
            pool,
            webauthn,
            guard,
        }
    }

    /// The account's keys, oldest first.
    pub async fn keys(&self, user: UserId) -> Result<Vec<KeyInfo>, KeyError> {
        let rows = store::of_user(&self.pool, user.0)
            .await
            .map_err(db("list security keys"))?;
        Ok(rows.iter().map(store::KeyRow::info).collect())
    }

    async fn passkeys(&self, user: UserId) -> Result<Vec<(store::KeyRow, Passkey)>, KeyError> {
        let rows = store::of_user(&self.pool, user.0)
            .await
            .map_err(db("list security keys"))?;
        rows.into_iter()
            .map(|row| {
                let passkey = from_json(&row.passkey, "security key")?;
                Ok((row, passkey))
            })
            .collect()
    }

    /// Keeps a ceremony's state under a new token.
    async fn begin<S: serde::Serialize>(
        &self,
        user: Option<UserId>,
        kind: &'static str,
        state: &S,
        options: String,
    ) -> Result<KeyChallenge, KeyError> {
        let ceremony = Ceremony(URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>()));
        let state = to_json(state, "ceremony state")?;
        store::start_ceremony(
            &self.pool,
            store::NewCeremony {
                id_hash: &ceremony_hash(&ceremony),
                user: user.map(|user| user.0),
                kind,
                state: &state,
                now: self.guard.now(),
            },
        )
        .await
        .map_err(db("start WebAuthn ceremony"))?;
        Ok(KeyChallenge { ceremony, options })
    }

    /// Ends a ceremony of `kind` for `user` (`None`: a passkey sign-in, for nobody yet) and
    /// returns its state; `Expired` if it is not there (used already, expired, never started,
    /// or another's).
    async fn end<S: serde::de::DeserializeOwned>(
        &self,
        user: Option<UserId>,
        kind: &'static str,
        ceremony: &Ceremony,
    ) -> Result<S, KeyError> {
        let started_after = self.guard.now() - CEREMONY_TTL_SECS;
        let state = store::take_ceremony(
            &self.pool,
            &ceremony_hash(ceremony),
            kind,
            user.map(|user| user.0),
            started_after,
        )
        .await
        .map_err(db("end WebAuthn ceremony"))?
        .ok_or(KeyError::Expired)?;
        Ok(from_json(&state, "ceremony state")?)
    }

    /// Starts adding a key to the account (`email` is the name the authenticator may show):
    /// the options for `navigator.credentials.create()`. The account's keys are excluded, and
    /// a discoverable credential is asked for where the authenticator can make one (so that
    /// it can sign in without the password later).
    pub async fn start_registration(
        &self,
        user: UserId,
        email: &str,
    ) -> Result<KeyChallenge, KeyError> {
        let handle = store::user_handle(&self.pool, user.0, &Uuid::new_v4().to_string())
            .await
            .map_err(db("WebAuthn user handle"))?;
        let handle = Uuid::parse_str(&handle).map_err(|err| {
            tracing::error!(error = %err, user = user.0, "stored WebAuthn user handle");
            Fault::Internal
        })?;
        let exclude = self
            .passkeys(user)
            .await?
            .iter()
            .map(|(_, passkey)| passkey.cred_id().clone())
            .collect();
        let (options, state): (_, PasskeyRegistration) = self
            .webauthn
            .start_passkey_registration(handle, email, email, Some(exclude))
            .map_err(|err| {
                tracing::error!(error = %err, "starting a key registration");
                Fault::Internal
            })?;
        // webauthn-rs asks for a non-discoverable credential; one that the authenticator can
        // find by itself is what signing in without the password needs, where it can be made.
        let mut options = serde_json::to_value(&options).map_err(|err| {
            tracing::error!(error = %err, "serialising registration options");
            Fault::Internal
        })?;
        if let Some(selection) = options
            .pointer_mut("/publicKey/authenticatorSelection")
            .and_then(serde_json::Value::as_object_mut)
        {
            selection.insert("residentKey".to_owned(), "preferred".into());
        }
        let options = to_json(&options, "registration options")?;
        self.begin(Some(user), REGISTER, &state, options).await
    }

    /// Checks the browser's answer to [`Self::start_registration`]: the new credential, for
    /// the caller to store.
    pub async fn registered(
        &self,
        user: UserId,
        ceremony: &Ceremony,
        response: &str,
    ) -> Result<NewPasskey, KeyError> {
        let state: PasskeyRegistration = self.end(Some(user), REGISTER, ceremony).await?;
        let response: RegisterPublicKeyCredential =
            serde_json::from_str(response).map_err(|_| KeyError::Refused)?;
        let passkey = self
            .webauthn
            .finish_passkey_registration(&response, &state)
            .map_err(|err| {
                tracing::info!(user = user.0, error = %err, "security key registration refused");
                KeyError::Refused
            })?;
        Ok(NewPasskey {
            credential_id: credential_id(&passkey),
            stored: to_json(&passkey, "security key")?,
        })
    }

    /// Starts a second-factor check with one of the account's keys: the options for
    /// `navigator.credentials.get()`.
    pub async fn start_assertion(&self, user: UserId) -> Result<KeyChallenge, KeyError> {
        let passkeys: Vec<Passkey> = self
            .passkeys(user)
            .await?
            .into_iter()
            .map(|(_, passkey)| passkey)
            .collect();
        if passkeys.is_empty() {
            return Err(KeyError::NoSuchKey);
        }
        let (options, state): (_, PasskeyAuthentication) = self
            .webauthn
            .start_passkey_authentication(&passkeys)
            .map_err(|err| {
                tracing::error!(error = %err, "starting a key assertion");
                Fault::Internal
            })?;
        let options = to_json(&options, "assertion options")?;
        self.begin(Some(user), ASSERT, &state, options).await
    }

    /// Checks the browser's answer to [`Self::start_assertion`] (the caller counts a refusal
    /// towards the account's limit): the key's counter and backup flags are updated.
    pub async fn check_assertion(
        &self,
        user: UserId,
        ceremony: &Ceremony,
        response: &str,
    ) -> Result<(), KeyError> {
        let state: PasskeyAuthentication = self.end(Some(user), ASSERT, ceremony).await?;
        let response: PublicKeyCredential =
            serde_json::from_str(response).map_err(|_| KeyError::Refused)?;
        let row = self.answering_key(&response).await?;
        if row.user_id != user.0 {
            return Err(KeyError::Refused);
        }
        let result = self
            .webauthn
            .finish_passkey_authentication(&response, &state)
            .map_err(|err| {
                tracing::warn!(user = user.0, key = row.id, error = %err, "security key refused");
                KeyError::Refused
            })?;
        self.used(&row, &result).await?;
        Ok(())
    }

    /// The stored key that gave `response`; `Refused` if there is none.
    async fn answering_key(
        &self,
        response: &PublicKeyCredential,
    ) -> Result<store::KeyRow, KeyError> {
        let raw_id: &[u8] = response.raw_id.as_ref();
        store::by_credential_id(&self.pool, &URL_SAFE_NO_PAD.encode(raw_id))
            .await
            .map_err(db("find security key"))?
            .ok_or(KeyError::Refused)
    }

    /// Records a verified use of `row`: its counter and backup flags, and when. `Refused` if
    /// another use of the same key counted first (this one proves nothing more).
    async fn used(
        &self,
        row: &store::KeyRow,
        result: &AuthenticationResult,
    ) -> Result<(), KeyError> {
        let mut passkey: Passkey = from_json(&row.passkey, "security key")?;
        if result.cred_id() != passkey.cred_id() {
            return Err(KeyError::Refused);
        }
        passkey.update_credential(result);
        let updated = to_json(&passkey, "security key")?;
        if !store::record_use(&self.pool, row.id, &row.passkey, &updated, self.guard.now())
            .await
            .map_err(db("record security key use"))?
        {
            return Err(KeyError::Refused);
        }
        Ok(())
    }

    /// Renames one of the account's keys.
    pub async fn rename(&self, user: UserId, key: i64, name: &str) -> Result<(), KeyError> {
        let name = key_name(name)?;
        store::rename(&self.pool, user.0, key, name)
            .await
            .map_err(db("rename security key"))?
            .then_some(())
            .ok_or(KeyError::NoSuchKey)
    }
}
