//! The rules of a limit: how many failures a scope tolerates and what follows, as pure
//! functions of a counter and the time (the [`super::Limiter`] keeps the counters).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::error::TooManyAttempts;
use sha2::{Digest, Sha256};

use crate::storage::limits::Counter;

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

/// The codes of an account's factors: 10 wrong ones in a row lock them for 15 minutes.
pub const FACTOR_CODES: Policy = Policy {
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
pub fn factor_scope(user: i64) -> String {
    // The name earlier versions stored, kept so that their counts still hold.
    format!("second-factor:{user}")
}

/// An account's password, by a hash of the normalised email: unknown emails are limited the
/// same way as known ones, and the table holds no address in clear.
pub fn password_scope(email: &str) -> String {
    format!("password:{}", URL_SAFE_NO_PAD.encode(Sha256::digest(email)))
}

/// The wrong passwords of one client address (see [`address_key`]).
pub fn address_scope(ip: &str) -> String {
    format!("password-ip:{}", address_key(ip))
}

/// What limits count per client: an IPv4 address, or the /64 network of an IPv6 address (one
/// subscriber's network, whose host part a client chooses freely). Anything else as given.
pub fn address_key(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            ipnet::Ipv6Net::new(v6, 64)
                .map_or_else(|_| ip.to_owned(), |net| net.trunc().to_string())
        }
        _ => ip.to_owned(),
    }
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

/// Whole minutes (rounded up, at least 1) from `now` until `blocked_until`.
pub(super) fn minutes_until(blocked_until: i64, now: i64) -> u32 {
    let seconds = (blocked_until - now).max(1);
    u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX)
}

/// Refused: too many failures; the client may try again in this many minutes (at least 1).
pub fn too_many(blocked_until: i64, now: i64) -> TooManyAttempts {
    TooManyAttempts {
        minutes: minutes_until(blocked_until, now),
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
        let p = FACTOR_CODES;
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
        let p = FACTOR_CODES;
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
        assert_eq!(too_many(900, 0), TooManyAttempts { minutes: 15 });
        assert_eq!(too_many(61, 0), TooManyAttempts { minutes: 2 });
        assert_eq!(too_many(1, 0), TooManyAttempts { minutes: 1 });
    }
}
