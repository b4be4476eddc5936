//! A database made by an earlier version migrates forward: built with the migrations of the
//! version before the pending-logins table (0001–0005) and filled as that version filled it
//! (an account with two-factor on, backup codes hashed the earlier way, signed-in and
//! half-finished sessions), it is migrated by starting the server, and the account logs in
//! with a code and with a backup code, and makes new codes with its last earlier one.

use axum::http::StatusCode;
use domain::account::AccountView;
use server::{
    clock::Clock,
    secrets,
    services::{passwords::Passwords, totp},
    storage::{self, factors, users},
};

use crate::common::{self, PASSWORD, TestApp, code_at};

const EMAIL: &str = "early@example.com";
/// The last migration of the earlier version.
const EARLIER_VERSION: i64 = 5;

/// The migrations of the earlier version, for the database at `url`.
async fn earlier_migrator(url: &str) -> sqlx::migrate::Migrator {
    let folder = if url.starts_with("sqlite:") {
        "migrations/sqlite"
    } else {
        "migrations/postgres"
    };
    // The checkout the tests run in (cargo names it), else where they were built.
    let dir = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let path = std::path::Path::new(&dir).join(folder);
    let mut migrator = sqlx::migrate::Migrator::new(path).await.unwrap();
    migrator.migrations = migrator
        .migrations
        .iter()
        .filter(|m| m.version <= EARLIER_VERSION)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    migrator
}

#[test]
fn a_database_of_the_earlier_version_migrates_and_its_factors_still_work() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let config = common::test_config(&dir).await;
        let url = config.database_url.clone();
        let pool = storage::open(&url).await.unwrap();
        let mut conn = pool.acquire().await.unwrap();
        earlier_migrator(&url).await.run(&mut *conn).await.unwrap();

        // The account as the earlier version wrote it, with the same keys the server gets.
        let now = storage::now();
        let hash = Passwords::default().hash(PASSWORD).await.unwrap();
        let user = users::insert(&pool, EMAIL, &hash, now - 86_400)
            .await
            .unwrap()
            .unwrap();
        let keys = secrets::load(&config).unwrap();
        let secret = totp::new_secret().unwrap();
        let sealed = keys.totp.seal(user, &secret).unwrap();
        assert!(
            factors::put_pending(&mut conn, user, &sealed, now - 3600)
                .await
                .unwrap()
        );
        let confirmed_step = now / 30 - 100;
        assert!(
            factors::confirm(&mut conn, user, confirmed_step, now - 3600)
                .await
                .unwrap()
        );
        let backup_codes = ["ABCDE-23456", "FGHJK-78923"];
        let hashes: Vec<String> = backup_codes
            .iter()
            .map(|code| keys.backup_codes.hash_v1(code).unwrap())
            .collect();
        for hash in &hashes {
            // As the earlier version stored them: the code's HMAC alone.
            sqlx::query(
                "INSERT INTO backup_codes (user_id, code_hash, used_at) VALUES ($1, $2, NULL)",
            )
            .bind(user)
            .bind(hash)
            .execute(&mut *conn)
            .await
            .unwrap();
        }
        // A signed-in session and a half-finished login in the earlier format.
        for (id, data, pending) in [
            (
                "signed-in",
                format!(r#"{{"uid":{user},"signed_in_at":{now}}}"#),
                None,
            ),
            (
                "pending",
                format!(r#"{{"pending_second_factor":{{"user":{user}}}}}"#),
                Some(user),
            ),
        ] {
            sqlx::query(
                "INSERT INTO sessions (id_hash, data, expires_at, user_id, pending_user_id) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(data)
            .bind(now + 3600)
            .bind(pending.is_none().then_some(user))
            .bind(pending)
            .execute(&mut *conn)
            .await
            .unwrap();
        }
        drop(conn);
        pool.close().await;

        // Starting the server migrates the database.
        let mut app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        let applied: i64 = app
            .scalar("SELECT MAX(version) AS v FROM _sqlx_migrations")
            .await;
        assert!(applied > EARLIER_VERSION);
        let key = totp::grouped_key(&secret);

        // With a code from the authenticator app.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        let code = code_at(&key, app.clock.now());
        let reply = app.call("verify-login", &[("code", &code)]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let account: Option<AccountView> = app.call("account", &[]).await.json();
        let account = account.unwrap();
        assert!(account.two_factor.is_on());
        assert_eq!(account.two_factor.backup_codes_left, 2);
        assert!(
            account.address_confirmed,
            "an account of the earlier version counts as confirmed"
        );
        app.call("log-out", &[]).await;

        // With a backup code.
        assert_eq!(app.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);
        let reply = app.call("verify-login", &[("code", backup_codes[1])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let account: Option<AccountView> = app.call("account", &[]).await.json();
        assert_eq!(account.unwrap().two_factor.backup_codes_left, 1);

        // The earlier sessions are still there (they sign nobody in)…
        let earlier_sessions =
            "SELECT COUNT(*) AS v FROM sessions WHERE id_hash IN ('signed-in', 'pending')";
        assert_eq!(app.scalar::<i64>(earlier_sessions).await, 2);

        // New backup codes are hashed the current way (with the user id).
        let codes: domain::factor::BackupCodes = app
            .call(
                "regenerate-backup-codes",
                &[("current_password", PASSWORD), ("code", backup_codes[0])],
            )
            .await
            .json();
        assert_eq!(codes.codes.len(), 10);
        let earlier: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM backup_codes WHERE hash_version <> 2")
            .await;
        assert_eq!(earlier, 0);

        // …and a change of factors ends the account's signed-in one, as any other session.
        assert_eq!(app.scalar::<i64>(earlier_sessions).await, 1);
    });
}
