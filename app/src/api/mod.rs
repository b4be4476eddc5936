//! Server functions (thin adapters over the services) and the client-side state around them.

pub mod account;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod backend;
#[cfg(feature = "ssr")]
pub mod session;
pub mod two_factor;

use serde::{Deserialize, Serialize};

/// What the settings page shows about the signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub email: String,
    /// Unix seconds when two-factor authentication was enabled; `None` while it is off.
    pub two_factor_since: Option<i64>,
}

/// What the set-up dialog shows: the QR code (inline SVG) and the same key for typing. The only
/// time a second-factor secret leaves the server; its `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    pub qr_svg: String,
    pub manual_key: String,
}

impl std::fmt::Debug for TwoFactorSetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TwoFactorSetup([redacted])")
    }
}
