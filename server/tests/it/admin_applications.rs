//! The administrator page's applications through the HTTP layer: only a confirmed
//! administrator registers, replaces a secret or removes; the secret is shown once, never kept
//! readable in the session or the database; every action is in the administrator's log.

use app::{api::admin_apps::ApplicationsOverview, error::AppError};
use axum::http::StatusCode;
use domain::application::{AppRequirement, SigningAlgorithm};

use crate::{administration::with_admin, common::TestApp, common::oidc::core};

const GRAFANA: &[(&str, &str)] = &[
    ("name", " Grafana "),
    (
        "redirect_uris",
        "https://grafana.example.com/login/generic_oauth\r\n\r\nhttp://localhost:3000/cb\r\n",
    ),
    ("post_logout_uris", ""),
    ("require", "two-factor"),
    ("consent", "on"),
    ("signing", "ES256"),
];

async fn overview(admin: &mut TestApp) -> ApplicationsOverview {
    let reply = admin.call("admin-applications", &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json()
}

/// Everything stored in the sessions and applications tables, as text.
async fn stored(app: &TestApp) -> String {
    let mut text: Vec<String> = sqlx::query_scalar("SELECT data FROM sessions")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let hashes: Vec<Option<String>> = sqlx::query_scalar("SELECT secret_hash FROM applications")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    text.extend(hashes.into_iter().flatten());
    text.join(" ")
}

async fn subjects_of(app: &TestApp, kind: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT subject FROM security_events WHERE kind = $1 ORDER BY id")
        .bind(kind)
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

#[test]
fn an_administrator_registers_an_application_and_sees_its_secret_once() {
    crate::common::run(async {
        let (mut admin, mut user, _) = with_admin().await;
        assert_eq!(
            user.call("admin-add-application", GRAFANA).await.error(),
            AppError::Forbidden
        );
        assert_eq!(
            user.call("admin-applications", &[]).await.error(),
            AppError::Forbidden
        );

        let reply = admin.call("admin-add-application", GRAFANA).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let before_shown = stored(&admin).await;
        let first = overview(&mut admin).await;
        let [app] = &first.apps[..] else {
            panic!("one application: {:?}", first.apps)
        };
        assert_eq!(app.name, "Grafana");
        assert_eq!(
            app.redirect_uris,
            [
                "https://grafana.example.com/login/generic_oauth",
                "http://localhost:3000/cb"
            ]
        );
        assert!(!app.public && app.consent);
        assert_eq!(app.require, AppRequirement::TwoFactor);
        assert_eq!(app.signing, SigningAlgorithm::Es256);

        let shown = first.secret.expect("the secret, this once");
        assert_eq!(shown.client_id, app.client_id);
        assert_eq!(shown.name, "Grafana");
        assert!(
            !before_shown.contains(&shown.secret),
            "neither the session nor the table holds the secret readable"
        );
        let applications = core(&admin).await.applications();
        assert!(
            applications
                .authenticate(&app.client_id, &shown.secret)
                .await
                .unwrap()
                .is_some(),
            "the secret shown is the application's"
        );
        assert!(
            overview(&mut admin).await.secret.is_none(),
            "shown once only"
        );
        assert!(
            !stored(&admin).await.contains("secret_to_show"),
            "taken out of the session"
        );
        assert_eq!(subjects_of(&admin, "application-added").await, ["Grafana"]);

        // A public client has no secret to show.
        let mut public = GRAFANA.to_vec();
        public[0] = ("name", "Notebook");
        public.push(("public", "on"));
        assert_eq!(
            admin.call("admin-add-application", &public).await.status,
            StatusCode::OK
        );
        let listed = overview(&mut admin).await;
        assert!(listed.secret.is_none());
        assert_eq!(listed.apps.len(), 2);
        assert!(listed.apps.iter().any(|a| a.name == "Notebook" && a.public));
    });
}

#[test]
fn what_cannot_be_registered_is_refused_and_nothing_is_kept() {
    crate::common::run(async {
        let (mut admin, _user, _) = with_admin().await;
        for (field, value, expected) in [
            (
                "redirect_uris",
                "http://grafana.example.com/cb",
                AppError::ApplicationInvalid,
            ),
            (
                "redirect_uris",
                "https://a.example.com/cb#x",
                AppError::ApplicationInvalid,
            ),
            ("redirect_uris", "\r\n", AppError::ApplicationInvalid),
            ("name", "   ", AppError::ApplicationInvalid),
            (
                "post_logout_uris",
                "javascript:alert(1)",
                AppError::ApplicationInvalid,
            ),
            ("require", "everything", AppError::BadRequest),
            ("signing", "HS256", AppError::BadRequest),
        ] {
            let mut form = GRAFANA.to_vec();
            form.retain(|(name, _)| *name != field);
            form.push((field, value));
            assert_eq!(
                admin.call("admin-add-application", &form).await.error(),
                expected,
                "{field} = {value:?}"
            );
        }
        assert!(overview(&mut admin).await.apps.is_empty());
        assert!(subjects_of(&admin, "application-added").await.is_empty());
    });
}

#[test]
fn a_new_secret_replaces_the_old_and_removal_ends_the_application() {
    crate::common::run(async {
        let (mut admin, _user, _) = with_admin().await;
        admin.call("admin-add-application", GRAFANA).await;
        let first = overview(&mut admin).await;
        let (client_id, old) = (
            first.apps[0].client_id.clone(),
            first.secret.unwrap().secret,
        );

        let reply = admin
            .call("admin-rotate-secret", &[("client_id", &client_id)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let new = overview(&mut admin)
            .await
            .secret
            .expect("the new secret")
            .secret;
        assert_ne!(new, old);
        let applications = core(&admin).await.applications();
        assert!(
            applications
                .authenticate(&client_id, &old)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            applications
                .authenticate(&client_id, &new)
                .await
                .unwrap()
                .is_some()
        );
        assert_eq!(
            subjects_of(&admin, "application-secret-rotated").await,
            ["Grafana"]
        );

        let reply = admin
            .call("admin-remove-application", &[("client_id", &client_id)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(overview(&mut admin).await.apps.is_empty());
        assert!(
            applications
                .authenticate(&client_id, &new)
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            subjects_of(&admin, "application-removed").await,
            ["Grafana"]
        );
        for endpoint in ["admin-remove-application", "admin-rotate-secret"] {
            assert_eq!(
                admin
                    .call(endpoint, &[("client_id", &client_id)])
                    .await
                    .error(),
                AppError::NoSuchApplication
            );
        }
    });
}

#[test]
fn after_ten_minutes_nothing_is_done_without_confirming_again() {
    crate::common::run(async {
        let (mut admin, _user, _) = with_admin().await;
        admin.call("admin-add-application", GRAFANA).await;
        let client_id = overview(&mut admin).await.apps[0].client_id.clone();
        admin
            .set_in_sessions(&["twofold", "checked_at"], server::storage::now() - 11 * 60)
            .await;
        for (endpoint, form) in [
            ("admin-add-application", GRAFANA.to_vec()),
            (
                "admin-rotate-secret",
                vec![("client_id", client_id.as_str())],
            ),
            (
                "admin-remove-application",
                vec![("client_id", client_id.as_str())],
            ),
            ("admin-applications", vec![]),
        ] {
            assert_eq!(
                admin.call(endpoint, &form).await.error(),
                AppError::ConfirmationRequired,
                "{endpoint}"
            );
        }
        let page = admin.get("/admin").await.text();
        assert!(!page.contains(&client_id), "no application on the page");
        let count: i64 = admin.scalar("SELECT COUNT(*) AS v FROM applications").await;
        assert_eq!(count, 1);
    });
}
