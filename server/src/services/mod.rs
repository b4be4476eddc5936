//! Plain async services: no Leptos, no HTTP. They implement the ports of `domain::ports`,
//! which the pages' server functions call; tests call the same methods.

pub mod accounts;
pub mod administration;
pub mod applications;
pub mod codes;
pub mod connections;
pub mod devices;
pub mod factors;
pub mod faults;
pub mod guard;
pub mod keys;
pub mod limits;
pub mod login;
pub mod mail;
pub mod oidc;
pub mod operator;
pub mod ownership;
pub mod passwords;
pub mod policy;
pub mod qr;
pub mod secret_box;
pub mod security;
pub mod sessions;
pub mod totp;
pub mod trust;
pub mod two_factor;
pub mod validation;
