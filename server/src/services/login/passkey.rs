//! Signing in with a passkey, without the password: the browser offers the passkeys it has for
//! this site, and the answer names its account. With user verification, a passkey proves both
//! factors. Refusals count towards the client's limits and the answering key's, never the
//! account's second-factor lock.

use domain::{
    Client, UserId,
    error::FactorError,
    events::EventKind,
    keys::{Ceremony, KeyChallenge},
    login::{LoginError, Proven, SignedIn},
    proof::KEY,
};

use super::LoginService;
use crate::{
    metrics,
    services::limits::{
        PASSKEY_SIGN_IN, PASSKEY_STARTS, address_scopes, passkey_scope, passkey_start_scope,
    },
};

impl LoginService {
    /// Starts a discoverable ceremony (the browser offers its passkeys for this site), limited
    /// per client address.
    pub(super) async fn start_discoverable(
        &self,
        client: &Client,
    ) -> Result<KeyChallenge, LoginError> {
        // Each start stores a ceremony (and a session) for someone nobody knows yet.
        if let Some(ip) = &client.ip {
            let limiter = &self.accounts.guard().limiter;
            let attempt = limiter
                .admit(passkey_start_scope(ip), PASSKEY_STARTS)
                .await
                .map_err(FactorError::from)?;
            limiter.failed(attempt);
        }
        self.two_factor
            .key_checks()
            .start_discoverable()
            .await
            .map_err(LoginError::from)
    }

    /// The passkey sign-in, completed as every sign-in is.
    pub(super) async fn passkey_step(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<SignedIn, LoginError> {
        let user = self
            .sign_in_with_passkey(ceremony, response, client)
            .await?;
        let row = self.accounts.user(user).await.map_err(LoginError::from)?;
        tracing::info!(user = user.0, "signed in with a passkey");
        let signed_in = SignedIn {
            user,
            language: row.language,
            backup_codes_left: None,
            epoch: row.credential_epoch,
            device_cookie: None,
            trust_cookie: None,
            proven: Proven::Passkey,
        };
        self.complete(signed_in, client).await
    }

    /// Signs in with a passkey's answer to a discoverable ceremony (no password): the account
    /// is the one the passkey names, proven by its signature with user verification. A refusal
    /// counts towards the client's password limits (its address and networks) and towards
    /// passkey sign-in with that key ([`PASSKEY_SIGN_IN`]), never towards the account's second-factor lock: the
    /// answer names its account before anything is verified, so a stranger who knows a
    /// credential id must not be able to lock the owner's factors with made-up answers.
    async fn sign_in_with_passkey(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<UserId, FactorError> {
        let limiter = &self.accounts.guard().limiter;
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
        let limiter = &self.accounts.guard().limiter;
        let (user, key) = self.two_factor.key_checks().claimed_key(response).await?;
        let attempt = limiter
            .admit(passkey_scope(key), PASSKEY_SIGN_IN)
            .await
            .map_err(FactorError::from)
            .inspect_err(|err| metrics::factor_check(KEY, Err(err)))?;
        let checked = self
            .two_factor
            .key_checks()
            .check_discoverable(user, ceremony, response)
            .await
            .map_err(FactorError::from);
        metrics::factor_check(KEY, checked.as_ref().map(drop));
        match checked {
            Ok(()) => {
                limiter.succeeded(attempt).await?;
                Ok(user)
            }
            Err(FactorError::KeyRefused) => {
                let failure = limiter.failed(attempt);
                self.security
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
