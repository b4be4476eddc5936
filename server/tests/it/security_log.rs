//! The security log and the mail about it: per user, newest first, paginated; notifications by
//! SMTP in the user's language, or to the outbox folder.

use app::error::AppError;
use domain::{Client, UserId, events::EventKind, security::SecurityLogPage};

use crate::common::{self, PASSWORD, TestApp, code_now, enrolled, wrong_code};

const EMAIL: &str = common::GRACE;

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
            ..Client::default()
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
        // The oldest: the address confirmed at sign-up (which signs in), the sign-in after it,
        // the wrong password.
        assert_eq!(
            kinds[kinds.len() - 4..],
            [
                EventKind::LoginFailed,
                EventKind::LoginSucceeded,
                EventKind::LoginSucceeded,
                EventKind::AddressConfirmed
            ]
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
        // Its confirmation, the sign-in with it, the sign-in after it.
        assert_eq!(
            theirs.events.len(),
            3,
            "another user's log has only its own"
        );
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
        let (smtp, mut app) = TestApp::with_smtp().await;
        app.sign_up_in(EMAIL, "de-DE").await;
        let setup: domain::factor::AuthenticatorSetup = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        let code = code_now(&app, &setup.manual_key);
        let mailed = app.mailed_code(EMAIL).await;
        let codes: domain::factor::BackupCodes = app
            .call(
                "confirm-two-factor",
                &[("code", &code), ("mailed_code", &mailed)],
            )
            .await
            .json();
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        app.call("verify-login", &[("code", &codes.codes[0])]).await;
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 3);

        let mails = smtp.received();
        assert_eq!(mails.len(), 3);
        assert!(mails.iter().all(|m| m.to == [EMAIL]));
        // The code for the first factor, in German, with where the request came from.
        let (code_mail, mails) = mails.split_first().unwrap();
        assert_eq!(
            code_mail.subject(),
            "Ihr Code zum Einrichten der Zwei-Faktor-Authentifizierung"
        );
        let body = code_mail.body();
        assert!(body.contains(&mailed), "{body}");
        assert!(body.contains("gilt 15 Minuten"), "{body}");
        assert!(body.contains("203.0.113.7 (Firefox unter Linux)"), "{body}");
        assert_eq!(
            mails[0].subject(),
            "Die Zwei-Faktor-Authentifizierung ist eingeschaltet"
        );
        let body = mails[0].body();
        assert!(body.contains("Für Ihr Konto grace@example.com wurde die Zwei-Faktor-Authentifizierung eingeschaltet"), "{body}");
        assert!(body.contains("203.0.113.7 (Firefox unter Linux)"), "{body}");
        assert!(
            body.contains("einen Code aus Ihrer Authenticator-App"),
            "{body}"
        );
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
        // Only the mail of this test in the folder (not the one of turning two-factor on).
        let outbox = app.data_dir().join("outbox");
        std::fs::remove_dir_all(&outbox).unwrap();
        app.log_in(EMAIL, PASSWORD).await;
        let wrong = wrong_code(&app, &key);
        for _ in 0..3 {
            app.call("verify-login", &[("code", wrong)]).await;
        }
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 1);
        let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().collect();
        assert_eq!(files.len(), 1);
        // Mail is the user's business: the server's user alone may read it.
        use std::os::unix::fs::PermissionsExt;
        let mode =
            |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&outbox), 0o700);
        assert_eq!(mode(&files[0].as_ref().unwrap().path()), 0o600);
        let mail = std::fs::read_to_string(files[0].as_ref().unwrap().path()).unwrap();
        assert!(
            mail.contains("Subject: Someone may know your password"),
            "{mail}"
        );
        assert!(mail.contains("To: grace@example.com"), "{mail}");

        // An SMTP server that is down: the message stays queued and is tried again later.
        let down = TestApp::with_smtp_down().await;
        down.mailer.enqueue(EMAIL, "subject", "body").await.unwrap();
        assert_eq!(down.mailer.deliver_due().await.unwrap(), 0);
        let waiting: i64 = down
            .scalar("SELECT COUNT(*) AS v FROM mail_outbox WHERE sent_at IS NULL AND attempts = 1")
            .await;
        assert_eq!(waiting, 1);
    });
}

#[test]
fn security_log_entries_are_kept_for_the_configured_days_then_removed() {
    common::run(async {
        use server::storage::events::{NewEvent, insert};
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let user: i64 = app.scalar("SELECT id AS v FROM users").await;
        let now = server::storage::now();
        let day = 24 * 3600;
        for age_days in [401, 399, 1] {
            let event = NewEvent {
                user,
                kind: "login-succeeded",
                at: now - age_days * day,
                ip: None,
                user_agent: None,
                detail: None,
                actor: None,
                subject: None,
            };
            insert(&app.pool, event).await.unwrap();
        }
        let sessions = server::storage::sessions::DbSessionStore::new(app.pool.clone());
        let pruned = server::maintenance::prune(&app.pool, &sessions, now, 400).await;
        assert_eq!(
            pruned.security_events, 1,
            "only the entry older than 400 days"
        );
        let oldest: i64 = app.scalar("SELECT MIN(at) AS v FROM security_events").await;
        assert_eq!(oldest, now - 399 * day);
        let kept = server::maintenance::prune(&app.pool, &sessions, now + 1000 * day, 0).await;
        assert_eq!(kept.security_events, 0, "0 days keeps every entry");
    });
}
