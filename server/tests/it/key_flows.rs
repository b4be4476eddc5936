//! Security keys and passkeys through the HTTP layer, as the pages use them: adding a key on
//! the settings page (its first factor turns two-factor on, with backup codes), the login's
//! second step with the key, signing in with a passkey and no password, and removing keys or
//! turning two-factor off with a key as the factor.

use app::error::AppError;
use axum::http::StatusCode;
use domain::{account::AccountView, keys::KeyAdded};

use crate::common::{self, KEY_ORIGIN, PASSWORD, TestApp, code_at, soft_key::SoftKey};

pub(crate) const EMAIL: &str = "noor@example.com";

/// Adds `key` from the settings page: the password (and `factor`, form fields of a factor,
/// while two-factor is on), the browser's ceremony, a name (and, for the first factor, the
/// code mailed to the account).
async fn add_key(app: &mut TestApp, key: &mut SoftKey, factor: &[(&str, &str)]) -> KeyAdded {
    let mut form = vec![("current_password", PASSWORD)];
    form.extend_from_slice(factor);
    let started = app.call("start-add-key", &form).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let options: String = started.json();
    let answer = key.create(&options).await;
    let mailed = if factor.is_empty() {
        app.mailed_code(EMAIL).await
    } else {
        String::new()
    };
    let finished = app
        .call(
            "finish-add-key",
            &[
                ("key_response", &answer),
                ("name", "YubiKey 5"),
                ("mailed_code", &mailed),
            ],
        )
        .await;
    assert_eq!(finished.status, StatusCode::OK, "{}", finished.body);
    finished.json()
}

/// The key's answer to a check the server starts at `endpoint`.
pub(crate) async fn key_answer(app: &mut TestApp, endpoint: &str, key: &mut SoftKey) -> String {
    let started = app.call(endpoint, &[]).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    key.get(&started.json::<String>()).await
}

pub(crate) async fn account(app: &mut TestApp) -> Option<AccountView> {
    app.call("account", &[]).await.json()
}

/// Adds an authenticator app to an account whose factor is `key` (its answer is the factor the
/// set-up asks for), confirmed with the code of the previous time step; returns the app's key
/// and what the confirmation answered.
async fn add_authenticator(
    app: &mut TestApp,
    key: &mut SoftKey,
) -> (String, domain::factor::BackupCodes) {
    let answer = key_answer(app, "start-key-check", key).await;
    let setup = app
        .call(
            "start-two-factor",
            &[("current_password", PASSWORD), ("key_response", &answer)],
        )
        .await;
    assert_eq!(setup.status, StatusCode::OK, "{}", setup.body);
    let manual_key: String = setup
        .json::<domain::factor::AuthenticatorSetup>()
        .manual_key;
    let confirmed = app
        .call(
            "confirm-two-factor",
            &[("code", &code_at(&manual_key, server::storage::now() - 30))],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    (manual_key, confirmed.json())
}

/// A signed-in app whose account has `key` as its only factor; returns its backup codes.
pub(crate) async fn with_key(key: &mut SoftKey) -> (TestApp, Vec<String>) {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    let added = add_key(&mut app, key, &[]).await;
    let codes = added
        .backup_codes
        .expect("backup codes with the first factor");
    (app, codes.codes)
}

#[test]
fn a_key_turns_two_factor_on_and_is_the_second_step_of_the_login() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, codes) = with_key(&mut key).await;
        assert_eq!(codes.len(), 10);
        let view = account(&mut app).await.expect("still signed in");
        assert!(view.two_factor.is_on());
        assert!(
            !view
                .two_factor
                .factors
                .has(domain::factor::FactorKind::Authenticator)
        );
        assert_eq!(view.two_factor.backup_codes_left, 10);
        assert_eq!(view.keys.len(), 1);
        assert_eq!(view.keys[0].name, "YubiKey 5");
        // The confirmation names the key, not an app the account does not have.
        let page = app.get("/settings").await.text();
        assert!(page.contains("logging in asks for your security key or passkey"));
        assert!(!page.contains("logging in asks for a code from your app"));

        app.call("log-out", &[]).await;
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.location(), Some("/login/verify?next=/settings"));
        let factors: domain::login::LoginFactors = app.call("login-factors", &[]).await.json();
        assert!(
            factors.factors.has(domain::factor::FactorKind::Key)
                && !factors
                    .factors
                    .has(domain::factor::FactorKind::Authenticator),
            "{factors:?}"
        );
        let answer = key_answer(&mut app, "start-login-key", &mut key).await;
        let reply = app
            .call(
                "verify-login",
                &[("key_response", &answer), ("next", "/settings")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        let view = account(&mut app).await.expect("signed in with the key");
        assert!(view.keys[0].last_used_at.is_some());
        assert_eq!(app.event_kinds().await[0], "login-succeeded");
        assert_eq!(app.proven(EMAIL).await, ["PasswordAndKey"]);
    });
}

#[test]
fn a_refused_or_missing_key_answer_keeps_the_codes_open() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, codes) = with_key(&mut key).await;
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        // An answer to a ceremony this session never started (a replay of an earlier one).
        let stale = key_answer(&mut app, "start-login-key", &mut key).await;
        app.call("start-login-key", &[]).await;
        let reply = app.call("verify-login", &[("key_response", &stale)]).await;
        assert_eq!(reply.error(), AppError::KeyRefused);
        assert_eq!(app.event_kinds().await[0], "key-refused");
        // A key account has no authenticator: a six-digit code is simply wrong.
        let reply = app.call("verify-login", &[("code", "123456")]).await;
        assert_eq!(reply.error(), AppError::InvalidCode);
        // The backup code still works.
        let reply = app.call("verify-login", &[("code", &codes[0])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(account(&mut app).await.is_some());
    });
}

#[test]
fn adding_a_key_while_two_factor_is_on_takes_a_factor() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let (manual_key, codes) = app.enroll_only_user(EMAIL).await;
        // enroll_only_user works below the session: sign in again under the new epoch.
        app.log_in(EMAIL, PASSWORD).await;
        let now = server::storage::now();
        app.call("verify-login", &[("code", &code_at(&manual_key, now))])
            .await;
        assert!(account(&mut app).await.is_some());

        let reply = app
            .call(
                "start-add-key",
                &[("current_password", PASSWORD), ("code", "000000")],
            )
            .await;
        assert_eq!(reply.error(), AppError::InvalidCode);
        let reply = app
            .call(
                "start-add-key",
                &[("current_password", "wrong password here")],
            )
            .await;
        assert!(matches!(reply.error(), AppError::Invalid(_)));
        let mut key = SoftKey::new(KEY_ORIGIN);
        let added = add_key(&mut app, &mut key, &[("code", &codes[0])]).await;
        assert_eq!(added.backup_codes, None, "the earlier backup codes stay");
        let view = account(&mut app)
            .await
            .expect("this session stays signed in");
        assert!(
            view.two_factor
                .factors
                .has(domain::factor::FactorKind::Authenticator)
        );
        assert_eq!(view.keys.len(), 1);
        assert_eq!(view.two_factor.backup_codes_left, 9);
        let kinds = app.event_kinds().await;
        assert!(kinds[..2].contains(&"key-added".to_owned()), "{kinds:?}");
    });
}

#[test]
fn an_authenticator_added_to_a_key_account_keeps_its_backup_codes() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, codes) = with_key(&mut key).await;
        // Two-factor is on (the key): adding the app takes a factor besides the password.
        let refused = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await;
        assert_ne!(refused.status, StatusCode::OK, "{}", refused.body);
        let refused = app
            .call(
                "start-two-factor",
                &[("current_password", PASSWORD), ("code", "ABCDE-FGHJK")],
            )
            .await;
        assert_eq!(refused.error(), AppError::InvalidCode);
        let pending: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM totp_credentials")
            .await;
        assert_eq!(pending, 0, "no secret without the factor");
        let (_, confirmed) = add_authenticator(&mut app, &mut key).await;
        assert!(confirmed.codes.is_empty(), "no new backup codes");
        assert!(
            confirmed
                .status
                .factors
                .has(domain::factor::FactorKind::Authenticator)
        );
        assert_eq!(app.event_kinds().await[0], "authenticator-added");
        let view = account(&mut app).await.unwrap();
        assert_eq!(view.two_factor.backup_codes_left, 10);
        // The first backup code still works: it was not replaced.
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        let reply = app.call("verify-login", &[("code", &codes[0])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}

#[test]
fn removing_keys_and_turning_two_factor_off_take_a_key_as_the_factor() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, _) = with_key(&mut key).await;
        let mut spare = SoftKey::new(KEY_ORIGIN);
        let answer = key_answer(&mut app, "start-key-check", &mut key).await;
        add_key(&mut app, &mut spare, &[("key_response", &answer)]).await;
        let view = account(&mut app).await.unwrap();
        assert_eq!(view.keys.len(), 2);

        // The first key goes, with the spare as the factor.
        let answer = key_answer(&mut app, "start-key-check", &mut spare).await;
        let first = view.keys[0].id.to_string();
        let reply = app
            .call(
                "remove-key",
                &[
                    ("key", &first),
                    ("current_password", PASSWORD),
                    ("key_response", &answer),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        let view = account(&mut app).await.unwrap();
        assert_eq!(view.keys.len(), 1);
        assert!(view.two_factor.is_on());
        // An answer that does not belong to this session's ceremony proves nothing.
        let stale = key_answer(&mut app, "start-key-check", &mut spare).await;
        app.call("start-key-check", &[]).await;
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("key_response", &stale)],
            )
            .await;
        assert_eq!(reply.error(), AppError::KeyRefused);
        // Turned off with the remaining key: every factor goes.
        let answer = key_answer(&mut app, "start-key-check", &mut spare).await;
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("key_response", &answer)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let view = account(&mut app).await.unwrap();
        assert!(!view.two_factor.is_on());
        assert!(view.keys.is_empty());
        app.call("log-out", &[]).await;
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(
            reply.location(),
            Some("/settings"),
            "no second step any more"
        );
    });
}

#[test]
fn renaming_a_key_works_without_javascript() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, _) = with_key(&mut key).await;
        let id = account(&mut app).await.unwrap().keys[0].id.to_string();
        let reply = app
            .submit(
                "rename-key",
                "/settings",
                &[("key", &id), ("name", "Blue key")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
        assert_eq!(account(&mut app).await.unwrap().keys[0].name, "Blue key");
        let page = app.get("/settings").await;
        assert!(page.body.contains("Blue key"));
        assert!(page.body.contains("Security keys and passkeys"));
        let reply = app
            .call("rename-key", &[("key", &id), ("name", "  ")])
            .await;
        assert_eq!(reply.error(), AppError::KeyNameInvalid);
    });
}

#[test]
fn the_authenticator_app_can_be_removed_while_a_key_remains() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, codes) = with_key(&mut key).await;
        let (manual_key, _) = add_authenticator(&mut app, &mut key).await;
        let wrong = app
            .call(
                "remove-authenticator",
                &[("current_password", PASSWORD), ("code", "ABCDE-FGHJK")],
            )
            .await;
        assert_eq!(wrong.error(), AppError::InvalidCode);
        // Its own code confirms the removal.
        let reply = app
            .call(
                "remove-authenticator",
                &[
                    ("current_password", PASSWORD),
                    ("code", &code_at(&manual_key, server::storage::now())),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        assert_eq!(app.event_kinds().await[0], "authenticator-removed");
        let view = account(&mut app).await.unwrap();
        assert!(
            view.two_factor.is_on()
                && !view
                    .two_factor
                    .factors
                    .has(domain::factor::FactorKind::Authenticator)
        );
        assert_eq!(
            (view.keys.len(), view.two_factor.backup_codes_left),
            (1, 10)
        );
        assert!(
            app.get("/settings")
                .await
                .text()
                .contains("Your authenticator app was removed.")
        );
        let again = app
            .call(
                "remove-authenticator",
                &[("current_password", PASSWORD), ("code", &codes[0])],
            )
            .await;
        assert_eq!(again.error(), AppError::NotEnrolled);
        // The key and the backup codes still sign in; the app's codes no longer do.
        app.call("log-out", &[]).await;
        app.log_in(EMAIL, PASSWORD).await;
        let reply = app
            .call(
                "verify-login",
                &[("code", &code_at(&manual_key, server::storage::now() + 30))],
            )
            .await;
        assert_eq!(reply.error(), AppError::InvalidCode);
        let reply = app.call("verify-login", &[("code", &codes[1])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    });
}
