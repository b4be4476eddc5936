//! Plain HTTP endpoints, ordinary axum handlers over the same services as the pages: the
//! health check and the OpenID Connect provider's endpoints (authorization, token, userinfo,
//! revocation, keys, discovery, end of session) on the app's own router, the metrics on a
//! listener of their own.

pub mod authorize;
pub mod discovery;
mod health;
pub mod logout;
pub mod metrics;
pub mod oidc;
mod params;

pub use health::health;
