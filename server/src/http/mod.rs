//! Plain HTTP endpoints, ordinary axum handlers over the same services as the pages: the
//! health check and the OpenID Connect provider's endpoints on the app's own router, the
//! metrics on a listener of their own.

pub mod authorize;
pub mod discovery;
mod health;
pub mod metrics;
pub mod oidc;

pub use health::health;
