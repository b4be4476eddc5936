//! The authorization code flow in the browser (OpenID Connect Core §3.1.2): an application's
//! request, checked against the browser's sign-in, is answered at once — a code or an error,
//! sent back to the application with `state` and `iss` (RFC 9207) — or waits while the user
//! signs in on Twofold's own pages, and is checked again when the browser comes back.

use std::sync::Arc;

use domain::{
    Client, application::Application, events::EventKind, login::Proven, session::ConsentAsked,
};

use super::{
    authorize::{
        ACR_PHISHING_RESISTANT, AuthorizationRequest, AuthorizeError, ErrorRedirect, Refusal,
        UserFacing, read, with_query,
    },
    grants::{Grants, SignIn},
    requirements::{has_key, key_missing, set_up_first},
};
use crate::{
    services::{
        applications::{ApplicationError, Applications},
        policy::PolicyService,
        security::SecurityService,
    },
    storage::{Db, connections},
};

/// The most a request's parameters may take, form-encoded, in bytes (the session keeps them
/// while the user signs in).
pub const MAX_REQUEST_BYTES: usize = 8 * 1024;

/// The browser's sign-in, as its session has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrowserSignIn {
    pub user: i64,
    /// When the user signed in (unix seconds): the ID token's `auth_time`.
    pub at: i64,
    pub proven: Proven,
    /// The account's credential epoch the sign-in was made under.
    pub epoch: i64,
}

/// What the browser brings to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Browser {
    pub sign_in: Option<BrowserSignIn>,
    /// Whether the browser signed in after the request came (what `prompt=login` waits for).
    pub signed_in_since: bool,
    /// Whether the user agreed on the consent page after the request came (what
    /// `prompt=consent` waits for).
    pub consented_since: bool,
}

/// The answer to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Back to the application, at this address: a code, or an error.
    ToClient(String),
    /// The user signs in (again) on Twofold's pages, the address filled in with the
    /// request's `login_hint` if it is one; the request waits.
    SignIn { login_hint: Option<String> },
    /// The user is asked on the consent page; the request waits.
    Consent(ConsentAsked),
    /// The user answers with a security key or passkey on Twofold's page (the application or
    /// the request asks for one in this sign-in); the request waits.
    Key { application: String },
    /// The account must turn two-factor on first (the application requires it): the settings
    /// page, then back; the request waits.
    SetUp { application: String },
    /// Refused on Twofold's own page: the application or its address is not known.
    Refused(UserFacing),
    /// The database could not be read (logged); nothing was decided.
    Unavailable,
}

#[derive(Clone)]
pub struct Flow {
    pool: Db,
    security: Arc<SecurityService>,
    policy: PolicyService,
    apps: Applications,
    grants: Grants,
    issuer: String,
}

impl Flow {
    pub fn new(
        pool: Db,
        (security, policy): (Arc<SecurityService>, PolicyService),
        apps: Applications,
        grants: Grants,
        issuer: String,
    ) -> Self {
        Self {
            pool,
            security,
            policy,
            apps,
            grants,
            issuer,
        }
    }

    /// Reads the request `params` (from the query, the form, or the session where it waited).
    pub async fn request(
        &self,
        params: &[(String, String)],
    ) -> Result<AuthorizationRequest, Answer> {
        let mut ids = params.iter().filter(|(name, _)| name == "client_id");
        let client = match (ids.next(), ids.next()) {
            (Some((_, id)), None) => self.client(id).await?,
            // Two client ids name no application (RFC 6749 §3.1).
            _ => None,
        };
        let name = client.as_ref().map(|app| app.name.clone());
        let request = read(params, client).map_err(|refusal| {
            if let (Refusal::ToClient(redirect), Some(name)) = (&refusal, &name) {
                crate::metrics::authorization(name, redirect.error.code());
            }
            self.refused(refusal)
        })?;
        if encoded(params).len() > MAX_REQUEST_BYTES {
            return Err(self.error(
                &request,
                AuthorizeError::InvalidRequest,
                "the request is too large",
            ));
        }
        Ok(request)
    }

    async fn client(&self, client_id: &str) -> Result<Option<Application>, Answer> {
        match self.apps.show(client_id).await {
            Ok(app) => Ok(Some(app)),
            Err(ApplicationError::NoSuchApplication(_)) => Ok(None),
            Err(err) => {
                tracing::error!(error = %err, "authorize: reading the application failed");
                Err(Answer::Unavailable)
            }
        }
    }

    /// Answers `request` for `browser` (from `client`) at `now` (the time the sessions keep,
    /// unix seconds). The account's first sign-in to an application is written to its
    /// security log, and mailed.
    pub async fn answer(
        &self,
        request: &AuthorizationRequest,
        browser: &Browser,
        client: &Client,
        now: i64,
    ) -> Answer {
        let fresh = browser.sign_in.filter(|sign_in| {
            (!request.prompt.login || browser.signed_in_since)
                && request
                    .max_age
                    .is_none_or(|age| now.saturating_sub(sign_in.at) <= age)
        });
        let Some(sign_in) = fresh else {
            if request.prompt.none {
                return self.error(
                    request,
                    AuthorizeError::LoginRequired,
                    "the user is not signed in",
                );
            }
            crate::metrics::authorization(&request.client.name, "sign_in");
            return Answer::SignIn {
                login_hint: request.login_hint.clone(),
            };
        };
        match set_up_first(&self.pool, &self.policy, request, sign_in.user).await {
            Ok(false) => {}
            Ok(true) if request.prompt.none => {
                return self.error(
                    request,
                    AuthorizeError::InteractionRequired,
                    "the account must turn two-factor on first",
                );
            }
            Ok(true) => {
                crate::metrics::authorization(&request.client.name, "set_up");
                return Answer::SetUp {
                    application: request.client.name.clone(),
                };
            }
            Err(err) => {
                tracing::error!(error = %err, "authorize: reading the account's factors failed");
                return Answer::Unavailable;
            }
        }
        if key_missing(request, &sign_in) {
            return match has_key(&self.pool, sign_in.user).await {
                Ok(true) if request.prompt.none => self.error(
                    request,
                    AuthorizeError::InteractionRequired,
                    "the sign-in must use a security key or passkey",
                ),
                Ok(true) => {
                    crate::metrics::authorization(&request.client.name, "key");
                    Answer::Key {
                        application: request.client.name.clone(),
                    }
                }
                Ok(false) => self.error(
                    request,
                    AuthorizeError::AccessDenied,
                    "the account has no security key or passkey",
                ),
                Err(err) => {
                    tracing::error!(error = %err, "authorize: reading the account's keys failed");
                    Answer::Unavailable
                }
            };
        }
        match self.consent_needed(request, browser, sign_in.user).await {
            Ok(false) => {}
            Ok(true) if request.prompt.none => {
                return self.error(
                    request,
                    AuthorizeError::ConsentRequired,
                    "the user's consent is required",
                );
            }
            Ok(true) => {
                crate::metrics::authorization(&request.client.name, "consent");
                return Answer::Consent(ConsentAsked {
                    application: request.client.name.clone(),
                    scopes: request
                        .scopes
                        .names()
                        .into_iter()
                        .map(str::to_owned)
                        .collect(),
                });
            }
            Err(err) => {
                tracing::error!(error = %err, "authorize: reading the consent failed");
                return Answer::Unavailable;
            }
        }
        let grant = SignIn {
            user: sign_in.user,
            epoch: sign_in.epoch,
            auth_time: sign_in.at,
            amr: sign_in.proven.amr().to_vec(),
            acr: sign_in
                .proven
                .with_key()
                .then_some(ACR_PHISHING_RESISTANT[0]),
        };
        let issued = match self.record_use(request, sign_in.user, client, now).await {
            Ok(()) => self.grants.issue_code(request, &grant).await.ok(),
            Err(err) => {
                tracing::error!(error = %err, "authorize: counting the sign-in failed");
                None
            }
        };
        match issued {
            Some(code) => {
                let mut pairs = vec![("code", code.as_str())];
                if let Some(state) = &request.state {
                    pairs.push(("state", state));
                }
                pairs.push(("iss", &self.issuer));
                tracing::info!(client_id = %request.client.client_id, user = sign_in.user, "authorize: code issued");
                crate::metrics::authorization(&request.client.name, "code");
                Answer::ToClient(with_query(&request.redirect_uri, &pairs))
            }
            // Logged where it failed.
            None => self.error(
                request,
                AuthorizeError::ServerError,
                "the code could not be issued",
            ),
        }
    }

    async fn record_use(
        &self,
        request: &AuthorizationRequest,
        user: i64,
        client: &Client,
        now: i64,
    ) -> Result<(), String> {
        let app = &request.client;
        let first = connections::record_use(&self.pool, user, &app.client_id, now)
            .await
            .map_err(|e| e.to_string())?;
        if first {
            self.security
                .record_application(
                    domain::UserId(user),
                    EventKind::ApplicationConnected,
                    &app.name,
                    client,
                )
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Whether the user must be asked before the application gets what `request` asks:
    /// `prompt=consent` asks again (once), an application registered with `--consent` asks
    /// until the user agreed to every scope it asks for.
    async fn consent_needed(
        &self,
        request: &AuthorizationRequest,
        browser: &Browser,
        user: i64,
    ) -> Result<bool, sqlx::Error> {
        if browser.consented_since {
            return Ok(false);
        }
        if request.prompt.consent {
            return Ok(true);
        }
        if !request.client.consent {
            return Ok(false);
        }
        let agreed = connections::consented(&self.pool, user, &request.client.client_id)
            .await?
            .unwrap_or_default();
        let agreed: Vec<&str> = agreed.split(' ').collect();
        Ok(!request.scopes.names().iter().all(|s| agreed.contains(s)))
    }

    /// Keeps that the user of `sign_in` agreed to share what `request` asks.
    pub async fn consent(
        &self,
        request: &AuthorizationRequest,
        user: i64,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        connections::consent(
            &self.pool,
            user,
            &request.client.client_id,
            &request.scopes.names().join(" "),
            now,
        )
        .await
    }

    /// The answer to a request the user refused on the consent page.
    pub fn refused_by_user(&self, request: &AuthorizationRequest) -> Answer {
        self.error(
            request,
            AuthorizeError::AccessDenied,
            "the user did not allow it",
        )
    }

    fn error(
        &self,
        request: &AuthorizationRequest,
        error: AuthorizeError,
        description: &'static str,
    ) -> Answer {
        crate::metrics::authorization(&request.client.name, error.code());
        Answer::ToClient(
            ErrorRedirect {
                redirect_uri: request.redirect_uri.clone(),
                error,
                description,
                state: request.state.clone(),
            }
            .location(&self.issuer),
        )
    }

    fn refused(&self, refusal: Refusal) -> Answer {
        match refusal {
            Refusal::ToUser(reason) => Answer::Refused(reason),
            Refusal::ToClient(redirect) => Answer::ToClient(redirect.location(&self.issuer)),
        }
    }
}

/// `params`, form-encoded.
pub fn encoded(params: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish()
}
