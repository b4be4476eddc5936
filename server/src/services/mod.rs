//! Plain async services: no Leptos, no HTTP. The server functions call them through the
//! `app::api::backend` traits; tests call them directly.

pub mod accounts;
pub mod admin;
pub mod codes;
pub mod limits;
pub mod mail;
pub mod mfa;
pub mod passwords;
pub mod qr;
pub mod secret_box;
pub mod security;
pub mod totp;
pub mod validation;

use std::sync::Arc;

use app::error::AppError;

/// What every service that checks passwords or codes shares: the attempt limits and the
/// security log (with its notifications), on the same clock.
#[derive(Clone)]
pub struct Guard {
    pub limiter: limits::Limiter,
    pub security: Arc<security::SecurityService>,
}

impl Guard {
    pub fn now(&self) -> i64 {
        self.limiter.now()
    }
}

/// Logs a failure with its context and turns it into an error for the client: `Unavailable`
/// when the database cannot be reached (the client may try again), otherwise the opaque
/// `Internal`. The cause never reaches the client.
pub(crate) fn internal<E: std::fmt::Display + 'static>(
    context: &'static str,
) -> impl FnOnce(E) -> AppError {
    move |err| {
        let db = (&err as &dyn std::any::Any).downcast_ref::<sqlx::Error>();
        if db.is_some_and(crate::storage::is_unavailable) {
            tracing::warn!(error = %err, "{context}: database unavailable");
            AppError::Unavailable
        } else {
            app::error::internal(context)(err)
        }
    }
}
