//! Twofold as an OpenID Connect provider: reading authorization requests, issuing codes and
//! tokens, the ID token's claims, and the keys that sign them. (The HTTP endpoints over these
//! come next; nothing here is served yet.)

pub mod access;
pub mod authorize;
pub mod claims;
pub mod grants;
pub mod signing;
