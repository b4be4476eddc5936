//! Account safety against a careful attacker: a link mailed to an address the account has
//! left, an owner kept out of new browsers, device exemptions that outlive the credentials
//! they were earned with, resets asked for by strangers, sign-ups that tell who has an
//! account, an administrator's role after a reset. (What strangers can spend: `exhaustion`.)

use app::error::AppError;
use axum::http::StatusCode;

use crate::common::{PASSWORD, TestApp, too_many};

const OLD: &str = "ada@example.com";
const NEW: &str = "ada@example.org";
const RESET: &str = "/reset-password";
const CONFIRM: &str = "/confirm-address";
const NEW_PASSWORD: &str = "quartz-harbor-violet-77";
const WRONG: &str = "not-the-password-at-all";

/// Whether the browser is signed in (to any account).
pub(crate) async fn signed_in(app: &mut TestApp) -> bool {
    app.call("account", &[])
        .await
        .json::<Option<domain::account::AccountView>>()
        .is_some()
}

/// Moves the account of `app` (signed in to [`OLD`]) to [`NEW`] through the mailed link.
async fn move_to_new_address(app: &mut TestApp) {
    let asked = app
        .call(
            "change-address",
            &[("new_email", NEW), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    let token = app.link_token(NEW, CONFIRM).await;
    let moved = app.call("confirm-address", &[("token", &token)]).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
}

#[test]
fn a_reset_link_mailed_to_the_old_address_dies_when_the_account_moves() {
    crate::common::run(async {
        let mut owner = TestApp::new().await;
        owner.sign_up(OLD).await;
        // Whoever still reads the old mailbox asks for a reset link before the move.
        let mut old_mailbox = owner.other_browser("198.51.100.30");
        old_mailbox.call("request-reset", &[("email", OLD)]).await;
        let token = owner.link_token(OLD, RESET).await;
        let mut elsewhere = owner.other_browser("198.51.100.31");
        assert_eq!(
            elsewhere.log_in(OLD, PASSWORD).await.location(),
            Some("/settings")
        );

        move_to_new_address(&mut owner).await;

        let form = old_mailbox.get(&format!("{RESET}?token={token}")).await;
        assert!(
            !form.body.contains(NEW),
            "the form does not show the new address"
        );
        let taken = old_mailbox
            .call(
                "reset-password",
                &[
                    ("token", &token),
                    ("new_password", "quartz-harbor-violet-77"),
                ],
            )
            .await;
        assert_eq!(taken.error(), AppError::LinkExpired);
        assert_eq!(
            old_mailbox
                .log_in(NEW, "quartz-harbor-violet-77")
                .await
                .error(),
            AppError::InvalidCredentials
        );
        // Every session of the old address ended, the moving browser's too; the new address
        // signs in with the password.
        assert!(
            !signed_in(&mut elsewhere).await,
            "other browsers are signed out"
        );
        assert!(
            !signed_in(&mut owner).await,
            "the moving browser is signed out"
        );
        assert_eq!(
            owner.log_in(NEW, PASSWORD).await.location(),
            Some("/settings")
        );
        // Both addresses hear of the move.
        let changed = "Your account has a new email address";
        for address in [OLD, NEW] {
            let mails = owner.mails_to(address).await;
            assert!(
                mails
                    .iter()
                    .any(|(subject, body)| subject == changed && body.contains(NEW)),
                "{address}: {mails:?}"
            );
        }
    })
}

/// Wrong passwords for [`OLD`] from `guesser` until its network waits (the 5th in a row).
async fn slow_down_network(guesser: &mut TestApp) {
    for _ in 0..5 {
        let reply = guesser.log_in(OLD, WRONG).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{}", reply.body);
    }
    assert_eq!(guesser.log_in(OLD, PASSWORD).await.error(), too_many(1));
}

#[test]
fn a_browsers_exemption_ends_with_the_credentials_it_was_earned_with() {
    crate::common::run(async {
        let mut owner = TestApp::new().await;
        owner.sign_up(OLD).await;
        owner.call("log-out", &[]).await;
        // Someone behind the owner's own address guesses until that network waits; the
        // browser that signed in before is not slowed down by it.
        let mut guesser = owner.other_browser("203.0.113.7");
        slow_down_network(&mut guesser).await;
        assert_eq!(
            owner.log_in(OLD, PASSWORD).await.location(),
            Some("/settings")
        );
        let changed = owner.change_password(PASSWORD, NEW_PASSWORD).await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
        owner.call("log-out", &[]).await;
        // The exemption was earned under the old password: the browser is unknown now, until
        // its next completed sign-in.
        assert_eq!(owner.log_in(OLD, NEW_PASSWORD).await.error(), too_many(1));
        owner.clock.advance(1);
        assert_eq!(
            owner.log_in(OLD, NEW_PASSWORD).await.location(),
            Some("/settings")
        );
        owner.call("log-out", &[]).await;
        slow_down_network(&mut guesser).await;
        assert_eq!(
            owner.log_in(OLD, NEW_PASSWORD).await.location(),
            Some("/settings"),
            "known again"
        );
    })
}

#[test]
fn a_password_reset_clears_the_accounts_delays() {
    crate::common::run(async {
        let mut owner = TestApp::new().await;
        owner.sign_up(OLD).await;
        owner.call("log-out", &[]).await;
        // The owner's new browser shares the network of someone who keeps it waiting.
        let mut guesser = owner.other_browser("198.51.100.50");
        slow_down_network(&mut guesser).await;
        let mut new_browser = owner.other_browser("198.51.100.50");
        new_browser.call("request-reset", &[("email", OLD)]).await;
        let token = owner.link_token(OLD, RESET).await;
        let done = new_browser
            .call(
                "reset-password",
                &[("token", &token), ("new_password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert_eq!(
            new_browser.log_in(OLD, NEW_PASSWORD).await.location(),
            Some("/settings")
        );
    })
}

#[test]
fn strangers_asking_for_resets_neither_spend_the_owners_requests_nor_flood_the_mailbox() {
    crate::common::run(async {
        let mut owner = TestApp::new().await;
        owner.sign_up(OLD).await;
        owner.call("log-out", &[]).await;
        let mut stranger = owner.other_browser("198.51.100.60");
        // The first link, then its one replacement (each mailed in the background).
        stranger.call("request-reset", &[("email", OLD)]).await;
        let first = owner.link_token(OLD, RESET).await;
        stranger.call("request-reset", &[("email", OLD)]).await;
        let token = newer_token(&owner, &first).await;
        for _ in 0..3 {
            let reply = stranger.call("request-reset", &[("email", OLD)]).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        }
        let sixth = stranger.call("request-reset", &[("email", OLD)]).await;
        assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS);
        for n in 0..5 {
            let mut other = owner.other_browser(&format!("192.0.2.{}", 100 + n));
            let reply = other.call("request-reset", &[("email", OLD)]).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        }
        // The owner's own request is answered as ever…
        let mine = owner.call("request-reset", &[("email", OLD)]).await;
        assert_eq!(mine.status, StatusCode::OK, "{}", mine.body);
        // …and the mailbox got the first link and one replacement, not one per request.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let resets = owner
            .mails_to(OLD)
            .await
            .into_iter()
            .filter(|(_, body)| body.contains("/reset-password?token="))
            .count();
        assert_eq!(resets, 2);
        // The newest mailed link works.
        let done = owner
            .call(
                "reset-password",
                &[("token", &token), ("new_password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        // After the link's hour a new one can be asked for again.
        owner.clock.advance(3601);
        owner.call("request-reset", &[("email", OLD)]).await;
        newer_token(&owner, &token).await;
    })
}

/// The token of a reset link mailed after the one of `before` (made in the background).
async fn newer_token(app: &TestApp, before: &str) -> String {
    for _ in 0..200 {
        let token = app.link_token(OLD, RESET).await;
        if token != before {
            return token;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("no newer reset link");
}

#[test]
fn a_two_factor_reset_takes_the_administrator_role_away() {
    crate::common::run(async {
        use server::services::operator::By;
        let (app, _, _) = crate::common::enrolled(TestApp::new().await).await;
        let admin = app.operator();
        let operator = By::operator("ops");
        admin
            .set_administrator(crate::common::GRACE, true, &operator)
            .await
            .unwrap();
        let role = "SELECT COUNT(*) AS v FROM users WHERE role IS NOT NULL";
        assert_eq!(app.scalar::<i64>(role).await, 1);
        admin
            .reset_two_factor(crate::common::GRACE, &operator)
            .await
            .unwrap();
        // Whoever sets up the next factor is not an administrator by it.
        assert_eq!(app.scalar::<i64>(role).await, 0);
        assert!(
            app.event_kinds()
                .await
                .contains(&"administrator-revoked".to_owned())
        );
    })
}

#[test]
fn a_sign_up_and_a_login_do_not_tell_whether_an_address_was_free() {
    crate::common::run(async {
        let mut owner = TestApp::new().await;
        owner.sign_up(OLD).await;
        owner.call("log-out", &[]).await;
        // A prober signs up with a taken and a free address, then logs in with its password.
        let mut prober = owner.other_browser("198.51.100.90");
        let mut answers = Vec::new();
        for address in [OLD, "free@example.org"] {
            let signed_up = prober
                .call("sign-up", &[("email", address), ("password", NEW_PASSWORD)])
                .await;
            let logged_in = prober.log_in(address, NEW_PASSWORD).await;
            answers.push((
                signed_up.status,
                signed_up.body,
                logged_in.status,
                logged_in.body,
            ));
        }
        assert_eq!(answers[0], answers[1]);
        assert_eq!(answers[1].2, StatusCode::UNAUTHORIZED);
        assert!(!signed_in(&mut prober).await, "nor an account to use");
    })
}
