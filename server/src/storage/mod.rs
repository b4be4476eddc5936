//! The database: one `sqlx::AnyPool` for every backend, migrations per backend.

pub mod mfa;
pub mod sessions;
pub mod users;

use std::{str::FromStr, time::Duration};

use sqlx::{
    AnyPool, Executor,
    any::{AnyPoolOptions, install_default_drivers},
    migrate::Migrator,
    sqlite::SqliteConnectOptions,
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unsupported DATABASE_URL scheme (expected sqlite://)")]
    UnsupportedUrl,
    #[error("cannot create the database directory {0}: {1}")]
    Directory(String, std::io::Error),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Connects to the database named by `url` and applies pending migrations.
pub async fn connect(url: &str) -> Result<AnyPool, StorageError> {
    install_default_drivers();
    if !url.starts_with("sqlite:") {
        return Err(StorageError::UnsupportedUrl);
    }
    // Validate the URL and create the file if needed before the generic pool opens it.
    let options = SqliteConnectOptions::from_str(url)?.create_if_missing(true);
    if let Some(dir) = options
        .get_filename()
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| StorageError::Directory(dir.display().to_string(), e))?;
    }
    drop(sqlx::SqlitePool::connect_with(options).await?);
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                     PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
                )
                .await?;
                Ok(())
            })
        })
        .connect(url)
        .await?;
    SQLITE_MIGRATIONS.run(&pool).await?;
    Ok(pool)
}

/// Unix seconds now.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
