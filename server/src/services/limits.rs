//! Attempt limits, kept in the database so that they hold however many servers share it.
//!
//! Every attempt is counted as a failure *before* it is checked ([`Limiter::admit`]), and
//! given back when it succeeds: concurrent attempts, on one server or several, can never
//! check more codes or passwords than the policy allows.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use app::error::AppError;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};

use super::internal;
use crate::{
    clock::Clock,
    storage::{
        Db,
        limits::{self as store, Counter},
    },
};

const HOUR: i64 = 3600;

/// How many failures a scope tolerates, and what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// After this many failures in a row, no attempt for `lock_secs`.
    pub lock_after: i64,
    pub lock_secs: i64,
    /// From this many failures in a row on, each failure delays the next attempt: 1 s, 2 s,
    /// 4 s… up to `max_delay_secs`.
    pub delay_after: i64,
    pub max_delay_secs: i64,
    /// At most this many failures per hour; then nothing until the hour is over.
    pub per_hour: i64,
    /// Whether a success forgets the failures before it (an account's own limits), or only
    /// gives back its own attempt (a client address shared by many people).
    pub success_resets: bool,
}

/// A user's second factor: 10 wrong codes in a row lock it for 15 minutes.
pub const SECOND_FACTOR: Policy = Policy {
    lock_after: 10,
    lock_secs: 15 * 60,
    delay_after: i64::MAX,
    max_delay_secs: 0,
    per_hour: 100,
    success_resets: true,
};

/// An account's password (known or not): growing delays from the 5th failure in a row, and
/// never more than 100 failures an hour.
pub const PASSWORD: Policy = Policy {
    lock_after: i64::MAX,
    lock_secs: 0,
    delay_after: 5,
    max_delay_secs: 30,
    per_hour: 100,
    success_resets: true,
};

/// Passwords from one client address, whatever the account: more room (offices share an
/// address), the same growing delays after that.
pub const PASSWORD_FROM_ADDRESS: Policy = Policy {
    lock_after: i64::MAX,
    lock_secs: 0,
    delay_after: 30,
    max_delay_secs: 30,
    per_hour: 500,
    success_resets: false,
};

/// What is limited: one row of `attempt_limits` each.
pub fn second_factor_scope(user: i64) -> String {
    format!("second-factor:{user}")
}

/// An account's password, by a hash of the normalised email: unknown emails are limited the
/// same way as known ones, and the table holds no address in clear.
pub fn password_scope(email: &str) -> String {
    format!("password:{}", URL_SAFE_NO_PAD.encode(Sha256::digest(email)))
}

pub fn address_scope(ip: &str) -> String {
    format!("password-ip:{ip}")
}

impl Policy {
    /// The delay after the `failures`-th failure in a row.
    fn delay(&self, failures: i64) -> i64 {
        if failures < self.delay_after {
            return 0;
        }
        let doublings = u32::try_from(failures - self.delay_after).unwrap_or(u32::MAX);
        1_i64
            .checked_shl(doublings.min(62))
            .unwrap_or(i64::MAX)
            .min(self.max_delay_secs)
    }

    /// The counter with one more attempt reserved as a failure, or the time until which no
    /// attempt is allowed. The second value says whether this attempt, if it fails, starts a
    /// lock (the moment to log and notify).
    pub fn admit(&self, counter: Counter, now: i64) -> Result<(Counter, bool), i64> {
        if counter.blocked_until > now {
            return Err(counter.blocked_until);
        }
        let mut next = counter;
        if next.failures >= self.lock_after {
            // The lock is over: a new round of attempts.
            next.failures = 0;
        }
        if now - next.window_start >= HOUR {
            next.window_start = now;
            next.window_failures = 0;
        }
        next.failures += 1;
        next.window_failures += 1;
        let locks_hour = next.window_failures >= self.per_hour;
        let locks = next.failures >= self.lock_after;
        next.blocked_until = if locks_hour {
            next.window_start + HOUR
        } else if locks {
            now + self.lock_secs
        } else {
            match self.delay(next.failures) {
                0 => 0,
                delay => now + delay,
            }
        };
        Ok((next, locks || locks_hour))
    }

    /// The counter after the reserved attempt turned out right (or was never checked, when
    /// `succeeded` is false).
    pub fn give_back(&self, counter: Counter, reserved: Counter, succeeded: bool) -> Counter {
        let mut next = counter;
        next.window_failures = (next.window_failures - 1).max(0);
        if succeeded && self.success_resets {
            next.failures = 0;
            next.blocked_until = 0;
        } else {
            next.failures = (next.failures - 1).max(0);
            if next.blocked_until == reserved.blocked_until {
                next.blocked_until = 0;
            }
        }
        next
    }
}

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

/// Whole minutes (rounded up, at least 1) from `now` until `blocked_until`.
fn minutes_until(blocked_until: i64, now: i64) -> u32 {
    let seconds = (blocked_until - now).max(1);
    u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX)
}

/// Refused: too many failures; the client may try again in this many minutes (at least 1).
pub fn too_many(blocked_until: i64, now: i64) -> AppError {
    AppError::TooManyAttempts {
        minutes: minutes_until(blocked_until, now),
    }
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

    /// Reserves an attempt in `scope`, or refuses it with [`AppError::TooManyAttempts`].
    pub async fn admit(&self, scope: String, policy: Policy) -> Result<Attempt, AppError> {
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
    pub async fn succeeded(&self, attempt: Attempt) -> Result<(), AppError> {
        self.give_back(attempt, true).await
    }

    /// The attempt was never checked (another limit refused it, or the check failed for an
    /// unrelated reason): it does not count.
    pub async fn unchecked(&self, attempt: Attempt) -> Result<(), AppError> {
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
    pub async fn clear(&self, scope: &str) -> Result<(), AppError> {
        store::clear(&self.pool, scope)
            .await
            .map_err(internal("clear attempt limit"))
    }

    async fn give_back(&self, attempt: Attempt, succeeded: bool) -> Result<(), AppError> {
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
        .map_err(|()| AppError::Internal)
    }

    /// Applies `change` to the scope's counter atomically: compute from the counter last
    /// seen, compare-and-swap, and read the row again if another request came first. `change`
    /// may refuse (`Err`), writing nothing. Returns the new counter and `change`'s value.
    async fn update<T, E>(
        &self,
        scope: &str,
        change: impl Fn(Counter) -> Result<(Counter, T), E>,
    ) -> Result<Result<(Counter, T), E>, AppError> {
        for _ in 0..MAX_RETRIES {
            let (counter, version) = match self.recent(scope) {
                Some(seen) => seen,
                None => store::load(&self.pool, scope)
                    .await
                    .map_err(internal("load attempt limit"))?,
            };
            let (next, value) = match change(counter) {
                Ok(changed) => changed,
                Err(refused) => return Ok(Err(refused)),
            };
            let swapped = store::swap(&self.pool, scope, version, next)
                .await
                .map_err(internal("update attempt limit"))?;
            self.remember(scope, swapped.then_some((next, version + 1)));
            if swapped {
                return Ok(Ok((next, value)));
            }
        }
        tracing::error!(scope, "attempt limit: too much contention");
        Err(AppError::Unavailable)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `n` failed attempts a second apart from `start`; returns the counter and the time.
    fn fail(policy: Policy, mut counter: Counter, n: i64, mut now: i64) -> (Counter, i64) {
        for _ in 0..n {
            now = now.max(counter.blocked_until);
            counter = policy.admit(counter, now).expect("admitted").0;
            now += 1;
        }
        (counter, now)
    }

    #[test]
    fn ten_wrong_codes_lock_the_second_factor_for_15_minutes() {
        let p = SECOND_FACTOR;
        let (counter, now) = fail(p, Counter::default(), 9, 1000);
        let (tenth, locks) = p.admit(counter, now).expect("10th is checked");
        assert!(locks, "the 10th failure starts the lock");
        assert_eq!(tenth.blocked_until, now + 900);
        assert_eq!(p.admit(tenth, now + 899), Err(now + 900));
        // After the lock, a new round of 10.
        let (after, locks) = p.admit(tenth, now + 900).expect("unlocked");
        assert!(!locks);
        assert_eq!(after.failures, 1);
    }

    #[test]
    fn a_success_forgets_the_failures_of_an_account() {
        let p = SECOND_FACTOR;
        let (counter, now) = fail(p, Counter::default(), 9, 0);
        let (reserved, _) = p.admit(counter, now).expect("admitted");
        let after = p.give_back(reserved, reserved, true);
        assert_eq!(after.failures, 0);
        assert_eq!(after.blocked_until, 0);
        assert_eq!(
            after.window_failures, 9,
            "the hour still counts the failures"
        );
    }

    #[test]
    fn passwords_get_growing_delays_then_an_hourly_cap() {
        let p = PASSWORD;
        let (counter, now) = fail(p, Counter::default(), 4, 0);
        assert_eq!(counter.blocked_until, 0, "four failures cost nothing");
        let (fifth, _) = p.admit(counter, now).expect("admitted");
        assert_eq!(fifth.blocked_until, now + 1);
        let (sixth, _) = p.admit(fifth, now + 1).expect("admitted");
        assert_eq!(sixth.blocked_until, now + 3);
        let (many, _) = fail(p, sixth, 20, now + 3);
        assert_eq!(p.delay(many.failures), 30, "delays stop growing at 30 s");
        // 100 failures within the hour: refused until the hour is over.
        let (capped, end) = fail(p, Counter::default(), 100, 0);
        assert!(
            end < HOUR,
            "100 failures fit into the hour with these delays"
        );
        assert_eq!(capped.blocked_until, HOUR);
        assert_eq!(p.admit(capped, HOUR - 1), Err(HOUR));
        assert!(p.admit(capped, HOUR).is_ok());
    }

    #[test]
    fn an_address_gets_back_only_its_own_attempt() {
        let p = PASSWORD_FROM_ADDRESS;
        let (counter, now) = fail(p, Counter::default(), 3, 0);
        let (reserved, _) = p.admit(counter, now).expect("admitted");
        let after = p.give_back(reserved, reserved, true);
        assert_eq!(after.failures, 3);
        assert_eq!(after.window_failures, 3);
    }

    #[test]
    fn lock_messages_round_up_to_minutes() {
        assert_eq!(too_many(900, 0), AppError::TooManyAttempts { minutes: 15 });
        assert_eq!(too_many(61, 0), AppError::TooManyAttempts { minutes: 2 });
        assert_eq!(too_many(1, 0), AppError::TooManyAttempts { minutes: 1 });
    }
}
