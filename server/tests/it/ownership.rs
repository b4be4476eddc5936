//! Who owns an address, through the HTTP layer: a sign-up that reveals nothing, the
//! confirmation link, the password reset (which still asks for the second factor), the change
//! of address. Links are read from the mail queued in the database.

use std::time::{Duration, Instant};

use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;
use domain::account::AccountView;

use crate::common::{self, GRACE, PASSWORD, TestApp, code_now, enrolled, too_many, wrong_code};

const EMAIL: &str = "ada@example.com";
const NEW_PASSWORD: &str = "quartz-harbor-violet-77";
const CONFIRM: &str = "/confirm-address";
const RESET: &str = "/reset-password";

/// The account the browser is signed in to, if any.
async fn account(app: &mut TestApp) -> Option<AccountView> {
    app.call("account", &[]).await.json()
}

async fn ask_reset(app: &mut TestApp, email: &str) -> common::Reply {
    app.call("request-reset", &[("email", email)]).await
}

/// The token of a reset link mailed after the one of `before` (made in the background).
async fn newer_reset_token(app: &TestApp, before: &str) -> String {
    loop {
        let token = app.link_token(EMAIL, RESET).await;
        if token != before {
            return token;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn reset(app: &mut TestApp, token: &str, password: &str, code: &str) -> common::Reply {
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
fn a_reset_is_answered_alike_for_any_address_and_limited_per_address_asked_for() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.call("log-out", &[]).await;
        let known = ask_reset(&mut app, EMAIL).await;
        let unknown = ask_reset(&mut app, "nobody@example.com").await;
        assert_eq!(known.status, StatusCode::OK, "{}", known.body);
        assert_eq!(known.status, unknown.status);
        assert_eq!(known.location(), Some("/login"));
        assert_eq!(known.location(), unknown.location());
        assert_eq!(known.body, unknown.body);
        let body = app.mail_with_link(EMAIL, RESET).await;
        assert!(body.contains("within an hour"), "{body}");
        assert!(app.mails_to("nobody@example.com").await.is_empty());
        let invalid = ask_reset(&mut app, "not an address").await;
        assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Five an hour for one address, known or not; then the same wait for both.
        for _ in 0..4 {
            assert_eq!(ask_reset(&mut app, EMAIL).await.status, StatusCode::OK);
            assert_eq!(
                ask_reset(&mut app, "nobody@example.com").await.status,
                StatusCode::OK
            );
        }
        let known = ask_reset(&mut app, EMAIL).await;
        let unknown = ask_reset(&mut app, "nobody@example.com").await;
        assert_eq!(known.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(known.error(), unknown.error());
        // And twenty an hour from one client address, whatever it asks for.
        for n in 0..10 {
            ask_reset(&mut app, &format!("someone{n}@example.com")).await;
        }
        let reply = ask_reset(&mut app, "else@example.com").await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
        let mut elsewhere = app.other_browser("198.51.100.77");
        assert_eq!(
            ask_reset(&mut elsewhere, "else@example.com").await.status,
            StatusCode::OK
        );
    })
}

#[test]
fn a_reset_link_sets_a_new_password_once_and_ends_every_session() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let mut elsewhere = app.other_browser("198.51.100.9");
        elsewhere.log_in(EMAIL, PASSWORD).await;
        assert!(account(&mut elsewhere).await.is_some());
        let mut asking = app.other_browser("198.51.100.10");
        ask_reset(&mut asking, EMAIL).await;
        let token = app.link_token(EMAIL, RESET).await;

        let page = asking.get(&format!("{RESET}?token={token}")).await;
        assert!(page.body.contains(r#"name="new_password""#));
        assert!(
            !page.body.contains(r#"name="code""#),
            "no factor without two-factor"
        );
        let weak = reset(&mut asking, &token, "short", "").await;
        assert_eq!(
            weak.error().problem_for(Field::NewPassword),
            Some(Problem::TooShort)
        );
        let done = reset(&mut asking, &token, NEW_PASSWORD, "").await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert_eq!(done.location(), Some("/login"));

        assert!(account(&mut app).await.is_none(), "signed out");
        assert!(account(&mut elsewhere).await.is_none(), "signed out");
        let again = reset(&mut asking, &token, "another-password-entirely-9", "").await;
        assert_eq!(again.error(), AppError::LinkExpired);
        let old = asking.log_in(EMAIL, PASSWORD).await;
        assert_eq!(old.error(), AppError::InvalidCredentials);
        let new = asking.log_in(EMAIL, NEW_PASSWORD).await;
        assert_eq!(new.location(), Some("/settings"));
        assert!(
            app.event_kinds()
                .await
                .contains(&"password-reset".to_owned())
        );
        let mails = app.mails_to(EMAIL).await;
        assert_eq!(mails.last().unwrap().0, "Your password was reset");
        let page = asking.get(&format!("{RESET}?token={token}")).await;
        assert!(page.body.contains(r#"data-testid="link-expired""#));
    })
}

#[test]
fn a_reset_link_ends_with_a_newer_link_a_sign_in_a_password_change_or_after_an_hour() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        app.call("log-out", &[]).await;
        let mut asking = app.other_browser("198.51.100.11");

        ask_reset(&mut asking, EMAIL).await;
        let first = app.link_token(EMAIL, RESET).await;
        ask_reset(&mut asking, EMAIL).await;
        let second = newer_reset_token(&app, &first).await;
        let replaced = reset(&mut asking, &first, NEW_PASSWORD, "").await;
        assert_eq!(replaced.error(), AppError::LinkExpired);

        // Whoever signs in knows the password: the link ends.
        app.log_in(EMAIL, PASSWORD).await;
        let after_sign_in = reset(&mut asking, &second, NEW_PASSWORD, "").await;
        assert_eq!(after_sign_in.error(), AppError::LinkExpired);

        // A later change of the password ends it too (the credential epoch).
        app.call("log-out", &[]).await;
        ask_reset(&mut asking, EMAIL).await;
        let third = newer_reset_token(&app, &second).await;
        let mut owner = app.other_browser("198.51.100.12");
        owner.log_in(EMAIL, PASSWORD).await;
        let changed = owner.change_password(PASSWORD, NEW_PASSWORD).await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
        let after_change = reset(&mut asking, &third, "yet-another-password-31", "").await;
        assert_eq!(after_change.error(), AppError::LinkExpired);

        owner.call("log-out", &[]).await;
        ask_reset(&mut asking, EMAIL).await;
        let fourth = newer_reset_token(&app, &third).await;
        app.clock.advance(3601);
        let late = reset(&mut asking, &fourth, "yet-another-password-31", "").await;
        assert_eq!(late.error(), AppError::LinkExpired);
    })
}

#[test]
fn a_reset_with_two_factor_on_asks_for_a_factor_and_counts_wrong_codes() {
    common::run(async {
        let (app, key, codes) = enrolled(TestApp::new().await).await;
        // A browser the owner trusted (no code asked there), before the reset is asked for.
        let mut trusting = app.other_browser("198.51.100.14");
        trusting.log_in(GRACE, PASSWORD).await;
        let trusted = trusting
            .call(
                "verify-login",
                &[("code", &code_now(&app, &key)), ("trust", "1")],
            )
            .await;
        assert_eq!(trusted.status, StatusCode::OK, "{}", trusted.body);
        trusting.call("log-out", &[]).await;
        let mut asking = app.other_browser("198.51.100.13");
        ask_reset(&mut asking, GRACE).await;
        let token = app.link_token(GRACE, RESET).await;
        let page = asking.get(&format!("{RESET}?token={token}")).await;
        assert!(
            page.body.contains(r#"name="code""#),
            "the form asks for a code"
        );

        let none = reset(&mut asking, &token, NEW_PASSWORD, "").await;
        assert_eq!(none.error(), AppError::InvalidCode);
        let wrong = wrong_code(&app, &key);
        for _ in 0..8 {
            let reply = reset(&mut asking, &token, NEW_PASSWORD, wrong).await;
            assert_eq!(reply.error(), AppError::InvalidCode);
        }
        // The tenth wrong code in a row locks the factors, as at login.
        let tenth = reset(&mut asking, &token, NEW_PASSWORD, wrong).await;
        assert_eq!(tenth.error(), too_many(15 * 60));
        let locked = reset(&mut asking, &token, NEW_PASSWORD, &code_now(&app, &key)).await;
        assert_eq!(locked.error(), too_many(15 * 60));
        let old = asking.log_in(GRACE, PASSWORD).await;
        assert_eq!(
            old.location().map(|l| l.starts_with("/login/verify")),
            Some(true)
        );
        asking.call("log-out", &[]).await;

        app.clock.advance(15 * 60 + 1);
        // A backup code will do.
        let done = reset(&mut asking, &token, NEW_PASSWORD, &codes[0]).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        let reply = asking.log_in(GRACE, NEW_PASSWORD).await;
        assert_eq!(
            reply.location().map(|l| l.starts_with("/login/verify")),
            Some(true),
            "two-factor stays on"
        );
        let reply = asking
            .call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        // The trusted browser is asked for a code again.
        let reply = trusting.log_in(GRACE, NEW_PASSWORD).await;
        assert_eq!(
            reply.location().map(|l| l.starts_with("/login/verify")),
            Some(true),
            "the reset ended the trust"
        );
    })
}

#[test]
fn a_change_of_address_happens_only_when_the_new_address_confirms_it() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        const NEW: &str = "ada@example.org";
        let wrong = app
            .call(
                "change-address",
                &[
                    ("new_email", NEW),
                    ("current_password", "not-the-password-1"),
                ],
            )
            .await;
        assert_eq!(
            wrong.error().problem_for(Field::CurrentPassword),
            Some(Problem::Incorrect)
        );
        let same = app
            .call(
                "change-address",
                &[("new_email", EMAIL), ("current_password", PASSWORD)],
            )
            .await;
        assert_eq!(
            same.error().problem_for(Field::Email),
            Some(Problem::SameAddress)
        );
        let asked = app
            .call(
                "change-address",
                &[("new_email", NEW), ("current_password", PASSWORD)],
            )
            .await;
        assert_eq!(asked.location(), Some("/settings"), "{}", asked.body);
        let notice = app.mails_to(EMAIL).await.pop().unwrap();
        assert_eq!(notice.0, "A change of your email address was asked for");
        assert!(notice.1.contains(NEW));
        assert!(
            !notice.1.contains("token="),
            "the link goes to the new address only"
        );
        let token = app.link_token(NEW, CONFIRM).await;
        assert_eq!(account(&mut app).await.unwrap().email, EMAIL, "not yet");

        let page = app.get(&format!("{CONFIRM}?token={token}")).await;
        assert!(
            page.text()
                .contains(&format!("Move your account to the address {NEW}"))
        );
        let moved = app.call("confirm-address", &[("token", &token)]).await;
        assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
        assert_eq!(moved.location(), Some("/login"), "every session ended");
        assert!(account(&mut app).await.is_none());
        assert!(
            app.event_kinds()
                .await
                .contains(&"address-changed".to_owned())
        );
        assert_eq!(
            app.log_in(EMAIL, PASSWORD).await.error(),
            AppError::InvalidCredentials
        );
        assert_eq!(
            app.log_in(NEW, PASSWORD).await.location(),
            Some("/settings")
        );
    })
}

#[test]
fn a_change_to_a_taken_address_is_answered_alike_and_changes_nothing() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up("bob@example.com").await;
        app.call("log-out", &[]).await;
        app.sign_up(EMAIL).await;
        let asked = app
            .call(
                "change-address",
                &[
                    ("new_email", "BOB@example.com"),
                    ("current_password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
        assert_eq!(asked.location(), Some("/settings"));
        let (subject, body) = app.mails_to("bob@example.com").await.pop().unwrap();
        assert_eq!(subject, "Someone tried to use your address");
        assert!(!body.contains("token="), "{body}");
        let links: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM email_links WHERE purpose = 'change-address'")
            .await;
        assert_eq!(links, 0);
        assert_eq!(account(&mut app).await.unwrap().email, EMAIL);
    })
}

#[test]
fn a_change_of_address_with_two_factor_on_asks_for_a_factor() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        app.log_in(GRACE, PASSWORD).await;
        app.call("verify-login", &[("code", &code_now(&app, &key))])
            .await;
        app.clock.advance(30);
        let form = [
            ("new_email", "grace@example.org"),
            ("current_password", PASSWORD),
        ];
        let none = app.call("change-address", &form).await;
        assert_eq!(none.error(), AppError::InvalidCode);
        let code = code_now(&app, &key);
        let mut with_code = form.to_vec();
        with_code.push(("code", &code));
        let asked = app.call("change-address", &with_code).await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
        app.link_token("grace@example.org", CONFIRM).await;
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
