//! Cancelling a set-up, making new backup codes and turning two-factor authentication off,
//! through the HTTP layer on a fresh SQLite database.

use crate::common;

use crate::common::{PASSWORD, TestApp, code_at};
use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;
use domain::factor::{AuthenticatorSetup, BackupCodes};

const EMAIL: &str = "ada@example.com";

/// A signed-in user who has just turned two-factor on over HTTP; returns the manual key and the
/// backup codes. The code that confirmed it was the previous step's, so the current one is free.
async fn enrolled() -> (TestApp, String, Vec<String>) {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    let setup: AuthenticatorSetup = app
        .call("start-two-factor", &[("current_password", PASSWORD)])
        .await
        .json();
    let code = code_at(&setup.manual_key, server::storage::now() - 30);
    let mailed = app.mailed_code(EMAIL).await;
    let codes: BackupCodes = app
        .call(
            "confirm-two-factor",
            &[("code", &code), ("mailed_code", &mailed)],
        )
        .await
        .json();
    (app, setup.manual_key, codes.codes)
}

fn now_code(key: &str) -> String {
    code_at(key, server::storage::now())
}

/// The settings page as the user reads it.
async fn settings_text(app: &mut TestApp) -> String {
    app.get("/settings").await.text()
}

async fn count(app: &TestApp, table: &str) -> i64 {
    app.scalar(&format!("SELECT COUNT(*) AS v FROM {table}"))
        .await
}

/// Logs out and in again with `code` as the second step; the reply of the second step.
async fn relog(app: &mut TestApp, code: &str) -> common::Reply {
    app.call("log-out", &[]).await;
    app.log_in(EMAIL, PASSWORD).await;
    app.call("verify-login", &[("code", code)]).await
}

#[test]
fn cancelling_set_up_discards_the_pending_secret() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let setup: AuthenticatorSetup = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        assert_eq!(count(&app, "totp_credentials").await, 1);
        let reply = app.call("cancel-two-factor", &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(count(&app, "totp_credentials").await, 0);
        let reply = app
            .call(
                "confirm-two-factor",
                &[("code", &now_code(&setup.manual_key))],
            )
            .await;
        assert_eq!(reply.error(), AppError::NotEnrolled);
        assert!(
            settings_text(&mut app)
                .await
                .contains("Two-factor authentication is off")
        );
    });
}

#[test]
fn cancelling_does_not_touch_an_active_second_factor() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        app.call("cancel-two-factor", &[]).await;
        assert_eq!(count(&app, "totp_credentials").await, 1);
        let reply = relog(&mut app, &now_code(&key)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}

#[test]
fn disabling_needs_the_password_and_a_valid_code() {
    common::run(async {
        let (mut app, key, codes) = enrolled().await;
        let code = now_code(&key);
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", "not-my-password-9"), ("code", &code)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.error(),
            AppError::field(Field::CurrentPassword, Problem::Incorrect)
        );
        for wrong in ["000000", "ZZZZZ-ZZZZZ", "no code"] {
            let reply = app
                .call(
                    "disable-two-factor",
                    &[("current_password", PASSWORD), ("code", wrong)],
                )
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{wrong}");
            assert_eq!(reply.error(), AppError::InvalidCode, "{wrong}");
        }
        // Nothing changed: every backup code is still there.
        assert_eq!(count(&app, "totp_credentials").await, 1);
        let left: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM backup_codes WHERE used_at IS NULL")
            .await;
        assert_eq!(left, 10);

        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("code", &code)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(count(&app, "totp_credentials").await, 0);
        assert_eq!(count(&app, "backup_codes").await, 0);
        assert!(
            settings_text(&mut app)
                .await
                .contains("Two-factor authentication is off")
        );

        // The password alone logs in again; the old codes mean nothing.
        app.call("log-out", &[]).await;
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.location(), Some("/settings"));
        let reply = app.call("verify-login", &[("code", &codes[0])]).await;
        assert_eq!(reply.error(), AppError::LoginExpired);
    });
}

#[test]
fn a_lost_phone_disables_with_a_backup_code_and_enrols_again() {
    common::run(async {
        let (mut app, _, codes) = enrolled().await;
        let reply = app
            .call(
                "disable-two-factor",
                &[
                    ("current_password", PASSWORD),
                    ("code", &codes[4].to_lowercase()),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let setup: AuthenticatorSetup = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        let mailed = app.mailed_code(EMAIL).await;
        let reply = app
            .call(
                "confirm-two-factor",
                &[
                    ("code", &now_code(&setup.manual_key)),
                    ("mailed_code", &mailed),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}

#[test]
fn a_code_already_used_to_log_in_cannot_disable() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        let code = now_code(&key);
        assert_eq!(relog(&mut app, &code).await.status, StatusCode::OK);
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("code", &code)],
            )
            .await;
        assert_eq!(reply.error(), AppError::CodeAlreadyUsed);
        assert_eq!(count(&app, "totp_credentials").await, 1);
    });
}

#[test]
fn regenerating_replaces_every_backup_code_at_once() {
    common::run(async {
        let (mut app, key, old) = enrolled().await;
        let reply = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", "not-my-password-9"), ("code", &old[0])],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);

        let new: BackupCodes = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", PASSWORD), ("code", &now_code(&key))],
            )
            .await
            .json();
        assert_eq!(new.codes.len(), 10);
        assert_eq!(new.status.backup_codes_left, 10);
        assert!(new.codes.iter().all(|code| !old.contains(code)));

        let reply = relog(&mut app, &old[1]).await;
        assert_eq!(
            reply.error(),
            AppError::InvalidCode,
            "old codes stop working"
        );
        let reply = app.call("verify-login", &[("code", &new.codes[1])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let left: Option<i64> = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(left, Some(9));
        assert!(
            settings_text(&mut app)
                .await
                .contains("You have 9 backup codes left.")
        );
    });
}

#[test]
fn regenerating_with_a_backup_code_spends_it() {
    common::run(async {
        let (mut app, _, old) = enrolled().await;
        let first: BackupCodes = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", PASSWORD), ("code", &old[2])],
            )
            .await
            .json();
        let reply = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", PASSWORD), ("code", &old[2])],
            )
            .await;
        assert_eq!(
            reply.error(),
            AppError::InvalidCode,
            "spent with the old set"
        );
        let second: BackupCodes = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", PASSWORD), ("code", &first.codes[0])],
            )
            .await
            .json();
        assert!(second.codes.iter().all(|code| !first.codes.contains(code)));
    });
}

#[test]
fn few_backup_codes_left_are_flagged_on_the_settings_page() {
    common::run(async {
        let (mut app, _, codes) = enrolled().await;
        let page = app.get("/settings").await;
        assert!(!page.text().contains("running out of backup codes"));
        for code in &codes[..7] {
            assert_eq!(relog(&mut app, code).await.status, StatusCode::OK);
        }
        let page = app.get("/settings").await;
        assert!(
            page.text().contains("You have 3 backup codes left."),
            "{}",
            page.body
        );
        assert!(page.text().contains("running out of backup codes"));
        for code in &codes[7..9] {
            relog(&mut app, code).await;
        }
        assert!(
            settings_text(&mut app)
                .await
                .contains("You have one backup code left.")
        );
    });
}

#[test]
fn managing_two_factor_needs_a_signed_in_user() {
    common::run(async {
        let mut app = TestApp::new().await;
        for (endpoint, form) in [
            ("cancel-two-factor", vec![]),
            (
                "regenerate-backup-codes",
                vec![("current_password", PASSWORD), ("code", "123456")],
            ),
            (
                "disable-two-factor",
                vec![("current_password", PASSWORD), ("code", "123456")],
            ),
        ] {
            let reply = app.call(endpoint, &form).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{endpoint}");
            assert_eq!(reply.error(), AppError::Unauthorized);
        }
    });
}

#[test]
fn managing_two_factor_is_not_reachable_by_get() {
    common::run(async {
        let (mut app, _, _) = enrolled().await;
        for endpoint in [
            "cancel-two-factor",
            "regenerate-backup-codes",
            "disable-two-factor",
        ] {
            let reply = app.get(&format!("/api/{endpoint}")).await;
            assert_ne!(reply.status, StatusCode::OK, "{endpoint}");
        }
        assert_eq!(count(&app, "totp_credentials").await, 1);
    });
}

#[test]
fn every_change_is_confirmed_once_on_the_next_page() {
    common::run(async {
        let (mut app, key, _) = enrolled().await;
        let page = settings_text(&mut app).await;
        assert!(
            page.contains("Two-factor authentication is now on."),
            "{page}"
        );
        let page = settings_text(&mut app).await;
        assert!(!page.contains("is now on"), "shown once: {page}");

        let reply = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", PASSWORD), ("code", &now_code(&key))],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(
            settings_text(&mut app)
                .await
                .contains("You have new backup codes.")
        );

        // Logging in with a backup code: the next page says how many are left.
        let fresh: BackupCodes = reply.json();
        relog(&mut app, &fresh.codes[0]).await;
        let page = settings_text(&mut app).await;
        assert!(
            page.contains("You logged in with a backup code. You have 9 left."),
            "{page}"
        );
        assert!(!settings_text(&mut app).await.contains("You logged in with"));

        // Turning off goes back to the settings, which say so.
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("code", &fresh.codes[1])],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        // The page's script follows the redirect the server function asks for.
        assert!(reply.headers.contains_key("serverfnredirect"));
        assert_eq!(reply.location(), Some("/settings"));
        assert!(
            settings_text(&mut app)
                .await
                .contains("Two-factor authentication is now off.")
        );
    });
}
