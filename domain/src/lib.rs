//! Twofold's core, shared by the pages (`app`) and the server: what an account, a factor, a
//! login and a security event are, what the pages show, the services the pages call (the
//! ports, implemented by the server) and the errors each area returns. It knows no web
//! framework and no database.
//!
//! The words: **two-factor** is what a user turns on for the account; a **factor** is one
//! credential that proves it at sign-in (an authenticator app, a security key or passkey, a
//! backup code); a **passkey** sign-in proves both factors at once; **TOTP** only names the
//! algorithm of the authenticator app.

pub mod account;
pub mod admin;
pub mod application;
pub mod error;
pub mod events;
pub mod factor;
pub mod keys;
pub mod login;
pub mod ownership;
pub mod policy;
pub mod ports;
pub mod proof;
pub mod security;
pub mod session;
pub mod text;
pub mod url;

pub use account::{Asker, Changed, Client, UserId};
pub use error::{Fault, Field, FieldError, Problem};
