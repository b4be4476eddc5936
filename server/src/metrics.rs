//! Metrics for operators, in the Prometheus text format on an address of their own
//! (`TWOFOLD_METRICS_ADDR`, off by default): never on the public address. They count what this
//! server process did since it started (each server of a deployment is scraped on its own),
//! except the mail queue, which is the shared database's.
//!
//! Only names, kinds and outcomes are counted: no address, account or code ever becomes a label.

use std::sync::LazyLock;

use domain::{error::FactorError, events::EventKind, login::LoginError};
use prometheus_client::{
    encoding::prometheus_text,
    metrics::{counter::Counter, family::Family, gauge::Gauge},
    registry::Registry,
};

use crate::storage::{Db, outbox};

type Labels<const N: usize> = [(&'static str, &'static str); N];

struct Metrics {
    registry: Registry,
    sign_ins: Family<Labels<2>, Counter>,
    factor_checks: Family<Labels<2>, Counter>,
    events: Family<Labels<1>, Counter>,
    authorizations: Family<Vec<(&'static str, String)>, Counter>,
    database_errors: Family<Labels<1>, Counter>,
    mail_queue: Gauge,
    mail_given_up: Counter,
}

impl Metrics {
    fn new() -> Self {
        let mut registry = Registry::with_prefix("twofold");
        let sign_ins = Family::default();
        registry.register(
            "sign_ins",
            "Sign-in steps by method (password, factor: the second step, passkey) and outcome",
            sign_ins.clone(),
        );
        let factor_checks = Family::default();
        registry.register(
            "second_factor_checks",
            "Second-factor checks (at sign-in and for sensitive changes) by kind and outcome",
            factor_checks.clone(),
        );
        let events = Family::default();
        registry.register(
            "security_events",
            "Security-log entries by event: locks, set-ups, removals, resets and the rest",
            events.clone(),
        );
        let authorizations = Family::default();
        registry.register(
            "authorizations",
            "Applications' authorization requests by application (its registered name) and \
             outcome: code, sign_in, consent (the user is asked first), or the error sent back",
            authorizations.clone(),
        );
        let database_errors = Family::<Labels<1>, Counter>::default();
        // Shown at 0 from the start, so that an alert on their rate sees the first one.
        for kind in ["unavailable", "error"] {
            drop(database_errors.get_or_create(&[("kind", kind)]));
        }
        registry.register(
            "database_errors",
            "Failed database operations (unavailable: the database could not be reached)",
            database_errors.clone(),
        );
        let mail_queue = Gauge::default();
        registry.register(
            "mail_queue_depth",
            "Mail waiting to be delivered (the deployment's queue)",
            mail_queue.clone(),
        );
        let mail_given_up = Counter::default();
        registry.register(
            "mail_given_up",
            "Mail given up undelivered (an address the mail library refuses, or every attempt \
             failed), removed from the queue",
            mail_given_up.clone(),
        );
        Self {
            registry,
            sign_ins,
            factor_checks,
            events,
            authorizations,
            database_errors,
            mail_queue,
            mail_given_up,
        }
    }
}

static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// How a sign-in step was made.
#[derive(Debug, Clone, Copy)]
pub enum SignInMethod {
    /// The email and password.
    Password,
    /// The second step, after the password.
    Factor,
    /// A passkey alone.
    Passkey,
}

impl SignInMethod {
    fn name(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::Factor => "factor",
            Self::Passkey => "passkey",
        }
    }
}

/// Counts a sign-in step: `signed-in`, `factor-needed` (a right password of an account with
/// two-factor), or why it was refused.
pub fn sign_in(method: SignInMethod, outcome: Result<&'static str, &LoginError>) {
    let outcome = outcome.unwrap_or_else(|err| match err {
        LoginError::Expired => "expired",
        LoginError::TooMany(_) => "limited",
        LoginError::InvalidCredentials => "invalid-credentials",
        LoginError::Invalid(_) => "invalid-input",
        LoginError::InvalidCode => "invalid-code",
        LoginError::CodeAlreadyUsed => "code-replayed",
        LoginError::AuthenticatorSuspended => "authenticator-suspended",
        LoginError::KeyRefused => "key-refused",
        LoginError::Fault(_) => "error",
    });
    METRICS
        .sign_ins
        .get_or_create(&[("method", method.name()), ("outcome", outcome)])
        .inc();
}

/// Counts a second-factor check of a proof of `kind` ([`domain::proof::Proof::kind`]) by its
/// outcome (a wrong code that locks the factors counts as refused; the checks refused while
/// they are locked, as limited).
pub fn factor_check(kind: &'static str, outcome: Result<(), &FactorError>) {
    let outcome = match outcome {
        Ok(()) => "accepted",
        Err(FactorError::InvalidCode | FactorError::KeyRefused) => "refused",
        Err(FactorError::CodeAlreadyUsed) => "replayed",
        Err(FactorError::TooMany(_)) => "limited",
        Err(FactorError::AuthenticatorSuspended) => "suspended",
        Err(
            FactorError::NotEnrolled
            | FactorError::AlreadyEnrolled
            | FactorError::Required
            | FactorError::AddressUnconfirmed
            | FactorError::MailedCodeWrong
            | FactorError::KeyAlreadyRegistered
            | FactorError::NoSuchKey
            | FactorError::KeyNameInvalid
            | FactorError::Password(_),
        ) => "not-applicable",
        Err(FactorError::Fault(_)) => "error",
    };
    METRICS
        .factor_checks
        .get_or_create(&[("kind", kind), ("outcome", outcome)])
        .inc();
}

/// Counts an entry of the security log.
pub fn security_event(kind: EventKind) {
    METRICS
        .events
        .get_or_create(&[("event", kind.as_str())])
        .inc();
}

/// Counts an application's authorization request: its `outcome` for the application named
/// `application`.
pub fn authorization(application: &str, outcome: &'static str) {
    METRICS
        .authorizations
        .get_or_create(&vec![
            ("application", application.to_owned()),
            ("outcome", outcome.to_owned()),
        ])
        .inc();
}

/// Counts a failed database operation.
pub fn database_error(unavailable: bool) {
    let kind = if unavailable { "unavailable" } else { "error" };
    METRICS
        .database_errors
        .get_or_create(&[("kind", kind)])
        .inc();
}

/// Counts a mail given up undelivered.
pub fn mail_given_up() {
    METRICS.mail_given_up.inc();
}

/// Every metric in the Prometheus text format, the mail queue read from the database now.
pub async fn render(pool: &Db) -> String {
    match outbox::waiting(pool).await {
        Ok(waiting) => {
            METRICS.mail_queue.set(waiting);
        }
        Err(err) => {
            // The last depth stays; the failure itself is counted.
            let unavailable = crate::storage::is_unavailable(&err);
            database_error(unavailable);
            tracing::warn!(error = %err, "metrics: mail queue depth");
        }
    }
    let mut text = String::new();
    if let Err(err) = prometheus_text::encode(&mut text, &METRICS.registry) {
        tracing::error!(error = %err, "metrics: encoding");
    }
    text
}
