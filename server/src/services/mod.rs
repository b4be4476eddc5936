//! Plain async services: no Leptos, no HTTP. The server functions call them through the
//! `app::api::backend` traits; tests call them directly.

pub mod accounts;
pub mod codes;
pub mod mfa;
pub mod passwords;
pub mod qr;
pub mod secret_box;
pub mod totp;
pub mod validation;

use app::error::AppError;

/// Logs an internal failure with its context and turns it into the opaque `Internal` error.
pub(crate) fn internal<E: std::fmt::Display>(context: &'static str) -> impl FnOnce(E) -> AppError {
    move |err| {
        tracing::error!(error = %err, "{context}");
        AppError::Internal
    }
}
