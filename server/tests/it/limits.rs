//! Attempt limits through the HTTP layer, with a clock the test moves: wrong codes, wrong
//! passwords, one address guessing many accounts, several servers counting together.

use app::error::AppError;
use axum::http::{StatusCode, header};
use server::clock::Clock;

use crate::common::{self, PASSWORD, TestApp, code_now, enrolled, too_many, wrong_code};

const EMAIL: &str = common::GRACE;

#[test]
fn ten_wrong_codes_lock_the_second_factor_for_fifteen_minutes_on_every_server() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        let wrong = wrong_code(&app, &key);
        for attempt in 1..=10 {
            if attempt == 1 || attempt == 6 {
                // Five wrong codes end a pending login: the password is asked again.
                assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
            }
            let reply = app.call("verify-login", &[("code", wrong)]).await;
            let expected = match attempt {
                5 => AppError::LoginExpired,
                10 => too_many(900),
                _ => AppError::InvalidCode,
            };
            assert_eq!(reply.error(), expected, "attempt {attempt}");
            if attempt == 10 {
                assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
                assert_eq!(reply.headers[header::RETRY_AFTER], "900");
            }
        }
        // Locked: even the right code is not checked, on this server or another one.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        let code = code_now(&app, &key);
        let mut other = app.restarted().await;
        assert_eq!(
            other.call("verify-login", &[("code", &code)]).await.error(),
            too_many(900)
        );
        app.clock.advance(14 * 60);
        // The pending login has expired meanwhile (five minutes on the same clock).
        assert_eq!(
            app.call("verify-login", &[("code", &code)]).await.error(),
            AppError::LoginExpired
        );
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        assert_eq!(
            app.call("verify-login", &[("code", &code)]).await.error(),
            too_many(60)
        );
        app.clock.advance(60);
        let reply = app
            .call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);

        let kinds = app.event_kinds().await;
        assert_eq!(kinds.iter().filter(|k| *k == "code-refused").count(), 10);
        assert_eq!(kinds.iter().filter(|k| *k == "locked").count(), 1);
        assert_eq!(kinds[0], "login-succeeded");
    });
}

#[test]
fn wrong_codes_sent_to_two_servers_in_turn_count_together() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        let wrong = wrong_code(&app, &key);
        // Each server remembers the counter it last wrote; the other server's writes in between
        // must still be counted.
        let mut other = app.restarted().await;
        for attempt in 1..=10 {
            if attempt == 1 || attempt == 6 {
                assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
                other.cookie.clone_from(&app.cookie);
            }
            let server = if attempt % 2 == 0 {
                &mut other
            } else {
                &mut app
            };
            let expected = match attempt {
                5 => AppError::LoginExpired,
                10 => too_many(900),
                _ => AppError::InvalidCode,
            };
            assert_eq!(
                server
                    .call("verify-login", &[("code", wrong)])
                    .await
                    .error(),
                expected,
                "attempt {attempt}"
            );
        }
    });
}

#[test]
fn a_right_code_forgets_the_wrong_ones_before_it() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        let wrong = wrong_code(&app, &key);
        for _ in 0..2 {
            app.log_in(EMAIL, PASSWORD).await;
            for _ in 0..4 {
                assert_eq!(
                    app.call("verify-login", &[("code", wrong)]).await.error(),
                    AppError::InvalidCode
                );
            }
            let code = code_now(&app, &key);
            assert_eq!(
                app.call("verify-login", &[("code", &code)]).await.status,
                StatusCode::OK
            );
            app.call("log-out", &[]).await;
            app.clock.advance(30);
        }
    });
}

#[test]
fn wrong_passwords_slow_down_whether_or_not_the_account_exists() {
    common::run(async {
        let mut app = signed_up().await;
        // A browser that never signed in to the account.
        app.device_cookie = None;
        let mut stranger = app.other_browser("198.51.100.9");
        let wrong = "not-the-password-at-all";
        let mut statuses = (Vec::new(), Vec::new());
        for _ in 0..6 {
            statuses.0.push(app.log_in(EMAIL, wrong).await.status);
            statuses
                .1
                .push(stranger.log_in("nobody@example.com", wrong).await.status);
        }
        let expected = [
            vec![StatusCode::UNAUTHORIZED; 5],
            vec![StatusCode::TOO_MANY_REQUESTS],
        ]
        .concat();
        assert_eq!(statuses.0, expected, "known account");
        assert_eq!(statuses.1, expected, "unknown account: the same answers");
        // During the delay even the right password is not checked.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.error(), too_many(1));
        app.clock.advance(1);
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        app.call("log-out", &[]).await;
        // The success forgot the failures: the next wrong password costs no delay.
        assert_eq!(
            app.log_in(EMAIL, wrong).await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            app.log_in(EMAIL, wrong).await.status,
            StatusCode::UNAUTHORIZED
        );
    });
}

/// An app whose user [`EMAIL`] signed up and out (the browser keeps its device cookie).
async fn signed_up() -> TestApp {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    app.call("log-out", &[]).await;
    app
}

/// The `Retry-After` of a refusal, in seconds.
fn retry_after(reply: &common::Reply) -> i64 {
    reply.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// Wrong passwords for the account from one address, without pause other than what
/// `Retry-After` asks for, for two hours.
async fn attack(attacker: &mut TestApp, owner_turn: &mut impl AsyncFnMut(&mut TestApp)) {
    let until = attacker.clock.now() + 2 * 3600;
    let (mut turns, mut owner_turns) = (0, 0);
    while attacker.clock.now() < until {
        let reply = attacker.log_in(EMAIL, "not-the-password-at-all").await;
        match reply.status {
            StatusCode::UNAUTHORIZED => attacker.clock.advance(1),
            StatusCode::TOO_MANY_REQUESTS => {
                let wait = retry_after(&reply);
                assert!(wait <= 300, "a delay, never a block: {wait} s");
                turns += 1;
                // The owner comes by now and then while the delays are at their longest,
                // over the whole attack.
                if wait >= 200 && turns % 5 == 0 && owner_turns < 4 {
                    owner_turns += 1;
                    owner_turn(attacker).await;
                }
                attacker.clock.advance(wait);
            }
            other => panic!("unexpected {other}: {}", reply.body),
        }
    }
    assert!(turns > 20, "the attacker was slowed down ({turns} delays)");
    assert_eq!(owner_turns, 4);
}

#[test]
fn an_attacker_guessing_the_password_never_locks_the_owner_out() {
    common::run(async {
        let app = signed_up().await;
        // The owner's browser signed in before (it has its device cookie), at home.
        let mut owner = app.other_browser("198.51.100.30");
        owner.device_cookie.clone_from(&app.device_cookie);
        let mut attacker = app.other_browser("203.0.113.66");
        let mut signed_in = (0, 0);
        attack(&mut attacker, &mut async |attacker: &mut TestApp| {
            // The known browser: at once, whatever the attacker did.
            let reply = owner.log_in(EMAIL, PASSWORD).await;
            assert_eq!(
                reply.status,
                StatusCode::OK,
                "known browser: {}",
                reply.body
            );
            owner.call("log-out", &[]).await;
            signed_in.0 += 1;
            // A new browser of the owner on another network (a new phone, a borrowed
            // laptop): at once too, however long the attacker's own delays are.
            let mut laptop = attacker.other_browser("192.0.2.44");
            let reply = laptop.log_in(EMAIL, PASSWORD).await;
            assert_eq!(reply.status, StatusCode::OK, "new browser: {}", reply.body);
            signed_in.1 += 1;
        })
        .await;
        assert_eq!(signed_in, (4, 4));
        // The owner heard about it, but not with every round of the attack.
        let kinds = app.event_kinds().await;
        let slowed = kinds.iter().filter(|k| *k == "passwords-slowed").count();
        assert!(
            (1..=signed_in.1 + 1).contains(&slowed),
            "one warning per run of failures: {slowed}"
        );
        assert!(!kinds.iter().any(|k| k == "locked"));
    });
}

#[test]
fn a_known_browser_that_guesses_counts_as_unknown_after_ten_wrong_passwords() {
    common::run(async {
        let mut app = signed_up().await;
        assert!(app.device_cookie.is_some());
        for attempt in 1..=10 {
            let reply = app.log_in(EMAIL, "not-the-password-at-all").await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
        }
        // Now the account's own limit applies to it: its earlier guesses did not count there,
        // so the next four cost nothing, the fifth a delay.
        for attempt in 1..=5 {
            let reply = app.log_in(EMAIL, "not-the-password-at-all").await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "unknown {attempt}");
        }
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.error(), too_many(1));
        // A forged or foreign device cookie is no cookie at all.
        let mut forger = app.other_browser("203.0.113.7");
        forger.device_cookie =
            Some("twofold_device=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into());
        assert_eq!(forger.log_in(EMAIL, PASSWORD).await.error(), too_many(1));
    });
}

#[test]
fn an_address_forgives_its_delays_after_a_success() {
    common::run(async {
        let mut app = signed_up().await;
        app.device_cookie = None;
        // Someone in the same office guesses 30 accounts' passwords.
        let mut colleague = app.other_browser("203.0.113.7");
        for n in 0..30 {
            let reply = colleague
                .log_in(&format!("guess{n}@example.com"), "not-the-password-at-all")
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "guess {n}");
        }
        assert_eq!(
            colleague
                .log_in("guess30@example.com", "x-y-z-w")
                .await
                .error(),
            too_many(1)
        );
        app.clock.advance(1);
        // The owner signs in from there, with a browser that never did.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        // The address's delays are forgiven.
        assert_eq!(
            colleague
                .log_in("guess31@example.com", "x-y-z-w")
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    });
}

#[test]
fn a_hundred_wrong_codes_in_a_row_suspend_authenticator_codes_until_a_backup_code() {
    common::run(async {
        let (mut app, key, backup_codes) = enrolled(TestApp::new().await).await;
        let wrong = wrong_code(&app, &key);
        let mut locks = Vec::new();
        let mut failures = 0;
        while failures < 100 {
            assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
            for _ in 0..4 {
                let reply = app.call("verify-login", &[("code", wrong)]).await;
                failures += 1;
                if reply.status == StatusCode::TOO_MANY_REQUESTS {
                    let AppError::TooManyAttempts { seconds } = reply.error() else {
                        panic!("{}", reply.body);
                    };
                    locks.push(seconds);
                    app.clock.advance(i64::from(seconds));
                    break;
                }
                assert_eq!(reply.error(), AppError::InvalidCode, "failure {failures}");
            }
        }
        assert_eq!(
            locks,
            [
                900, 3600, 14_400, 57_600, 86_400, 86_400, 86_400, 86_400, 86_400, 86_400
            ],
            "growing locks, no new round after each"
        );
        // Now even the right authenticator code is not checked, on any server.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        let reply = app
            .call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        assert_eq!(reply.error(), AppError::AuthenticatorSuspended);
        let mut other = app.restarted().await;
        let reply = other
            .call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        assert_eq!(reply.error(), AppError::AuthenticatorSuspended);
        let kinds = app.event_kinds().await;
        assert_eq!(
            kinds
                .iter()
                .filter(|k| *k == "authenticator-suspended")
                .count(),
            1
        );
        // A backup code signs in, and turns authenticator codes back on.
        let reply = app
            .call("verify-login", &[("code", &backup_codes[0])])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        app.call("log-out", &[]).await;
        app.clock.advance(30);
        app.log_in(EMAIL, PASSWORD).await;
        let reply = app
            .call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}
