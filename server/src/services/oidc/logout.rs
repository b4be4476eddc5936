//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): an application sends the
//! browser to sign out of Twofold, with the ID token it got as `id_token_hint` (verified against
//! Twofold's published keys; an expired one is accepted, §2), its `client_id`, a registered
//! `post_logout_redirect_uri` and `state`. The browser is signed out at once only when the hint
//! names the account signed in there; otherwise the user is asked (a stranger's page must not be
//! able to sign anyone out).

use domain::application::Application;
use openidconnect::{ClientId, IdTokenVerifier, IssuerUrl, Nonce};

use super::{authorize::with_query, claims::TwofoldIdToken, signing::SigningKeys};
use crate::{
    services::applications::{ApplicationError, Applications},
    storage::{Db, oidc as store},
};

/// A valid logout request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoutRequest {
    /// The application that asks (the hint's audience, or `client_id`).
    pub client: Option<Application>,
    /// The account the verified hint names.
    pub hinted_user: Option<i64>,
    /// Where the browser goes afterwards: the registered post-logout address with `state`.
    pub then: Option<String>,
    /// `post_logout_redirect_uri` and `state` as given (the page that asks posts them back).
    pub asked: Vec<(String, String)>,
}

/// Why a logout request is refused (shown on Twofold's page, never redirected).
#[derive(Debug)]
pub enum LogoutRefusal {
    /// The hint is not an ID token of Twofold's, or names another client than `client_id`; the
    /// client is not registered; or the post-logout address is not one of its own.
    Invalid,
    /// The database could not be read (logged).
    Unavailable,
}

#[derive(Clone)]
pub struct Logout {
    pool: Db,
    apps: Applications,
    keys: SigningKeys,
    issuer: IssuerUrl,
}

impl Logout {
    pub fn new(pool: Db, apps: Applications, keys: SigningKeys, issuer: IssuerUrl) -> Self {
        Self {
            pool,
            apps,
            keys,
            issuer,
        }
    }

    /// Reads the request `params` (from the query or the form).
    pub async fn read(&self, params: &[(String, String)]) -> Result<LogoutRequest, LogoutRefusal> {
        let param = |name: &str| {
            params
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.is_empty())
        };
        let (hinted_client, hinted_user) = match param("id_token_hint") {
            Some(hint) => {
                let (client, user) = self.hint(hint).await?;
                (Some(client), user)
            }
            None => (None, None),
        };
        let client_id = match (hinted_client, param("client_id")) {
            (Some(hinted), Some(given)) if hinted != given => return Err(LogoutRefusal::Invalid),
            (Some(hinted), _) => Some(hinted),
            (None, given) => given.map(str::to_owned),
        };
        let client = match &client_id {
            Some(id) => match self.apps.show(id).await {
                Ok(app) => Some(app),
                Err(ApplicationError::NoSuchApplication(_)) => return Err(LogoutRefusal::Invalid),
                Err(err) => return Err(unavailable(&err)),
            },
            None => None,
        };
        let then = match param("post_logout_redirect_uri") {
            None => None,
            Some(uri) => {
                let registered = client
                    .as_ref()
                    .is_some_and(|app| app.post_logout_uris.iter().any(|u| u == uri));
                if !registered {
                    return Err(LogoutRefusal::Invalid);
                }
                Some(match param("state") {
                    Some(state) => with_query(uri, &[("state", state)]),
                    None => uri.to_owned(),
                })
            }
        };
        let asked = ["post_logout_redirect_uri", "state"]
            .into_iter()
            .filter_map(|name| param(name).map(|v| (name.to_owned(), v.to_owned())))
            .collect();
        Ok(LogoutRequest {
            client,
            hinted_user,
            then,
            asked,
        })
    }

    /// The client and the account of an ID token Twofold signed (expired or not).
    async fn hint(&self, hint: &str) -> Result<(String, Option<i64>), LogoutRefusal> {
        let token: TwofoldIdToken = hint.parse().map_err(|_| LogoutRefusal::Invalid)?;
        let jwks = self.keys.jwks().await.map_err(|err| unavailable(&err))?;
        // The audience is read from the token; its expiry is not checked (an application signs
        // out after its ID token expired, too).
        let verifier = IdTokenVerifier::new_public_client(
            ClientId::new(String::new()),
            self.issuer.clone(),
            jwks,
        )
        .require_audience_match(false)
        .set_allowed_algs(domain::application::SigningAlgorithm::ALL.map(super::signing::jws))
        .set_time_fn(|| chrono::DateTime::from_timestamp(0, 0).unwrap_or_default());
        let claims = token
            .claims(&verifier, |_: Option<&Nonce>| Ok(()))
            .map_err(|_| LogoutRefusal::Invalid)?;
        let client = claims
            .audiences()
            .first()
            .map(|aud| aud.to_string())
            .ok_or(LogoutRefusal::Invalid)?;
        let user = store::user_of_subject(&self.pool, claims.subject().as_str())
            .await
            .map_err(|err| unavailable(&err))?;
        Ok((client, user))
    }
}

fn unavailable(err: &dyn std::fmt::Display) -> LogoutRefusal {
    tracing::error!(error = %err, "logout: reading failed");
    LogoutRefusal::Unavailable
}
