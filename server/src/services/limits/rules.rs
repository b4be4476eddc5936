//! The rules of a limit: how many failures a scope tolerates and what follows, as pure
//! functions of a counter and the time (the [`super::Limiter`] keeps the counters).

use domain::error::TooManyAttempts;

use crate::storage::limits::Counter;

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// How many failures a scope tolerates, and what follows.
#[derive(Debug, Clone, Copy)]
pub struct LimitRule {
    /// Seconds in which nothing is checked after the `n`-th failure in a row (0: the next
    /// attempt may follow at once). Grows with `n`; a success (where it resets) starts over.
    pub wait: fn(i64) -> i64,
    /// At most this many failures per hour; then nothing until the hour is over.
    pub per_hour: i64,
    /// Whether a success forgets the failures in a row before it. The hour's count keeps
    /// them either way, less the success's own attempt.
    pub success_resets: bool,
    /// Whether the `n`-th failure in a row is worth telling the owner (logged and mailed):
    /// at most once for each lock, or once for each run of failures.
    pub alarm: fn(i64) -> bool,
    /// Whether a row with failures in a row is kept however long it is idle (they count
    /// towards a total); otherwise an idle row is deleted a day after its last wait.
    pub keeps_failures: bool,
}

/// After this many wrong codes in a row, authenticator codes are no longer checked until a
/// backup code is right (or an administrator resets two-factor): NIST SP 800-63B 5.2.2.
pub const AUTHENTICATOR_CODES_CAP: i64 = 100;

/// The codes of an account's factors: every 10th wrong one in a row locks them, for 15
/// minutes, then 1 hour, 4 hours, 16 hours, then a day each time.
pub const FACTOR_CODES: LimitRule = LimitRule {
    wait: growing_locks,
    per_hour: i64::MAX,
    success_resets: true,
    alarm: every_tenth,
    keeps_failures: true,
};

/// Signing in with one passkey alone (no password): every 10th refused answer in a row locks
/// passkey sign-in with that key, for as long as [`FACTOR_CODES`] would; the account's factors
/// are not touched, and nobody is alarmed (a stranger can make these failures).
pub const PASSKEY_SIGN_IN: LimitRule = LimitRule {
    wait: growing_locks,
    per_hour: i64::MAX,
    success_resets: true,
    alarm: never,
    keeps_failures: false,
};

fn growing_locks(failures: i64) -> i64 {
    if failures <= 0 || failures % 10 != 0 {
        return 0;
    }
    let lock = u32::try_from(failures / 10 - 1).unwrap_or(u32::MAX);
    4_i64
        .checked_pow(lock)
        .map_or(DAY, |factor| (15 * MINUTE).saturating_mul(factor))
        .min(DAY)
}

fn every_tenth(failures: i64) -> bool {
    failures > 0 && failures % 10 == 0
}

/// An account's password (known or not) from one client network (see [`address_key`]), for
/// browsers that never completed a sign-in to it: from the 5th failure in a row each one waits
/// twice as long as the one before (1 s, 2 s, 4 s…, at most 5 minutes). Never a block, and
/// only for that network: an attacker who keeps one network at its longest delay does not
/// slow the owner down anywhere else ([`PASSWORD_OF_ACCOUNT`] is the account's ceiling), and
/// from a browser the owner signed in with before not even there ([`KNOWN_BROWSER`]).
pub const PASSWORD: LimitRule = LimitRule {
    wait: |failures| doubling(failures, 5, 5 * MINUTE),
    per_hour: i64::MAX,
    success_resets: true,
    alarm: never,
    keeps_failures: false,
};

/// An account's password from every client network together (browsers that never completed
/// a sign-in to it): a ceiling of 100 failures an hour, far above the 24 or so that one network
/// can reach with [`PASSWORD`]'s delays in an hour, after which unknown browsers wait for the
/// hour to end (known browsers never do). The 10th failure in a row tells the owner, once for
/// each run of failures.
pub const PASSWORD_OF_ACCOUNT: LimitRule = LimitRule {
    wait: no_wait,
    per_hour: 100,
    success_resets: true,
    alarm: |failures| failures == 10,
    keeps_failures: false,
};

/// An account's password from a browser that completed a sign-in to it before (its device
/// cookie names the account): other people's guesses do not slow it down, but its own do.
/// After 10 wrong passwords in a row it counts as an unknown browser for 15 minutes.
pub const KNOWN_BROWSER: LimitRule = LimitRule {
    wait: |failures| if failures >= 10 { 15 * MINUTE } else { 0 },
    per_hour: i64::MAX,
    success_resets: true,
    alarm: |_| false,
    keeps_failures: false,
};

/// Passwords from one client address, whatever the account: more room (offices share an
/// address), then growing delays up to 30 s and at most 500 an hour. A success there forgives
/// the delays (not the hour's count).
pub const PASSWORD_FROM_ADDRESS: LimitRule = LimitRule {
    wait: |failures| doubling(failures, 30, 30),
    per_hour: 500,
    success_resets: true,
    alarm: |_| false,
    keeps_failures: false,
};

/// Passwords from the /56 around a client's IPv6 /64 (a household's or small office's whole
/// allocation): four times one address's room, so that a client who can pick any of its 256
/// /64 networks gets no more than that.
pub const PASSWORD_FROM_NETWORK_56: LimitRule = LimitRule {
    wait: |failures| doubling(failures, 120, 30),
    per_hour: 2000,
    success_resets: true,
    alarm: never,
    keeps_failures: false,
};

/// Passwords from the /48 around a client's IPv6 /64 (a site's allocation): sixteen times one
/// address's room.
pub const PASSWORD_FROM_NETWORK_48: LimitRule = LimitRule {
    wait: |failures| doubling(failures, 480, 30),
    per_hour: 8000,
    success_resets: true,
    alarm: never,
    keeps_failures: false,
};

/// Sign-ups from one client address: `per_hour` an hour, whether or not they succeed (each
/// costs a password hash).
pub fn sign_ups_from_address(per_hour: u32) -> LimitRule {
    self::per_hour(i64::from(per_hour))
}

/// At most `count` an hour, each counted whatever its outcome, without delays (mailed links
/// asked for).
pub const fn per_hour(count: i64) -> LimitRule {
    LimitRule {
        wait: no_wait,
        per_hour: count,
        success_resets: false,
        alarm: never,
        keeps_failures: false,
    }
}

fn no_wait(_failures: i64) -> i64 {
    0
}

fn never(_failures: i64) -> bool {
    false
}

/// 1 s after the `from`-th failure, doubling with each further one, at most `max` seconds.
fn doubling(failures: i64, from: i64, max: i64) -> i64 {
    if failures < from {
        return 0;
    }
    let doublings = u32::try_from(failures - from).unwrap_or(u32::MAX);
    1_i64
        .checked_shl(doublings.min(62))
        .unwrap_or(i64::MAX)
        .min(max)
}

/// Passkey sign-ins started from one client address (each stores a ceremony and a session for
/// someone not known yet): 60 an hour.
pub const PASSKEY_STARTS: LimitRule = per_hour(60);

impl LimitRule {
    /// The counter with one more attempt reserved as a failure, or the time until which no
    /// attempt is allowed. The second value says whether this attempt, if it fails, is worth
    /// an alarm (the moment to log and notify).
    pub fn admit(&self, counter: Counter, now: i64) -> Result<(Counter, bool), i64> {
        if counter.blocked_until > now {
            return Err(counter.blocked_until);
        }
        let mut next = counter;
        if now - next.window_start >= HOUR {
            next.window_start = now;
            next.window_failures = 0;
        }
        next.failures += 1;
        next.window_failures += 1;
        next.blocked_until = if next.window_failures >= self.per_hour {
            next.window_start + HOUR
        } else {
            match (self.wait)(next.failures) {
                0 => 0,
                wait => now + wait,
            }
        };
        let alarm = (self.alarm)(next.failures);
        Ok((next, alarm))
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

    /// When the row may be deleted: a day after anything in it stops mattering (never, while
    /// it keeps failures that count towards a total).
    pub fn expires_at(&self, counter: Counter) -> i64 {
        if self.keeps_failures && counter.failures > 0 {
            return i64::MAX;
        }
        counter
            .blocked_until
            .max(counter.window_start + HOUR)
            .saturating_add(DAY)
    }
}

/// Refused: too many failures; the client may try again after `blocked_until`.
pub fn too_many(blocked_until: i64, now: i64) -> TooManyAttempts {
    TooManyAttempts {
        seconds: u32::try_from((blocked_until - now).max(1)).unwrap_or(u32::MAX),
    }
}

#[cfg(test)]
mod tests;
