//! Server functions (thin adapters over the services) and the client-side state around them.

pub mod account;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod backend;
#[cfg(feature = "ssr")]
pub mod session;

use serde::{Deserialize, Serialize};

/// What the settings page shows about the signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub email: String,
    /// Unix seconds when two-factor authentication was enabled; `None` while it is off.
    pub two_factor_since: Option<i64>,
}
