//! Account safety through the HTTP layer: attempt limits (with a clock the test moves),
//! cross-site requests, security headers, sessions, the security log, notifications, the
//! administrator's reset and key rotation.

#![allow(clippy::unwrap_used)]

mod common;

use app::{
    api::{
        backend::{Client, UserId},
        security::{EventKind, SecurityLogPage, SessionInfo},
    },
    error::AppError,
};
use axum::http::{StatusCode, header};
use common::{PASSWORD, TestApp, code_at, smtp::SmtpServer};
use server::{clock::Clock, config::SecretKey};

const EMAIL: &str = "grace@example.com";

/// An app whose user (signed out) has two-factor authentication on; returns the manual key and
/// the backup codes.
async fn enrolled(mut app: TestApp) -> (TestApp, String, Vec<String>) {
    app.sign_up(EMAIL).await;
    app.call("log-out", &[]).await;
    let (key, codes) = app.enroll_only_user(EMAIL).await;
    (app, key, codes)
}

fn code_now(app: &TestApp, key: &str) -> String {
    code_at(key, app.clock.now())
}

/// A six-digit code that is not the current one.
fn wrong_code(app: &TestApp, key: &str) -> &'static str {
    if code_now(app, key) == "000000" {
        "111111"
    } else {
        "000000"
    }
}

fn too_many(minutes: u32) -> AppError {
    AppError::TooManyAttempts { minutes }
}

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
fn cross_site_state_changes_are_refused() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let form = [("email", EMAIL), ("password", PASSWORD)];
        for headers in [
            &[("origin", "https://evil.example")][..],
            &[("sec-fetch-site", "cross-site")],
            &[("sec-fetch-site", "same-site")],
            &[("origin", "http://localhost.evil.example")],
        ] {
            let reply = app.call_with_headers("log-in", &form, headers).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
            assert_eq!(reply.error(), AppError::Forbidden);
            let reply = app.call_with_headers("log-out", &[], headers).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
        }
        // Still signed in: the refused log-out changed nothing.
        let account: Option<app::api::AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_some());
        for headers in [
            &[
                ("origin", "http://localhost"),
                ("sec-fetch-site", "same-origin"),
            ][..],
            &[("origin", "http://localhost")],
        ] {
            let reply = app.call_with_headers("log-in", &form, headers).await;
            assert_eq!(reply.status, StatusCode::OK, "{headers:?}: {}", reply.body);
        }
    });
}

#[test]
fn pages_carry_a_strict_content_security_policy_and_security_headers() {
    common::run(async {
        let mut app = TestApp::new().await;
        let page = app.get("/login").await;
        assert_eq!(page.status, StatusCode::OK);
        let csp = page.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        for directive in [
            "default-src 'self'",
            "'wasm-unsafe-eval'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} missing in {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap();
        assert!(
            page.body.contains(&format!("nonce=\"{nonce}\"")),
            "the inline scripts carry the policy's nonce"
        );
        // Every response gets a fresh nonce.
        let again = app.get("/login").await;
        assert_ne!(
            again.headers[header::CONTENT_SECURITY_POLICY],
            page.headers[header::CONTENT_SECURITY_POLICY]
        );
        for (name, value) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "same-origin"),
            ("x-frame-options", "DENY"),
        ] {
            assert_eq!(page.headers[name], value, "{name}");
        }
        assert!(!page.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
        // Answers that are not pages allow nothing at all.
        let reply = app.call("account", &[]).await;
        assert!(
            reply.headers[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .starts_with("default-src 'none'")
        );

        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.hsts_seconds = 31_536_000;
        let mut tls = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        assert_eq!(
            tls.get("/login").await.headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000; includeSubDomains"
        );
    });
}

#[test]
fn the_flood_guard_limits_server_function_requests_per_address() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.api_requests_per_minute = 5;
        let mut app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        for _ in 0..5 {
            assert_eq!(app.call("account", &[]).await.status, StatusCode::OK);
        }
        let reply = app.call("account", &[]).await;
        assert_eq!(reply.error(), too_many(1));
        assert_eq!(reply.headers[header::RETRY_AFTER], "60");
        // Pages and other addresses are not affected.
        assert_eq!(app.get("/login").await.status, StatusCode::OK);
        let mut other = app.other_browser("198.51.100.30");
        assert_eq!(other.call("account", &[]).await.status, StatusCode::OK);
    });
}

#[test]
fn the_sessions_page_lists_and_ends_sessions() {
    common::run(async {
        let mut laptop = TestApp::new().await;
        laptop.sign_up(EMAIL).await;
        let mut phone = laptop.other_browser("198.51.100.4");
        assert_eq!(phone.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);

        let list: Vec<SessionInfo> = laptop.call("sessions", &[]).await.json();
        assert_eq!(list.len(), 2);
        assert!(list[0].current && !list[1].current, "this session first");
        assert_eq!(list[1].ip.as_deref(), Some("198.51.100.4"));
        let browser = list[1].browser.clone().unwrap();
        assert_eq!(
            (browser.name.as_deref(), browser.os.as_deref()),
            (Some("Firefox"), Some("Linux"))
        );
        assert!(list[1].signed_in_at > 0 && list[1].last_seen_at >= list[1].signed_in_at);

        // Someone else cannot end it.
        let mut stranger = laptop.other_browser("198.51.100.5");
        stranger.sign_up("mallory@example.com").await;
        stranger
            .call("sign-out-session", &[("handle", &list[1].handle)])
            .await;
        let account: Option<app::api::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_some(), "the stranger did not sign the phone out");

        let reply = laptop
            .call("sign-out-session", &[("handle", &list[1].handle)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let account: Option<app::api::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_none(), "the phone is signed out");
        let list: Vec<SessionInfo> = laptop.call("sessions", &[]).await.json();
        assert_eq!(list.len(), 1);

        // "Sign out everywhere else".
        phone.log_in(EMAIL, PASSWORD).await;
        let mut tablet = laptop.other_browser("198.51.100.6");
        tablet.log_in(EMAIL, PASSWORD).await;
        let ended: u64 = laptop.call("sign-out-other-sessions", &[]).await.json();
        assert_eq!(ended, 2);
        for browser in [&mut phone, &mut tablet] {
            let account: Option<app::api::AccountView> = browser.call("account", &[]).await.json();
            assert!(account.is_none());
        }
        let account: Option<app::api::AccountView> = laptop.call("account", &[]).await.json();
        assert!(account.is_some(), "this session stays");
        assert_eq!(
            laptop
                .event_kinds()
                .await
                .iter()
                .filter(|k| *k == "sessions-signed-out")
                .count(),
            2
        );
    });
}

#[test]
fn changing_sign_in_factors_signs_out_every_other_session() {
    common::run(async {
        let mut laptop = TestApp::new().await;
        laptop.sign_up(EMAIL).await;
        let mut phone = laptop.other_browser("198.51.100.4");
        phone.log_in(EMAIL, PASSWORD).await;

        // The password.
        let new_password = "quartz-harbor-violet-77";
        let reply = laptop
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(reply.json::<u64>(), 1);
        let account: Option<app::api::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_none());
        let account: Option<app::api::AccountView> = laptop.call("account", &[]).await.json();
        assert!(account.is_some());

        // Turning two-factor on.
        phone.log_in(EMAIL, new_password).await;
        let setup: app::api::TwoFactorSetup = laptop
            .call("start-two-factor", &[("current_password", new_password)])
            .await
            .json();
        let code = code_now(&laptop, &setup.manual_key);
        let codes: app::api::BackupCodes = laptop
            .call("confirm-two-factor", &[("code", &code)])
            .await
            .json();
        assert_eq!(codes.signed_out_elsewhere, 1);
        let account: Option<app::api::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_none());

        // Turning it off, with a backup code.
        phone.log_in(EMAIL, new_password).await;
        phone
            .call("verify-login", &[("code", &codes.codes[0])])
            .await;
        let ended: u64 = laptop
            .call(
                "disable-two-factor",
                &[
                    ("current_password", new_password),
                    ("code", &codes.codes[1]),
                ],
            )
            .await
            .json();
        assert_eq!(ended, 1);
        let kinds = laptop.event_kinds().await;
        for kind in [
            "password-changed",
            "two-factor-enabled",
            "backup-code-used",
            "two-factor-disabled",
            "sessions-signed-out",
        ] {
            assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
        }
    });
}

#[test]
fn the_security_log_is_per_user_newest_first_and_paginated() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, "not-the-password-at-all").await;
        app.log_in(EMAIL, PASSWORD).await;
        let user = UserId(app.scalar("SELECT id AS v FROM users").await);
        let client = Client {
            ip: Some("192.0.2.1".to_owned()),
            user_agent: None,
        };
        for _ in 0..25 {
            app.guard
                .security
                .record(user, EventKind::BackupCodesRegenerated, None, &client)
                .await
                .unwrap();
        }
        // The failed login is written in the background.
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let first: SecurityLogPage = app.call("security-log", &[("page", "0")]).await.json();
        assert_eq!(first.events.len(), 20);
        assert!(first.has_more);
        assert!(
            first
                .events
                .iter()
                .all(|e| e.kind == EventKind::BackupCodesRegenerated)
        );
        let second: SecurityLogPage = app.call("security-log", &[("page", "1")]).await.json();
        assert!(!second.has_more);
        let kinds: Vec<EventKind> = second.events.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds[kinds.len() - 2..],
            [EventKind::LoginSucceeded, EventKind::LoginFailed]
        );
        let login = &second.events[second.events.len() - 2];
        assert_eq!(login.ip.as_deref(), Some("203.0.113.7"));
        assert_eq!(
            login.browser.as_ref().unwrap().name.as_deref(),
            Some("Firefox")
        );

        let mut other = app.other_browser("198.51.100.8");
        other.sign_up("other@example.com").await;
        let theirs: SecurityLogPage = other.call("security-log", &[("page", "0")]).await.json();
        assert!(theirs.events.is_empty(), "another user's log is empty");
        app.call("log-out", &[]).await;
        assert_eq!(
            app.call("security-log", &[("page", "0")]).await.error(),
            AppError::Unauthorized
        );
    });
}

#[test]
fn notifications_arrive_by_smtp_in_the_users_language() {
    common::run(async {
        let smtp = SmtpServer::start().await;
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.smtp_url = Some(smtp.url.clone());
        let mut app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        app.sign_up_in(EMAIL, "de-DE").await;
        let setup: app::api::TwoFactorSetup = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        let code = code_now(&app, &setup.manual_key);
        let codes: app::api::BackupCodes = app
            .call("confirm-two-factor", &[("code", &code)])
            .await
            .json();
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        app.call("verify-login", &[("code", &codes.codes[0])]).await;
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 2);

        let mails = smtp.received();
        assert_eq!(mails.len(), 2);
        assert!(mails.iter().all(|m| m.to == [EMAIL]));
        assert_eq!(
            mails[0].subject(),
            "Die Zwei-Faktor-Authentifizierung ist eingeschaltet"
        );
        let body = mails[0].body();
        assert!(body.contains("Für Ihr Konto grace@example.com wurde die Zwei-Faktor-Authentifizierung eingeschaltet"), "{body}");
        assert!(body.contains("203.0.113.7 (Firefox unter Linux)"), "{body}");
        assert_eq!(
            mails[1].subject(),
            "Zur Anmeldung wurde ein Backup-Code verwendet"
        );
        assert!(
            mails[1].body().contains("Sie haben noch 9 Backup-Codes."),
            "{}",
            mails[1].body()
        );
        // Delivered once: nothing is due any more.
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 0);
    });
}

#[test]
fn without_smtp_mail_goes_to_the_outbox_folder_and_failed_delivery_is_retried() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        app.log_in(EMAIL, PASSWORD).await;
        let wrong = wrong_code(&app, &key);
        for _ in 0..5 {
            app.call("verify-login", &[("code", wrong)]).await;
        }
        app.log_in(EMAIL, PASSWORD).await;
        for _ in 0..5 {
            app.call("verify-login", &[("code", wrong)]).await;
        }
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 1);
        let outbox = app.data_dir().join("outbox");
        let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().collect();
        assert_eq!(files.len(), 1);
        let mail = std::fs::read_to_string(files[0].as_ref().unwrap().path()).unwrap();
        assert!(
            mail.contains("Subject: Too many failed sign-in attempts"),
            "{mail}"
        );
        assert!(mail.contains("To: grace@example.com"), "{mail}");

        // An SMTP server that is down: the message stays queued and is tried again later.
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        let down = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        down.mailer.enqueue(EMAIL, "subject", "body").await.unwrap();
        assert_eq!(down.mailer.deliver_due().await.unwrap(), 0);
        let waiting: i64 = down
            .scalar("SELECT COUNT(*) AS v FROM mail_outbox WHERE sent_at IS NULL AND attempts = 1")
            .await;
        assert_eq!(waiting, 1);
    });
}

#[test]
fn an_administrator_resets_two_factor_for_a_user_who_lost_everything() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        app.log_in(EMAIL, PASSWORD).await;
        app.call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        let reset = app
            .admin()
            .reset_two_factor(" Grace@Example.com ")
            .await
            .unwrap();
        assert!(reset.had_two_factor);
        assert_eq!(reset.sessions_ended, 1);
        let account: Option<app::api::AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_none(), "signed out everywhere");
        // The password alone signs in now.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        let account: Option<app::api::AccountView> = app.call("account", &[]).await.json();
        assert!(
            !account.unwrap().two_factor.is_on(),
            "signed in without a code"
        );
        assert!(app.event_kinds().await.iter().any(|k| k == "admin-reset"));
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 1);
        assert!(matches!(
            app.admin().reset_two_factor("nobody@example.com").await,
            Err(server::services::admin::AdminError::NoSuchAccount(_))
        ));
    });
}

#[test]
fn rotating_the_totp_key_reencrypts_every_secret_while_servers_run() {
    common::run(async {
        let (app, key, _) = enrolled(TestApp::new().await).await;
        let old_key = app.config.totp_keys[0].clone();
        // Every server gets both keys, the new one current; then the rotation runs.
        let mut config = app.config.clone();
        config.totp_keys = vec![old_key, (2, SecretKey([9; 32]))];
        config.totp_key_id = Some(2);
        let mut both = TestApp::with_config(
            config.clone(),
            std::sync::Arc::new(tempfile::TempDir::new().unwrap()),
        )
        .await;
        let rotation = both.admin().rotate_totp_key().await.unwrap();
        assert_eq!((rotation.reencrypted, rotation.already_current), (1, 0));
        let sealed: Vec<u8> = both
            .scalar("SELECT sealed_secret AS v FROM totp_credentials")
            .await;
        assert_eq!(sealed[1], 2, "sealed with key id 2");
        assert_eq!(both.admin().rotate_totp_key().await.unwrap().reencrypted, 0);
        drop(both.call("log-out", &[]).await);

        // The old key can go: codes still work with the new key alone.
        config.totp_keys = vec![(2, SecretKey([9; 32]))];
        let mut new_only = TestApp::with_clock(
            config,
            std::sync::Arc::new(tempfile::TempDir::new().unwrap()),
            app.clock.clone(),
        )
        .await;
        new_only.log_in(EMAIL, PASSWORD).await;
        let reply = new_only
            .call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}
