//! The one error type that crosses the wire. Every variant is a code that the UI maps to a Fluent
//! message id; no variant carries text from the server. The services' errors (`domain::error`)
//! become it here, and only here, with their messages and HTTP statuses.

mod from_domain;
mod table;
mod texts;

pub use texts::problem_message_id;

pub use domain::error::{Field, FieldError, Problem};

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// One or more fields are invalid; each is shown next to its field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// Unknown email or wrong password: deliberately the same code for both.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// The authenticator or backup code is wrong (or of neither format).
    #[error("invalid code")]
    InvalidCode,
    /// The code was right but has been used already (replay, or a spent backup code).
    #[error("code already used")]
    CodeAlreadyUsed,
    /// The login waiting for a second factor expired, had too many wrong codes, or never
    /// started: the password must be entered again.
    #[error("login expired")]
    LoginExpired,
    /// Two-factor authentication is not set up (or the set-up was not started).
    #[error("not enrolled")]
    NotEnrolled,
    /// Two-factor authentication is on already.
    #[error("already enrolled")]
    AlreadyEnrolled,
    /// Not signed in (or the session expired).
    #[error("unauthorized")]
    Unauthorized,
    /// Too many failed attempts: nothing is checked for this many seconds (at least 1).
    #[error("too many attempts")]
    TooManyAttempts { seconds: u32 },
    /// So many wrong codes in a row that authenticator codes are no longer checked; a backup
    /// code still is.
    #[error("authenticator codes suspended")]
    AuthenticatorSuspended,
    /// A state change that did not come from one of Twofold's own pages (cross-site request).
    #[error("forbidden")]
    Forbidden,
    /// The request could not be read (malformed or oversized).
    #[error("bad request")]
    BadRequest,
    /// The server could not be reached.
    #[error("network")]
    Network,
    /// The database cannot be reached right now; trying again later may work.
    #[error("unavailable")]
    Unavailable,
    /// The server has too much to do right now (a burst of sign-ins); again in a few seconds.
    #[error("busy")]
    Busy,
    /// The security key's answer was refused (or its ceremony expired).
    #[error("key refused")]
    KeyRefused,
    /// The browser's key ceremony was cancelled, timed out, or found no key (told by the
    /// browser, before anything reached the server).
    #[error("key ceremony cancelled")]
    KeyCancelled,
    /// This browser offers no WebAuthn here.
    #[error("keys unsupported")]
    KeyUnsupported,
    /// The key is registered already.
    #[error("key already registered")]
    KeyAlreadyRegistered,
    /// An empty or too long key name.
    #[error("invalid key name")]
    KeyNameInvalid,
    /// The account has no such key (any more).
    #[error("no such key")]
    NoSuchKey,
    /// The administrator's password and factor must be confirmed again before this action.
    #[error("confirmation required")]
    ConfirmationRequired,
    /// No account has this address (administrator page).
    #[error("no such account")]
    NoSuchAccount,
    /// The application is not (or no longer) registered.
    #[error("no such application")]
    NoSuchApplication,
    /// An application's name or one of its addresses cannot be registered.
    #[error("application invalid")]
    ApplicationInvalid,
    /// The deployment requires two-factor of the account: it cannot be turned off, and until
    /// it is set up only the set-up is open.
    #[error("two-factor required")]
    TwoFactorRequired,
    /// The account's address is not confirmed yet: two-factor and keys wait for the link.
    #[error("address unconfirmed")]
    AddressUnconfirmed,
    /// The code mailed for a first factor is wrong, expired, or out of tries.
    #[error("mailed code wrong")]
    MailedCodeWrong,
    /// A mailed link that is unknown, used, replaced or expired (one answer for all).
    #[error("link expired")]
    LinkExpired,
    /// Anything else; the cause is only logged on the server.
    #[error("internal")]
    Internal,
}

impl AppError {
    pub fn field(field: Field, problem: Problem) -> Self {
        Self::Invalid(vec![FieldError { field, problem }])
    }

    /// The problem reported for `field`, if any.
    pub fn problem_for(&self, field: Field) -> Option<Problem> {
        match self {
            Self::Invalid(errors) => errors.iter().find(|e| e.field == field).map(|e| e.problem),
            _ => None,
        }
    }
}

/// Logs an internal failure with its context (server side only) and turns it into the opaque
/// `Internal` error: the cause never reaches the client.
#[cfg(feature = "ssr")]
pub fn internal<E: std::fmt::Display>(context: &'static str) -> impl FnOnce(E) -> AppError {
    move |err| {
        tracing::error!(error = %err, "{context}");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        use ServerFnErrorErr as E;
        match value {
            E::Request(_) => Self::Network,
            E::Args(_)
            | E::MissingArg(_)
            | E::Deserialization(_)
            | E::UnsupportedRequestMethod(_) => Self::BadRequest,
            _ => Self::Internal,
        }
    }

    /// The error as it is sent. On the server this is also where the response gets the
    /// error's own HTTP status: every failed server function's error passes here.
    fn ser(&self) -> leptos::server_fn::Bytes {
        #[cfg(feature = "ssr")]
        set_status(self);
        <JsonEncoding as leptos::server_fn::Encodes<Self>>::encode(self).unwrap_or_default()
    }
}

/// Gives the response of a failed server function the error's own status (422 invalid input,
/// 401 wrong credentials, 429 too many attempts…; the server function itself would answer
/// 500). A form posted without JavaScript keeps its redirect back to the page, which shows the
/// error.
#[cfg(feature = "ssr")]
fn set_status(err: &AppError) {
    use leptos::prelude::use_context;
    let form_post = use_context::<axum::http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(axum::http::header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    });
    if form_post {
        return;
    }
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    if let Ok(status) = axum::http::StatusCode::from_u16(err.status()) {
        response.set_status(status);
    }
    if let Some(seconds) = err.retry_after_secs() {
        response.insert_header(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from(seconds),
        );
    }
}
