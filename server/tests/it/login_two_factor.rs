//! Logging in with a second factor, through the HTTP layer on a fresh SQLite database.

use crate::common;

use crate::common::{PASSWORD, TestApp, code_at};
use app::error::AppError;
use axum::http::StatusCode;

const EMAIL: &str = "ada@example.com";

/// A signed-out app whose user has two-factor authentication on; returns the manual key and
/// the backup codes.
async fn enrolled() -> (TestApp, String, Vec<String>) {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    app.call("log-out", &[]).await;
    let (key, codes) = app.enroll_only_user(EMAIL).await;
    (app, key, codes)
}

fn current_code(key: &str) -> String {
    code_at(key, server::storage::now())
}

#[test]
fn the_password_alone_does_not_sign_in() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.location(), Some("/login/verify?next=/settings"));
        assert_eq!(
            app.get("/settings").await.status,
            StatusCode::FOUND,
            "not signed in yet"
        );
        let pending_cookie = app.cookie.clone();

        let reply = app
            .call(
                "verify-login",
                &[("code", &current_code(&key)), ("next", "/settings")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        assert_ne!(
            app.cookie, pending_cookie,
            "the session id changes at sign-in"
        );
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
    });
}

#[test]
fn a_code_used_for_one_login_is_refused_for_the_next() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        let code = current_code(&key);
        app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(
            app.call("verify-login", &[("code", &code)]).await.status,
            StatusCode::OK
        );
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        let reply = app.call("verify-login", &[("code", &code)]).await;
        assert_eq!(reply.error(), AppError::CodeAlreadyUsed);
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    });
}

#[test]
fn five_wrong_codes_end_the_login() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        app.log_in(EMAIL, PASSWORD).await;
        for attempt in 1..=4 {
            let reply = app.call("verify-login", &[("code", "000000")]).await;
            assert_eq!(reply.error(), AppError::InvalidCode, "attempt {attempt}");
        }
        let reply = app.call("verify-login", &[("code", "000000")]).await;
        assert_eq!(
            reply.error(),
            AppError::LoginExpired,
            "the fifth wrong code"
        );
        let reply = app
            .call("verify-login", &[("code", &current_code(&key))])
            .await;
        assert_eq!(
            reply.error(),
            AppError::LoginExpired,
            "the right code is too late now"
        );
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    });
}

#[test]
fn a_pending_login_expires_after_five_minutes() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        app.log_in(EMAIL, PASSWORD).await;
        app.clock.advance(6 * 60);
        let reply = app
            .call("verify-login", &[("code", &current_code(&key))])
            .await;
        assert_eq!(reply.error(), AppError::LoginExpired);
    });
}

#[test]
fn without_a_password_there_is_nothing_to_verify() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        let reply = app
            .call("verify-login", &[("code", &current_code(&key))])
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.error(), AppError::LoginExpired);
    });
}

#[test]
fn a_backup_code_signs_in_once_in_any_spelling() {
    common::run(async {
        let (mut app, _, codes) = enrolled().await;
        app.log_in(EMAIL, PASSWORD).await;
        let spelled = codes[0].to_lowercase().replace('-', " ");
        let reply = app.call("verify-login", &[("code", &spelled)]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.body, "9", "backup codes left");
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        let reply = app.call("verify-login", &[("code", &codes[0])]).await;
        assert_eq!(reply.error(), AppError::InvalidCode);
    });
}

#[test]
fn accounts_without_two_factor_sign_in_with_the_password() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.call("log-out", &[]).await;
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.location(), Some("/settings"));
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
    });
}

#[test]
fn the_second_step_works_without_javascript() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        let reply = app
            .submit(
                "log-in",
                "/login",
                &[("email", EMAIL), ("password", PASSWORD), ("next", "")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND);
        assert_eq!(reply.location(), Some("/login/verify?next=/settings"));
        let page = app.get("/login/verify?next=/settings").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(r#"autocomplete="one-time-code""#));

        let reply = app
            .submit(
                "verify-login",
                "/login/verify?next=/settings",
                &[("code", "000000"), ("next", "/settings")],
            )
            .await;
        let location = reply.location().unwrap().to_owned();
        assert!(location.contains("__err="), "{location}");
        let page = app
            .get(location.trim_start_matches("http://localhost"))
            .await;
        assert!(page.body.contains(r#"data-testid="form-error""#));

        let reply = app
            .submit(
                "verify-login",
                "/login/verify?next=/settings",
                &[("code", &current_code(&key)), ("next", "/settings")],
            )
            .await;
        assert_eq!(reply.location(), Some("/settings"));
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
    });
}

#[test]
fn starting_a_login_ends_the_previous_sign_in() {
    common::run(async {
        let (mut app, _, _) = enrolled().await;
        app.sign_up("grace@example.com").await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(
            app.get("/settings").await.status,
            StatusCode::FOUND,
            "neither the old nor the new account is signed in while the code is pending"
        );
    });
}

/// The interface switches to the account's language when the login is complete, not after
/// the password alone.
#[test]
fn the_accounts_language_comes_with_the_completed_login() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up_in(EMAIL, "de-DE").await;
        app.call("log-out", &[]).await;
        let (key, _) = app.enroll_only_user(EMAIL).await;
        let language_cookies = |reply: &common::Reply| {
            reply
                .headers
                .get_all(axum::http::header::SET_COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .filter(|c| c.starts_with("twofold_lang="))
                .map(|c| c.split(';').next().unwrap_or_default().to_owned())
                .collect::<Vec<_>>()
        };

        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(language_cookies(&reply), Vec::<String>::new());
        let reply = app
            .call("verify-login", &[("code", &current_code(&key))])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(language_cookies(&reply), ["twofold_lang=de-DE"]);
    });
}

/// The form of a change of sign-in factors, given a backup code to authorise it with.
type ChangeForm = fn(&str) -> Vec<(&'static str, String)>;

/// A change of the account's sign-in factors, made by a signed-in browser (`changer`) with
/// backup codes, while another browser has given the password and still owes the code.
async fn half_finished_login_meets(endpoint: &str, form: ChangeForm) -> (TestApp, StatusCode) {
    let (mut waiting, key, codes) = enrolled().await;
    let mut changer = waiting.other_browser("198.51.100.9");
    changer.log_in(EMAIL, PASSWORD).await;
    let reply = changer.call("verify-login", &[("code", &codes[0])]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);

    waiting.log_in(EMAIL, PASSWORD).await;
    let fields = form(&codes[1]);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = changer.call(endpoint, &fields).await;
    assert_eq!(reply.status, StatusCode::OK, "{endpoint}: {}", reply.body);

    let reply = waiting
        .call("verify-login", &[("code", &current_code(&key))])
        .await;
    let status = reply.status;
    if status != StatusCode::OK {
        assert_eq!(reply.error(), AppError::LoginExpired, "{endpoint}");
    }
    assert_eq!(
        changer.get("/settings").await.status,
        StatusCode::OK,
        "{endpoint}: the browser that made the change stays signed in"
    );
    (waiting, status)
}

/// A password change, new backup codes and turning two-factor off each end the logins that
/// wait for their second factor (the password-only case would let the old password in).
#[test]
fn changes_of_sign_in_factors_end_half_finished_logins() {
    common::run(async {
        let changes: [(&str, ChangeForm); 3] = [
            ("change-password", |_| {
                vec![
                    ("current_password", PASSWORD.to_owned()),
                    ("new_password", "quartz-harbor-willow-77".to_owned()),
                ]
            }),
            ("regenerate-backup-codes", |code| {
                vec![
                    ("current_password", PASSWORD.to_owned()),
                    ("code", code.to_owned()),
                ]
            }),
            ("disable-two-factor", |code| {
                vec![
                    ("current_password", PASSWORD.to_owned()),
                    ("code", code.to_owned()),
                ]
            }),
        ];
        for (endpoint, form) in changes {
            let (mut waiting, status) = half_finished_login_meets(endpoint, form).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{endpoint}");
            assert_eq!(
                waiting.get("/settings").await.status,
                StatusCode::FOUND,
                "{endpoint}"
            );
        }
    });
}
