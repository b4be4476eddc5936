//! The end-session endpoint (OpenID Connect RP-Initiated Logout 1.0), GET and POST, and the
//! answer of Twofold's page that asks whether to sign out.

use axum::{
    Router,
    body::Bytes,
    extract::{RawQuery, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use domain::{
    application::{REFUSED_PAGE, SIGN_OUT_ANSWER, SIGN_OUT_PAGE},
    session::{KEY, SessionData, SessionLifetime},
};
use tower_sessions::Session;

use super::params::{as_get, form, pairs};
use crate::services::oidc::{
    flow::encoded,
    logout::{Logout, LogoutRefusal, LogoutRequest},
};

pub const LOGOUT_PATH: &str = "/oauth2/logout";

#[derive(Clone)]
pub struct EndSession {
    pub logout: Logout,
    pub lifetime: SessionLifetime,
}

pub fn router<S: Clone + Send + Sync + 'static>(end: EndSession) -> Router<S> {
    Router::new()
        .route(LOGOUT_PATH, get(by_query).post(by_form))
        .route(SIGN_OUT_ANSWER, post(confirmed))
        .with_state(end)
}

/// A request by POST (RP-Initiated Logout §2) is the same request by GET.
async fn by_form(headers: HeaderMap, body: Bytes) -> Response {
    as_get(LOGOUT_PATH, &headers, &body)
}

async fn by_query(
    State(end): State<EndSession>,
    session: Session,
    RawQuery(query): RawQuery,
) -> Response {
    let request = match end
        .logout
        .read(&pairs(query.unwrap_or_default().as_bytes()))
        .await
    {
        Ok(request) => request,
        Err(refusal) => return refused(&refusal),
    };
    let signed_in = match session.get::<SessionData>(KEY).await {
        Ok(data) => data.and_then(|d| d.user_at(crate::storage::now(), end.lifetime)),
        Err(err) => {
            tracing::error!(error = %err, "logout: reading the session failed");
            return refused(&LogoutRefusal::Unavailable);
        }
    };
    match signed_in {
        // The hint names the account signed in here: its application signs it out.
        Some(user) if request.hinted_user == Some(user.0) => sign_out(&session, &request).await,
        // Someone else's hint, or none: the user is asked.
        Some(_) => Redirect::to(&ask(&request)).into_response(),
        None => after(&request),
    }
}

/// The answer of the page that asked (a form of Twofold's own page: the cross-site check
/// applies). The hint is not carried there; the rest is read again.
async fn confirmed(
    State(end): State<EndSession>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let params: Vec<(String, String)> = form(&headers, &body)
        .into_iter()
        .filter(|(name, _)| name != "id_token_hint")
        .collect();
    match end.logout.read(&params).await {
        Ok(request) => sign_out(&session, &request).await,
        Err(refusal) => refused(&refusal),
    }
}

async fn sign_out(session: &Session, request: &LogoutRequest) -> Response {
    if let Err(err) = session.flush().await {
        tracing::error!(error = %err, "logout: ending the session failed");
        return refused(&LogoutRefusal::Unavailable);
    }
    after(request)
}

/// Where the browser goes once signed out (or if nobody was signed in).
fn after(request: &LogoutRequest) -> Response {
    Redirect::to(request.then.as_deref().unwrap_or("/login")).into_response()
}

/// The page asking, with what its form posts back.
fn ask(request: &LogoutRequest) -> String {
    let mut params = Vec::new();
    if let Some(client) = &request.client {
        params.push(("client_id".to_owned(), client.client_id.clone()));
    }
    params.extend(request.asked.iter().cloned());
    format!("{SIGN_OUT_PAGE}?{}", encoded(&params))
}

fn refused(refusal: &LogoutRefusal) -> Response {
    let reason = match refusal {
        LogoutRefusal::Invalid => "logout",
        LogoutRefusal::Unavailable => "unavailable",
    };
    Redirect::to(&format!("{REFUSED_PAGE}?reason={reason}")).into_response()
}
