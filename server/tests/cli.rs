//! The `server` command line.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

fn server(args: &[&str], database_url: &str, dir: &tempfile::TempDir) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("TWOFOLD_DATA_DIR", dir.path())
        .env("LEPTOS_OUTPUT_NAME", "twofold")
        .output()
        .unwrap()
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
