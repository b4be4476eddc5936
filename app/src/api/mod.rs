//! Server functions: thin adapters over the services of `domain::ports`, and the client-side
//! state around them.

pub mod account;
pub mod admin;
pub mod admin_apps;
pub mod auth;
pub mod authorize;
pub mod connections;
#[cfg(feature = "ssr")]
pub mod context;
pub mod keys;
pub mod ownership;
pub mod security;
#[cfg(feature = "ssr")]
pub mod session;
pub mod two_factor;
