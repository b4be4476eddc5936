//! The rules of the limits, as pure functions of a counter and the time.

use super::*;
use crate::services::limits::scopes::*;

/// Runs `n` failed attempts, each as soon as the last wait allows; returns the counter and
/// the time.
fn fail(rule: LimitRule, mut counter: Counter, n: i64, mut now: i64) -> (Counter, i64) {
    for _ in 0..n {
        now = now.max(counter.blocked_until);
        counter = rule.admit(counter, now).expect("admitted").0;
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
