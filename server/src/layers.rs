//! Middleware: sessions, request size limit, request logs, and HTTP statuses for server-function
//! errors.

use app::{api::backend::SessionPolicy, error::AppError};
use axum::{
    body::Body,
    extract::{Request, State},
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http_body_util::BodyExt;
use tower_sessions::{
    Expiry, Session, SessionManagerLayer,
    cookie::{Key, SameSite},
    service::SignedCookie,
};

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

/// Server functions answer every error with 500; this gives each error its own status
/// (422 invalid input, 401 wrong credentials, 400 unreadable request…). The body is unchanged.
pub async fn server_fn_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) => {
            tracing::error!(error = %err, "reading a server function error body");
            return Response::from_parts(parts, Body::empty());
        }
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
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
