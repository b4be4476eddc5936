//! The `openidconnect` crate as a relying party of the test app: it discovers the provider,
//! builds the authorization request, follows nothing itself (the test's browser does), and
//! exchanges, verifies and refreshes as an application does. Its HTTP goes to the app's
//! router directly.

use std::{future::Future, pin::Pin};

use axum::{
    body::{Body, to_bytes},
    http::header,
};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, Scope,
    core::{
        CoreAuthenticationFlow, CoreClient, CoreIdTokenClaims, CoreProviderMetadata,
        CoreTokenResponse,
    },
};
use tower::ServiceExt;

use super::{
    KEY_ORIGIN, TestApp,
    oidc::{Provider, REDIRECT},
};

type Response = Pin<Box<dyn Future<Output = Result<openidconnect::HttpResponse, std::io::Error>>>>;

/// The relying party's HTTP client: requests go to `app`'s router.
pub fn http(app: &TestApp) -> impl Fn(openidconnect::HttpRequest) -> Response + use<> {
    let router = app.router.clone();
    move |request| {
        let router = router.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let mut request = axum::http::Request::from_parts(parts, Body::from(body));
            request
                .headers_mut()
                .insert(header::HOST, "twofold.example".parse().unwrap());
            request.extensions_mut().insert(axum::extract::ConnectInfo(
                std::net::SocketAddr::from(([127, 0, 0, 1], 40_001)),
            ));
            let response = router
                .oneshot(request)
                .await
                .map_err(std::io::Error::other)?;
            let (parts, body) = response.into_parts();
            let bytes = to_bytes(body, usize::MAX)
                .await
                .map_err(std::io::Error::other)?;
            Ok(axum::http::Response::from_parts(parts, bytes.to_vec()))
        })
    }
}

pub type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// An application that discovered the provider.
pub struct RelyingParty {
    pub client: Client,
    pub metadata: CoreProviderMetadata,
}

/// What the relying party keeps between its authorization request and the answer.
pub struct Started {
    /// The request's address, as the browser follows it (path and query).
    pub path: String,
    pub state: CsrfToken,
    pub nonce: Nonce,
    pub verifier: PkceCodeVerifier,
}

impl RelyingParty {
    /// The application of `p`, as a relying party of its provider.
    pub async fn of(p: &Provider) -> Self {
        Self::discover(&p.app, &p.client.client_id, p.auth.secret.as_deref()).await
    }

    /// Discovers the provider of `app` and registers as `client_id` with `secret`.
    pub async fn discover(app: &TestApp, client_id: &str, secret: Option<&str>) -> Self {
        let metadata = CoreProviderMetadata::discover_async(
            IssuerUrl::new(KEY_ORIGIN.to_owned()).unwrap(),
            &http(app),
        )
        .await
        .unwrap();
        let client = CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(client_id.to_owned()),
            secret.map(|s| ClientSecret::new(s.to_owned())),
        )
        .set_redirect_uri(RedirectUrl::new(REDIRECT.to_owned()).unwrap());
        Self { client, metadata }
    }

    /// An authorization request for `scopes`, with PKCE S256 and a nonce, and `extra`
    /// parameters.
    pub fn start(&self, scopes: &[&str], extra: &[(&str, &str)]) -> Started {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = self
            .client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for scope in scopes {
            request = request.add_scope(Scope::new((*scope).to_owned()));
        }
        for (name, value) in extra {
            request = request.add_extra_param(*name, *value);
        }
        let (url, state, nonce) = request.url();
        let path = format!("{}?{}", url.path(), url.query().unwrap_or_default());
        Started {
            path,
            state,
            nonce,
            verifier,
        }
    }

    /// The code of an authorization response at `location`, after checking its `state` and
    /// `iss` (RFC 9207).
    pub fn code_in(&self, location: &str, started: &Started) -> AuthorizationCode {
        let params = answer(location);
        assert_eq!(params.get("state"), Some(started.state.secret()));
        assert_eq!(
            params.get("iss").map(String::as_str),
            Some(self.metadata.issuer().as_str())
        );
        AuthorizationCode::new(params.get("code").expect("a code").clone())
    }

    /// Exchanges `code` and verifies the ID token (signature, issuer, audience, expiry, nonce,
    /// `at_hash`): its claims and the tokens.
    pub async fn exchange(
        &self,
        app: &TestApp,
        code: AuthorizationCode,
        started: Started,
    ) -> (CoreTokenResponse, CoreIdTokenClaims) {
        let tokens = self
            .client
            .exchange_code(code)
            .unwrap()
            .set_pkce_verifier(started.verifier)
            .request_async(&http(app))
            .await
            .unwrap();
        let id_token = tokens.extra_fields().id_token().expect("an ID token");
        let verifier = self.client.id_token_verifier();
        let claims = id_token.claims(&verifier, &started.nonce).unwrap().clone();
        let expected = openidconnect::AccessTokenHash::from_token(
            tokens.access_token(),
            id_token.signing_alg().unwrap(),
            id_token.signing_key(&verifier).unwrap(),
        )
        .unwrap();
        assert_eq!(claims.access_token_hash(), Some(&expected));
        (tokens, claims)
    }
}

/// The query of an answer at `location` to the application's redirect address.
pub fn answer(location: &str) -> std::collections::HashMap<String, String> {
    assert!(location.starts_with(REDIRECT), "{location}");
    url::Url::parse(location)
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect()
}
