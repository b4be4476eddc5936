//! Attempt limits, kept in the database so that they hold however many servers share it.
//!
//! Every attempt is counted as a failure *before* it is checked ([`Limiter::admit`]), and
//! given back when it succeeds: concurrent attempts, on one server or several, can never
//! check more codes or passwords than the rules allow.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use domain::{
    Fault,
    error::{LimitError, TooManyAttempts},
};

mod rules;

mod scopes;

pub use rules::{
    AUTHENTICATOR_CODES_CAP, FACTOR_CODES, KNOWN_BROWSER, LimitRule, PASSKEY_SIGN_IN,
    PASSKEY_STARTS, PASSWORD, PASSWORD_FROM_ADDRESS, PASSWORD_OF_ACCOUNT, per_hour,
    sign_ups_from_address, too_many,
};
pub use scopes::{
    address_key, address_scope, address_scopes, device_scope, factor_mail_scope, factor_scope,
    passkey_scope, passkey_start_scope, password_network_scope, password_scope, sign_up_scope,
};

use super::faults::db;
use crate::{
    clock::Clock,
    storage::{
        Db,
        limits::{self as store, Counter},
    },
};

/// An attempt that was admitted: report how it went with [`Limiter::succeeded`],
/// [`Limiter::failed`] or [`Limiter::unchecked`].
#[derive(Debug)]
#[must_use = "an admitted attempt stays counted as a failure until it is reported"]
pub struct Attempt {
    scope: String,
    rule: LimitRule,
    reserved: Counter,
    alarm: bool,
}

impl Attempt {
    /// Failures in a row before this attempt.
    pub fn failures_before(&self) -> i64 {
        self.reserved.failures - 1
    }
}

/// What a failed attempt led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    /// Failures in a row, this one included.
    pub failures: i64,
    /// Worth telling the owner (see [`LimitRule::alarm`]).
    pub alarm: bool,
    /// The wait it started, if any.
    pub wait: Option<TooManyAttempts>,
}

#[derive(Clone)]
pub struct Limiter {
    pool: Db,
    clock: Arc<dyn Clock>,
    /// The counter and version this server last wrote for recently changed scopes. A change
    /// starts from it, and reads the row only when the swap finds that another request or
    /// server changed it since: one statement instead of two for the usual attempt. Only a
    /// shortcut; the database decides.
    recent: Arc<Mutex<HashMap<String, (Counter, i64)>>>,
}

/// At most this many scopes are remembered; then the memory starts over.
const RECENT_SCOPES: usize = 10_000;

/// Compare-and-swap retries before giving up (only reached under extreme contention).
const MAX_RETRIES: usize = 64;

impl Limiter {
    pub fn new(pool: Db, clock: Arc<dyn Clock>) -> Self {
        Self {
            pool,
            clock,
            recent: Arc::default(),
        }
    }

    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// Reserves an attempt in `scope`, or refuses it with [`LimitError::TooMany`].
    pub async fn admit(&self, scope: String, rule: LimitRule) -> Result<Attempt, LimitError> {
        let now = self.now();
        let (reserved, alarm) = self
            .update(&scope, rule, |counter| rule.admit(counter, now))
            .await?
            .map_err(|blocked_until| too_many(blocked_until, now))?;
        Ok(Attempt {
            scope,
            rule,
            reserved,
            alarm,
        })
    }

    /// Reserves an attempt in each scope, in order; if one refuses, the ones before are given
    /// back unchecked.
    pub async fn admit_all(
        &self,
        scopes: Vec<(String, LimitRule)>,
    ) -> Result<Vec<Attempt>, LimitError> {
        let mut attempts = Vec::with_capacity(scopes.len());
        for (scope, rule) in scopes {
            match self.admit(scope, rule).await {
                Ok(attempt) => attempts.push(attempt),
                Err(err) => {
                    for attempt in attempts {
                        self.unchecked(attempt).await?;
                    }
                    return Err(err);
                }
            }
        }
        Ok(attempts)
    }

    /// The attempt was right.
    pub async fn succeeded(&self, attempt: Attempt) -> Result<(), Fault> {
        self.give_back(attempt, true).await
    }

    /// The attempt was never checked (another limit refused it, or the check failed for an
    /// unrelated reason): it does not count.
    pub async fn unchecked(&self, attempt: Attempt) -> Result<(), Fault> {
        self.give_back(attempt, false).await
    }

    /// The attempt was wrong; it stays counted.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "taking the attempt ends it: it cannot be reported twice"
    )]
    pub fn failed(&self, attempt: Attempt) -> Failure {
        let now = self.now();
        let blocked_until = attempt.reserved.blocked_until;
        Failure {
            failures: attempt.reserved.failures,
            alarm: attempt.alarm,
            wait: (blocked_until > now).then(|| too_many(blocked_until, now)),
        }
    }

    /// Forgets a scope's failures (an administrator's reset), on every server at once: a
    /// server that remembers the old counter checks the row before it refuses anything.
    pub async fn clear(&self, scope: &str) -> Result<(), Fault> {
        self.remember(scope, None);
        store::clear(&self.pool, scope)
            .await
            .map_err(db("clear attempt limit"))
    }

    /// Forgets the failures of every scope whose name begins with `prefix` (all the password
    /// delays of an account), on every server at once as [`clear`](Self::clear) does.
    pub async fn clear_all(&self, prefix: &str) -> Result<(), Fault> {
        self.recent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|scope, _| !scope.starts_with(prefix));
        store::clear_prefixed(&self.pool, prefix)
            .await
            .map_err(db("clear attempt limits"))
    }

    /// Deletes the rows no rule needs any more (the server's periodic clean-up).
    pub async fn delete_expired(&self) -> Result<u64, Fault> {
        store::delete_expired(&self.pool, self.now())
            .await
            .map_err(db("delete expired attempt limits"))
    }

    async fn give_back(&self, attempt: Attempt, succeeded: bool) -> Result<(), Fault> {
        let Attempt {
            scope,
            rule,
            reserved,
            ..
        } = attempt;
        self.update(&scope, rule, |counter| {
            Ok::<_, ()>((rule.give_back(counter, reserved, succeeded), ()))
        })
        .await?
        .map(drop)
        .map_err(|()| Fault::Internal)
    }

    /// Applies `change` to the scope's counter atomically: compute from the counter last
    /// seen, compare-and-swap, and read the row again if another request came first. `change`
    /// may refuse (`Err`), writing nothing; a refusal computed from the remembered counter is
    /// checked against the row first (another server may have cleared the lock). Returns the
    /// new counter and `change`'s value.
    async fn update<T, E>(
        &self,
        scope: &str,
        rule: LimitRule,
        change: impl Fn(Counter) -> Result<(Counter, T), E>,
    ) -> Result<Result<(Counter, T), E>, Fault> {
        for _ in 0..MAX_RETRIES {
            let remembered = self.recent(scope);
            let (counter, version) = match remembered {
                Some(seen) => seen,
                None => store::load(&self.pool, scope)
                    .await
                    .map_err(db("load attempt limit"))?,
            };
            let (next, value) = match change(counter) {
                Ok(changed) => changed,
                Err(_) if remembered.is_some() => {
                    self.remember(scope, None);
                    continue;
                }
                Err(refused) => return Ok(Err(refused)),
            };
            let expires_at = rule.expires_at(next);
            let swapped = store::swap(&self.pool, scope, version, next, expires_at)
                .await
                .map_err(db("update attempt limit"))?;
            self.remember(scope, swapped.then_some((next, version + 1)));
            if swapped {
                return Ok(Ok((next, value)));
            }
        }
        tracing::error!(scope, "attempt limit: too much contention");
        Err(Fault::Unavailable)
    }

    fn recent(&self, scope: &str) -> Option<(Counter, i64)> {
        self.recent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(scope)
            .copied()
    }

    /// Keeps the counter and version just written, or forgets a stale one (`None`).
    fn remember(&self, scope: &str, written: Option<(Counter, i64)>) {
        let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        match written {
            Some(written) => {
                if recent.len() >= RECENT_SCOPES && !recent.contains_key(scope) {
                    recent.clear();
                }
                recent.insert(scope.to_owned(), written);
            }
            None => {
                recent.remove(scope);
            }
        }
    }
}
