//! The authorization endpoint (OpenID Connect Core §3.1.2.1), GET and POST, the address the
//! browser comes back to after signing in on Twofold's pages, and the consent page's answer. A
//! request that cannot go back to its application is refused on Twofold's own page
//! (`/authorize/refused`); one that waits for the sign-in or the consent is kept in the
//! browser's session (never in an address the browser could edit), under a random handle.

use app::i18n::LANGUAGE_COOKIE;
use axum::{
    Extension, Form, Router,
    body::Bytes,
    extract::{Query, RawQuery, State},
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{
    Client,
    application::{CONSENT_ANSWER, CONSENT_PAGE, CONTINUE_PATH, KEY_PAGE, REFUSED_PAGE},
    session::{Authorizing, KEY, SessionData, SessionLifetime},
    text::is_selectable,
};
use rand::RngCore;
use tower_sessions::Session;

use super::params::{as_get, pairs};
use crate::services::oidc::{
    authorize::UserFacing,
    flow::{Answer, Browser, BrowserSignIn, Flow, encoded},
};

pub const AUTHORIZE_PATH: &str = "/oauth2/authorize";

#[derive(Clone)]
pub struct Authorize {
    pub flow: Flow,
    pub lifetime: SessionLifetime,
}

pub fn router<S: Clone + Send + Sync + 'static>(authorize: Authorize) -> Router<S> {
    Router::new()
        .route(AUTHORIZE_PATH, get(by_query).post(by_form))
        .route(CONTINUE_PATH, get(resume))
        .route(CONSENT_ANSWER, post(decide))
        .with_state(authorize)
}

async fn by_query(
    State(authorize): State<Authorize>,
    Extension(client): Extension<Client>,
    session: Session,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let params = pairs(query.unwrap_or_default().as_bytes());
    let request = match authorize.flow.request(&params).await {
        Ok(request) => request,
        Err(answer) => return respond(answer),
    };
    let Ok(data) = read(&session).await else {
        return respond(Answer::Unavailable);
    };
    let now = crate::storage::now();
    let browser = browser(&data, authorize.lifetime, None, now);
    let answer = authorize
        .flow
        .answer(&request, &browser, &client, now)
        .await;
    let mut response = act(&session, data, answer, Kept::New(&params)).await;
    if let Some(cookie) = language_cookie(&request.ui_locales, &headers) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// The language cookie for the first of `ui_locales` Twofold speaks (OpenID Connect Core
/// §3.1.2.1), unless the browser has one (the user's own choice stays).
fn language_cookie(ui_locales: &[String], headers: &HeaderMap) -> Option<HeaderValue> {
    let chosen = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains(&format!("{LANGUAGE_COOKIE}=")));
    let language = ui_locales.iter().find(|l| is_selectable(l))?;
    if chosen {
        return None;
    }
    HeaderValue::from_str(&format!(
        "{LANGUAGE_COOKIE}={language}; Path=/; Max-Age=31536000; SameSite=Lax"
    ))
    .ok()
}

/// A request by POST (OpenID Connect Core §3.1.2.1) is the same request by GET.
async fn by_form(headers: HeaderMap, body: Bytes) -> Response {
    as_get(AUTHORIZE_PATH, &headers, &body)
}

#[derive(serde::Deserialize)]
struct Continue {
    request: String,
}

async fn resume(
    State(authorize): State<Authorize>,
    Extension(client): Extension<Client>,
    session: Session,
    Query(Continue { request: handle }): Query<Continue>,
) -> Response {
    let Ok(data) = read(&session).await else {
        return respond(Answer::Unavailable);
    };
    let now = crate::storage::now();
    let Some(waiting) = data.waiting(&handle, now).cloned() else {
        return refused("expired");
    };
    let params = pairs(waiting.params.as_bytes());
    let answer = match authorize.flow.request(&params).await {
        Ok(request) => {
            let browser = browser(&data, authorize.lifetime, Some(&waiting), now);
            authorize
                .flow
                .answer(&request, &browser, &client, now)
                .await
        }
        Err(answer) => answer,
    };
    act(&session, data, answer, Kept::Waiting(handle)).await
}

#[derive(serde::Deserialize)]
struct Decision {
    request: String,
    decision: String,
}

/// The consent page's answer (a form of Twofold's own page: the cross-site check applies).
async fn decide(
    State(authorize): State<Authorize>,
    Extension(client): Extension<Client>,
    session: Session,
    Form(Decision {
        request: handle,
        decision,
    }): Form<Decision>,
) -> Response {
    let Ok(mut data) = read(&session).await else {
        return respond(Answer::Unavailable);
    };
    let now = crate::storage::now();
    let Some(waiting) = data.waiting(&handle, now).cloned() else {
        return refused("expired");
    };
    let flow = &authorize.flow;
    let request = match flow.request(&pairs(waiting.params.as_bytes())).await {
        Ok(request) => request,
        Err(answer) => return act(&session, data, answer, Kept::Waiting(handle)).await,
    };
    let mut browser = browser(&data, authorize.lifetime, Some(&waiting), now);
    let answer = match (browser.sign_in, decision.as_str()) {
        (None, _) => Answer::SignIn { login_hint: None },
        (Some(sign_in), "allow") => {
            if let Err(err) = flow.consent(&request, sign_in.user, now).await {
                tracing::error!(error = %err, "authorize: keeping the consent failed");
                return respond(Answer::Unavailable);
            }
            if let Some(waiting) = data.waiting_mut(&handle) {
                waiting.consented_since = true;
            }
            browser.consented_since = true;
            flow.answer(&request, &browser, &client, now).await
        }
        (Some(_), _) => flow.refused_by_user(&request),
    };
    act(&session, data, answer, Kept::Waiting(handle)).await
}

/// The request an answer is for: a new one (its parameters), or one waiting under a handle.
enum Kept<'a> {
    New(&'a [(String, String)]),
    Waiting(String),
}

/// Sends the browser where `answer` says: to the sign-in or the consent page, the request
/// waiting (kept in the session if new); or on, the request answered (and no longer waiting).
async fn act(session: &Session, mut data: SessionData, answer: Answer, kept: Kept<'_>) -> Response {
    let now = crate::storage::now();
    let waits = matches!(
        answer,
        Answer::SignIn { .. } | Answer::Consent(_) | Answer::SetUp { .. } | Answer::Key { .. }
    );
    let handle = match kept {
        Kept::New(_) if !waits => return respond(answer),
        Kept::New(params) => {
            let handle = new_handle();
            data.keep_waiting(
                Authorizing {
                    handle: handle.clone(),
                    params: encoded(params),
                    at: now,
                    signed_in_since: false,
                    consented_since: false,
                    consent: None,
                    set_up_for: None,
                    key_for: None,
                },
                now,
            );
            handle
        }
        Kept::Waiting(handle) => handle,
    };
    let to = match &answer {
        Answer::SignIn { login_hint } => {
            let back = format!("{CONTINUE_PATH}?request={handle}");
            let login = app::redirect::login_url_for(&back);
            match login_hint {
                Some(hint) => format!("{login}&email={}", domain::url::percent_encode(hint, true)),
                None => login,
            }
        }
        Answer::Consent(asked) => {
            if let Some(waiting) = data.waiting_mut(&handle) {
                waiting.consent = Some(asked.clone());
            }
            format!("{CONSENT_PAGE}?request={handle}")
        }
        Answer::Key { application } => {
            if let Some(waiting) = data.waiting_mut(&handle) {
                waiting.key_for = Some(application.clone());
            }
            format!("{KEY_PAGE}?request={handle}")
        }
        Answer::SetUp { application } => {
            if let Some(waiting) = data.waiting_mut(&handle) {
                waiting.set_up_for = Some(application.clone());
            }
            app::redirect::SETTINGS.to_owned()
        }
        _ => {
            data.answered(&handle);
            String::new()
        }
    };
    if write(session, &data).await.is_err() {
        return respond(Answer::Unavailable);
    }
    if waits {
        Redirect::to(&to).into_response()
    } else {
        respond(answer)
    }
}

fn new_handle() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The browser's sign-in, and what it did since the `waiting` request came.
fn browser(
    data: &SessionData,
    lifetime: SessionLifetime,
    waiting: Option<&Authorizing>,
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
        signed_in_since: waiting.is_some_and(|w| w.signed_in_since),
        consented_since: waiting.is_some_and(|w| w.consented_since),
    }
}

/// An answer that does not wait.
fn respond(answer: Answer) -> Response {
    match answer {
        Answer::ToClient(location) => Redirect::to(&location).into_response(),
        Answer::Refused(UserFacing::UnknownClient) => refused("client"),
        Answer::Refused(UserFacing::BadRedirect) => refused("redirect"),
        Answer::Unavailable => refused("unavailable"),
        // The waiting answers are acted on before (`act`).
        Answer::SignIn { .. } | Answer::Consent(_) | Answer::SetUp { .. } | Answer::Key { .. } => {
            refused("expired")
        }
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
