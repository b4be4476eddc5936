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

pub(crate) use app::error::internal;
