//! A change of address: it happens only when the new address confirms it, is answered alike
//! for a taken address, and takes a factor while two-factor is on.

use app::error::{AppError, Field, Problem};
use axum::http::StatusCode;

use crate::{
    common::{self, GRACE, PASSWORD, TestApp, code_now, enrolled},
    ownership::{CONFIRM, EMAIL, account},
};

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
