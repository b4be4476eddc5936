//! Codes and tokens (RFC 6749 §4.1, RFC 7636, OpenID Connect Core §3.1.3): a code issued after
//! a sign-in, exchanged once by its client for an access token, an ID token and — with
//! `offline_access` — a refresh token, rotated at each use. Codes and tokens are random (256
//! bits), stored as their SHA-256, and bound to the account's credential epoch: a change of
//! password or factors, signing out everywhere or an administrator's reset ends them all.

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::application::Application;
use openidconnect::{AccessToken, IssuerUrl};
use rand::RngCore;
use serde::Serialize;
use subtle::ConstantTimeEq;

use super::{
    authorize::AuthorizationRequest,
    claims::{TwofoldIdToken, id_claims},
    signing::SigningKeys,
};
use crate::{
    clock::Clock,
    services::applications::{ApplicationError, Applications},
    storage::{
        Db,
        oidc::{self as store, ACCESS, CodeRow, Grant, NewToken, REFRESH},
        users,
    },
};

/// How long a code may wait to be exchanged.
pub const CODE_SECS: i64 = 60;
/// How long an access token works.
pub const ACCESS_TOKEN_SECS: i64 = 60 * 60;
/// How long a refresh token works (each use gives a new one).
pub const REFRESH_TOKEN_SECS: i64 = 30 * 24 * 60 * 60;

/// How the account signed in, for the tokens' `auth_time`, `amr` and `acr`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignIn {
    pub user: i64,
    /// The account's credential epoch at the sign-in.
    pub epoch: i64,
    /// Unix seconds.
    pub auth_time: i64,
    /// The methods (RFC 8176): `pwd`, `otp`, `hwk`/`swk`, `user`, `mfa`.
    pub amr: Vec<&'static str>,
    pub acr: Option<&'static str>,
}

/// The client's credentials, from the `Authorization: Basic` header or the form.
#[derive(Debug, Clone)]
pub struct ClientAuth {
    pub client_id: String,
    pub secret: Option<String>,
}

/// The token endpoint's answer (RFC 6749 §5.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tokens {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    pub id_token: String,
    pub scope: String,
}

/// The token endpoint's errors (RFC 6749 §5.2).
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("invalid_request: {0}")]
    InvalidRequest(&'static str),
    #[error("invalid_client")]
    InvalidClient,
    #[error("invalid_grant: {0}")]
    InvalidGrant(&'static str),
    #[error("internal: {0}")]
    Internal(String),
}

impl TokenError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidRequest(_) => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant(_) => "invalid_grant",
            Self::Internal(_) => "server_error",
        }
    }
}

pub(super) fn internal(err: impl std::fmt::Display) -> TokenError {
    TokenError::Internal(err.to_string())
}

pub(super) fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    crate::storage::digest(token)
}

/// Whether `verifier` answers the S256 `challenge` (RFC 7636 §4.6), compared in constant time.
fn pkce_matches(verifier: &str, challenge: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    let answer = crate::storage::digest(verifier);
    well_formed && bool::from(answer.as_bytes().ct_eq(challenge.as_bytes()))
}

/// Codes and tokens, over the database.
#[derive(Clone)]
pub struct Grants {
    pool: Db,
    clock: Arc<dyn Clock>,
    apps: Applications,
    keys: SigningKeys,
    issuer: IssuerUrl,
}

impl Grants {
    pub fn new(
        pool: Db,
        clock: Arc<dyn Clock>,
        apps: Applications,
        keys: SigningKeys,
        issuer: IssuerUrl,
    ) -> Self {
        Self {
            pool,
            clock,
            apps,
            keys,
            issuer,
        }
    }

    pub(super) fn pool(&self) -> &Db {
        &self.pool
    }

    pub(super) fn now(&self) -> i64 {
        self.clock.now()
    }

    /// A code for `request` after `sign_in`.
    pub async fn issue_code(
        &self,
        request: &AuthorizationRequest,
        sign_in: &SignIn,
    ) -> Result<String, TokenError> {
        let code = random_token();
        let row = CodeRow {
            grant: Grant {
                client_id: request.client.client_id.clone(),
                user_id: sign_in.user,
                scopes: request.scopes.names().join(" "),
                auth_time: sign_in.auth_time,
                amr: sign_in.amr.join(" "),
                acr: sign_in.acr.map(str::to_owned),
                credential_epoch: sign_in.epoch,
            },
            redirect_uri: request.redirect_uri.clone(),
            nonce: request.nonce.clone(),
            code_challenge: request.code_challenge.clone(),
            expires_at: self.clock.now() + CODE_SECS,
        };
        store::insert_code(&self.pool, &token_hash(&code), &row)
            .await
            .map_err(internal)?;
        Ok(code)
    }

    /// The client of `auth`: a confidential client with its secret, or a public one without.
    pub(super) async fn client(&self, auth: &ClientAuth) -> Result<Application, TokenError> {
        match &auth.secret {
            Some(secret) => self
                .apps
                .authenticate(&auth.client_id, secret)
                .await
                .map_err(internal)?
                .ok_or(TokenError::InvalidClient),
            None => match self.apps.show(&auth.client_id).await {
                Ok(app) if app.public => Ok(app),
                Ok(_) | Err(ApplicationError::NoSuchApplication(_)) => {
                    Err(TokenError::InvalidClient)
                }
                // A database failure is the server's, not the client's: logged, not hidden.
                Err(err) => Err(internal(err)),
            },
        }
    }

    /// Exchanges a code (`grant_type=authorization_code`).
    pub async fn exchange_code(
        &self,
        auth: &ClientAuth,
        code: &str,
        redirect_uri: Option<&str>,
        verifier: Option<&str>,
    ) -> Result<Tokens, TokenError> {
        let client = self.client(auth).await?;
        let grant_hash = token_hash(code);
        let Some(row) = store::take_code(&self.pool, &grant_hash)
            .await
            .map_err(internal)?
        else {
            // A code used before: what it gave is revoked (RFC 6749 §4.1.2).
            let revoked = store::revoke_grant(&self.pool, &grant_hash)
                .await
                .map_err(internal)?;
            if revoked > 0 {
                tracing::warn!(client_id = %client.client_id, revoked, "authorization code reused");
            }
            return Err(TokenError::InvalidGrant("the code is unknown or used"));
        };
        let now = self.clock.now();
        if row.grant.client_id != client.client_id || row.expires_at <= now {
            return Err(TokenError::InvalidGrant("the code is unknown or used"));
        }
        if redirect_uri != Some(row.redirect_uri.as_str()) {
            return Err(TokenError::InvalidGrant("redirect_uri differs"));
        }
        match (&row.code_challenge, verifier) {
            (Some(challenge), Some(verifier)) if pkce_matches(verifier, challenge) => {}
            (None, None) => {}
            _ => return Err(TokenError::InvalidGrant("the PKCE verifier does not match")),
        }
        self.tokens(&client, &row.grant, &grant_hash, row.nonce.as_deref(), now)
            .await
    }

    /// A new access token (and refresh token, with `offline_access`) and ID token for `grant`,
    /// if the account's credential epoch is still the grant's.
    async fn tokens(
        &self,
        client: &Application,
        grant: &Grant,
        grant_hash: &str,
        nonce: Option<&str>,
        now: i64,
    ) -> Result<Tokens, TokenError> {
        let user = users::by_id(&self.pool, grant.user_id)
            .await
            .map_err(internal)?
            .filter(|user| user.credential_epoch == grant.credential_epoch)
            .ok_or(TokenError::InvalidGrant("the sign-in has ended"))?;
        let access_token = random_token();
        let new = |token_hash, kind, expires_at| NewToken {
            token_hash,
            kind,
            grant_hash,
            grant,
            now,
            expires_at,
        };
        let access_hash = token_hash(&access_token);
        store::insert_token(
            &self.pool,
            new(&access_hash, ACCESS, now + ACCESS_TOKEN_SECS),
        )
        .await
        .map_err(internal)?;
        let offline = grant.scopes.split(' ').any(|s| s == "offline_access");
        let refresh_token = if offline {
            let token = random_token();
            let hash = token_hash(&token);
            store::insert_token(&self.pool, new(&hash, REFRESH, now + REFRESH_TOKEN_SECS))
                .await
                .map_err(internal)?;
            Some(token)
        } else {
            None
        };
        let subject = store::subject(&self.pool, user.id, &random_token())
            .await
            .map_err(internal)?;
        let claims = id_claims(&self.issuer, client, grant, &user, &subject, nonce, now);
        let key = self.keys.current(client.signing).await.map_err(internal)?;
        let id_token = TwofoldIdToken::new(
            claims,
            &*key,
            key.algorithm(),
            Some(&AccessToken::new(access_token.clone())),
            None,
        )
        .map_err(internal)?;
        Ok(Tokens {
            access_token,
            token_type: "Bearer",
            expires_in: ACCESS_TOKEN_SECS,
            refresh_token,
            id_token: id_token.to_string(),
            scope: grant.scopes.clone(),
        })
    }

    /// Exchanges a refresh token for new tokens (`grant_type=refresh_token`); the token given
    /// is used up, and a second use of it revokes the whole grant.
    pub async fn refresh(&self, auth: &ClientAuth, token: &str) -> Result<Tokens, TokenError> {
        let client = self.client(auth).await?;
        let now = self.clock.now();
        let hash = token_hash(token);
        let Some(live) = store::live_token(&self.pool, &hash, REFRESH, now)
            .await
            .map_err(internal)?
            .filter(|live| live.grant.client_id == client.client_id)
        else {
            return Err(TokenError::InvalidGrant(
                "the refresh token is unknown or expired",
            ));
        };
        if live.used_at.is_some()
            || !store::use_refresh(&self.pool, &hash, now)
                .await
                .map_err(internal)?
        {
            let revoked = store::revoke_grant(&self.pool, &live.grant_hash)
                .await
                .map_err(internal)?;
            tracing::warn!(client_id = %client.client_id, revoked, "refresh token reused");
            return Err(TokenError::InvalidGrant(
                "the refresh token is unknown or expired",
            ));
        }
        self.tokens(&client, &live.grant, &live.grant_hash, None, now)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::pkce_matches;

    #[test]
    fn pkce_verifier_of_rfc_7636_appendix_b() {
        let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assert!(pkce_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            challenge
        ));
        assert!(!pkce_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj",
            challenge
        ));
        assert!(!pkce_matches("short", challenge));
    }
}
