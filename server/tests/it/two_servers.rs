//! Several Twofold servers on one PostgreSQL database, and a database outage. These start real
//! server processes and stop the database, so they run on their own, through scripts/test.sh:
//! `TWOFOLD_TEST_POSTGRES` names the server, `TWOFOLD_TEST_PG_STOP` / `TWOFOLD_TEST_PG_START`
//! are shell commands that stop and start it.

use crate::common;

use std::{net::SocketAddr, time::Duration};

use crate::common::{
    PASSWORD, code_at, fresh_database_url,
    process::{Client, ServerProcess, SharedKeys},
};
use app::error::AppError;
use domain::factor::{AuthenticatorSetup, BackupCodes};

pub(crate) const EMAIL: &str = "ada@example.com";

pub(crate) fn now() -> i64 {
    server::storage::now()
}

/// A fresh database on the PostgreSQL test server, which must be configured.
async fn database(dir: &tempfile::TempDir) -> String {
    assert!(
        common::postgres_server().is_some(),
        "TWOFOLD_TEST_POSTGRES is not set"
    );
    fresh_database_url(dir).await
}

/// Signs up on `server` (whose database is `url`), confirms the address and logs in. The
/// address is confirmed in the database: the mailed link is sealed in the queue and forgotten
/// once a server delivered it (the links are tested in `ownership` and `outbox`).
pub(crate) async fn signed_up(client: &mut Client, server: SocketAddr, url: &str) {
    let reply = client
        .call(
            server,
            "sign-up",
            &[("email", EMAIL), ("password", PASSWORD)],
        )
        .await;
    assert!(reply.status < 400, "{}", reply.body);
    let db = server::storage::connect(url).await.unwrap();
    sqlx::query("UPDATE users SET email_verified_at = created_at WHERE email = $1")
        .bind(EMAIL)
        .execute(&db)
        .await
        .unwrap();
    let reply = client
        .call(
            server,
            "log-in",
            &[("email", EMAIL), ("password", PASSWORD)],
        )
        .await;
    assert!(reply.status < 400, "{}", reply.body);
}

/// Signs up on `server` (whose database is `url`) and turns two-factor on; returns the manual
/// key and the backup codes. The confirming code is the previous step's, so the current one is
/// still unused.
pub(crate) async fn enrolled(
    client: &mut Client,
    process: &ServerProcess,
    url: &str,
) -> (String, Vec<String>) {
    let server = process.addr;
    signed_up(client, server, url).await;
    let setup: AuthenticatorSetup = client
        .call(
            server,
            "start-two-factor",
            &[("current_password", PASSWORD)],
        )
        .await
        .json();
    let code = code_at(&setup.manual_key, now() - 30);
    let mailed = process.mailed_code(EMAIL).await;
    let codes: BackupCodes = client
        .call(
            server,
            "confirm-two-factor",
            &[("code", &code), ("mailed_code", &mailed)],
        )
        .await
        .json();
    client.call(server, "log-out", &[]).await;
    (setup.manual_key, codes.codes)
}

pub(crate) async fn password_step(client: &mut Client, server: SocketAddr) {
    let reply = client
        .call(
            server,
            "log-in",
            &[("email", EMAIL), ("password", PASSWORD)],
        )
        .await;
    assert!(
        reply
            .header("location")
            .is_some_and(|l| l.starts_with("/login/verify")),
        "{reply:?}"
    );
}

#[test]
#[ignore = "needs PostgreSQL; run by scripts/test.sh"]
fn two_servers_share_sessions_replay_state_backup_codes_and_attempts() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = database(&dir).await;
        let keys = SharedKeys::random();
        let a_process = ServerProcess::start(&url, &keys).await;
        let b_process = ServerProcess::start(&url, &keys).await;
        let (a, b) = (a_process.addr, b_process.addr);

        // A session created on A is valid on B.
        let mut client = Client::default();
        let (key, codes) = enrolled(&mut client, &a_process, &url).await;
        password_step(&mut client, a).await;
        let code = code_at(&key, now());
        let reply = client.call(b, "verify-login", &[("code", &code)]).await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        let account: Option<domain::account::AccountView> =
            client.call(b, "account", &[]).await.json();
        assert_eq!(account.unwrap().email, EMAIL);
        let account: Option<domain::account::AccountView> =
            client.call(a, "account", &[]).await.json();
        assert!(account.is_some());

        // The code B accepted is refused by A.
        client.call(a, "log-out", &[]).await;
        password_step(&mut client, b).await;
        let reply = client.call(a, "verify-login", &[("code", &code)]).await;
        assert_eq!(reply.error(), AppError::CodeAlreadyUsed);

        // Wrong codes on A and B add up: the fifth ends the login, wherever it lands.
        client.call(a, "log-out", &[]).await;
        password_step(&mut client, a).await;
        for attempt in 1..=5 {
            let server = if attempt % 2 == 0 { b } else { a };
            let reply = client
                .call(server, "verify-login", &[("code", "000000")])
                .await;
            let expected = if attempt < 5 {
                AppError::InvalidCode
            } else {
                AppError::LoginExpired
            };
            assert_eq!(reply.error(), expected, "attempt {attempt}");
        }
        let reply = client.call(b, "verify-login", &[("code", &codes[0])]).await;
        assert_eq!(reply.error(), AppError::LoginExpired);

        // 50 logins waiting for their second factor, half on A and half on B, all use one
        // backup code at once: exactly one gets in. The others are refused as wrong codes
        // until ten of them lock the second factor, which then refuses the rest on both
        // servers.
        let mut clients = Vec::new();
        for i in 0..50 {
            let mut client = Client::default();
            password_step(&mut client, if i % 2 == 0 { a } else { b }).await;
            clients.push(client);
        }
        let tasks: Vec<_> = clients
            .into_iter()
            .enumerate()
            .map(|(i, mut client)| {
                let code = codes[1].clone();
                let server = if i % 2 == 0 { b } else { a };
                tokio::spawn(async move {
                    client
                        .call(server, "verify-login", &[("code", &code)])
                        .await
                })
            })
            .collect();
        let (mut ok, mut locked) = (0, 0);
        for task in tasks {
            let reply = task.await.unwrap();
            if reply.status == 200 {
                ok += 1;
            } else if matches!(reply.error(), AppError::TooManyAttempts { .. }) {
                locked += 1;
            } else {
                assert_eq!(reply.error(), AppError::InvalidCode);
            }
        }
        assert_eq!(ok, 1, "one backup code, one login");
        assert!(
            locked > 0,
            "the wrong uses on both servers added up to a lock"
        );
    });
}

#[test]
#[ignore = "needs PostgreSQL; run by scripts/test.sh"]
fn a_database_outage_is_answered_politely_and_survived() {
    common::run(async {
        let stop = std::env::var("TWOFOLD_TEST_PG_STOP").expect("TWOFOLD_TEST_PG_STOP");
        let start = std::env::var("TWOFOLD_TEST_PG_START").expect("TWOFOLD_TEST_PG_START");
        let dir = tempfile::TempDir::new().unwrap();
        let url = database(&dir).await;
        let mut server = ServerProcess::start(&url, &SharedKeys::random()).await;
        let addr = server.addr;
        let mut client = Client::default();
        signed_up(&mut client, addr, &url).await;

        shell(&stop);
        {
            // Starts the database again when this block ends, also when an assertion fails.
            let _restart = RunOnDrop(start);
            assert_eq!(client.get(addr, "/health").await.status, 503);
            let reply = client
                .call(addr, "log-in", &[("email", EMAIL), ("password", PASSWORD)])
                .await;
            assert_eq!(reply.status, 503);
            assert_eq!(reply.error(), AppError::Unavailable);
            let page = client.get(addr, "/settings").await;
            assert!(
                page.body.contains("Twofold is temporarily unavailable"),
                "{}",
                page.body
            );
            client.language = Some("de-DE");
            let page = client.get(addr, "/settings").await;
            assert!(
                page.body.contains("vorübergehend nicht verfügbar"),
                "{}",
                page.body
            );
            client.language = None;
            assert!(server.is_running(), "the server keeps running");
        }

        // Back: the same sign-in works again without restarting the server.
        server.wait_until_healthy(Duration::from_secs(30)).await;
        let page = client.get(addr, "/settings").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(EMAIL), "{}", page.body);
    });
}

fn shell(command: &str) {
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .status()
        .unwrap();
    assert!(status.success(), "{command} failed");
}

/// Runs a shell command when dropped.
struct RunOnDrop(String);

impl Drop for RunOnDrop {
    fn drop(&mut self) {
        shell(&self.0);
    }
}
