//! Twofold as an OpenID Connect provider: the keys that sign its tokens.

pub mod authorize;
pub mod signing;
