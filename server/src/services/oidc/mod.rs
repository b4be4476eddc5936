//! Twofold as an OpenID Connect provider: reading authorization requests, issuing codes and
//! tokens, the ID token's claims, and the keys that sign them; the flow in the browser over them
//! (the HTTP endpoints are in `crate::http`).

pub mod access;
pub mod authorize;
pub mod claims;
pub mod flow;
pub mod grants;
pub mod logout;
pub mod requirements;
pub mod signing;
