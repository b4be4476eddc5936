//! The OpenID Connect provider's plain endpoints: the token endpoint (RFC 6749 §3.2, §5), the
//! userinfo endpoint (OpenID Connect Core §5.3, RFC 6750), token revocation (RFC 7009) and the
//! signing keys (RFC 7517). Clients authenticate with `client_secret_basic` or
//! `client_secret_post`; a public client names itself with `client_id` alone.

use axum::{
    Json, Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use serde_json::json;

use crate::services::oidc::{
    grants::{ClientAuth, Grants, TokenError},
    signing::SigningKeys,
};

/// Where the endpoints are.
pub const TOKEN_PATH: &str = "/oauth2/token";
pub const USERINFO_PATH: &str = "/oauth2/userinfo";
pub const REVOCATION_PATH: &str = "/oauth2/revoke";
pub const JWKS_PATH: &str = "/oauth2/jwks";

#[derive(Clone)]
pub struct Provider {
    pub grants: Grants,
    pub keys: SigningKeys,
}

/// The endpoints, to merge into the app's router (of any state). An application's page on
/// another site may call them (a public client in the browser): they answer with CORS headers
/// for any origin, and never with credentials — they read no cookie, only the client's
/// credentials and tokens the request carries.
pub fn router<S: Clone + Send + Sync + 'static>(provider: Provider) -> Router<S> {
    Router::new()
        .route(TOKEN_PATH, post(token))
        .route(USERINFO_PATH, get(userinfo).post(userinfo))
        .route(REVOCATION_PATH, post(revoke))
        .route(JWKS_PATH, get(jwks))
        .layer(cors())
        .with_state(provider)
}

/// CORS for the endpoints other sites' pages call: any origin, no credentials.
pub fn cors() -> tower_http::cors::CorsLayer {
    tower_http::cors::CorsLayer::new()
        .allow_origin(tower_http::cors::Any)
        .allow_methods([axum::http::Method::GET, axum::http::Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
}

/// A form's parameters, each at most once (RFC 6749 §3.2); `None` if one is repeated.
fn form(body: &[u8]) -> Option<Vec<(String, String)>> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
    let mut names: Vec<&str> = pairs.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    (names.len() == before).then_some(pairs)
}

fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// The `Authorization: Basic` credentials (RFC 6749 §2.3.1: each part form-encoded).
fn basic(headers: &HeaderMap) -> Option<Result<ClientAuth, ()>> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value
        .strip_prefix("Basic ")
        .or_else(|| value.strip_prefix("basic "))?;
    let decoded = STANDARD.decode(encoded.trim()).ok();
    let text = decoded.and_then(|d| String::from_utf8(d).ok());
    let parsed = text
        .as_deref()
        .and_then(|t| t.split_once(':'))
        .map(|(id, secret)| {
            let unescape = |s: &str| {
                url::form_urlencoded::parse(format!("x={s}").as_bytes())
                    .next()
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            };
            ClientAuth {
                client_id: unescape(id),
                secret: Some(unescape(secret)),
            }
        });
    Some(parsed.ok_or(()))
}

/// The client's credentials: the header or the form, not both.
fn client_auth(headers: &HeaderMap, pairs: &[(String, String)]) -> Result<ClientAuth, Refused> {
    let in_form = param(pairs, "client_secret");
    match (basic(headers), in_form) {
        (Some(_), Some(_)) => Err(Refused::request("use one way to authenticate the client")),
        (Some(Ok(auth)), None) => match param(pairs, "client_id") {
            Some(named) if named != auth.client_id => Err(Refused::request(
                "client_id differs from the authenticated client",
            )),
            _ => Ok(auth),
        },
        (Some(Err(())), None) => Err(Refused::Token(TokenError::InvalidClient)),
        (None, secret) => match param(pairs, "client_id") {
            Some(client_id) => Ok(ClientAuth {
                client_id: client_id.to_owned(),
                secret: secret.map(str::to_owned),
            }),
            None => Err(Refused::Token(TokenError::InvalidClient)),
        },
    }
}

/// A refusal of the token or revocation endpoint (RFC 6749 §5.2).
enum Refused {
    Token(TokenError),
    UnsupportedGrantType,
}

impl Refused {
    fn request(why: &'static str) -> Self {
        Self::Token(TokenError::InvalidRequest(why))
    }
}

/// A JSON answer that no cache keeps (RFC 6749 §5.1).
fn no_store(status: StatusCode, body: serde_json::Value) -> Response {
    let mut response = (status, Json(body)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        let (code, description) = match &self {
            Self::UnsupportedGrantType => ("unsupported_grant_type", "grant_type is not supported"),
            Self::Token(TokenError::InvalidRequest(why)) => ("invalid_request", *why),
            Self::Token(TokenError::InvalidGrant(why)) => ("invalid_grant", *why),
            Self::Token(TokenError::InvalidClient) => (
                "invalid_client",
                "the client is unknown or its secret is wrong",
            ),
            Self::Token(err @ TokenError::Internal(_)) => {
                tracing::error!(error = %err, "token endpoint");
                ("server_error", "the request could not be completed")
            }
        };
        let status = match &self {
            Self::Token(TokenError::InvalidClient) => StatusCode::UNAUTHORIZED,
            Self::Token(TokenError::Internal(_)) => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        };
        let mut response = no_store(
            status,
            json!({ "error": code, "error_description": description }),
        );
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"twofold\""),
            );
        }
        response
    }
}

/// `POST /oauth2/token`: `authorization_code` and `refresh_token`.
async fn token(State(provider): State<Provider>, headers: HeaderMap, body: Bytes) -> Response {
    let result = async {
        let pairs = form(&body).ok_or(Refused::request("a parameter is given more than once"))?;
        let auth = client_auth(&headers, &pairs)?;
        let grants = &provider.grants;
        let tokens = match param(&pairs, "grant_type") {
            Some("authorization_code") => {
                let code = param(&pairs, "code").ok_or(Refused::request("code is missing"))?;
                grants
                    .exchange_code(
                        &auth,
                        code,
                        param(&pairs, "redirect_uri"),
                        param(&pairs, "code_verifier"),
                    )
                    .await
            }
            Some("refresh_token") => {
                let token = param(&pairs, "refresh_token")
                    .ok_or(Refused::request("refresh_token is missing"))?;
                grants.refresh(&auth, token).await
            }
            Some(_) => return Err(Refused::UnsupportedGrantType),
            None => return Err(Refused::request("grant_type is missing")),
        };
        tokens.map_err(Refused::Token)
    }
    .await;
    match result {
        Ok(tokens) => no_store(StatusCode::OK, json!(tokens)),
        Err(refused) => refused.into_response(),
    }
}

/// `GET` or `POST /oauth2/userinfo`, the access token in `Authorization: Bearer` or (POST) in
/// the form's `access_token` (RFC 6750 §2.1, §2.2), not both.
async fn userinfo(State(provider): State<Provider>, headers: HeaderMap, body: Bytes) -> Response {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let pairs = form(&body).unwrap_or_default();
    let token = match (bearer, param(&pairs, "access_token")) {
        (Some(token), None) | (None, Some(token)) => token.to_owned(),
        (Some(_), Some(_)) => return bearer_error(StatusCode::BAD_REQUEST, "invalid_request"),
        (None, None) => {
            let mut response = StatusCode::UNAUTHORIZED.into_response();
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"twofold\""),
            );
            return response;
        }
    };
    match provider.grants.userinfo(&token).await {
        Ok(Some(claims)) => no_store(StatusCode::OK, claims),
        Ok(None) => bearer_error(StatusCode::UNAUTHORIZED, "invalid_token"),
        Err(err) => {
            tracing::error!(error = %err, "userinfo endpoint");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A refusal of a bearer token (RFC 6750 §3).
fn bearer_error(status: StatusCode, error: &'static str) -> Response {
    let mut response = status.into_response();
    let value = format!("Bearer realm=\"twofold\", error=\"{error}\"");
    if let Ok(value) = HeaderValue::from_str(&value) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

/// `POST /oauth2/revoke` (RFC 7009): 200 whether or not the token was known.
async fn revoke(State(provider): State<Provider>, headers: HeaderMap, body: Bytes) -> Response {
    let result = async {
        let pairs = form(&body).ok_or(Refused::request("a parameter is given more than once"))?;
        let auth = client_auth(&headers, &pairs)?;
        let token = param(&pairs, "token").ok_or(Refused::request("token is missing"))?;
        provider
            .grants
            .revoke(&auth, token)
            .await
            .map_err(Refused::Token)
    }
    .await;
    match result {
        Ok(()) => no_store(StatusCode::OK, json!({})),
        Err(refused) => refused.into_response(),
    }
}

/// `GET /oauth2/jwks`: the public keys of the current and recently replaced signing keys.
async fn jwks(State(provider): State<Provider>) -> Response {
    match provider.keys.jwks().await {
        Ok(keys) => {
            let mut response = Json(keys).into_response();
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            );
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "signing keys");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
