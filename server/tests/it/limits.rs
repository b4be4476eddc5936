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
                10 => too_many(15),
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
            too_many(15)
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
            too_many(1)
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
                10 => too_many(15),
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
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.call("log-out", &[]).await;
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

#[test]
fn a_hundred_wrong_passwords_an_hour_lock_the_account_until_the_hour_is_over() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.call("log-out", &[]).await;
        let started = app.clock.now();
        for attempt in 1..=100 {
            let reply = app.log_in(EMAIL, "not-the-password-at-all").await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
            // Past the growing delay (at most 30 s) before the next attempt.
            app.clock.advance(31);
        }
        let elapsed = app.clock.now() - started;
        assert!(elapsed < 3600);
        let minutes = u32::try_from((3600 - elapsed + 59) / 60).unwrap();
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.error(), too_many(minutes));
        assert_eq!(
            app.event_kinds()
                .await
                .iter()
                .filter(|k| *k == "locked")
                .count(),
            1
        );
        app.clock.advance(3600 - elapsed);
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
    });
}

#[test]
fn one_address_guessing_many_accounts_is_slowed_down() {
    common::run(async {
        let mut app = TestApp::new().await;
        for n in 0..30 {
            let reply = app
                .log_in(&format!("guess{n}@example.com"), "not-the-password-at-all")
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "guess {n}");
        }
        let reply = app.log_in("guess30@example.com", "not-the-password").await;
        assert_eq!(reply.error(), too_many(1));
        let mut elsewhere = app.other_browser("198.51.100.20");
        let reply = elsewhere
            .log_in("guess30@example.com", "not-the-password")
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    });
}

#[test]
fn an_ipv6_network_counts_as_one_address() {
    common::run(async {
        let app = TestApp::new().await;
        // Every guess from another host of the same /64, as a client there can choose.
        for n in 0..30 {
            let mut host = app.other_browser(&format!("2001:db8:7:1::{:x}", n + 1));
            let reply = host
                .log_in(&format!("guess{n}@example.com"), "not-the-password-at-all")
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "guess {n}");
        }
        let mut next_host = app.other_browser("2001:db8:7:1:ffff:ffff:ffff:ffff");
        let reply = next_host
            .log_in("guess30@example.com", "not-the-password")
            .await;
        assert_eq!(reply.error(), too_many(1), "the /64 is one address");
        let mut next_network = app.other_browser("2001:db8:7:2::1");
        let reply = next_network
            .log_in("guess30@example.com", "not-the-password")
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "another /64 is not");
    });
}
