//! Who owns an address, through the HTTP layer: a sign-up that reveals nothing, the
//! confirmation link, the password reset (which still asks for the second factor), the change
//! of address. Links are read from the mail queued in the database.

use std::time::{Duration, Instant};

use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;
use domain::account::AccountView;

use crate::common::{self, PASSWORD, TestApp};

pub(crate) const EMAIL: &str = "ada@example.com";
pub(crate) const NEW_PASSWORD: &str = "quartz-harbor-violet-77";
pub(crate) const CONFIRM: &str = "/confirm-address";
pub(crate) const RESET: &str = "/reset-password";

/// The account the browser is signed in to, if any.
pub(crate) async fn account(app: &mut TestApp) -> Option<AccountView> {
    app.call("account", &[]).await.json()
}

pub(crate) async fn ask_reset(app: &mut TestApp, email: &str) -> common::Reply {
    app.call("request-reset", &[("email", email)]).await
}

/// The token of a reset link mailed after the one of `before` (made in the background).
pub(crate) async fn newer_reset_token(app: &TestApp, before: &str) -> String {
    loop {
        let token = app.link_token(EMAIL, RESET).await;
        if token != before {
            return token;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

pub(crate) async fn reset(
    app: &mut TestApp,
    token: &str,
    password: &str,
    code: &str,
) -> common::Reply {
    app.call(
        "reset-password",
        &[("token", token), ("new_password", password), ("code", code)],
    )
    .await
}

#[test]
fn a_sign_up_answers_the_same_for_a_new_and_a_taken_address() {
    common::run(async {
        let mut app = TestApp::new().await;
        let new = app.sign_up_only(EMAIL).await;
        assert_eq!(new.status, StatusCode::OK, "{}", new.body);
        assert_eq!(new.location(), Some("/login"));
        assert!(account(&mut app).await.is_none(), "nobody is signed in");
        let confirm = app.mail_with_link(EMAIL, CONFIRM).await;
        assert!(confirm.contains("https://twofold.example/confirm-address?token="));
        assert!(confirm.contains("within 24 hours"), "{confirm}");
        let token = common::token_in(&confirm, CONFIRM);
        app.call(
            "confirm-address",
            &[("token", &token), ("password", PASSWORD)],
        )
        .await;
        app.call("log-out", &[]).await;

        let mut other = app.other_browser("198.51.100.40");
        let taken = other.sign_up_only("  ADA@example.com").await;
        assert_eq!(taken.status, new.status);
        assert_eq!(taken.location(), new.location());
        assert_eq!(taken.body, new.body);
        assert!(account(&mut other).await.is_none());
        // The owner hears about it, with the way to a new password; no link is made.
        let mails = app.mails_to(EMAIL).await;
        assert_eq!(mails.len(), 2);
        let (subject, body) = &mails[1];
        assert_eq!(subject, "Someone tried to sign up with your address");
        assert!(
            body.contains("https://twofold.example/forgot-password"),
            "{body}"
        );
        assert!(!body.contains("token="), "{body}");
        let links: i64 = app.scalar("SELECT COUNT(*) AS v FROM email_links").await;
        assert_eq!(
            links, 0,
            "the confirmation link was used; no other was made"
        );
        // The account keeps the first password.
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.location(), Some("/settings"));
        // After a few, more attempts are answered alike but mail nobody.
        for n in 0..4 {
            let mut again = app.other_browser(&format!("198.51.100.{}", 50 + n));
            assert_eq!(again.sign_up_only(EMAIL).await.status, StatusCode::OK);
        }
        assert_eq!(app.mails_to(EMAIL).await.len(), 4, "three notices an hour");
    })
}

#[test]
fn a_sign_up_takes_about_as_long_for_a_taken_address_as_for_a_new_one() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up_only(EMAIL).await;
        let mut times = (Vec::new(), Vec::new());
        for n in 0..6 {
            let mut browser = app.other_browser(&format!("192.0.2.{}", 10 + n));
            let start = Instant::now();
            let reply = browser.sign_up_only(&format!("new{n}@example.com")).await;
            times.0.push(start.elapsed());
            assert_eq!(reply.status, StatusCode::OK);
            let start = Instant::now();
            let reply = browser.sign_up_only(EMAIL).await;
            times.1.push(start.elapsed());
            assert_eq!(reply.status, StatusCode::OK);
        }
        let median = |list: &mut Vec<Duration>| {
            list.sort();
            list[list.len() / 2]
        };
        let (new, taken) = (median(&mut times.0), median(&mut times.1));
        // Both hash the password; the rest is a few database rows either way.
        let slack = new.max(taken) / 2 + Duration::from_millis(20);
        assert!(
            new.abs_diff(taken) < slack,
            "new address {new:?}, taken address {taken:?}"
        );
    })
}

#[test]
fn an_unconfirmed_account_signs_in_only_through_its_link_with_its_password() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up_only(EMAIL).await;
        let first = app.link_token(EMAIL, CONFIRM).await;
        // Not before the link: the same answer as for an address without an account.
        let early = app.log_in(EMAIL, PASSWORD).await;
        let unknown = app.log_in("nobody@example.com", PASSWORD).await;
        assert_eq!(early.error(), AppError::InvalidCredentials);
        assert_eq!((early.status, &early.body), (unknown.status, &unknown.body));
        assert!(account(&mut app).await.is_none());

        // Signed up again (the first password forgotten): that password is the one the new
        // link confirms, and the first link is over.
        let mut again = app.other_browser("198.51.100.41");
        again
            .call("sign-up", &[("email", EMAIL), ("password", NEW_PASSWORD)])
            .await;
        let second = app.link_token(EMAIL, CONFIRM).await;
        assert_ne!(first, second);
        let old = app
            .call(
                "confirm-address",
                &[("token", &first), ("password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(old.status, StatusCode::GONE);
        assert_eq!(old.error(), AppError::LinkExpired);

        // The link's page shows the address, asks for the password and changes nothing
        // until the press.
        let page = app.get(&format!("{CONFIRM}?token={second}")).await;
        assert!(
            page.text()
                .contains(&format!("Confirm that {EMAIL} is your address"))
        );
        assert!(page.body.contains(r#"autocomplete="current-password""#));
        let wrong = app
            .call(
                "confirm-address",
                &[("token", &second), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(
            wrong.error().problem_for(Field::Password),
            Some(Problem::Incorrect)
        );
        let used = app
            .call(
                "confirm-address",
                &[("token", &second), ("password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(used.location(), Some("/settings"), "{}", used.body);
        let me = account(&mut app)
            .await
            .expect("signed in by the confirmation");
        assert!(me.address_confirmed);
        assert!(
            app.event_kinds()
                .await
                .contains(&"address-confirmed".to_owned())
        );
        let again = app
            .call(
                "confirm-address",
                &[("token", &second), ("password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(again.error(), AppError::LinkExpired);
        let page = app.get(&format!("{CONFIRM}?token={second}")).await;
        assert!(page.body.contains(r#"data-testid="link-expired""#));
        let started = app
            .call("start-two-factor", &[("current_password", NEW_PASSWORD)])
            .await;
        assert_eq!(started.status, StatusCode::OK, "{}", started.body);
        // A session of an account whose address is not confirmed (signed in before this
        // version) sets up no factor: whoever signed up with someone else's address cannot
        // lock its owner out with a factor of their own.
        sqlx::query("UPDATE users SET email_verified_at = NULL")
            .execute(&app.pool)
            .await
            .unwrap();
        let refused = app
            .call("start-add-key", &[("current_password", NEW_PASSWORD)])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(refused.error(), AppError::AddressUnconfirmed);
    })
}

#[test]
fn an_unconfirmed_account_goes_with_its_link_and_links_are_sent_again_a_few_times_an_hour() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up_only(EMAIL).await;
        let token = app.link_token(EMAIL, CONFIRM).await;
        app.clock.advance(24 * 3600 + 1);
        let reply = app
            .call(
                "confirm-address",
                &[("token", &token), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(reply.error(), AppError::LinkExpired);
        // The housekeeping removes the link and the account never confirmed.
        let sessions = server::storage::sessions::DbSessionStore::new(app.pool.clone());
        let now = server::clock::Clock::now(&app.clock);
        let pruned = server::maintenance::prune(&app.pool, &sessions, now, 400).await;
        assert_eq!((pruned.email_links, pruned.unconfirmed_accounts), (1, 1));
        let accounts: i64 = app.scalar("SELECT COUNT(*) AS v FROM users").await;
        assert_eq!(accounts, 0);
        // The address is free again; sign-ups with it mail a link a few times an hour.
        for n in 0..4 {
            let mut browser = app.other_browser(&format!("198.51.100.{}", 60 + n));
            let reply = browser.sign_up_only(EMAIL).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        }
        let links = app
            .mails_to(EMAIL)
            .await
            .iter()
            .filter(|(_, body)| body.contains("/confirm-address?token="))
            .count();
        assert_eq!(
            links,
            1 + 1 + 3,
            "the first, then one made and three sent again"
        );
        // A confirmed account is never removed.
        let token = app.link_token(EMAIL, CONFIRM).await;
        app.call(
            "confirm-address",
            &[("token", &token), ("password", PASSWORD)],
        )
        .await;
        app.clock.advance(3 * 24 * 3600);
        let now = server::clock::Clock::now(&app.clock);
        let pruned = server::maintenance::prune(&app.pool, &sessions, now, 400).await;
        assert_eq!(pruned.unconfirmed_accounts, 0);
        let bogus = app.call("confirm-address", &[("token", "x")]).await;
        assert_eq!(bogus.error(), AppError::LinkExpired);
    })
}

#[test]
fn the_mails_are_in_the_accounts_language_else_in_the_pages() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up_in(EMAIL, "de-DE").await;
        app.call("log-out", &[]).await;
        app.call("request-reset", &[("email", EMAIL), ("language", "fr-FR")])
            .await;
        app.mail_with_link(EMAIL, RESET).await;
        let (subject, body) = app.mails_to(EMAIL).await.pop().unwrap();
        assert_eq!(subject, "Wählen Sie ein neues Passwort");
        assert!(body.contains("innerhalb einer Stunde"), "{body}");

        // An account that chose no language: the page's.
        app.sign_up("bob@example.com").await;
        app.call("log-out", &[]).await;
        sqlx::query("UPDATE users SET language = NULL WHERE email = 'bob@example.com'")
            .execute(&app.pool)
            .await
            .unwrap();
        app.call(
            "request-reset",
            &[("email", "bob@example.com"), ("language", "fr-FR")],
        )
        .await;
        app.mail_with_link("bob@example.com", RESET).await;
        let (subject, _) = app.mails_to("bob@example.com").await.pop().unwrap();
        assert_eq!(subject, "Choisissez un nouveau mot de passe");
    })
}
