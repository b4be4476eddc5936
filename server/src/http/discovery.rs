//! The provider's metadata (OpenID Connect Discovery 1.0 §3; the same document as RFC 8414's
//! authorization server metadata): only what Twofold implements, and explicitly `false` or
//! the short list where the specifications' defaults would promise more (the `request_uri`
//! parameter, the implicit grant, the fragment response mode).

use axum::{
    Router,
    http::{HeaderValue, header},
    response::IntoResponse,
    routing::get,
};
use domain::application::SigningAlgorithm;
use openidconnect::{
    AdditionalProviderMetadata, AuthUrl, AuthenticationContextClass, IssuerUrl, JsonWebKeySetUrl,
    ProviderMetadata, ResponseTypes, Scope, TokenUrl, UserInfoUrl,
    core::{
        CoreAuthDisplay, CoreClaimName, CoreClaimType, CoreClientAuthMethod, CoreGrantType,
        CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
        CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
    },
};
use serde::{Deserialize, Serialize};

use crate::services::oidc::{authorize::ACR_PHISHING_RESISTANT, signing::jws};

use super::{
    authorize::AUTHORIZE_PATH,
    logout::LOGOUT_PATH,
    oidc::{JWKS_PATH, REVOCATION_PATH, TOKEN_PATH, USERINFO_PATH},
};

pub const OPENID_CONFIGURATION: &str = "/.well-known/openid-configuration";
pub const AUTHORIZATION_SERVER: &str = "/.well-known/oauth-authorization-server";

/// The scopes Twofold knows.
pub const SCOPES: [&str; 5] = ["openid", "profile", "email", "groups", "offline_access"];
/// The claims an ID token or userinfo may carry.
pub const CLAIMS: [&str; 15] = [
    "iss",
    "sub",
    "aud",
    "exp",
    "iat",
    "auth_time",
    "nonce",
    "at_hash",
    "azp",
    "amr",
    "acr",
    "email",
    "email_verified",
    "preferred_username",
    "groups",
];

/// What the core metadata has no field for (RP-Initiated Logout, RFC 7009, RFC 7636, RFC 9207
/// via RFC 8414).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct TwofoldMetadata {
    pub end_session_endpoint: String,
    pub revocation_endpoint: String,
    pub revocation_endpoint_auth_methods_supported: Vec<CoreClientAuthMethod>,
    pub code_challenge_methods_supported: Vec<String>,
    pub authorization_response_iss_parameter_supported: bool,
}

impl AdditionalProviderMetadata for TwofoldMetadata {}

pub type Metadata = ProviderMetadata<
    TwofoldMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// The client authentication methods of the token and revocation endpoints.
const CLIENT_AUTH: [CoreClientAuthMethod; 3] = [
    CoreClientAuthMethod::ClientSecretBasic,
    CoreClientAuthMethod::ClientSecretPost,
    CoreClientAuthMethod::None,
];

/// The metadata of the provider at `issuer`.
pub fn metadata(issuer: &IssuerUrl) -> Metadata {
    let base = issuer.as_str();
    let at = |path: &str| format!("{base}{path}");
    // The addresses are the issuer's (a valid URL) plus a fixed path.
    let url = |path: &str| url::Url::parse(&at(path)).expect("the issuer is a URL");
    Metadata::new(
        issuer.clone(),
        AuthUrl::from_url(url(AUTHORIZE_PATH)),
        JsonWebKeySetUrl::from_url(url(JWKS_PATH)),
        vec![ResponseTypes::new(vec![CoreResponseType::Code])],
        vec![CoreSubjectIdentifierType::Public],
        SigningAlgorithm::ALL.map(jws).to_vec(),
        TwofoldMetadata {
            end_session_endpoint: at(LOGOUT_PATH),
            revocation_endpoint: at(REVOCATION_PATH),
            revocation_endpoint_auth_methods_supported: CLIENT_AUTH.to_vec(),
            code_challenge_methods_supported: vec!["S256".to_owned()],
            authorization_response_iss_parameter_supported: true,
        },
    )
    .set_token_endpoint(Some(TokenUrl::from_url(url(TOKEN_PATH))))
    .set_userinfo_endpoint(Some(UserInfoUrl::from_url(url(USERINFO_PATH))))
    .set_scopes_supported(Some(SCOPES.map(|s| Scope::new(s.to_owned())).to_vec()))
    .set_response_modes_supported(Some(vec![CoreResponseMode::Query]))
    .set_grant_types_supported(Some(vec![
        CoreGrantType::AuthorizationCode,
        CoreGrantType::RefreshToken,
    ]))
    .set_token_endpoint_auth_methods_supported(Some(CLIENT_AUTH.to_vec()))
    .set_claim_types_supported(Some(vec![CoreClaimType::Normal]))
    .set_claims_supported(Some(
        CLAIMS.map(|c| CoreClaimName::new(c.to_owned())).to_vec(),
    ))
    .set_acr_values_supported(Some(
        ACR_PHISHING_RESISTANT
            .map(|acr| AuthenticationContextClass::new(acr.to_owned()))
            .to_vec(),
    ))
    .set_claims_parameter_supported(Some(false))
    .set_request_parameter_supported(Some(false))
    .set_request_uri_parameter_supported(Some(false))
}

/// The two addresses of the document, to merge into the app's router.
pub fn router<S: Clone + Send + Sync + 'static>(issuer: &IssuerUrl) -> Router<S> {
    let document = serde_json::to_string(&metadata(issuer)).unwrap_or_default();
    let serve = move || {
        let document = document.clone();
        async move {
            (
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json"),
                    ),
                    (
                        header::CACHE_CONTROL,
                        HeaderValue::from_static("public, max-age=300"),
                    ),
                ],
                document,
            )
                .into_response()
        }
    };
    Router::new()
        .route(OPENID_CONFIGURATION, get(serve.clone()))
        .route(AUTHORIZATION_SERVER, get(serve))
        .layer(super::oidc::cors())
}
