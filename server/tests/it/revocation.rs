//! Revocation in one place: every change of an account's sign-in factors raises its credential
//! epoch once, in the same transaction, and a signed-in session or a half-finished login made under
//! an older epoch no longer counts — on every server, even where its row survived (here: put
//! back after the change, as a request that saved it meanwhile or a forgotten delete would).

use axum::http::StatusCode;
use domain::{account::AccountView, factor::AuthenticatorSetup, factor::BackupCodes};
use server::services::operator::By;

use crate::common::{self, PASSWORD, TestApp, code_at};

const EMAIL: &str = "epoch@example.com";

/// What changes the account's sign-in factors, done by the account's own browser `actor` (or
/// by an administrator).
#[derive(Debug, Clone, Copy)]
enum Cause {
    PasswordChange,
    TwoFactorOn,
    NewBackupCodes,
    TwoFactorOff,
    SignOutEverywhere,
    AdministratorReset,
}

/// A session row: id hash, data, expiry, user, credential epoch.
type SessionRow = (String, String, i64, Option<i64>, Option<i64>);

/// The rows of sessions and pending logins as they are now.
async fn snapshot(app: &TestApp) -> Vec<String> {
    let sessions: Vec<SessionRow> =
        sqlx::query_as("SELECT id_hash, data, expires_at, user_id, credential_epoch FROM sessions")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    let pending: Vec<(String, i64, i64, i64)> =
        sqlx::query_as("SELECT id_hash, user_id, started_at, credential_epoch FROM pending_logins")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    let mut rows = Vec::new();
    for (id, data, expires, user, epoch) in sessions {
        rows.push(format!(
            "INSERT INTO sessions (id_hash, data, expires_at, user_id, credential_epoch) \
             VALUES ('{id}', '{}', {expires}, {}, {}) ON CONFLICT (id_hash) DO NOTHING",
            data.replace('\'', "''"),
            user.map_or("NULL".to_owned(), |u| u.to_string()),
            epoch.map_or("NULL".to_owned(), |e| e.to_string()),
        ));
    }
    for (id, user, started, epoch) in pending {
        rows.push(format!(
            "INSERT INTO pending_logins (id_hash, user_id, started_at, credential_epoch) \
             VALUES ('{id}', {user}, {started}, {epoch}) ON CONFLICT (id_hash) DO NOTHING"
        ));
    }
    rows
}

async fn restore(app: &TestApp, rows: &[String]) {
    for row in rows {
        sqlx::query(row).execute(&app.pool).await.unwrap();
    }
}

async fn signed_in(app: &mut TestApp) -> bool {
    let account: Option<AccountView> = app.call("account", &[]).await.json();
    account.is_some()
}

/// Signs `browser` in with the password and, when `key` is given, the code of `steps_ago`.
async fn sign_in(browser: &mut TestApp, key: Option<&str>, steps_ago: i64) {
    assert_eq!(browser.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
    if let Some(key) = key {
        let code = code_at(key, server::storage::now() - steps_ago * 30);
        let reply = browser.call("verify-login", &[("code", &code)]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }
    assert!(signed_in(browser).await);
}

async fn check(cause: Cause) {
    // The actor on server A; the other browsers on server B (same database).
    let mut actor = TestApp::new().await;
    actor.sign_up(EMAIL).await;
    let two_factor_before = !matches!(cause, Cause::TwoFactorOn);
    let mut key = None;
    let mut codes = Vec::new();
    if two_factor_before {
        let setup: AuthenticatorSetup = actor
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        let first = code_at(&setup.manual_key, server::storage::now() - 30);
        let mailed = actor.mailed_code(EMAIL).await;
        let made: BackupCodes = actor
            .call(
                "confirm-two-factor",
                &[("code", &first), ("mailed_code", &mailed)],
            )
            .await
            .json();
        key = Some(setup.manual_key);
        codes = made.codes;
    }
    let server_b = actor.restarted().await;
    let mut other = server_b.other_browser("198.51.100.40");
    other.cookie = None;
    sign_in(&mut other, key.as_deref(), 0).await;
    let mut half = server_b.other_browser("198.51.100.41");
    half.cookie = None;
    if two_factor_before {
        assert_eq!(half.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
    }
    let before = snapshot(&actor).await;
    let epoch = "SELECT credential_epoch AS v FROM users";
    let epoch_before: i64 = actor.scalar(epoch).await;

    let form_password = [("current_password", PASSWORD)];
    let reply = match cause {
        Cause::PasswordChange => {
            actor
                .call(
                    "change-password",
                    &[
                        ("current_password", PASSWORD),
                        ("new_password", "quartz-harbor-willow-77"),
                    ],
                )
                .await
        }
        Cause::TwoFactorOn => {
            let setup: AuthenticatorSetup =
                actor.call("start-two-factor", &form_password).await.json();
            key = Some(setup.manual_key.clone());
            let code = code_at(&setup.manual_key, server::storage::now() - 30);
            let mailed = actor.mailed_code(EMAIL).await;
            actor
                .call(
                    "confirm-two-factor",
                    &[("code", &code), ("mailed_code", &mailed)],
                )
                .await
        }
        Cause::NewBackupCodes => {
            let code = codes[0].clone();
            actor
                .call(
                    "regenerate-backup-codes",
                    &[("current_password", PASSWORD), ("code", &code)],
                )
                .await
        }
        Cause::TwoFactorOff => {
            let code = codes[0].clone();
            actor
                .call(
                    "disable-two-factor",
                    &[("current_password", PASSWORD), ("code", &code)],
                )
                .await
        }
        Cause::SignOutEverywhere => actor.call("sign-out-other-sessions", &[]).await,
        Cause::AdministratorReset => {
            actor
                .operator()
                .reset_two_factor(EMAIL, &By::operator("operator"))
                .await
                .unwrap();
            actor.get("/login").await
        }
    };
    assert!(
        reply.status.is_success() || reply.status.is_redirection(),
        "{cause:?}: {}",
        reply.body
    );
    let epoch_after: i64 = actor.scalar(epoch).await;
    assert_eq!(
        epoch_after,
        epoch_before + 1,
        "{cause:?}: one change, one new epoch"
    );
    restore(&actor, &before).await;

    assert!(
        !signed_in(&mut other).await,
        "{cause:?}: a session from before ends"
    );
    if two_factor_before {
        // The next step's code (the current one signed `other` in): accepted as clock drift.
        let code = code_at(
            key.as_deref().unwrap_or_default(),
            server::storage::now() + 30,
        );
        let reply = half.call("verify-login", &[("code", &code)]).await;
        assert_eq!(
            reply.error(),
            app::error::AppError::LoginExpired,
            "{cause:?}: a half-finished login from before ends"
        );
    }
    let actor_stays = !matches!(cause, Cause::AdministratorReset);
    assert_eq!(
        signed_in(&mut actor).await,
        actor_stays,
        "{cause:?}: the actor's own session"
    );
}

#[test]
fn a_password_change_ends_every_earlier_sign_in() {
    common::run(check(Cause::PasswordChange));
}

#[test]
fn turning_two_factor_on_ends_every_earlier_sign_in() {
    common::run(check(Cause::TwoFactorOn));
}

#[test]
fn new_backup_codes_end_every_earlier_sign_in() {
    common::run(check(Cause::NewBackupCodes));
}

#[test]
fn turning_two_factor_off_ends_every_earlier_sign_in() {
    common::run(check(Cause::TwoFactorOff));
}

#[test]
fn signing_out_everywhere_ends_every_earlier_sign_in() {
    common::run(check(Cause::SignOutEverywhere));
}

#[test]
fn an_administrators_reset_ends_every_sign_in() {
    common::run(check(Cause::AdministratorReset));
}
