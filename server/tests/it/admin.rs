//! What an administrator does from the command line's services: resetting two-factor for a
//! user who lost everything, rotating the key that encrypts the secrets.

use axum::http::StatusCode;
use server::config::SecretKey;
use server::services::operator::By;

use crate::common::{self, PASSWORD, TestApp, code_now, enrolled};

const EMAIL: &str = common::GRACE;

#[test]
fn an_administrator_resets_two_factor_for_a_user_who_lost_everything() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        app.log_in(EMAIL, PASSWORD).await;
        app.call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        let reset = app
            .operator()
            .reset_two_factor(" Grace@Example.com ", &By::operator("ops-alice"))
            .await
            .unwrap();
        assert!(reset.had_two_factor);
        assert_eq!(reset.sessions_ended, 1);
        let account: Option<domain::account::AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_none(), "signed out everywhere");
        // The password alone signs in now.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        let account: Option<domain::account::AccountView> = app.call("account", &[]).await.json();
        assert!(
            !account.unwrap().two_factor.is_on(),
            "signed in without a code"
        );
        assert!(app.event_kinds().await.iter().any(|k| k == "admin-reset"));
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 1);
        assert!(matches!(
            app.operator()
                .reset_two_factor("nobody@example.com", &By::operator("ops-alice"))
                .await,
            Err(server::services::operator::OperatorError::NoSuchAccount(_))
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
        let rotation = both.operator().rotate_totp_key().await.unwrap();
        assert_eq!((rotation.reencrypted, rotation.already_current), (1, 0));
        let sealed: Vec<u8> = both
            .scalar("SELECT sealed_secret AS v FROM totp_credentials")
            .await;
        assert_eq!(sealed[1], 2, "sealed with key id 2");
        assert_eq!(
            both.operator().rotate_totp_key().await.unwrap().reencrypted,
            0
        );
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
