//! The parameters of the browser-facing provider endpoints (authorization, end of session):
//! form-encoded, in the query or a POST's body.

use axum::{
    http::{HeaderMap, header},
    response::{IntoResponse, Redirect, Response},
};

use crate::services::oidc::flow::encoded;

/// Form-encoded `bytes` (a query or a body) as name–value pairs.
pub fn pairs(bytes: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(bytes).into_owned().collect()
}

/// A POST's form (OpenID Connect Core §3.1.2.1: form-encoded); any other body is read as no
/// parameters.
pub fn form(headers: &HeaderMap, body: &[u8]) -> Vec<(String, String)> {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if is_form { pairs(body) } else { Vec::new() }
}

/// A request by POST sent on as the same request by GET to `path`: an application's page posts
/// it from another site, and only a top-level GET brings the browser's session cookie
/// (`SameSite=Lax`). The POST itself reads and writes no session.
pub fn as_get(path: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    Redirect::to(&format!("{path}?{}", encoded(&form(headers, body)))).into_response()
}
