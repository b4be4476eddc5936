//! Accounts through the HTTP layer: sign-up, log-in, log-out, changing the password, the pages
//! around them.

use std::time::{Duration, Instant};

use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;

use crate::common::{self, PASSWORD, TestApp};

const EMAIL: &str = "ada@example.com";

#[test]
fn a_new_account_signs_in_after_confirming_and_settings_show_the_email() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app.sign_up("  Ada@Example.COM ").await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        assert!(app.cookie.is_some());
        assert_eq!(app.proven(EMAIL).await, ["Password"]);

        let page = app.get("/settings").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(EMAIL), "normalised email shown");
        assert!(page.body.contains(r#"data-testid="two-factor-status""#));
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
            "pending_logins",
            "security_keys",
            "webauthn_ceremonies",
            "trusted_browsers",
            "email_links",
            "factor_mail_codes",
            "oidc_subjects",
            "oidc_codes",
            "oidc_tokens",
            "oidc_connections",
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

/// `<html dir>` is `rtl` or `ltr` in every language, never `auto`.
#[test]
fn every_language_sets_the_writing_direction() {
    common::run(async {
        let mut app = TestApp::new().await;
        for (language, _) in domain::text::languages() {
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
