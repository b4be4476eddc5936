//! The rules of a limit: how many failures a scope tolerates and what follows, as pure
//! functions of a counter and the time (the [`super::Limiter`] keeps the counters).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::error::TooManyAttempts;
use sha2::{Digest, Sha256};

use crate::storage::limits::Counter;

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// How many failures a scope tolerates, and what follows.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
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
pub const FACTOR_CODES: Policy = Policy {
    wait: growing_locks,
    per_hour: i64::MAX,
    success_resets: true,
    alarm: every_tenth,
    keeps_failures: true,
};

/// Signing in with one passkey alone (no password): every 10th refused answer in a row locks
/// passkey sign-in with that key, for as long as [`FACTOR_CODES`] would; the account's factors
/// are not touched, and nobody is alarmed (a stranger can make these failures).
pub const PASSKEY_SIGN_IN: Policy = Policy {
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
pub const PASSWORD: Policy = Policy {
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
pub const PASSWORD_OF_ACCOUNT: Policy = Policy {
    wait: no_wait,
    per_hour: 100,
    success_resets: true,
    alarm: |failures| failures == 10,
    keeps_failures: false,
};

/// An account's password from a browser that completed a sign-in to it before (its device
/// cookie names the account): other people's guesses do not slow it down, but its own do.
/// After 10 wrong passwords in a row it counts as an unknown browser for 15 minutes.
pub const KNOWN_BROWSER: Policy = Policy {
    wait: |failures| if failures >= 10 { 15 * MINUTE } else { 0 },
    per_hour: i64::MAX,
    success_resets: true,
    alarm: |_| false,
    keeps_failures: false,
};

/// Passwords from one client address, whatever the account: more room (offices share an
/// address), then growing delays up to 30 s and at most 500 an hour. A success there forgives
/// the delays (not the hour's count).
pub const PASSWORD_FROM_ADDRESS: Policy = Policy {
    wait: |failures| doubling(failures, 30, 30),
    per_hour: 500,
    success_resets: true,
    alarm: |_| false,
    keeps_failures: false,
};

/// Passwords from the /56 around a client's IPv6 /64 (a household's or small office's whole
/// allocation): four times one address's room, so that a client who can pick any of its 256
/// /64 networks gets no more than that.
pub const PASSWORD_FROM_NETWORK_56: Policy = Policy {
    wait: |failures| doubling(failures, 120, 30),
    per_hour: 2000,
    success_resets: true,
    alarm: never,
    keeps_failures: false,
};

/// Passwords from the /48 around a client's IPv6 /64 (a site's allocation): sixteen times one
/// address's room.
pub const PASSWORD_FROM_NETWORK_48: Policy = Policy {
    wait: |failures| doubling(failures, 480, 30),
    per_hour: 8000,
    success_resets: true,
    alarm: never,
    keeps_failures: false,
};

/// Sign-ups from one client address: `per_hour` an hour, whether or not they succeed (each
/// costs a password hash).
pub fn sign_ups_from_address(per_hour: u32) -> Policy {
    self::per_hour(i64::from(per_hour))
}

/// At most `count` an hour, each counted whatever its outcome, without delays (mailed links
/// asked for).
pub const fn per_hour(count: i64) -> Policy {
    Policy {
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

/// What is limited: one row of `attempt_limits` each.
pub fn factor_scope(user: i64) -> String {
    // The name earlier versions stored, kept so that their counts still hold.
    format!("second-factor:{user}")
}

/// Passkey sign-ins started from one client address (each stores a ceremony and a session for
/// someone not known yet): 60 an hour.
pub const PASSKEY_STARTS: Policy = per_hour(60);

/// The passkey sign-ins started from the client at `ip` (an IPv6 client: its /64).
pub fn passkey_start_scope(ip: &str) -> String {
    format!("passkey-start:{}", address_key(ip))
}

/// Passkey sign-in with the stored key `key` (its row id).
pub fn passkey_scope(key: i64) -> String {
    format!("passkey-sign-in:{key}")
}

/// An account's password from every network, by a hash of the normalised email: unknown
/// emails are limited the same way as known ones, and the table holds no address in clear.
/// Every password scope of the account begins with it.
pub fn password_scope(email: &str) -> String {
    format!("password:{}", URL_SAFE_NO_PAD.encode(Sha256::digest(email)))
}

/// An account's password from one client network (`ip`'s, see [`address_key`]).
pub fn password_network_scope(email: &str, ip: Option<&str>) -> String {
    format!(
        "{}@{}",
        password_scope(email),
        ip.map_or_else(|| "unknown".to_owned(), address_key)
    )
}

/// The wrong passwords of one client address (see [`address_key`]).
pub fn address_scope(ip: &str) -> String {
    format!("password-ip:{}", address_key(ip))
}

/// Every limit on passwords (and passkey sign-ins) from the client at `ip`: its address (an
/// IPv6 /64), and for IPv6 also the /56 and the /48 around it.
pub fn address_scopes(ip: &str) -> Vec<(String, Policy)> {
    let mut scopes = vec![(address_scope(ip), PASSWORD_FROM_ADDRESS)];
    if let Ok(std::net::IpAddr::V6(v6)) = ip.parse::<std::net::IpAddr>()
        && v6.to_ipv4_mapped().is_none()
    {
        for (prefix, policy) in [
            (56, PASSWORD_FROM_NETWORK_56),
            (48, PASSWORD_FROM_NETWORK_48),
        ] {
            if let Ok(net) = ipnet::Ipv6Net::new(v6, prefix) {
                scopes.push((format!("password-net:{}", net.trunc()), policy));
            }
        }
    }
    scopes
}

/// The sign-ups from one client address.
pub fn sign_up_scope(ip: &str) -> String {
    format!("sign-up-ip:{}", address_key(ip))
}

/// The wrong passwords from one known browser for one account, by a hash of the browser's
/// token for it (`token_id`).
pub fn device_scope(token_id: &str) -> String {
    format!("known-browser:{token_id}")
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
mod tests {
    use super::*;

    /// Runs `n` failed attempts, each as soon as the last wait allows; returns the counter and
    /// the time.
    fn fail(policy: Policy, mut counter: Counter, n: i64, mut now: i64) -> (Counter, i64) {
        for _ in 0..n {
            now = now.max(counter.blocked_until);
            counter = policy.admit(counter, now).expect("admitted").0;
            now += 1;
        }
        (counter, now)
    }

    #[test]
    fn second_factor_locks_grow_and_do_not_start_over() {
        let p = FACTOR_CODES;
        let (counter, now) = fail(p, Counter::default(), 9, 1000);
        let (tenth, alarm) = p.admit(counter, now).expect("10th is checked");
        assert!(alarm, "the 10th failure starts a lock");
        assert_eq!(tenth.blocked_until, now + 900);
        assert_eq!(p.admit(tenth, now + 899), Err(now + 900));
        // After the lock the count goes on: the 20th failure locks for an hour.
        let (after, alarm) = p.admit(tenth, now + 900).expect("unlocked");
        assert!(!alarm);
        assert_eq!(after.failures, 11);
        let locks: Vec<i64> = (1..=12).map(|n| growing_locks(n * 10)).collect();
        assert_eq!(
            locks,
            [
                900, 3600, 14_400, 57_600, DAY, DAY, DAY, DAY, DAY, DAY, DAY, DAY
            ]
        );
        assert_eq!(growing_locks(15), 0);
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
    fn passwords_get_growing_delays_but_never_a_block() {
        let p = PASSWORD;
        let (counter, now) = fail(p, Counter::default(), 4, 0);
        assert_eq!(counter.blocked_until, 0, "four failures cost nothing");
        let (fifth, _) = p.admit(counter, now).expect("admitted");
        assert_eq!(fifth.blocked_until, now + 1);
        let (sixth, _) = p.admit(fifth, now + 1).expect("admitted");
        assert_eq!(sixth.blocked_until, now + 3);
        // A thousand failures in a row: still only the longest delay.
        let (many, end) = fail(p, sixth, 1000, now + 3);
        assert_eq!(many.blocked_until - (end - 1), 300);
        // The owner is alarmed once, at the account's 10th failure in a row.
        assert_eq!((1..=1000).filter(|n| (p.alarm)(*n)).count(), 0);
        let account = PASSWORD_OF_ACCOUNT;
        assert_eq!((1..=1000).filter(|n| (account.alarm)(*n)).count(), 1);
    }

    #[test]
    fn one_network_at_its_longest_delays_stays_far_below_the_accounts_ceiling() {
        // Failures from one network, each as soon as its delay allows, for an hour.
        let (mut network, mut account) = (Counter::default(), Counter::default());
        let (mut now, mut failures) = (0, 0);
        while now < HOUR {
            now = now.max(network.blocked_until);
            network = PASSWORD.admit(network, now).expect("admitted").0;
            account = PASSWORD_OF_ACCOUNT
                .admit(account, now)
                .expect("never blocked")
                .0;
            failures += 1;
            now += 1;
        }
        assert!(failures < PASSWORD_OF_ACCOUNT.per_hour / 3, "{failures}");
        assert_eq!(account.blocked_until, 0);
        // Many networks together reach it: unknown browsers wait for the hour's end.
        let busy = Counter {
            window_start: now,
            window_failures: 99,
            failures: 99,
            blocked_until: 0,
        };
        let (full, _) = PASSWORD_OF_ACCOUNT.admit(busy, now + 5).expect("admitted");
        assert_eq!(full.blocked_until, now + HOUR);
    }

    #[test]
    fn an_ipv6_client_is_limited_by_its_wider_networks_too() {
        let scopes: Vec<String> = address_scopes("2001:db8:1:2:3::9")
            .into_iter()
            .map(|(scope, _)| scope)
            .collect();
        assert_eq!(
            scopes,
            [
                "password-ip:2001:db8:1:2::/64",
                "password-net:2001:db8:1::/56",
                "password-net:2001:db8:1::/48"
            ]
        );
        assert_eq!(address_scopes("192.0.2.1").len(), 1);
        assert_eq!(address_scopes("::ffff:192.0.2.1").len(), 1);
    }

    #[test]
    fn a_networks_password_scope_is_inside_its_accounts() {
        let account = password_scope("ada@example.com");
        let here = password_network_scope("ada@example.com", Some("2001:db8:1:2::9"));
        assert!(here.starts_with(&account));
        assert_eq!(
            here,
            password_network_scope("ada@example.com", Some("2001:db8:1:2:ffff::1"))
        );
        assert_ne!(
            here,
            password_network_scope("ada@example.com", Some("192.0.2.1"))
        );
        assert!(password_network_scope("ada@example.com", None).starts_with(&account));
    }

    #[test]
    fn an_address_forgives_delays_after_a_success_but_keeps_its_hour() {
        let p = PASSWORD_FROM_ADDRESS;
        let (counter, now) = fail(p, Counter::default(), 35, 0);
        assert!(counter.blocked_until > 0, "delayed");
        let (reserved, _) = p.admit(counter, counter.blocked_until).expect("admitted");
        let after = p.give_back(reserved, reserved, true);
        assert_eq!(after.failures, 0);
        assert_eq!(after.blocked_until, 0);
        assert_eq!(after.window_failures, 35);
        // The 500th in an hour: nothing until the hour is over.
        let busy_hour = Counter {
            window_start: now,
            window_failures: 499,
            ..Counter::default()
        };
        let (capped, _) = p.admit(busy_hour, now + 10).expect("admitted");
        assert_eq!(capped.blocked_until, now + HOUR);
    }

    #[test]
    fn sign_ups_count_whether_or_not_they_succeed() {
        let p = sign_ups_from_address(3);
        let (counter, now) = fail(p, Counter::default(), 2, 0);
        let (third, _) = p.admit(counter, now).expect("admitted");
        let after = p.give_back(third, third, true);
        assert_eq!(after.window_failures, 2, "a success gives back only itself");
        assert_eq!(p.admit(third, now + 1), Err(HOUR));
    }

    #[test]
    fn rows_expire_unless_they_count_towards_a_total() {
        let (codes, _) = fail(FACTOR_CODES, Counter::default(), 3, 0);
        assert_eq!(FACTOR_CODES.expires_at(codes), i64::MAX);
        let reset = FACTOR_CODES.give_back(codes, codes, true);
        assert_eq!(FACTOR_CODES.expires_at(reset), HOUR + DAY);
        let (password, _) = fail(PASSWORD, Counter::default(), 20, 0);
        assert_eq!(
            PASSWORD.expires_at(password),
            password.blocked_until.max(HOUR) + DAY
        );
    }

    #[test]
    fn waits_are_reported_in_seconds() {
        assert_eq!(too_many(900, 0), TooManyAttempts { seconds: 900 });
        assert_eq!(too_many(1, 0), TooManyAttempts { seconds: 1 });
        assert_eq!(too_many(5, 5), TooManyAttempts { seconds: 1 });
    }
}
