//! The `server` command line.

use crate::common;

use std::process::Command;

pub fn server(args: &[&str], database_url: &str, dir: &tempfile::TempDir) -> std::process::Output {
    server_as(None, args, database_url, dir)
}

/// The same, run with `sudo` by `operator` (if given).
fn server_as(
    operator: Option<&str>,
    args: &[&str],
    database_url: &str,
    dir: &tempfile::TempDir,
) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(args)
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("TWOFOLD_DATA_DIR", dir.path())
        .env("LEPTOS_OUTPUT_NAME", "twofold");
    if let Some(operator) = operator {
        command.env("SUDO_USER", operator);
    }
    command.output().unwrap()
}

#[test]
fn migrate_creates_the_schema_and_is_idempotent() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        for run in 1..=2 {
            let output = server(&["migrate"], &url, &dir);
            assert!(
                output.status.success(),
                "run {run}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let pool = server::storage::open(&url).await.unwrap();
        for table in ["users", "sessions", "totp_credentials", "backup_codes"] {
            let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(rows, 0, "{table}");
        }
    });
}

#[test]
fn unknown_commands_are_refused_with_usage() {
    let dir = tempfile::TempDir::new().unwrap();
    let output = server(&["frobnicate"], "sqlite://unused.db", &dir);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: server"));
}

#[test]
fn an_unsupported_database_url_stops_the_start_with_a_message() {
    let dir = tempfile::TempDir::new().unwrap();
    let output = server(&["migrate"], "mysql://localhost/twofold", &dir);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("expected sqlite:// or postgres://"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn production_refuses_to_start_without_keys_and_names_the_variable() {
    let dir = tempfile::TempDir::new().unwrap();
    let url = format!("sqlite://{}/p.db?mode=rwc", dir.path().display());
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("serve")
        .current_dir(dir.path())
        .env_clear()
        .env("TWOFOLD_ENV", "production")
        .env("TWOFOLD_PUBLIC_URL", "https://auth.example.com")
        .env("DATABASE_URL", &url)
        .env("TWOFOLD_DATA_DIR", dir.path())
        .env("TWOFOLD_ADDR", "127.0.0.1:0")
        .env("LEPTOS_OUTPUT_NAME", "twofold")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("TWOFOLD_SESSION_KEY is not set; in production it is required"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("p.db").exists(),
        "stopped before touching the database"
    );
}

/// An app on the database of the commands, with the keys `server` would use (the development
/// key files of the data directory).
async fn app_beside_commands(dir: &tempfile::TempDir, url: &str) -> common::TestApp {
    let mut config = server::config::Config::from_lookup(|_| None).unwrap();
    config.data_dir = dir.path().to_path_buf();
    config.database_url = url.to_owned().into();
    common::TestApp::with_config(
        config,
        std::sync::Arc::new(tempfile::TempDir::new().unwrap()),
    )
    .await
}

#[test]
fn admin_commands_list_users_and_reset_two_factor() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        let mut app = app_beside_commands(&dir, &url).await;
        app.sign_up("ada@example.com").await;

        let output = server(&["admin", "users"], &url, &dir);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let listing = String::from_utf8_lossy(&output.stdout);
        assert!(listing.contains("ada@example.com"), "{listing}");
        assert!(
            listing.lines().nth(1).unwrap().contains(" off "),
            "{listing}"
        );

        let output = server(&["admin", "reset-2fa", "ada@example.com"], &url, &dir);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let said = String::from_utf8_lossy(&output.stdout);
        assert!(said.contains("1 session(s) signed out"), "{said}");
        let account: Option<domain::account::AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_none(), "the browser was signed out");
        // The notice went to the outbox folder (no SMTP_URL).
        let outbox: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
            .unwrap()
            .collect();
        assert_eq!(outbox.len(), 1);

        let output = server(&["admin", "reset-2fa", "nobody@example.com"], &url, &dir);
        assert_eq!(output.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&output.stderr).contains("no account with the email"));

        let output = server_as(
            Some("ops-bob"),
            &["admin", "unlock", "ada@example.com"],
            &url,
            &dir,
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("ops-bob"));
        // Each command is in the user's log with who ran it.
        let actors: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT kind, actor FROM security_events WHERE kind LIKE 'admin-%' ORDER BY id",
        )
        .fetch_all(&app.pool)
        .await
        .unwrap();
        assert_eq!(
            actors,
            [
                ("admin-reset".to_owned(), Some("unknown".to_owned())),
                ("admin-unlocked".to_owned(), Some("ops-bob".to_owned())),
            ]
        );
    });
}

/// The output of a command that must succeed.
pub fn succeeds(output: &std::process::Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn admin_commands_set_the_policy_and_the_administrator_role() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        let said = succeeds(&server(&["admin", "policy"], &url, &dir));
        assert!(said.contains("required of nobody"), "{said}");
        let said = succeeds(&server(&["admin", "policy", "everyone", "14"], &url, &dir));
        assert!(
            said.contains("required of everyone since") && said.contains("14 day(s)"),
            "{said}"
        );
        let said = succeeds(&server(&["admin", "policy"], &url, &dir));
        assert!(said.contains("required of everyone"), "{said}");
        for wrong in [
            &["admin", "policy", "everyone"][..],
            &["admin", "policy", "all", "3"],
            &["admin", "policy", "administrators", "-1"],
            &["admin", "policy", "administrators", "366"],
        ] {
            assert_eq!(
                server(wrong, &url, &dir).status.code(),
                Some(2),
                "{wrong:?}"
            );
        }
        let said = succeeds(&server(&["admin", "policy", "nobody"], &url, &dir));
        assert!(said.contains("required of nobody"), "{said}");

        let mut app = app_beside_commands(&dir, &url).await;
        app.sign_up("ada@example.com").await;
        let output = server(&["admin", "grant", "ada@example.com"], &url, &dir);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("has no two-factor"),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        app.enroll_only_user("ada@example.com").await;
        succeeds(&server(&["admin", "grant", "ada@example.com"], &url, &dir));
        let listing = succeeds(&server(&["admin", "users"], &url, &dir));
        assert!(
            listing.lines().nth(1).unwrap().contains("administrator"),
            "{listing}"
        );
        succeeds(&server(&["admin", "revoke", "ada@example.com"], &url, &dir));
        let listing = succeeds(&server(&["admin", "users"], &url, &dir));
        assert!(
            listing.lines().nth(1).unwrap().ends_with("user"),
            "{listing}"
        );
    });
}

/// A server beside browser assets of another build refuses to start (its pages would fail to
/// hydrate), and says why.
#[test]
fn a_server_refuses_browser_assets_of_another_build() {
    let dir = tempfile::TempDir::new().unwrap();
    let pkg = dir.path().join("site/pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(
        pkg.join("twofold.wasm"),
        b"\0asm twofold-build:00000000deadbeef; code",
    )
    .unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", &url)
        .env("TWOFOLD_DATA_DIR", dir.path())
        .env("TWOFOLD_ADDR", "127.0.0.1:0")
        .env("LEPTOS_OUTPUT_NAME", "twofold")
        .env("LEPTOS_SITE_ROOT", dir.path().join("site"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("another build"), "{stderr}");
}

#[test]
fn a_new_sqlite_database_is_the_server_users_alone() {
    common::run(async {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::TempDir::new().unwrap();
        let file = dir.path().join("data/twofold.db");
        let url = format!("sqlite://{}?mode=rwc", file.display());
        let output = server(&["migrate"], &url, &dir);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let mode =
            |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&dir.path().join("data")), 0o700);
    });
}

/// A server whose bundle is of its build writes the compressed copies of the bundle's files
/// when it starts (in a child process, `server compress-site`, whose memory goes back to the
/// system when it ends); the command also does it alone, and a second time writes nothing new.
#[test]
fn the_server_compresses_its_bundle_when_it_starts() {
    use common::process::{ServerProcess, SharedKeys};
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let pkg = dir.path().join("site/pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        let wasm = format!("\0asm {} code", app::build::MARK);
        std::fs::write(pkg.join("twofold.wasm"), wasm).unwrap();
        std::fs::write(pkg.join("twofold.js"), "export function hydrate() {}").unwrap();
        let url = common::fresh_database_url(&dir).await;
        let site = (
            "LEPTOS_SITE_ROOT",
            dir.path().join("site").display().to_string(),
        );
        let server = ServerProcess::start_with(&url, &SharedKeys::random(), &[site]).await;
        let copies = [
            "twofold.wasm.br",
            "twofold.wasm.gz",
            "twofold.js.br",
            "twofold.js.gz",
        ];
        for copy in copies {
            assert!(pkg.join(copy).is_file(), "{copy}");
            std::fs::remove_file(pkg.join(copy)).unwrap();
        }
        drop(server);

        let alone = |dir: &tempfile::TempDir| {
            Command::new(env!("CARGO_BIN_EXE_server"))
                .arg("compress-site")
                .current_dir(dir.path())
                .env_clear()
                .env("DATABASE_URL", &url)
                .env("TWOFOLD_DATA_DIR", dir.path())
                .env("LEPTOS_OUTPUT_NAME", "twofold")
                .env("LEPTOS_SITE_ROOT", dir.path().join("site"))
                .env("RUST_LOG", "info")
                .env("TWOFOLD_LOG_FORMAT", "json")
                .output()
                .unwrap()
        };
        let said = |output: &std::process::Output| {
            assert!(output.status.success(), "{output:?}");
            String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr)
        };
        let first = said(&alone(&dir));
        assert!(first.contains(r#""written":4"#), "{first}");
        for copy in copies {
            assert!(pkg.join(copy).is_file(), "{copy}");
        }
        let again = said(&alone(&dir));
        assert!(again.contains(r#""written":0"#), "{again}");
    });
}
