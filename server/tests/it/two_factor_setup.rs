//! Turning two-factor authentication on through the HTTP layer, on a fresh SQLite database.

use crate::common;

use crate::common::{PASSWORD, TestApp, code_at};
use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;
use domain::factor::{AuthenticatorSetup, BackupCodes};

const EMAIL: &str = "ada@example.com";

async fn signed_in() -> TestApp {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    app
}

#[test]
fn set_up_needs_the_password_then_a_code_and_gives_backup_codes_once() {
    common::run(async {
        let mut app = signed_in().await;
        let reply = app
            .call(
                "start-two-factor",
                &[("current_password", "wrong-password-123")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.error(),
            AppError::field(Field::CurrentPassword, Problem::Incorrect)
        );

        let reply = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let setup: AuthenticatorSetup = serde_json::from_str(&reply.body).unwrap();
        assert!(setup.qr_svg.starts_with("<svg"));
        assert_eq!(
            setup.manual_key.replace(' ', "").len(),
            32,
            "160 bits in base 32"
        );
        assert!(!format!("{setup:?}").contains(&setup.manual_key));

        let page = app.get("/settings").await;
        assert!(
            page.body.contains("Two-factor authentication is off"),
            "pending is still off"
        );

        let mailed = app.mailed_code(EMAIL).await;
        let reply = app
            .call(
                "confirm-two-factor",
                &[("code", "000000"), ("mailed_code", &mailed)],
            )
            .await;
        assert_eq!(reply.error(), AppError::InvalidCode);
        let now = server::storage::now();
        let reply = app
            .call(
                "confirm-two-factor",
                &[
                    ("code", &code_at(&setup.manual_key, now)),
                    ("mailed_code", &mailed),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let BackupCodes { codes, status, .. } = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(codes.len(), 10);
        assert_eq!(status.backup_codes_left, 10);
        assert!(status.since.is_some_and(|since| (since - now).abs() < 5));

        let page = app.get("/settings").await;
        assert!(page.body.contains("Two-factor authentication is on since"));
        assert!(page.text().contains("You have 10 backup codes left."));

        // From now on the password alone is not enough.
        app.call("log-out", &[]).await;
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.location(), Some("/login/verify?next=/settings"));
        let reply = app.call("verify-login", &[("code", &codes[3])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);

        // And set-up cannot be restarted over an active second factor.
        let reply = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await;
        assert_eq!(reply.error(), AppError::AlreadyEnrolled);
    });
}

#[test]
fn confirming_without_a_started_set_up_does_nothing() {
    common::run(async {
        let mut app = signed_in().await;
        let reply = app.call("confirm-two-factor", &[("code", "123456")]).await;
        assert_eq!(reply.error(), AppError::NotEnrolled);
    });
}

#[test]
fn set_up_needs_a_signed_in_user() {
    common::run(async {
        let mut app = TestApp::new().await;
        for (endpoint, field, value) in [
            ("start-two-factor", "current_password", PASSWORD),
            ("confirm-two-factor", "code", "123456"),
        ] {
            let reply = app.call(endpoint, &[(field, value)]).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{endpoint}");
            assert_eq!(reply.error(), AppError::Unauthorized);
        }
    });
}
