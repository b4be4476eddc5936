//! The password reset through a mailed link: the same answer for any address, limits per
//! address asked for, the link spent once and ended by a newer one, a sign-in or a change of
//! the password, and the second factor it still asks for.

use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;

use crate::{
    common::{
        self, GRACE, KEY_ORIGIN, PASSWORD, TestApp, code_now, enrolled, soft_key::SoftKey,
        too_many, wrong_code,
    },
    key_flows,
    ownership::{EMAIL, NEW_PASSWORD, RESET, account, ask_reset, newer_reset_token, reset},
};

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
fn a_password_reset_takes_the_key_as_the_factor() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, _) = key_flows::with_key(&mut key).await;
        app.call("log-out", &[]).await;
        app.call("request-reset", &[("email", key_flows::EMAIL)])
            .await;
        let token = app.link_token(key_flows::EMAIL, "/reset-password").await;
        let form: domain::ownership::ResetForm =
            app.call("reset-form", &[("token", &token)]).await.json();
        let factors = form.factors.expect("two-factor is on");
        assert!(
            factors.factors.has(domain::factor::FactorKind::Key)
                && !factors
                    .factors
                    .has(domain::factor::FactorKind::Authenticator)
        );

        // A key answer to another check is refused; the reset's own check is taken.
        let started = app.call("start-reset-key", &[("token", &token)]).await;
        assert_eq!(started.status, StatusCode::OK, "{}", started.body);
        let stale = key.get(&started.json::<String>()).await;
        app.call("start-reset-key", &[("token", &token)]).await;
        let form = [
            ("token", token.as_str()),
            ("new_password", "quartz-harbor-violet-90"),
        ];
        let mut with_stale = form.to_vec();
        with_stale.push(("key_response", &stale));
        assert_eq!(
            app.call("reset-password", &with_stale).await.error(),
            AppError::KeyRefused
        );
        let started = app.call("start-reset-key", &[("token", &token)]).await;
        let answer = key.get(&started.json::<String>()).await;
        let mut with_key = form.to_vec();
        with_key.push(("key_response", &answer));
        let done = app.call("reset-password", &with_key).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        let reply = app
            .log_in(key_flows::EMAIL, "quartz-harbor-violet-90")
            .await;
        assert!(
            reply
                .location()
                .is_some_and(|l| l.starts_with("/login/verify")),
            "{:?}",
            reply.location()
        );
        let bogus = app.call("start-reset-key", &[("token", &token)]).await;
        assert_eq!(bogus.error(), AppError::LinkExpired);
    })
}
