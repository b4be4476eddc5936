//! The deployment's two-factor policy, through the HTTP layer on the controllable clock: the
//! grace period and its banner, the cut-over to "set-up only", a shortened period, the refused
//! disable, and the administrator role it can be limited to.

use app::error::AppError;
use axum::http::StatusCode;
use domain::{
    UserId,
    error::FactorError,
    factor::{AuthenticatorSetup, BackupCodes},
    keys::KeyChallenge,
    policy::{RequiredOf, Requirement},
    ports::Keys,
    proof::Proof,
};
use server::services::operator::By;
use server::{clock::Clock, services::operator::OperatorError};

use crate::common::{
    self, KEY_ORIGIN, PASSWORD, TestApp, asker, code_at, code_now, soft_key::SoftKey,
};

const EMAIL: &str = "rosa@example.com";
const DAY: i64 = 24 * 60 * 60;

async fn requirement(app: &mut TestApp) -> Requirement {
    let reply = app.call("requirement", &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json()
}

async fn set_policy(app: &TestApp, of: RequiredOf, days: i64) {
    app.operator()
        .set_policy(of, days, &By::operator("ops-alice"))
        .await
        .unwrap();
}

/// Sets the authenticator app up over HTTP (as the set-up dialog does); returns its key and
/// the backup codes.
async fn set_up(app: &mut TestApp) -> (String, Vec<String>) {
    let reply = app
        .call("start-two-factor", &[("current_password", PASSWORD)])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let setup: AuthenticatorSetup = reply.json();
    let code = code_at(&setup.manual_key, app.clock.now() - 30);
    let mailed = app.mailed_code(EMAIL).await;
    let reply = app
        .call(
            "confirm-two-factor",
            &[("code", &code), ("mailed_code", &mailed)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let codes: BackupCodes = reply.json();
    (setup.manual_key, codes.codes)
}

#[test]
fn during_the_grace_period_every_page_counts_the_days_then_only_the_set_up_is_open() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        assert_eq!(requirement(&mut app).await, Requirement::Optional);
        assert!(
            !app.get("/settings")
                .await
                .text()
                .contains("will be required")
        );

        app.clock.advance(DAY);
        set_policy(&app, RequiredOf::Everyone, 7).await;
        assert_eq!(
            requirement(&mut app).await,
            Requirement::Grace { days_left: 7 }
        );
        for page in ["/settings", "/settings/sessions", "/settings/security-log"] {
            let reply = app.get(page).await;
            assert_eq!(reply.status, StatusCode::OK, "{page}");
            assert!(
                reply.text().contains(
                    "Two-factor authentication will be required for your account in 7 days."
                ),
                "{page}: {}",
                reply.text()
            );
        }
        app.clock.advance(6 * DAY + 1);
        assert!(
            app.get("/settings/sessions")
                .await
                .text()
                .contains("in 1 day.")
        );

        // The grace period is over: the settings show only the set-up, every other page sends
        // the account there, and other server functions are refused.
        app.clock.advance(DAY - 1);
        assert_eq!(requirement(&mut app).await, Requirement::SetUpNow);
        for page in [
            "/settings/sessions",
            "/settings/security-log",
            "/",
            "/login",
        ] {
            let reply = app.get(page).await;
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{page}");
            assert_eq!(reply.location(), Some("/settings"), "{page}");
        }
        let settings = app.get("/settings").await.text();
        assert!(settings.contains("Two-factor authentication is required for your account."));
        assert!(!settings.contains("Change password"), "{settings}");
        assert!(!settings.contains("Where you are signed in"));
        let reply = app
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "another long passphrase"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert_eq!(reply.error(), AppError::TwoFactorRequired);
        assert_eq!(
            app.call("sessions", &[]).await.error(),
            AppError::TwoFactorRequired
        );
        // The language and signing out stay open.
        let reply = app.call("set-language", &[("language", "de-DE")]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);

        // Once a factor is confirmed, everything is open again; it is kept.
        let (key, codes) = set_up(&mut app).await;
        assert_eq!(requirement(&mut app).await, Requirement::Kept);
        assert_eq!(app.get("/settings/sessions").await.status, StatusCode::OK);
        let settings = app.get("/settings").await.text();
        assert!(!settings.contains("data-testid=\"policy-banner\""));
        assert!(settings.contains("data-testid=\"two-factor-required\""));

        // It cannot be turned off (nor its only factor removed), and the factor given for it
        // is not spent.
        let reply = app
            .call(
                "remove-authenticator",
                &[("current_password", PASSWORD), ("code", &codes[0])],
            )
            .await;
        assert_eq!(reply.error(), AppError::TwoFactorRequired);
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("code", &codes[0])],
            )
            .await;
        assert_eq!(reply.error(), AppError::TwoFactorRequired);
        let left: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM backup_codes WHERE used_at IS NULL")
            .await;
        assert_eq!(left, 10);

        // Once nothing is required, it can.
        set_policy(&app, RequiredOf::Nobody, 0).await;
        let reply = app
            .call(
                "disable-two-factor",
                &[
                    ("current_password", PASSWORD),
                    ("code", &code_now(&app, &key)),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}

#[test]
fn the_grace_period_counts_from_the_later_of_policy_and_account_and_a_change_applies_to_all() {
    common::run(async {
        let mut early = TestApp::new().await;
        early.sign_up(EMAIL).await;
        set_policy(&early, RequiredOf::Everyone, 14).await;
        let start = early.clock.now();

        early.clock.advance(10 * DAY);
        let mut late = early.other_browser("198.51.100.9");
        late.sign_up("later@example.com").await;
        assert_eq!(
            requirement(&mut early).await,
            Requirement::Grace { days_left: 4 }
        );
        assert_eq!(
            requirement(&mut late).await,
            Requirement::Grace { days_left: 14 }
        );

        // Shortened: those who had more days have fewer at once, counted from the same start.
        set_policy(&early, RequiredOf::Everyone, 3).await;
        assert_eq!(early.operator().policy().await.unwrap().since, start);
        assert_eq!(requirement(&mut early).await, Requirement::SetUpNow);
        assert_eq!(
            requirement(&mut late).await,
            Requirement::Grace { days_left: 3 }
        );

        // Required again after a pause: a new start.
        set_policy(&early, RequiredOf::Nobody, 0).await;
        assert_eq!(requirement(&mut early).await, Requirement::Optional);
        set_policy(&early, RequiredOf::Everyone, 3).await;
        assert_eq!(
            early.operator().policy().await.unwrap().since,
            early.clock.now()
        );
        assert_eq!(
            requirement(&mut early).await,
            Requirement::Grace { days_left: 3 }
        );
    });
}

#[test]
fn a_policy_for_administrators_binds_only_them_and_only_an_account_with_two_factor_is_one() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        assert!(matches!(
            app.operator()
                .set_administrator(EMAIL, true, &By::operator("ops-alice"))
                .await,
            Err(OperatorError::NoTwoFactor(_))
        ));
        let mut user = app.other_browser("198.51.100.9");
        user.sign_up("user@example.com").await;
        set_up(&mut app).await;
        app.operator()
            .set_administrator(EMAIL, true, &By::operator("ops-alice"))
            .await
            .unwrap();
        assert_eq!(app.event_kinds().await[0], "administrator-granted");
        let users = app.operator().users().await.unwrap();
        assert!(users[0].administrator && !users[1].administrator);

        set_policy(&app, RequiredOf::Administrators, 0).await;
        assert_eq!(requirement(&mut app).await, Requirement::Kept);
        assert_eq!(requirement(&mut user).await, Requirement::Optional);
        assert_eq!(user.get("/settings/sessions").await.status, StatusCode::OK);

        app.operator()
            .set_administrator(EMAIL, false, &By::operator("ops-alice"))
            .await
            .unwrap();
        assert_eq!(app.event_kinds().await[0], "administrator-revoked");
        assert_eq!(requirement(&mut app).await, Requirement::Optional);
    });
}

#[test]
fn the_last_key_cannot_be_removed_while_two_factor_is_required_but_it_can_be_replaced() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let user = UserId(app.scalar("SELECT id AS v FROM users").await);
        let mut old = SoftKey::new(KEY_ORIGIN);
        let mut new = SoftKey::new(KEY_ORIGIN);
        let add = async |app: &TestApp, key: &mut SoftKey, proof: &Proof| {
            let KeyChallenge { ceremony, options } = app
                .factors
                .start_add(asker(user), PASSWORD, proof)
                .await
                .unwrap();
            let answer = key.create(&options).await;
            let mailed = match proof {
                Proof::Unreadable => app.mailed_code(EMAIL).await,
                _ => String::new(),
            };
            app.factors
                .finish_add(asker(user), &ceremony, &answer, "key", &mailed)
                .await
                .unwrap()
                .made
        };
        let codes = add(&app, &mut old, &Proof::Unreadable)
            .await
            .backup_codes
            .unwrap()
            .codes;
        set_policy(&app, RequiredOf::Everyone, 0).await;
        let old_id = app.factors.keys(user).await.unwrap()[0].id;
        let removed = app
            .factors
            .remove(asker(user), PASSWORD, old_id, &Proof::code(&codes[0]))
            .await;
        assert_eq!(
            removed.map(|changed| changed.made),
            Err(FactorError::Required)
        );
        assert_eq!(app.factors.keys(user).await.unwrap().len(), 1);

        // Add the new one, then remove the old.
        add(&app, &mut new, &Proof::code(&codes[0])).await;
        let still_on = app
            .factors
            .remove(asker(user), PASSWORD, old_id, &Proof::code(&codes[1]))
            .await
            .unwrap()
            .made;
        assert!(still_on);
        assert_eq!(
            app.guard.policy.requirement(user).await,
            Ok(Requirement::Kept)
        );
    });
}
