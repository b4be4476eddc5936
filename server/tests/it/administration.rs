//! The administrator page's server functions through the HTTP layer: only administrators,
//! the search, the password and factor asked again after 10 minutes, and each action written
//! to both security logs and mailed.

use app::error::AppError;
use axum::http::StatusCode;
use domain::{admin::AdminUser, policy::RequiredOf};
use server::services::operator::By;

use crate::common::{self, GRACE, PASSWORD, TestApp, code_now, enrolled};

const USER: &str = "user_1@example.com";

/// An app whose administrator [`GRACE`] signed in with a code just now, and a user [`USER`]
/// signed in on another browser; returns both and the administrator's authenticator key.
pub async fn with_admin() -> (TestApp, TestApp, String) {
    let (mut admin, key, _) = enrolled(TestApp::new().await).await;
    admin
        .operator()
        .set_administrator(GRACE, true, &By::operator("ops"))
        .await
        .unwrap();
    let mut user = admin.other_browser("198.51.100.30");
    user.sign_up(USER).await;
    admin.clock.advance(30);
    admin.log_in(GRACE, PASSWORD).await;
    let reply = admin
        .call("verify-login", &[("code", &code_now(&admin, &key))])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    (admin, user, key)
}

async fn actor_of(app: &TestApp, kind: &str) -> String {
    app.scalar(&format!(
        "SELECT actor AS v FROM security_events WHERE kind = '{kind}'"
    ))
    .await
}

#[test]
fn only_administrators_find_accounts_and_the_search_matches_the_address_literally() {
    common::run(async {
        let (mut admin, mut user, _) = with_admin().await;
        let reply = user.call("admin-users", &[("query", "")]).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert_eq!(
            user.call("admin-act", &[("email", GRACE), ("action", "unlock")])
                .await
                .error(),
            AppError::Forbidden
        );

        let found: Vec<AdminUser> = admin
            .call("admin-users", &[("query", " USER_1 ")])
            .await
            .json();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].email, USER);
        assert!(found[0].two_factor_since.is_none() && !found[0].locked);
        assert!(
            found[0].last_sign_in.is_some(),
            "signed in after confirming the address"
        );
        let all: Vec<AdminUser> = admin.call("admin-users", &[("query", "")]).await.json();
        assert_eq!(all.len(), 2);
        assert!(
            all[0].administrator
                && all[0]
                    .factors
                    .has(domain::factor::FactorKind::Authenticator)
                && all[0].last_sign_in.is_some()
        );
        // `_` and `%` are characters of the address, not patterns.
        let none: Vec<AdminUser> = admin.call("admin-users", &[("query", "%r_1")]).await.json();
        assert!(none.is_empty());

        // The role goes with two-factor: an administrator without it is refused.
        admin
            .operator()
            .reset_two_factor(GRACE, &By::operator("ops"))
            .await
            .unwrap();
        admin.log_in(GRACE, PASSWORD).await;
        assert_eq!(
            admin.call("admin-users", &[("query", "")]).await.error(),
            AppError::Forbidden
        );
    });
}

#[test]
fn after_ten_minutes_the_password_and_a_factor_are_asked_again() {
    common::run(async {
        let (mut admin, _user, key) = with_admin().await;
        let state: app::api::admin::AdminOverview = admin.call("admin-state", &[]).await.json();
        assert!(state.confirmed, "the sign-in with a code counts");

        let eleven_minutes_ago = server::storage::now() - 11 * 60;
        admin
            .set_in_sessions(&["twofold", "checked_at"], eleven_minutes_ago)
            .await;
        let state: app::api::admin::AdminOverview = admin.call("admin-state", &[]).await.json();
        assert!(!state.confirmed);
        let reply = admin
            .call("admin-act", &[("email", USER), ("action", "unlock")])
            .await;
        assert_eq!(reply.error(), AppError::ConfirmationRequired);
        // Nor are accounts listed (who has which factors, who is locked) before it.
        let reply = admin.call("admin-users", &[("query", "")]).await;
        assert_eq!(reply.error(), AppError::ConfirmationRequired);
        let page = admin.get("/admin").await.text();
        assert!(!page.contains(USER), "no account on the page");
        assert!(
            !admin
                .event_kinds()
                .await
                .iter()
                .any(|k| k == "admin-unlocked")
        );

        let wrong = admin
            .call(
                "admin-confirm",
                &[
                    ("current_password", "not-the-password-1"),
                    ("code", "123456"),
                ],
            )
            .await;
        assert_ne!(wrong.status, StatusCode::OK);
        admin.clock.advance(30);
        let reply = admin
            .call(
                "admin-confirm",
                &[
                    ("current_password", PASSWORD),
                    ("code", &code_now(&admin, &key)),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/admin"));
        let reply = admin
            .call("admin-act", &[("email", USER), ("action", "unlock")])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}

#[test]
fn each_action_is_in_both_logs_with_the_administrators_address_and_mailed() {
    common::run(async {
        let (mut admin, mut user, _) = with_admin().await;
        user.enroll_only_user(USER).await;
        let mailed = |app: &TestApp| {
            let app = app.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "SELECT COUNT(*) FROM mail_outbox WHERE recipient = $1",
                )
                .bind(USER)
                .fetch_one(&app)
                .await
                .unwrap()
            }
        };
        let before = mailed(&admin).await;

        for (action, target_kind, own_kind) in [
            ("unlock", "admin-unlocked", "administered-unlock"),
            (
                "sign-out-everywhere",
                "admin-signed-out",
                "administered-sign-out",
            ),
            ("reset-two-factor", "admin-reset", "administered-reset"),
        ] {
            let reply = admin
                .call(
                    "admin-act",
                    &[("email", " User_1@Example.com "), ("action", action)],
                )
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{action}: {}", reply.body);
            assert_eq!(reply.location(), Some("/admin?q=User_1%40Example.com"));
            assert_eq!(
                actor_of(&admin, target_kind).await,
                format!("administrator:{GRACE}"),
                "{action}"
            );
            let subject: String = admin
                .scalar(&format!(
                    "SELECT subject AS v FROM security_events WHERE kind = '{own_kind}'"
                ))
                .await;
            assert_eq!(subject, USER, "{action}");
        }
        assert_eq!(mailed(&admin).await, before + 3, "one mail per action");
        let account: Option<domain::account::AccountView> = user.call("account", &[]).await.json();
        assert!(account.is_none(), "signed out everywhere");
        let user_log = user.log_in(USER, PASSWORD).await;
        assert_eq!(user_log.location(), Some("/settings"), "two-factor is off");
        let page = user.get("/settings/security-log").await.text();
        assert!(
            page.contains(&format!("By the administrator {GRACE}")),
            "{page}"
        );

        let reply = admin
            .call(
                "admin-act",
                &[("email", "nobody@example.com"), ("action", "unlock")],
            )
            .await;
        assert_eq!(reply.error(), AppError::NoSuchAccount);
        let reply = admin
            .call("admin-act", &[("email", USER), ("action", "delete")])
            .await;
        assert_eq!(reply.error(), AppError::BadRequest);
    });
}

#[test]
fn the_policy_is_set_from_the_administrator_page() {
    common::run(async {
        let (mut admin, _user, _) = with_admin().await;
        let reply = admin
            .call(
                "admin-policy",
                &[("required_of", "everyone"), ("grace_days", "14")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let state: app::api::admin::AdminOverview = admin.call("admin-state", &[]).await.json();
        assert_eq!(state.policy.required_of, RequiredOf::Everyone);
        assert_eq!(state.policy.grace_days, 14);
        assert_eq!(admin.event_kinds().await[0], "policy-changed");
        for wrong in [("all", "3"), ("everyone", "-1"), ("everyone", "366")] {
            let reply = admin
                .call(
                    "admin-policy",
                    &[("required_of", wrong.0), ("grace_days", wrong.1)],
                )
                .await;
            assert_eq!(reply.error(), AppError::BadRequest, "{wrong:?}");
        }
    });
}

#[test]
fn the_administrator_page_lists_accounts_and_asks_to_confirm_before_acting() {
    common::run(async {
        let (mut admin, mut user, _) = with_admin().await;
        let page = admin.get("/admin?q=user").await.text();
        assert!(page.contains("href=\"/admin\""), "the header links to it");
        assert!(page.contains(USER), "{page}");
        assert!(
            !page.contains(&format!(">{GRACE}<")),
            "only the accounts found"
        );
        assert!(
            page.contains("data-testid=\"unlock\""),
            "actions once confirmed"
        );
        assert!(!page.contains("admin-confirm-heading"));

        admin
            .set_in_sessions(&["twofold", "checked_at"], server::storage::now() - 11 * 60)
            .await;
        let page = admin.get("/admin").await.text();
        assert!(page.contains("Confirm it's you"), "{page}");
        assert!(!page.contains("data-testid=\"unlock\""));

        let page = user.get("/admin").await.text();
        assert!(!page.contains(GRACE) && !page.contains("data-testid=\"admin-accounts\""));
        assert!(!page.contains("href=\"/admin\""));
    });
}
