//! The mail queue keeps no live token readable and gives up what it can never deliver.

use axum::http::StatusCode;
use server::services::mail::MAX_ATTEMPTS;

use crate::common::{self, TestApp};

const EMAIL: &str = "ada@example.com";

/// Every stored body in the queue, as the database holds it.
async fn stored_bodies(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT body FROM mail_outbox ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

#[test]
fn queued_mail_is_sealed_and_forgotten_once_delivered() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app.sign_up_only(EMAIL).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        app.call("request-reset", &[("email", EMAIL)]).await;
        // Read as the worker reads them, the mails hold both links…
        app.link_token(EMAIL, "/confirm-address").await;
        let token = app.link_token(EMAIL, "/reset-password").await;
        // …but no column of the database does.
        let bodies = stored_bodies(&app).await;
        assert_eq!(bodies.len(), 2);
        for body in &bodies {
            assert!(!body.contains("token="), "{body}");
            assert!(!body.contains(&token), "{body}");
            assert!(!body.contains("Twofold"), "{body}");
        }
        // A sealed body copied to another recipient's row does not open there.
        sqlx::query("UPDATE mail_outbox SET recipient = 'eve@example.com'")
            .execute(&app.pool)
            .await
            .unwrap();
        assert!(
            app.mails_to("eve@example.com")
                .await
                .iter()
                .all(|(_, b)| b.is_empty())
        );
        sqlx::query("UPDATE mail_outbox SET recipient = $1")
            .bind(EMAIL)
            .execute(&app.pool)
            .await
            .unwrap();

        assert_eq!(app.mailer.deliver_due().await.unwrap(), 2);
        assert_eq!(stored_bodies(&app).await, ["", ""], "forgotten once sent");
        // The mails themselves went out whole.
        let outbox = app.data_dir().join("outbox");
        let sent: String = std::fs::read_dir(&outbox)
            .unwrap()
            .map(|file| std::fs::read_to_string(file.unwrap().path()).unwrap())
            .collect();
        assert!(sent.contains("/reset-password?token="), "{sent}");
    });
}

#[test]
fn mail_that_can_never_be_delivered_is_given_up() {
    common::run(async {
        let app = TestApp::new().await;
        // An address the mail library refuses (the sign-up form refuses it too).
        app.mailer
            .enqueue("a..b@example.com", "subject", "body")
            .await
            .unwrap();
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 0);
        let queued: i64 = app.scalar("SELECT COUNT(*) AS v FROM mail_outbox").await;
        assert_eq!(queued, 0, "given up at once");
        let reply = app
            .other_browser("198.51.100.70")
            .sign_up_only("a..b@example.com")
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            reply.body
        );

        // An SMTP server that never answers: tried again with growing pauses, then given up.
        let down = TestApp::with_smtp_down().await;
        down.mailer.enqueue(EMAIL, "subject", "body").await.unwrap();
        for attempt in 1..=MAX_ATTEMPTS {
            assert_eq!(down.mailer.deliver_due().await.unwrap(), 0);
            let left: i64 = down.scalar("SELECT COUNT(*) AS v FROM mail_outbox").await;
            let expected = i64::from(attempt < MAX_ATTEMPTS);
            assert_eq!(left, expected, "after attempt {attempt}");
            down.clock.advance(3600);
        }
        let metrics = server::metrics::render(&down.pool).await;
        assert!(
            metrics
                .lines()
                .any(|l| l.starts_with("twofold_mail_given_up_total ") && !l.ends_with(" 0")),
            "{metrics}"
        );
    });
}
