//! The database: one [`Db`] handle for every backend, migrations per backend.

pub mod applications;
pub mod connections;
mod db;
pub mod email_links;
pub mod events;
pub mod factors;
pub mod keys;
pub mod limits;
pub mod mail_codes;
pub mod oidc;
pub mod outbox;
pub mod pending_logins;
pub mod policy;
pub mod sessions;
pub mod signing_keys;
pub mod trusted;
pub mod users;

use std::{str::FromStr, time::Duration};

use sqlx::{
    any::{AnyPoolOptions, install_default_drivers},
    migrate::Migrator,
    sqlite::SqliteConnectOptions,
};

pub use db::{Db, DbConnection};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// How long a request waits for a database connection before it is answered with "temporarily
/// unavailable".
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unsupported DATABASE_URL scheme (expected sqlite:// or postgres://)")]
    UnsupportedUrl,
    #[error("cannot create the database file {0}: {1}")]
    File(String, std::io::Error),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// The database systems Twofold runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Result<Self, StorageError> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres)
        } else {
            Err(StorageError::UnsupportedUrl)
        }
    }

    fn migrations(self) -> &'static Migrator {
        match self {
            Self::Sqlite => &SQLITE_MIGRATIONS,
            Self::Postgres => &POSTGRES_MIGRATIONS,
        }
    }
}

/// What Twofold stores instead of a value that must not be kept in clear — a random token
/// (sessions, pending logins, ceremonies, mailed links, trusted browsers, devices, codes and
/// tokens of applications), a client secret, an address in a limit's scope: its SHA-256, in
/// base64url. A copy of a table yields nothing that works.
pub fn digest(text: &str) -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use sha2::{Digest, Sha256};
    URL_SAFE_NO_PAD.encode(Sha256::digest(text.as_bytes()))
}

/// Connects to the database named by `url` and applies pending migrations.
pub async fn connect(url: &str) -> Result<Db, StorageError> {
    let pool = open(url).await?;
    migrate(&pool, url).await?;
    Ok(pool)
}

/// Applies pending migrations (also the `server migrate` command). Several servers starting at
/// once are safe: sqlx takes a lock on PostgreSQL, and SQLite allows one writer.
pub async fn migrate(pool: &Db, url: &str) -> Result<(), StorageError> {
    let mut conn = pool.acquire().await?;
    Backend::of(url)?.migrations().run(&mut *conn).await?;
    Ok(())
}

/// The database at `url`, without migrating.
pub async fn open(url: &str) -> Result<Db, StorageError> {
    install_default_drivers();
    match Backend::of(url)? {
        Backend::Sqlite => open_sqlite(url).await,
        Backend::Postgres => Ok(Db::pool(
            AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect(url)
                .await?,
        )),
    }
}

/// SQLite connections: the database's own settings, then the connection's. No request copies
/// the write-ahead log into the database (with its `fsync`) because its commit crossed the
/// log's threshold (`wal_autocheckpoint = 0`): the server does it in the background, see
/// [`Db::checkpoint`] and [`CHECKPOINT_EVERY`].
const SQLITE_SETUP: &str = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
     PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;";

/// How often a serving process copies SQLite's write-ahead log into the database.
pub const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

async fn open_sqlite(url: &str) -> Result<Db, StorageError> {
    // Validate the URL and create the file if needed before the generic pool opens it.
    // A new database file is the server user's alone (0600, in a 0700 folder); SQLite gives
    // its journal files the same permissions.
    let options = SqliteConnectOptions::from_str(url)?.create_if_missing(true);
    let file = options.get_filename();
    if !file.exists() && file != std::path::Path::new(":memory:") {
        match crate::private_files::create_new(file) {
            Err(err) if err.kind() != std::io::ErrorKind::AlreadyExists => {
                return Err(StorageError::File(file.display().to_string(), err));
            }
            _ => {}
        }
    }
    drop(sqlx::SqlitePool::connect_with(options).await?);
    let db = Db::local(url, SQLITE_SETUP, 4, ACQUIRE_TIMEOUT);
    // Open one connection now: a database that cannot be opened stops the server at start.
    drop(db.acquire().await?);
    Ok(db)
}

/// Whether `err` means the database cannot be reached right now (as opposed to a bug or a
/// broken query): requests then get "temporarily unavailable" and the pool reconnects later.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // PostgreSQL: connection exceptions (class 08), shutting down or starting up (57P0x),
        // SQLite: busy or locked for longer than the busy timeout.
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || code.starts_with("57P0") || code == "5" || code == "6"
        }),
        _ => false,
    }
}

/// Whether the database answers (for the health endpoint).
pub async fn ping(pool: &Db) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT 1").execute(pool).await.map(drop)
}

/// Unix seconds now.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
