//! Twofold's integration tests, one binary: each module an area, all through the HTTP layer
//! (or the real server process) on a fresh database per test: a SQLite file, or a new
//! PostgreSQL database when `TWOFOLD_TEST_POSTGRES` names a server.

#![allow(clippy::unwrap_used)]

mod common;

mod account_safety;
mod accounts;
mod address_change;
mod admin;
mod admin_applications;
mod administration;
mod applications;
mod cli;
mod exhaustion;
mod first_factor;
mod fuzz;
mod key_flows;
mod key_notices;
mod limits;
mod login_two_factor;
mod metrics;
mod mfa;
mod mfa_at_rest;
mod migrations;
mod oidc_connections;
mod oidc_consent;
mod oidc_discovery;
mod oidc_endpoints;
mod oidc_flow;
mod oidc_grants;
mod oidc_logout;
mod oidc_plan;
mod oidc_requirements;
mod outbox;
mod ownership;
mod passkeys;
mod policy;
mod requests;
mod resets;
mod revocation;
mod security_keys;
mod security_log;
mod session_store;
mod sessions;
mod signing_keys;
mod site_files;
mod timeouts;
mod trusted_browsers;
mod two_factor_manage;
mod two_factor_setup;
mod two_servers;
mod warnings;
