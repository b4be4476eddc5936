//! Middleware: the client's address, the cross-site request check, the flood guard, security
//! headers, sessions, request size limit and request logs. (A server function's error gets its
//! HTTP status where it is sent, in `app::error`.)

use std::{
    sync::{Arc, Mutex},
    time::Instant,
};

use app::error::AppError;
use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tower_sessions::{
    Expiry, Session, SessionManagerLayer,
    cookie::{Key, SameSite},
    service::SignedCookie,
};

use domain::{Client, session::SessionLifetime};

mod client;
mod flood;
mod refusals;
mod session;
mod set_up_gate;

pub use client::{ClientReader, client_info, client_of};
pub use flood::{FloodGuard, flood_guard};
pub use refusals::RefusalLog;
pub use set_up_gate::{PolicyGate, two_factor_policy};

use crate::{config::Config, services::limits::address_key, storage::sessions::DbSessionStore};

/// Requests larger than this are refused with 413.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

pub const SESSION_COOKIE: &str = "twofold_session";
/// The same with secure cookies: the `__Host-` prefix makes the browser keep it only for this
/// host, over HTTPS, for every path (no subdomain can set or shadow it).
pub const SECURE_SESSION_COOKIE: &str = "__Host-twofold_session";

pub fn sessions(
    store: DbSessionStore,
    config: &Config,
    key: &crate::config::SessionKey,
) -> SessionManagerLayer<DbSessionStore, SignedCookie> {
    let idle = time::Duration::try_from(config.session_idle).unwrap_or(time::Duration::minutes(30));
    SessionManagerLayer::new(store)
        .with_name(if config.cookie_secure {
            SECURE_SESSION_COOKIE
        } else {
            SESSION_COOKIE
        })
        .with_path("/")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.cookie_secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(idle))
        .with_signed(Key::from(key.0.as_slice()))
}

/// An error answered by middleware in the shape server functions answer with.
fn error_response(error: &AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(error).unwrap_or_default();
    let mut response = (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response();
    response
        .headers_mut()
        .insert("serverfnerror", HeaderValue::from_static("1"));
    if let Some(seconds) = error.retry_after_secs() {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether a request comes from a page of another site: by `Sec-Fetch-Site` where the browser
/// sends it, else by `Origin` against `Host`. Requests with neither (not from a browser) pass.
pub fn is_cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, rest)| rest);
    match (origin_host, host) {
        (Some(origin_host), Some(host)) => !origin_host.eq_ignore_ascii_case(host),
        _ => true,
    }
}

/// The pages whose forms may lead the browser on to an application: the sign-in's steps (a
/// waiting authorization request continues after them), the consent, the question before
/// signing out.
pub const LEAD_TO_APPLICATIONS: [&str; 4] = [
    "/login",
    "/login/verify",
    domain::application::CONSENT_PAGE,
    domain::application::SIGN_OUT_PAGE,
];

/// What [`security_headers`] needs: HSTS's lifetime (0: none), and the applications (whose
/// addresses the pages in [`LEAD_TO_APPLICATIONS`] may send their forms on to).
#[derive(Clone)]
pub struct HeadersConfig {
    pub hsts_seconds: u64,
    pub apps: crate::services::applications::Applications,
}

/// Where another site's page may send a POST: the authorization and end-session endpoints,
/// which an application's page may post its request to (OpenID Connect Core §3.1.2.1,
/// RP-Initiated Logout §2) — they read no session and change nothing: they send the browser
/// on to the same request by GET —, and the token, userinfo and revocation endpoints, which a
/// public client in the browser calls: they read no cookie, only the credentials and tokens
/// the request carries.
pub const OPEN_TO_OTHER_SITES: [&str; 5] = [
    crate::http::authorize::AUTHORIZE_PATH,
    crate::http::logout::LOGOUT_PATH,
    crate::http::oidc::TOKEN_PATH,
    crate::http::oidc::USERINFO_PATH,
    crate::http::oidc::REVOCATION_PATH,
];

/// Refuses state-changing requests that another site's page sends (CSRF), with 403.
pub async fn same_origin_only(
    State(refusals): State<RefusalLog>,
    request: Request,
    next: Next,
) -> Response {
    if is_state_changing(request.method())
        && is_cross_site(request.headers())
        && !OPEN_TO_OTHER_SITES.contains(&request.uri().path())
    {
        let address = request
            .extensions()
            .get::<Client>()
            .and_then(|c| c.ip.as_deref())
            .map_or_else(String::new, address_key);
        if let Some(refused) = refusals.count(&address, Instant::now()) {
            tracing::warn!(address, refused, path = %request.uri().path(), "cross-site request refused");
        }
        return error_response(&AppError::Forbidden);
    }
    next.run(request).await
}

/// Where a page being rendered leaves the nonce Leptos puts on its inline scripts, so that
/// [`security_headers`] sends the page's Content-Security-Policy with it: the slot travels in
/// the request's extensions, which the rendering sees.
#[derive(Clone, Default)]
pub struct PageNonce(Arc<Mutex<Option<String>>>);

impl PageNonce {
    /// Called in the Leptos context of every request: a page keeps its nonce for the response.
    pub fn remember() {
        if let Some(nonce) = leptos::nonce::use_nonce()
            && let Some(parts) = leptos::prelude::use_context::<axum::http::request::Parts>()
            && let Some(slot) = parts.extensions.get::<Self>()
            && let Ok(mut kept) = slot.0.lock()
        {
            *kept = Some(nonce.to_string());
        }
    }

    fn take(&self) -> Option<String> {
        self.0.lock().ok().and_then(|mut kept| kept.take())
    }

    /// Whether a page was rendered (and left its nonce).
    fn peek(&self) -> bool {
        self.0.lock().is_ok_and(|kept| kept.is_some())
    }
}

/// The files the browser loads that are the same for everyone (the build's bundle and styles
/// under `/pkg/`, the icon).
fn is_static_asset(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.svg"
}

/// What every response carries: no sniffing, no framing, no referrer to other sites, HSTS when
/// configured, `Cache-Control: no-store` (but on the static assets), and a
/// Content-Security-Policy: a page's (scripts with its nonce, see [`PageNonce`] and
/// `app::content_security_policy`), else a strict one.
pub async fn security_headers(
    State(config): State<HeadersConfig>,
    mut request: Request,
    next: Next,
) -> Response {
    let page_nonce = PageNonce::default();
    request.extensions_mut().insert(page_nonce.clone());
    let path = request.uri().path();
    let cacheable = is_static_asset(path);
    let leads_to_applications = LEAD_TO_APPLICATIONS.contains(&path);
    let mut response = next.run(request).await;
    let form_targets = match page_nonce.peek() {
        true if leads_to_applications => config.apps.origins().await.unwrap_or_else(|err| {
            tracing::error!(error = %err, "reading the applications' addresses");
            Vec::new()
        }),
        _ => Vec::new(),
    };
    let hsts_seconds = config.hsts_seconds;
    let page_policy = page_nonce.take().and_then(|nonce| {
        HeaderValue::from_str(&app::content_security_policy(&nonce, &form_targets)).ok()
    });
    let headers = response.headers_mut();
    if let Some(policy) = page_policy {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Pages and server functions may carry a set-up secret, backup codes or an account's
    // data: no cache keeps them. Only the browser assets, the same for everyone, may be kept.
    if !cacheable {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            ),
        );
    }
    if hsts_seconds > 0
        && let Ok(value) =
            HeaderValue::from_str(&format!("max-age={hsts_seconds}; includeSubDomains"))
    {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, value);
    }
    response
}

/// Ends sign-ins older than the maximum age before the request reaches pages or server
/// functions, so that rendering only ever reads the session.
pub async fn end_expired_sign_ins(
    State(lifetime): State<SessionLifetime>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    match session::end_if_expired(&session, lifetime).await {
        // Without the database the session cannot be read either: the page or server function
        // then answers with its own localized "temporarily unavailable".
        Ok(()) => next.run(request).await,
        Err(err) if session::unavailable(&err) => next.run(request).await,
        Err(err) => {
            tracing::error!(error = ?err, "checking the session's age");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Compresses what the server sends (brotli, else gzip, as the browser accepts; with
/// `Vary: Accept-Encoding`): pages and the browser bundle. Never the answers of server
/// functions (`application/json`): they carry secrets — an authenticator key, backup codes, a
/// key ceremony — and a compressed secret beside text an attacker can choose leaks through
/// the response's length (BREACH). They are small anyway.
pub fn compression() -> tower_http::compression::CompressionLayer<
    tower_http::compression::predicate::And<
        tower_http::compression::DefaultPredicate,
        tower_http::compression::predicate::NotForContentType,
    >,
> {
    use tower_http::compression::{
        CompressionLayer, DefaultPredicate,
        predicate::{NotForContentType, Predicate},
    };
    CompressionLayer::new().compress_when(
        DefaultPredicate::new().and(NotForContentType::const_new("application/json")),
    )
}
