//! Middleware: the client's address, the cross-site request check, the flood guard, security
//! headers, sessions, request size limit and request logs. (A server function's error gets its
//! HTTP status where it is sent, in `app::error`.)

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Instant,
};

use app::error::AppError;
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tower_sessions::{
    Expiry, Session, SessionManagerLayer,
    cookie::{Key, SameSite},
    service::SignedCookie,
};

use domain::{Client, ports::SessionPolicy};

use crate::{config::Config, storage::sessions::DbSessionStore};

/// Requests larger than this are refused with 413.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

pub const SESSION_COOKIE: &str = "twofold_session";

pub fn sessions(
    store: DbSessionStore,
    config: &Config,
    key: &crate::config::SessionKey,
) -> SessionManagerLayer<DbSessionStore, SignedCookie> {
    let idle = time::Duration::try_from(config.session_idle).unwrap_or(time::Duration::minutes(30));
    SessionManagerLayer::new(store)
        .with_name(SESSION_COOKIE)
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

/// Where requests come from, for [`client_info`].
#[derive(Debug, Clone, Copy)]
pub struct ClientPolicy {
    /// Behind a reverse proxy: the last `X-Forwarded-For` entry is the client.
    pub trust_proxy: bool,
}

/// The client's address (the connection's, or the proxy's last `X-Forwarded-For` entry) and
/// its User-Agent, for the services (`Client`).
pub fn client_of(request: &Request, policy: ClientPolicy) -> Client {
    let forwarded = policy
        .trust_proxy
        .then(|| {
            request
                .headers()
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|ip| ip.trim().parse::<IpAddr>().ok())
                .next_back()
        })
        .flatten();
    let connected = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let user_agent = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|ua| ua.chars().take(Client::MAX_USER_AGENT).collect());
    Client {
        ip: forwarded
            .or(connected)
            .map(|ip| ip.to_canonical().to_string()),
        user_agent,
    }
}

pub async fn client_info(
    State(policy): State<ClientPolicy>,
    mut request: Request,
    next: Next,
) -> Response {
    let client = client_of(&request, policy);
    request.extensions_mut().insert(client);
    next.run(request).await
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

/// Refuses state-changing requests that another site's page sends (CSRF), with 403.
pub async fn same_origin_only(request: Request, next: Next) -> Response {
    if is_state_changing(request.method()) && is_cross_site(request.headers()) {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return error_response(&AppError::Forbidden);
    }
    next.run(request).await
}

/// A coarse per-address request budget for server functions, kept by each server in memory: a
/// flood guard in front of the database. (The attempt limits that matter for security are in
/// the database, shared by every server.)
#[derive(Clone)]
pub struct FloodGuard {
    per_minute: f64,
    buckets: Arc<Mutex<HashMap<String, (f64, Instant)>>>,
}

/// Addresses remembered before idle ones are forgotten.
const MAX_TRACKED: usize = 100_000;

impl FloodGuard {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: f64::from(per_minute),
            buckets: Arc::default(),
        }
    }

    /// Takes one request from the address's bucket (refilled continuously); `false` if empty.
    fn allow(&self, address: &str, now: Instant) -> bool {
        let Ok(mut buckets) = self.buckets.lock() else {
            return true;
        };
        if buckets.len() >= MAX_TRACKED {
            let per_minute = self.per_minute;
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_minute / 60.0 < per_minute
            });
        }
        let (tokens, at) = buckets
            .entry(address.to_owned())
            .or_insert((self.per_minute, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_minute / 60.0)
            .min(self.per_minute);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

pub async fn flood_guard(
    State(guard): State<FloodGuard>,
    request: Request,
    next: Next,
) -> Response {
    let address = request
        .extensions()
        .get::<Client>()
        .and_then(|c| c.ip.clone());
    if request.uri().path().starts_with("/api/")
        && let Some(address) = address
        && !guard.allow(&address, Instant::now())
    {
        tracing::warn!(address, "server-function flood guard");
        return error_response(&AppError::TooManyAttempts { minutes: 1 });
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
}

/// What every response carries: no sniffing, no framing, no referrer to other sites, HSTS when
/// configured, and a Content-Security-Policy: a page's (scripts with its nonce, see
/// [`PageNonce`] and `app::content_security_policy`), else a strict one.
pub async fn security_headers(
    State(hsts_seconds): State<u64>,
    mut request: Request,
    next: Next,
) -> Response {
    let page_nonce = PageNonce::default();
    request.extensions_mut().insert(page_nonce.clone());
    let mut response = next.run(request).await;
    let page_policy = page_nonce
        .take()
        .and_then(|nonce| HeaderValue::from_str(&app::content_security_policy(&nonce)).ok());
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
    State(policy): State<SessionPolicy>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    match app::api::session::end_if_expired(&session, policy).await {
        // Without the database the session cannot be read either: the page or server function
        // then answers with its own localized "temporarily unavailable".
        Ok(()) | Err(AppError::Unavailable) => next.run(request).await,
        Err(err) => {
            tracing::error!(error = ?err, "checking the session's age");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
