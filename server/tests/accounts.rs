//! Accounts and sessions through the HTTP layer, on a fresh SQLite database per test.

#![allow(clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;
use common::{PASSWORD, TestApp};

const EMAIL: &str = "ada@example.com";

#[test]
fn sign_up_signs_in_and_settings_shows_the_email() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app.sign_up("  Ada@Example.COM ").await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        assert!(app.cookie.is_some());

        let page = app.get("/settings").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(EMAIL), "normalised email shown");
        assert!(page.body.contains(r#"data-testid="two-factor-status""#));
    })
}

#[test]
fn duplicate_sign_up_is_refused_whatever_the_case() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.cookie = None;
        let reply = app.sign_up("ADA@example.com").await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.error(),
            AppError::field(Field::Email, Problem::EmailTaken)
        );
        assert!(app.cookie.is_none(), "no session for a refused sign-up");
    })
}

#[test]
fn sign_up_reports_every_bad_field() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app
            .call(
                "sign-up",
                &[("email", "not-an-email"), ("password", "short")],
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{:?} {}",
            reply.headers,
            reply.body
        );
        let error = reply.error();
        assert_eq!(error.problem_for(Field::Email), Some(Problem::InvalidEmail));
        assert_eq!(error.problem_for(Field::Password), Some(Problem::TooShort));

        let reply = app
            .call("sign-up", &[("email", ""), ("password", "")])
            .await;
        let error = reply.error();
        assert_eq!(error.problem_for(Field::Email), Some(Problem::Required));
        assert_eq!(error.problem_for(Field::Password), Some(Problem::Required));

        let reply = app
            .call(
                "sign-up",
                &[("email", EMAIL), ("password", "Password1234!")],
            )
            .await;
        assert_eq!(
            reply.error().problem_for(Field::Password),
            Some(Problem::CommonPassword)
        );
    })
}

#[test]
fn oversized_and_malformed_input_is_refused_without_a_500() {
    common::run(async {
        let mut app = TestApp::new().await;
        let long = "a".repeat(2000);
        let reply = app
            .call("log-in", &[("email", &long), ("password", PASSWORD)])
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.error().problem_for(Field::Email),
            Some(Problem::TooLong)
        );

        let reply = app
            .call("sign-up", &[("email", EMAIL), ("password", &long)])
            .await;
        assert_eq!(
            reply.error().problem_for(Field::Password),
            Some(Problem::TooLong)
        );

        let huge = format!("email={}&password=x", "a".repeat(100 * 1024));
        let reply = app
            .raw(
                "POST",
                "/api/log-in",
                "application/x-www-form-urlencoded",
                huge.into_bytes(),
            )
            .await;
        assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);

        let reply = app
            .raw(
                "POST",
                "/api/log-in",
                "application/x-www-form-urlencoded",
                b"password=x".to_vec(),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "missing field: {}",
            reply.body
        );
        assert_eq!(reply.error(), AppError::BadRequest);

        let reply = app
            .raw(
                "POST",
                "/api/log-in",
                "application/x-www-form-urlencoded",
                vec![0xff, 0xfe, b'=', 0x80],
            )
            .await;
        assert!(reply.status.is_client_error(), "garbage: {}", reply.status);
    })
}

#[test]
fn unknown_email_and_wrong_password_look_the_same() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.cookie = None;

        let wrong = app.log_in(EMAIL, "not-the-password-at-all").await;
        let unknown = app
            .log_in("nobody@example.com", "not-the-password-at-all")
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert_eq!((wrong.status, &wrong.body), (unknown.status, &unknown.body));
        assert_eq!(wrong.error(), AppError::InvalidCredentials);
        assert!(app.cookie.is_none());
    })
}

#[test]
fn unknown_email_costs_a_password_hash_too() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.cookie = None;
        // Warm up (the dummy hash is computed on first use).
        app.log_in("nobody@example.com", "warm-up-password").await;

        let mut wrong = Vec::new();
        let mut unknown = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            app.log_in(EMAIL, "not-the-password-at-all").await;
            wrong.push(start.elapsed());
            let start = Instant::now();
            app.log_in("nobody@example.com", "not-the-password-at-all")
                .await;
            unknown.push(start.elapsed());
        }
        wrong.sort();
        unknown.sort();
        let (wrong, unknown) = (wrong[2], unknown[2]);
        // An argon2id verification takes tens of milliseconds; a lookup alone takes well under one.
        assert!(
            unknown > wrong / 3,
            "unknown {unknown:?} vs wrong password {wrong:?}"
        );
        assert!(
            unknown > Duration::from_millis(5),
            "unknown email must run argon2: {unknown:?}"
        );
    })
}

#[test]
fn log_in_cycles_the_session_id_and_old_ids_stop_working() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let first = app.cookie.clone().unwrap();
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.status, StatusCode::OK);
        let second = app.cookie.clone().unwrap();
        assert_ne!(first, second);

        app.cookie = Some(first);
        let page = app.get("/settings").await;
        assert_eq!(
            page.status,
            StatusCode::FOUND,
            "the pre-login session id is dead"
        );
    })
}

#[test]
fn session_cookie_is_http_only_same_site_and_signed() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app.sign_up(EMAIL).await;
        let cookie = reply.set_cookie().unwrap();
        assert!(cookie.starts_with("twofold_session="));
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Lax"));
        assert!(cookie.contains("Path=/"));
        assert!(!cookie.contains("Secure"), "off by default in development");

        // A tampered cookie is not accepted.
        let mut tampered = app.cookie.clone().unwrap();
        tampered.replace_range(tampered.len() - 3.., "AAA");
        app.cookie = Some(tampered);
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

#[test]
fn secure_cookies_when_configured() {
    common::run(async {
        let dir = std::sync::Arc::new(tempfile::TempDir::new().unwrap());
        let mut config = common::test_config(&dir).await;
        config.cookie_secure = true;
        let mut app = TestApp::with_config(config, dir).await;
        let reply = app.sign_up(EMAIL).await;
        assert!(reply.set_cookie().unwrap().contains("Secure"));
    })
}

#[test]
fn sessions_survive_a_restart() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let mut again = app.restarted().await;
        let page = again.get("/settings").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(EMAIL));
    })
}

#[test]
fn protected_pages_redirect_to_login_and_back() {
    common::run(async {
        let mut app = TestApp::new().await;
        let page = app.get("/settings").await;
        assert_eq!(page.status, StatusCode::FOUND);
        assert_eq!(page.location(), Some("/login?next=/settings"));

        app.sign_up(EMAIL).await;
        app.cookie = None;
        let reply = app
            .submit(
                "log-in",
                "/login?next=/settings",
                &[
                    ("email", EMAIL),
                    ("password", PASSWORD),
                    ("next", "/settings"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND);
        assert_eq!(reply.location(), Some("/settings"));
    })
}

#[test]
fn no_open_redirect_after_login() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        for next in ["https://evil.example/", "//evil.example", "/\\evil.example"] {
            let reply = app
                .submit(
                    "log-in",
                    "/login",
                    &[("email", EMAIL), ("password", PASSWORD), ("next", next)],
                )
                .await;
            assert_eq!(reply.location(), Some("/settings"), "{next}");
        }
    })
}

#[test]
fn forms_without_javascript_get_their_error_back_on_the_page() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app
            .submit(
                "log-in",
                "/login",
                &[
                    ("email", EMAIL),
                    ("password", "wrong-password-123"),
                    ("next", ""),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND);
        let location = reply.location().unwrap().to_owned();
        assert!(
            location.starts_with("http://localhost/login?__path=%2Fapi%2Flog-in&__err="),
            "{location}"
        );

        let path = location.trim_start_matches("http://localhost");
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(r#"data-testid="form-error""#),
            "the error is rendered by the server"
        );
    })
}

#[test]
fn log_out_is_a_post_and_ends_the_session() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let cookie = app.cookie.clone();

        let reply = app.get("/api/log-out").await;
        assert_ne!(reply.status, StatusCode::OK);
        assert_eq!(
            app.get("/settings").await.status,
            StatusCode::OK,
            "GET did not log out"
        );

        let reply = app.call("log-out", &[]).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert!(app.cookie.is_none());
        app.cookie = cookie;
        assert_eq!(
            app.get("/settings").await.status,
            StatusCode::FOUND,
            "the old cookie is dead"
        );
    })
}

#[test]
fn change_password_needs_the_current_one() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let new_password = "quartz-harbor-violet-17";

        let reply = app
            .call(
                "change-password",
                &[
                    ("current_password", "wrong-password-123"),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.error().problem_for(Field::CurrentPassword),
            Some(Problem::Incorrect)
        );

        let reply = app
            .call(
                "change-password",
                &[("current_password", PASSWORD), ("new_password", PASSWORD)],
            )
            .await;
        assert_eq!(
            reply.error().problem_for(Field::NewPassword),
            Some(Problem::SameAsCurrent)
        );

        let reply = app
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let settings = app.get("/settings").await;
        assert_eq!(settings.status, StatusCode::OK, "still signed in");
        assert!(
            settings.text().contains("Your password has been changed."),
            "the settings confirm it once: {}",
            settings.body
        );
        assert!(
            !app.get("/settings")
                .await
                .text()
                .contains("has been changed")
        );

        app.cookie = None;
        assert_eq!(
            app.log_in(EMAIL, PASSWORD).await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(app.log_in(EMAIL, new_password).await.status, StatusCode::OK);
    })
}

#[test]
fn change_password_requires_a_session() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "quartz-harbor-violet-17"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.error(), AppError::Unauthorized);
    })
}

#[test]
fn database_failures_are_generic_to_the_user() {
    common::run(async {
        let mut app = TestApp::new().await;
        for table in [
            "backup_codes",
            "totp_credentials",
            "sessions",
            "security_events",
            "users",
        ] {
            sqlx::query(&format!("DROP TABLE {table}"))
                .execute(&app.pool)
                .await
                .unwrap();
        }
        let reply = app.sign_up(EMAIL).await;
        assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(reply.error(), AppError::Internal);
        assert!(!reply.body.to_lowercase().contains("sql"), "{}", reply.body);
    })
}

#[test]
fn unknown_pages_are_404() {
    common::run(async {
        let mut app = TestApp::new().await;
        let page = app.get("/no-such-page").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
    })
}

#[test]
fn idle_sessions_expire() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        // As if the idle timeout had passed since the last request.
        sqlx::query("UPDATE sessions SET expires_at = 0")
            .execute(&app.pool)
            .await
            .unwrap();
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

/// An app whose sessions end after `idle` without a request.
async fn with_idle_timeout(idle: Duration) -> TestApp {
    let dir = tempfile::TempDir::new().unwrap();
    let mut config = common::test_config(&dir).await;
    config.session_idle = idle;
    TestApp::with_config(config, std::sync::Arc::new(dir)).await
}

/// As if the session had last been written at `at`.
async fn set_last_seen(app: &TestApp, at: i64) {
    sqlx::query("UPDATE sessions SET last_seen_at = $1")
        .bind(at)
        .execute(&app.pool)
        .await
        .unwrap();
}

async fn last_seen(app: &TestApp) -> (i64, i64) {
    sqlx::query_as("SELECT last_seen_at, expires_at FROM sessions")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[test]
fn active_sessions_outlive_the_idle_timeout_and_idle_ones_end() {
    common::run(async {
        let mut app = with_idle_timeout(Duration::from_secs(4)).await;
        app.sign_up(EMAIL).await;
        let (first_seen, first_expiry) = last_seen(&app).await;
        // A request every 1.2 s for longer than the idle timeout.
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(7) {
            tokio::time::sleep(Duration::from_millis(1200)).await;
            assert_eq!(
                app.get("/settings").await.status,
                StatusCode::OK,
                "signed out {:?} after signing in while active",
                started.elapsed()
            );
        }
        let (seen, expiry) = last_seen(&app).await;
        assert!(
            seen >= first_seen + 5,
            "last active moves: {first_seen} → {seen}"
        );
        assert!(
            expiry >= first_expiry + 5,
            "expiry moves: {first_expiry} → {expiry}"
        );
        let sessions = app.get("/settings/sessions").await;
        assert_eq!(sessions.status, StatusCode::OK);

        // Then nothing for longer than the idle timeout.
        tokio::time::sleep(Duration::from_secs(5)).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

#[test]
fn requests_move_the_idle_timeout_at_most_once_a_minute() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // As if the session had last been written long ago: requests within a minute of the
        // sign-in write nothing.
        set_last_seen(&app, 1000).await;
        for _ in 0..3 {
            assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        }
        assert_eq!(last_seen(&app).await.0, 1000, "no write per request");
        // A minute after the last write, the next request writes.
        let minute_ago = server::storage::now() - 61;
        app.set_in_sessions(&["signed_in_at"], minute_ago).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        assert!(last_seen(&app).await.0 >= server::storage::now() - 1);
        set_last_seen(&app, 1000).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        assert_eq!(last_seen(&app).await.0, 1000, "once, not again at once");
    })
}

#[test]
fn a_session_revoked_while_a_request_of_it_runs_stays_revoked() {
    use tower_sessions::SessionStore;
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let cookie = app.cookie.clone().unwrap();
        let value = cookie.trim_start_matches("twofold_session=");
        let id: tower_sessions::session::Id = value[value.len() - 22..].parse().unwrap();
        let store = server::storage::sessions::DbSessionStore::new(app.pool.clone());
        // A request loads the session…
        let record = store.load(&id).await.unwrap().unwrap();
        // …the session is revoked meanwhile (signed out everywhere from another browser)…
        sqlx::query("DELETE FROM sessions")
            .execute(&app.pool)
            .await
            .unwrap();
        // …and the request ends by saving what it loaded.
        store.save(&record).await.unwrap();
        assert!(store.load(&id).await.unwrap().is_none(), "not brought back");
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

#[test]
fn sign_ins_end_after_the_maximum_age_however_active() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // As if the sign-in had happened longer ago than TWOFOLD_SESSION_MAX_AGE_MINUTES.
        app.set_in_sessions(&["signed_in_at"], 1000).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
        assert!(app.cookie.is_none(), "the expired session is ended");
    })
}

#[test]
fn sessions_are_stored_by_hash_and_linked_to_their_user() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let cookie = app.cookie.clone().unwrap();
        // A signed cookie's value is the signature followed by the 22-character session id.
        let value = cookie.trim_start_matches("twofold_session=");
        let id = &value[value.len() - 22..];
        let rows: Vec<(String, Option<i64>)> =
            sqlx::query_as("SELECT id_hash, user_id FROM sessions")
                .fetch_all(&app.pool)
                .await
                .unwrap();
        assert_eq!(rows.len(), 1);
        assert!(!rows[0].0.contains(id), "the raw session id is not stored");
        assert!(rows[0].1.is_some(), "the session row names its user");
    })
}

/// `<html dir>` is `rtl` or `ltr` in every language, never `auto`.
#[test]
fn every_language_sets_the_writing_direction() {
    common::run(async {
        let mut app = TestApp::new().await;
        for (language, _) in app::i18n::languages() {
            app.cookie = Some(format!("twofold_lang={language}"));
            let page = app.get("/login").await;
            let expected = if *language == "ar" { "rtl" } else { "ltr" };
            let html = page.body.split("<html").nth(1).unwrap_or_default();
            let html = html.split('>').next().unwrap_or_default();
            assert!(
                html.contains(&format!(r#"lang="{language}""#)),
                "{language}: <html{html}>"
            );
            assert!(
                html.contains(&format!(r#"dir="{expected}""#)),
                "{language}: <html{html}>"
            );
        }
    })
}
