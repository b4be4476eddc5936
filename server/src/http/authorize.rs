//! The authorization endpoint (OpenID Connect Core §3.1.2.1), GET and POST, and the address the
//! browser comes back to after signing in on Twofold's pages. A request that cannot go back to
//! its application is refused on Twofold's own page (`/authorize/refused`); one that waits for
//! the sign-in is kept in the browser's session (never in an address the browser could edit),
//! under a random handle.

use axum::{
    Router,
    body::Bytes,
    extract::{Query, RawQuery, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::session::{Authorizing, KEY, SessionData, SessionLifetime};
use rand::RngCore;
use tower_sessions::Session;

use crate::services::oidc::{
    authorize::UserFacing,
    flow::{Answer, Browser, BrowserSignIn, Flow, encoded},
};

pub const AUTHORIZE_PATH: &str = "/oauth2/authorize";
/// Where the browser comes back after signing in: `?request=<handle>`.
pub const CONTINUE_PATH: &str = "/oauth2/authorize/continue";
/// Twofold's page for a request it cannot send back: `?reason=client|redirect|expired`.
pub const REFUSED_PAGE: &str = "/authorize/refused";

#[derive(Clone)]
pub struct Authorize {
    pub flow: Flow,
    pub lifetime: SessionLifetime,
}

pub fn router<S: Clone + Send + Sync + 'static>(authorize: Authorize) -> Router<S> {
    Router::new()
        .route(AUTHORIZE_PATH, get(by_query).post(by_form))
        .route(CONTINUE_PATH, get(resume))
        .with_state(authorize)
}

fn pairs(encoded: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(encoded).into_owned().collect()
}

async fn by_query(
    State(authorize): State<Authorize>,
    session: Session,
    RawQuery(query): RawQuery,
) -> Response {
    start(
        &authorize,
        &session,
        pairs(query.unwrap_or_default().as_bytes()),
    )
    .await
}

/// A request by POST (OpenID Connect Core §3.1.2.1: form-encoded) is sent on as the same
/// request by GET: an application's page posts it from another site, and only a top-level GET
/// brings the browser's session cookie (`SameSite=Lax`). The POST itself reads and writes no
/// session. Any other body is read as no parameters (and so refused).
async fn by_form(headers: HeaderMap, body: Bytes) -> Response {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let params = if form { pairs(&body) } else { Vec::new() };
    Redirect::to(&format!("{AUTHORIZE_PATH}?{}", encoded(&params))).into_response()
}

async fn start(
    authorize: &Authorize,
    session: &Session,
    params: Vec<(String, String)>,
) -> Response {
    let request = match authorize.flow.request(&params).await {
        Ok(request) => request,
        Err(answer) => return respond(answer),
    };
    let Ok(data) = read(session).await else {
        return respond(Answer::Unavailable);
    };
    let now = crate::storage::now();
    let browser = browser(&data, authorize.lifetime, false, now);
    match authorize.flow.answer(&request, &browser, now).await {
        Answer::SignIn => wait(session, data, &params).await,
        answer => respond(answer),
    }
}

#[derive(serde::Deserialize)]
struct Continue {
    request: String,
}

async fn resume(
    State(authorize): State<Authorize>,
    session: Session,
    Query(Continue { request: handle }): Query<Continue>,
) -> Response {
    let Ok(mut data) = read(&session).await else {
        return respond(Answer::Unavailable);
    };
    let now = crate::storage::now();
    let Some(waiting) = data.waiting(&handle, now).cloned() else {
        return refused("expired");
    };
    let params = pairs(waiting.params.as_bytes());
    let answer = match authorize.flow.request(&params).await {
        Ok(request) => {
            let browser = browser(&data, authorize.lifetime, waiting.signed_in_since, now);
            authorize.flow.answer(&request, &browser, now).await
        }
        Err(answer) => answer,
    };
    if answer == Answer::SignIn {
        return to_sign_in(&handle);
    }
    data.answered(&handle);
    if write(&session, &data).await.is_err() {
        return respond(Answer::Unavailable);
    }
    respond(answer)
}

/// Keeps the request in the session and sends the browser to sign in.
async fn wait(session: &Session, mut data: SessionData, params: &[(String, String)]) -> Response {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    let handle = URL_SAFE_NO_PAD.encode(bytes);
    let now = crate::storage::now();
    data.wait_for_sign_in(
        Authorizing {
            handle: handle.clone(),
            params: encoded(params),
            at: now,
            signed_in_since: false,
        },
        now,
    );
    if write(session, &data).await.is_err() {
        return respond(Answer::Unavailable);
    }
    to_sign_in(&handle)
}

fn to_sign_in(handle: &str) -> Response {
    let back = format!("{CONTINUE_PATH}?request={handle}");
    Redirect::to(&app::redirect::login_url_for(&back)).into_response()
}

fn browser(
    data: &SessionData,
    lifetime: SessionLifetime,
    signed_in_since: bool,
    now: i64,
) -> Browser {
    let sign_in = data.user_at(now, lifetime).map(|user| BrowserSignIn {
        user: user.0,
        at: data.signed_in_at.unwrap_or(0),
        proven: data.proven.unwrap_or_default(),
        epoch: data.epoch.unwrap_or(0),
    });
    Browser {
        sign_in,
        signed_in_since,
    }
}

fn respond(answer: Answer) -> Response {
    match answer {
        Answer::ToClient(location) => Redirect::to(&location).into_response(),
        Answer::Refused(UserFacing::UnknownClient) => refused("client"),
        Answer::Refused(UserFacing::BadRedirect) => refused("redirect"),
        Answer::Unavailable => refused("unavailable"),
        // Handled by the callers, which keep the request first.
        Answer::SignIn => refused("expired"),
    }
}

fn refused(reason: &str) -> Response {
    Redirect::to(&format!("{REFUSED_PAGE}?reason={reason}")).into_response()
}

async fn read(session: &Session) -> Result<SessionData, ()> {
    session
        .get::<SessionData>(KEY)
        .await
        .map(Option::unwrap_or_default)
        .map_err(|err| tracing::error!(error = %err, "authorize: reading the session failed"))
}

async fn write(session: &Session, data: &SessionData) -> Result<(), ()> {
    session
        .insert(KEY, data)
        .await
        .map_err(|err| tracing::error!(error = %err, "authorize: writing the session failed"))
}
