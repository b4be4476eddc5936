//! Trusted browsers through the HTTP layer: "don't ask for a code on this browser" at the code
//! step, the password alone afterwards, the token replaced at every use, one trust per account,
//! and everything that ends it.

use axum::http::StatusCode;
use domain::security::TrustedBrowserInfo;
use server::services::operator::By;

use crate::common::{self, GRACE, PASSWORD, TestApp, code_now, enrolled};

const DAY: i64 = 24 * 60 * 60;

/// Logs in with the password; whether a code was asked for.
async fn asks_for_code(app: &mut TestApp, email: &str) -> bool {
    app.call("log-out", &[]).await;
    let reply = app.log_in(email, PASSWORD).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    match reply.location() {
        Some(location) if location.starts_with("/login/verify") => true,
        Some("/settings") => false,
        other => panic!("unexpected redirect {other:?}"),
    }
}

/// Logs in with the password and the current code of `key` (the clock moved on, so that it is
/// unused), ticking "don't ask for a code on this browser"; returns the trust cookie's
/// `Set-Cookie`.
async fn log_in_trusting(app: &mut TestApp, email: &str, key: &str) -> String {
    app.clock.advance(30);
    assert!(asks_for_code(app, email).await);
    let code = code_now(app, key);
    let reply = app
        .call("verify-login", &[("code", &code), ("trust", "1")])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply
        .set_cookie_named("twofold_trust=")
        .expect("a trust cookie")
        .to_owned()
}

async fn trusted(app: &mut TestApp) -> Vec<TrustedBrowserInfo> {
    let reply = app.call("trusted-browsers", &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json()
}

#[test]
fn a_trusted_browser_signs_in_with_the_password_alone_and_its_token_changes_at_every_use() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        let page = {
            app.clock.advance(30);
            asks_for_code(&mut app, GRACE).await;
            app.get("/login/verify").await.text()
        };
        assert!(page.contains("data-testid=\"trust-browser\""));
        assert!(page.contains("Don't ask for a code on this browser for"));
        let set = log_in_trusting(&mut app, GRACE, &key).await;
        assert!(
            set.contains("Max-Age=2592000") && set.contains("HttpOnly"),
            "{set}"
        );
        assert_eq!(app.event_kinds().await[1], "browser-trusted");
        assert_eq!(app.proven(GRACE).await, ["PasswordAndCode"]);
        let first = app.trust_cookie.clone().unwrap();

        app.call("log-out", &[]).await;
        let reply = app.log_in(GRACE, PASSWORD).await;
        assert_eq!(reply.location(), Some("/settings"), "the password alone");
        assert_eq!(app.event_kinds().await[1], "trusted-browser-used");
        assert_eq!(app.proven(GRACE).await, ["TrustedBrowser"]);
        let second = app.trust_cookie.clone().unwrap();
        assert_ne!(first, second, "a new token");
        // Still a lasting cookie after a use, not one for this browser session only.
        let renewed = reply.set_cookie_named("twofold_trust=").unwrap();
        assert!(renewed.contains("Max-Age=2592000"), "{renewed}");
        let list = trusted(&mut app).await;
        assert_eq!(list.len(), 1);
        assert!(list[0].last_used_at.is_some());

        // A copy of the old cookie elsewhere is not trusted.
        let mut copy = app.other_browser("198.51.100.20");
        copy.trust_cookie = Some(first);
        assert!(asks_for_code(&mut copy, GRACE).await);

        // The trust ends after its days.
        app.clock.advance(30 * DAY);
        assert!(asks_for_code(&mut app, GRACE).await);
    });
}

#[test]
fn each_account_on_one_browser_needs_its_own_trust() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        log_in_trusting(&mut app, GRACE, &key).await;
        // A second account on the same browser.
        app.call("log-out", &[]).await;
        app.sign_up("other@example.com").await;
        let setup: domain::factor::AuthenticatorSetup = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        let mailed = app.mailed_code("other@example.com").await;
        app.call(
            "confirm-two-factor",
            &[
                ("code", &code_now(&app, &setup.manual_key)),
                ("mailed_code", &mailed),
            ],
        )
        .await;
        assert!(asks_for_code(&mut app, "other@example.com").await);
        log_in_trusting(&mut app, "other@example.com", &setup.manual_key).await;
        assert_eq!(
            app.trust_cookie.as_deref().unwrap().matches('.').count(),
            1,
            "two tokens"
        );
        assert!(!asks_for_code(&mut app, "other@example.com").await);
        assert!(!asks_for_code(&mut app, GRACE).await);
    });
}

#[test]
fn any_change_of_sign_in_factors_and_stop_trusting_end_the_trust() {
    common::run(async {
        let (mut app, key, codes) = enrolled(TestApp::new().await).await;
        let changes: [(&str, Vec<(&str, &str)>); 2] = [
            (
                "regenerate-backup-codes",
                vec![("current_password", PASSWORD), ("code", &codes[0])],
            ),
            ("sign-out-other-sessions", vec![]),
        ];
        for (endpoint, form) in changes {
            log_in_trusting(&mut app, GRACE, &key).await;
            let reply = app.call(endpoint, &form).await;
            assert_eq!(reply.status, StatusCode::OK, "{endpoint}: {}", reply.body);
            assert!(trusted(&mut app).await.is_empty(), "{endpoint}");
            assert!(asks_for_code(&mut app, GRACE).await, "{endpoint}");
            app.call("log-out", &[]).await;
        }

        // An administrator's reset: after setting it up again, the old trust is gone.
        log_in_trusting(&mut app, GRACE, &key).await;
        app.operator()
            .reset_two_factor(GRACE, &By::operator("ops"))
            .await
            .unwrap();
        let (key, _) = app.enroll_only_user(GRACE).await;
        assert!(asks_for_code(&mut app, GRACE).await);

        // Stopped from the sessions page.
        log_in_trusting(&mut app, GRACE, &key).await;
        let page = app.get("/settings/sessions").await.text();
        assert!(page.contains("Trusted browsers"), "{page}");
        let id = trusted(&mut app).await[0].id.to_string();
        let reply = app.call("stop-trusting", &[("id", &id)]).await;
        assert_eq!(reply.location(), Some("/settings/sessions"));
        assert_eq!(app.event_kinds().await[0], "browser-untrusted");
        assert!(trusted(&mut app).await.is_empty());
        assert!(asks_for_code(&mut app, GRACE).await);

        // A new password.
        log_in_trusting(&mut app, GRACE, &key).await;
        let new_password = "quartz-harbor-violet-77";
        let reply = app
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(trusted(&mut app).await.is_empty());
        app.call("log-out", &[]).await;
        let reply = app.log_in(GRACE, new_password).await;
        assert!(
            reply.location().unwrap().starts_with("/login/verify"),
            "{:?}",
            reply.location()
        );
    });
}

#[test]
fn with_no_trusted_days_the_option_is_not_offered_and_not_honoured() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.trusted_browser_days = 0;
        let app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        let (mut app, key, _) = enrolled(app).await;
        app.clock.advance(30);
        assert!(asks_for_code(&mut app, GRACE).await);
        assert!(
            !app.get("/login/verify")
                .await
                .text()
                .contains("trust-browser")
        );
        let code = code_now(&app, &key);
        let reply = app
            .call("verify-login", &[("code", &code), ("trust", "1")])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(reply.set_cookie_named("twofold_trust=").is_none());
        assert!(asks_for_code(&mut app, GRACE).await);
    });
}

#[test]
fn a_trust_and_the_policy_hold_on_every_server_sharing_the_database() {
    common::run(async {
        let (mut first, key, _) = enrolled(TestApp::new().await).await;
        log_in_trusting(&mut first, GRACE, &key).await;
        // A second server on the same database (and keys), the same browser.
        let mut second = first.restarted().await;
        assert!(
            !asks_for_code(&mut second, GRACE).await,
            "trusted there too"
        );
        // The token changed on the second server: the first server's copy is spent.
        let mut stale = first.other_browser("203.0.113.7");
        stale.trust_cookie = first.trust_cookie.clone();
        assert_ne!(stale.trust_cookie, second.trust_cookie);
        assert!(asks_for_code(&mut stale, GRACE).await);

        // The policy set through one server applies on the other at its next request.
        second.call("log-out", &[]).await;
        second.sign_up("late@example.com").await;
        first
            .operator()
            .set_policy(
                domain::policy::RequiredOf::Everyone,
                0,
                &server::services::operator::By::operator("ops"),
            )
            .await
            .unwrap();
        let reply = second.get("/settings/sessions").await;
        assert_eq!(reply.location(), Some("/settings"));
    });
}

#[test]
fn a_trust_works_only_in_its_browser_and_a_replaced_token_ends_every_trust() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        log_in_trusting(&mut app, GRACE, &key).await;
        // The trust cookie alone, copied to another browser, is worth nothing there.
        let mut thief = app.other_browser("198.51.100.20");
        thief.trust_cookie.clone_from(&app.trust_cookie);
        assert!(asks_for_code(&mut thief, GRACE).await);
        assert!(
            !asks_for_code(&mut app, GRACE).await,
            "the owner's still works"
        );

        // A copy of the whole browser (both cookies) signs in once, from another network:
        // the owner hears of it.
        let mut copy = app.other_browser("198.51.100.21");
        copy.trust_cookie.clone_from(&app.trust_cookie);
        copy.device_cookie.clone_from(&app.device_cookie);
        assert!(!asks_for_code(&mut copy, GRACE).await);
        assert_eq!(app.event_kinds().await[1], "trusted-browser-new-network");
        let subjects: Vec<String> = app
            .mails_to(GRACE)
            .await
            .into_iter()
            .map(|(subject, _)| subject)
            .collect();
        assert!(
            subjects.contains(&"A trusted browser signed in from a new network".to_owned()),
            "{subjects:?}"
        );
        // The owner's browser then brings the token the copy replaced: every trust ends, and
        // the owner is told.
        assert!(asks_for_code(&mut app, GRACE).await);
        assert!(app.event_kinds().await.contains(&"trust-copied".to_owned()));
        let (subject, body) = app.mails_to(GRACE).await.pop().unwrap();
        assert_eq!(subject, "A copy of a trusted browser's cookie was used");
        assert!(body.contains("change your password"), "{body}");
        assert!(
            asks_for_code(&mut copy, GRACE).await,
            "the copy's trust ended too"
        );
        let left: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM trusted_browsers")
            .await;
        assert_eq!(left, 0);
        // From the same network as last time, a use is logged without a mail.
        log_in_trusting(&mut app, GRACE, &key).await;
        let mails = app.mails_to(GRACE).await.len();
        assert!(!asks_for_code(&mut app, GRACE).await);
        assert_eq!(app.event_kinds().await[1], "trusted-browser-used");
        assert_eq!(app.mails_to(GRACE).await.len(), mails, "no mail");
    });
}
