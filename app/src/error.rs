//! The one error type that crosses the wire. Every variant is a code that the UI maps to a Fluent
//! message id; no variant carries text from the server.

use crate::i18n::{Texts, msg, translator};
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// A form field that a validation problem refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Email,
    Password,
    CurrentPassword,
    NewPassword,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong,
    TooShort,
    InvalidEmail,
    CommonPassword,
    ContainsEmail,
    EmailTaken,
    SameAsCurrent,
    /// The current password given to confirm a change is wrong.
    Incorrect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

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
    /// Too many failed attempts: nothing is checked for this many minutes (at least 1).
    #[error("too many attempts")]
    TooManyAttempts { minutes: u32 },
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

    /// The HTTP status this error is sent with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Invalid(_) => 422,
            Self::InvalidCredentials
            | Self::Unauthorized
            | Self::InvalidCode
            | Self::CodeAlreadyUsed
            | Self::LoginExpired => 401,
            Self::NotEnrolled | Self::AlreadyEnrolled => 409,
            Self::TooManyAttempts { .. } => 429,
            Self::Forbidden => 403,
            Self::BadRequest => 400,
            Self::Network | Self::Unavailable => 503,
            Self::Internal => 500,
        }
    }

    /// The Fluent id of the message shown for this error as a whole (field problems have their own).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Invalid(_) => msg("error-invalid-form"),
            Self::InvalidCredentials => msg("error-invalid-credentials"),
            Self::InvalidCode => msg("error-invalid-code"),
            Self::CodeAlreadyUsed => msg("error-code-already-used"),
            Self::LoginExpired => msg("error-login-expired"),
            Self::NotEnrolled => msg("error-not-enrolled"),
            Self::AlreadyEnrolled => msg("error-already-enrolled"),
            Self::Unauthorized => msg("error-unauthorized"),
            Self::TooManyAttempts { .. } => msg("error-too-many-attempts"),
            Self::Forbidden => msg("error-forbidden"),
            Self::BadRequest => msg("error-bad-request"),
            Self::Network => msg("error-network"),
            Self::Unavailable => msg("error-unavailable"),
            Self::Internal => msg("error-internal"),
        }
    }
}

impl AppError {
    /// The longest wait a refusal can ask for: attempt limits count failures per hour.
    pub const MAX_WAIT_MINUTES: u32 = 60;

    /// One error of every kind (the messages islands need, see [`AppError::texts`]).
    fn every_kind() -> [Self; 14] {
        // A new variant fails to compile here until it is added to the list below too.
        let _every_variant_listed = |e: &Self| match e {
            Self::Invalid(_)
            | Self::InvalidCredentials
            | Self::InvalidCode
            | Self::CodeAlreadyUsed
            | Self::LoginExpired
            | Self::NotEnrolled
            | Self::AlreadyEnrolled
            | Self::Unauthorized
            | Self::TooManyAttempts { .. }
            | Self::Forbidden
            | Self::BadRequest
            | Self::Network
            | Self::Unavailable
            | Self::Internal => (),
        };
        [
            Self::Invalid(Vec::new()),
            Self::InvalidCredentials,
            Self::InvalidCode,
            Self::CodeAlreadyUsed,
            Self::LoginExpired,
            Self::NotEnrolled,
            Self::AlreadyEnrolled,
            Self::Unauthorized,
            Self::TooManyAttempts { minutes: 1 },
            Self::Forbidden,
            Self::BadRequest,
            Self::Network,
            Self::Unavailable,
            Self::Internal,
        ]
    }

    /// Every error message and field problem, for an island with a form (rendered on the
    /// server; the wait in minutes for each possible value).
    pub fn texts() -> Texts {
        Texts::cached("errors", Self::translate_all)
    }

    fn translate_all() -> Texts {
        let ids: Vec<&'static str> = Self::every_kind()
            .iter()
            .filter(|e| !matches!(e, Self::TooManyAttempts { .. }))
            .map(Self::message_id)
            .chain(Problem::ALL.iter().map(|p| p.message_id()))
            .collect();
        (1..=Self::MAX_WAIT_MINUTES).fold(Texts::of(&ids), |texts, minutes| {
            texts.with(
                msg("error-too-many-attempts"),
                &[("minutes", i64::from(minutes).into())],
            )
        })
    }

    /// The message shown for this error as a whole, in the current language (a closure, like
    /// [`crate::i18n::t`]).
    pub fn message(&self) -> impl Fn() -> String + Clone + Send + Sync + 'static + use<> {
        let id = self.message_id();
        let minutes = match self {
            Self::TooManyAttempts { minutes } => Some((*minutes).min(Self::MAX_WAIT_MINUTES)),
            _ => None,
        };
        let translate = translator();
        move || match minutes {
            Some(minutes) => translate(id, &[("minutes", i64::from(minutes).into())]),
            None => translate(id, &[]),
        }
    }

    /// Seconds a client should wait before trying again (the `Retry-After` header).
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Self::TooManyAttempts { minutes } => Some(u64::from(*minutes) * 60),
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

impl Problem {
    const ALL: [Self; 9] = [
        Self::Required,
        Self::TooLong,
        Self::TooShort,
        Self::InvalidEmail,
        Self::CommonPassword,
        Self::ContainsEmail,
        Self::EmailTaken,
        Self::SameAsCurrent,
        Self::Incorrect,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Required => msg("field-required"),
            Self::TooLong => msg("field-too-long"),
            Self::TooShort => msg("field-password-too-short"),
            Self::InvalidEmail => msg("field-invalid-email"),
            Self::CommonPassword => msg("field-password-common"),
            Self::ContainsEmail => msg("field-password-contains-email"),
            Self::EmailTaken => msg("field-email-taken"),
            Self::SameAsCurrent => msg("field-password-same"),
            Self::Incorrect => msg("field-current-password-wrong"),
        }
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
}
