//! What follows a change of keys: other sessions end, the security log and the owner's mail
//! name the key, and an administrator's reset removes the keys with the other factors.

use domain::{
    UserId,
    error::FactorError,
    keys::KeyChallenge,
    ports::{Keys, TwoFactor},
    proof::Proof,
};
use server::services::operator::By;

use crate::{
    common::{self, KEY_ORIGIN, PASSWORD, TestApp, asker, soft_key::SoftKey},
    security_keys::{EMAIL, add_key, with_key},
};

#[test]
fn adding_and_removing_a_key_end_other_sessions_and_are_logged_and_mailed() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let user = UserId(app.scalar("SELECT id AS v FROM users").await);
        let epoch = |app: &TestApp| {
            let pool = app.pool.clone();
            async move {
                let epoch: i64 = sqlx::query_scalar("SELECT credential_epoch FROM users")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                epoch
            }
        };
        let before = epoch(&app).await;
        let first = add_key(&app, user, &mut key, "YubiKey 5").await.unwrap();
        assert_eq!(epoch(&app).await, before + 1, "other sessions end");
        let account: Option<domain::account::AccountView> = app.call("account", &[]).await.json();
        assert!(
            account.is_none(),
            "a session of the older epoch no longer counts"
        );
        // A second key, allowed by a backup code of the first factor.
        let codes = first.backup_codes.unwrap().codes;
        let KeyChallenge { ceremony, options } = app
            .factors
            .start_add(asker(user), PASSWORD, &Proof::code(&codes[0]))
            .await
            .unwrap();
        let answer = SoftKey::new(KEY_ORIGIN).create(&options).await;
        let second = app
            .factors
            .finish_add(asker(user), &ceremony, &answer, "Spare", "")
            .await
            .unwrap()
            .made;
        assert_eq!(epoch(&app).await, before + 2);
        let by_code = Proof::code(&codes[1]);
        let still_on = app
            .factors
            .remove(asker(user), PASSWORD, second.key.id, &by_code)
            .await
            .unwrap()
            .made;
        assert!(still_on);
        assert_eq!(epoch(&app).await, before + 3);
        let kinds = app.event_kinds().await;
        // The first key ended the session the account was signed in with.
        assert_eq!(
            &kinds[..5],
            [
                "key-removed",
                "key-added",
                "backup-code-used",
                "sessions-signed-out",
                "two-factor-enabled"
            ]
        );
        // Removing the last factor turns two-factor off, backup codes and all.
        let still_on = app
            .factors
            .remove(asker(user), PASSWORD, first.key.id, &Proof::code(&codes[2]))
            .await
            .unwrap()
            .made;
        assert!(!still_on);
        assert_eq!(app.event_kinds().await[0], "two-factor-disabled");
        let left: i64 = app.scalar("SELECT COUNT(*) AS v FROM backup_codes").await;
        assert_eq!(left, 0);
        // Mailed: the code for the first factor, turned on, the backup code that allowed
        // adding, added, removed, off.
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 6);
    });
}

#[test]
fn the_mail_for_two_factor_turned_on_by_a_key_names_the_key() {
    common::run(async {
        let (smtp, mut app) = TestApp::with_smtp().await;
        app.sign_up(EMAIL).await;
        let user = UserId(app.scalar("SELECT id AS v FROM users").await);
        add_key(&app, user, &mut SoftKey::new(KEY_ORIGIN), "YubiKey 5")
            .await
            .unwrap();
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 2);
        let mails = smtp.received();
        assert_eq!(
            mails[0].subject(),
            "Your code to set up two-factor authentication"
        );
        assert_eq!(mails[1].subject(), "Two-factor authentication is on");
        let body = mails[1].body();
        assert!(
            body.contains("Signing in now takes your security key or passkey, or a backup code."),
            "{body}"
        );
        assert!(!body.contains("authenticator app"), "{body}");
    });
}

#[test]
fn an_administrator_reset_removes_the_keys_too() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        app.operator()
            .reset_two_factor(EMAIL, &By::operator("ops-alice"))
            .await
            .unwrap();
        assert!(app.factors.keys(user).await.unwrap().is_empty());
        assert_eq!(
            app.factors.start_key_check(user).await,
            Err(FactorError::NoSuchKey)
        );
    });
}
