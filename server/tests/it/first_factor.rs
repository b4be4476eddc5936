//! The first factor of an account is confirmed by mail: whoever knows only the password cannot
//! give the account an authenticator app or a key of their own.

use app::error::AppError;
use axum::http::StatusCode;
use domain::factor::{AuthenticatorSetup, BackupCodes};

use crate::common::{self, KEY_ORIGIN, PASSWORD, TestApp, code_now, soft_key::SoftKey};

const EMAIL: &str = "ada@example.com";
const SUBJECT: &str = "Your code to set up two-factor authentication";
const NEW_PASSWORD: &str = "quartz-harbor-violet-77";

/// Starts setting up an authenticator app; returns its key.
async fn start(app: &mut TestApp) -> String {
    let reply = app
        .call("start-two-factor", &[("current_password", PASSWORD)])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json::<AuthenticatorSetup>().manual_key
}

async fn confirm(app: &mut TestApp, key: &str, mailed: &str) -> common::Reply {
    let code = code_now(app, key);
    app.call(
        "confirm-two-factor",
        &[("code", &code), ("mailed_code", mailed)],
    )
    .await
}

async fn two_factor_on(app: &TestApp) -> bool {
    let on: i64 = app
        .scalar("SELECT COUNT(*) AS v FROM totp_credentials WHERE confirmed_at IS NOT NULL")
        .await;
    on == 1
}

#[test]
fn an_authenticator_app_as_first_factor_needs_the_code_mailed_to_the_account() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let key = start(&mut app).await;
        let mails = app.mails_to(EMAIL).await;
        let (subject, body) = mails.last().unwrap();
        assert_eq!(subject, SUBJECT);
        let mailed = app.mailed_code(EMAIL).await;
        assert!(body.contains("works for 15 minutes"), "{body}");
        let sealed: Vec<u8> = app
            .scalar("SELECT sealed_code AS v FROM factor_mail_codes")
            .await;
        let digits = mailed.replace(' ', "");
        assert!(
            !sealed.windows(8).any(|w| w == digits.as_bytes()),
            "the code is stored sealed"
        );

        // The right authenticator code without the mailed one, or with a wrong one, is refused.
        let reply = confirm(&mut app, &key, "").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert_eq!(reply.error(), AppError::MailedCodeWrong);
        let wrong = if digits == "00000000" {
            "1111 1111"
        } else {
            "0000 0000"
        };
        for _ in 0..4 {
            let reply = confirm(&mut app, &key, wrong).await;
            assert_eq!(reply.error(), AppError::MailedCodeWrong);
        }
        assert!(!two_factor_on(&app).await);
        // Five wrong tries end the code: the right one no longer works.
        let reply = confirm(&mut app, &key, &mailed).await;
        assert_eq!(reply.error(), AppError::MailedCodeWrong);

        // Starting again mails a new code; the old one is gone.
        let key = start(&mut app).await;
        let newer = app.mailed_code(EMAIL).await;
        if newer != mailed {
            let reply = confirm(&mut app, &key, &mailed).await;
            assert_eq!(reply.error(), AppError::MailedCodeWrong);
        }
        // Typed with a dash, it works.
        let reply = confirm(&mut app, &key, &newer.replace(' ', "-")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.json::<BackupCodes>().codes.len(), 10);
        assert!(two_factor_on(&app).await);
        let left: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM factor_mail_codes")
            .await;
        assert_eq!(left, 0, "the code ends with its use");
    });
}

#[test]
fn a_mailed_code_ends_after_15_minutes_and_with_the_credentials() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let key = start(&mut app).await;
        let mailed = app.mailed_code(EMAIL).await;
        app.clock.advance(15 * 60 + 1);
        let reply = confirm(&mut app, &key, &mailed).await;
        assert_eq!(reply.error(), AppError::MailedCodeWrong);

        let key = start(&mut app).await;
        let mailed = app.mailed_code(EMAIL).await;
        let reply = app
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", NEW_PASSWORD),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let reply = confirm(&mut app, &key, &mailed).await;
        assert_eq!(reply.error(), AppError::MailedCodeWrong);
        assert!(!two_factor_on(&app).await);
    });
}

#[test]
fn a_first_key_needs_the_mailed_code_and_its_answer_waits_for_the_right_one() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let started = app
            .call("start-add-key", &[("current_password", PASSWORD)])
            .await;
        assert_eq!(started.status, StatusCode::OK, "{}", started.body);
        let answer = SoftKey::new(KEY_ORIGIN)
            .create(&started.json::<String>())
            .await;
        let mailed = app.mailed_code(EMAIL).await;
        let finish = async |app: &mut TestApp, mailed: &str| {
            app.call(
                "finish-add-key",
                &[
                    ("key_response", &answer),
                    ("name", "YubiKey 5"),
                    ("mailed_code", mailed),
                ],
            )
            .await
        };
        let reply = finish(&mut app, "").await;
        assert_eq!(reply.error(), AppError::MailedCodeWrong);
        let keys: i64 = app.scalar("SELECT COUNT(*) AS v FROM security_keys").await;
        assert_eq!(keys, 0);
        let reply = finish(&mut app, &mailed).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let added: domain::keys::KeyAdded = reply.json();
        assert!(added.backup_codes.is_some(), "the first factor");
    });
}

#[test]
fn five_codes_are_mailed_to_an_account_an_hour() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        for _ in 0..5 {
            start(&mut app).await;
        }
        let reply = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(matches!(reply.error(), AppError::TooManyAttempts { .. }));
        let codes = app
            .mails_to(EMAIL)
            .await
            .into_iter()
            .filter(|(subject, _)| subject == SUBJECT)
            .count();
        assert_eq!(codes, 5);
        app.clock.advance(3601);
        start(&mut app).await;
    });
}
