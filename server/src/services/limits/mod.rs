//! Attempt limits, kept in the database so that they hold however many servers share it.
//!
//! Every attempt is counted as a failure *before* it is checked ([`Limiter::admit`]), and
//! given back when it succeeds: concurrent attempts, on one server or several, can never
//! check more codes or passwords than the policy allows.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use domain::{Fault, error::LimitError};

mod policy;

use policy::minutes_until;
pub use policy::{
    FACTOR_CODES, PASSWORD, PASSWORD_FROM_ADDRESS, Policy, address_key, address_scope,
    factor_scope, password_scope, too_many,
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
    policy: Policy,
    reserved: Counter,
    locks: bool,
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
    pub async fn admit(&self, scope: String, policy: Policy) -> Result<Attempt, LimitError> {
        let now = self.now();
        let (reserved, locks) = self
            .update(&scope, |counter| policy.admit(counter, now))
            .await?
            .map_err(|blocked_until| too_many(blocked_until, now))?;
        Ok(Attempt {
            scope,
            policy,
            reserved,
            locks,
        })
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

    /// The attempt was wrong; it stays counted. Returns the minutes of the lock it started, if
    /// it started one.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "taking the attempt ends it: it cannot be reported twice"
    )]
    pub fn failed(&self, attempt: Attempt) -> Option<u32> {
        attempt
            .locks
            .then(|| minutes_until(attempt.reserved.blocked_until, self.now()))
    }

    /// Forgets a scope's failures (an administrator's reset).
    pub async fn clear(&self, scope: &str) -> Result<(), Fault> {
        store::clear(&self.pool, scope)
            .await
            .map_err(db("clear attempt limit"))
    }

    async fn give_back(&self, attempt: Attempt, succeeded: bool) -> Result<(), Fault> {
        let Attempt {
            scope,
            policy,
            reserved,
            ..
        } = attempt;
        self.update(&scope, |counter| {
            Ok::<_, ()>((policy.give_back(counter, reserved, succeeded), ()))
        })
        .await?
        .map(drop)
        .map_err(|()| Fault::Internal)
    }

    /// Applies `change` to the scope's counter atomically: compute from the counter last
    /// seen, compare-and-swap, and read the row again if another request came first. `change`
    /// may refuse (`Err`), writing nothing. Returns the new counter and `change`'s value.
    async fn update<T, E>(
        &self,
        scope: &str,
        change: impl Fn(Counter) -> Result<(Counter, T), E>,
    ) -> Result<Result<(Counter, T), E>, Fault> {
        for _ in 0..MAX_RETRIES {
            let (counter, version) = match self.recent(scope) {
                Some(seen) => seen,
                None => store::load(&self.pool, scope)
                    .await
                    .map_err(db("load attempt limit"))?,
            };
            let (next, value) = match change(counter) {
                Ok(changed) => changed,
                Err(refused) => return Ok(Err(refused)),
            };
            let swapped = store::swap(&self.pool, scope, version, next)
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
