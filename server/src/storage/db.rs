//! The database handle every service and store uses: sqlx's pool on PostgreSQL; on SQLite, a
//! few connections kept by Twofold itself.
//!
//! A SQLite connection in sqlx runs on a worker thread of its own, and every statement is a
//! round trip to that thread. sqlx's pool adds one more each time it takes a connection back (a
//! ping, to find connections a network broke), which a local file never needs; on a small
//! machine these thread hand-offs cost more than the statements themselves. The SQLite
//! connections here are reused most recently used first, so that the one that ran the last
//! statement (its worker awake, its page cache current) usually runs the next.

use std::{
    fmt,
    ops::{Deref, DerefMut},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use futures_util::{FutureExt, StreamExt, TryStreamExt, future::BoxFuture, stream::BoxStream};
use sqlx::{
    Any, AnyConnection, AnyPool, Connection, Database, Describe, Either, Error, Execute, Executor,
    any::{AnyQueryResult, AnyRow},
    pool::PoolConnection,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A database: cheap to clone, shared by the whole server.
#[derive(Clone)]
pub struct Db(Kind, Arc<AtomicU64>);

#[derive(Clone)]
enum Kind {
    Pool(AnyPool),
    Local(Arc<Local>),
}

struct Local {
    url: String,
    /// Run on every new connection.
    setup: &'static str,
    idle: Mutex<Vec<AnyConnection>>,
    /// One per connection that may be open.
    permits: Arc<Semaphore>,
    acquire_timeout: Duration,
}

impl fmt::Debug for Db {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::Pool(pool) => f.debug_tuple("Db").field(pool).finish(),
            Kind::Local(local) => f
                .debug_struct("Db")
                .field("free_connections", &local.permits.available_permits())
                .finish_non_exhaustive(),
        }
    }
}

impl Db {
    /// sqlx's pool (PostgreSQL: connections over a network, checked and replaced by sqlx).
    pub fn pool(pool: AnyPool) -> Self {
        Self(Kind::Pool(pool), Arc::default())
    }

    /// Up to `max` connections to the SQLite database `url`, opened when first needed, each
    /// set up with `setup`; a statement that finds all of them busy waits up to
    /// `acquire_timeout`, then fails with [`Error::PoolTimedOut`].
    pub fn local(url: &str, setup: &'static str, max: usize, acquire_timeout: Duration) -> Self {
        Self(
            Kind::Local(Arc::new(Local {
                url: url.to_owned(),
                setup,
                idle: Mutex::new(Vec::with_capacity(max)),
                permits: Arc::new(Semaphore::new(max)),
                acquire_timeout,
            })),
            Arc::default(),
        )
    }

    /// How many statements ran through this handle (and its clones) since it was made; those
    /// of a connection taken with [`Db::acquire`] are not counted.
    pub fn statements(&self) -> u64 {
        self.1.load(Ordering::Relaxed)
    }

    /// A connection of its own until dropped (for transactions and several statements).
    pub async fn acquire(&self) -> Result<DbConnection, Error> {
        match &self.0 {
            Kind::Pool(pool) => Ok(DbConnection(Held::Pool(pool.acquire().await?))),
            Kind::Local(local) => local.clone().acquire().await,
        }
    }

    /// Closes every connection (the pool's, or the idle local ones).
    /// Copies SQLite's write-ahead log into the database file as far as no reader still needs
    /// it, without waiting for anyone (`PASSIVE`); returns the log's frames and how many are
    /// now in the database. Nothing to do on PostgreSQL (`None`).
    pub async fn checkpoint(&self) -> Result<Option<(i64, i64)>, Error> {
        match &self.0 {
            Kind::Pool(_) => Ok(None),
            Kind::Local(_) => {
                let (_busy, log, copied): (i64, i64, i64) =
                    sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
                        .fetch_one(self)
                        .await?;
                Ok(Some((log, copied)))
            }
        }
    }

    pub async fn close(&self) {
        match &self.0 {
            Kind::Pool(pool) => pool.close().await,
            Kind::Local(local) => {
                local.permits.close();
                let idle = std::mem::take(&mut *local.lock_idle());
                for conn in idle {
                    if let Err(err) = conn.close().await {
                        tracing::warn!(error = %err, "closing a database connection");
                    }
                }
            }
        }
    }
}

impl Local {
    fn lock_idle(&self) -> std::sync::MutexGuard<'_, Vec<AnyConnection>> {
        // The list stays valid whatever panicked while it was locked.
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    async fn acquire(self: Arc<Self>) -> Result<DbConnection, Error> {
        let permit =
            tokio::time::timeout(self.acquire_timeout, self.permits.clone().acquire_owned())
                .await
                .map_err(|_| Error::PoolTimedOut)?
                .map_err(|_| Error::PoolClosed)?;
        let idle = self.lock_idle().pop();
        let conn = match idle {
            Some(conn) => conn,
            None => {
                let mut conn = AnyConnection::connect(&self.url).await?;
                conn.execute(self.setup).await?;
                conn
            }
        };
        Ok(DbConnection(Held::Local {
            conn: Some(conn),
            local: self,
            _permit: permit,
        }))
    }
}

/// A connection taken from a [`Db`]; goes back when dropped.
pub struct DbConnection(Held);

enum Held {
    Pool(PoolConnection<Any>),
    Local {
        /// `None` once the connection is discarded.
        conn: Option<AnyConnection>,
        local: Arc<Local>,
        // Released after the connection is back (fields drop after `Drop::drop`).
        _permit: OwnedSemaphorePermit,
    },
}

impl DbConnection {
    /// Drops the connection instead of reusing it when `err` means its worker is gone (sqlx's
    /// pool does the same for its connections).
    fn check(&mut self, err: &Error) {
        if let (Held::Local { conn, .. }, Error::WorkerCrashed) = (&mut self.0, err) {
            tracing::error!("a SQLite connection's worker stopped; the connection is dropped");
            conn.take();
        }
    }
}

impl Drop for DbConnection {
    fn drop(&mut self) {
        if let Held::Local { conn, local, .. } = &mut self.0
            && let Some(conn) = conn.take()
        {
            local.lock_idle().push(conn);
        }
    }
}

impl Deref for DbConnection {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        match &self.0 {
            Held::Pool(conn) => conn,
            Held::Local { conn, .. } => conn.as_ref().expect("a connection until dropped"),
        }
    }
}

impl DerefMut for DbConnection {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match &mut self.0 {
            Held::Pool(conn) => conn,
            Held::Local { conn, .. } => conn.as_mut().expect("a connection until dropped"),
        }
    }
}

/// Each statement takes a connection for itself, like sqlx's pool. Results are read whole
/// before the connection goes back (every query of Twofold reads a bounded number of rows).
impl<'p> Executor<'p> for &'_ Db {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        let db = self.clone();
        db.1.fetch_add(1, Ordering::Relaxed);
        async move {
            let mut conn = db.acquire().await?;
            let results: Result<Vec<_>, Error> = conn.fetch_many(query).try_collect().await;
            results
                .inspect_err(|err| conn.check(err))
                .map(|all| futures_util::stream::iter(all.into_iter().map(Ok)))
        }
        .into_stream()
        .try_flatten()
        .boxed()
    }

    fn fetch_optional<'e, 'q: 'e, E>(self, query: E) -> BoxFuture<'e, Result<Option<AnyRow>, Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        let db = self.clone();
        db.1.fetch_add(1, Ordering::Relaxed);
        async move {
            let mut conn = db.acquire().await?;
            conn.fetch_optional(query)
                .await
                .inspect_err(|err| conn.check(err))
        }
        .boxed()
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [<Any as Database>::TypeInfo],
    ) -> BoxFuture<'e, Result<<Any as Database>::Statement<'q>, Error>>
    where
        'p: 'e,
    {
        let db = self.clone();
        async move { db.acquire().await?.prepare_with(sql, parameters).await }.boxed()
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, Error>>
    where
        'p: 'e,
    {
        let db = self.clone();
        async move { db.acquire().await?.describe(sql).await }.boxed()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    #[test]
    fn no_commit_copies_the_log_the_background_checkpoint_does() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let dir = tempfile::TempDir::new().unwrap();
            let url = format!("sqlite://{}/log.db?mode=rwc", dir.path().display());
            let db = super::super::open(&url).await.unwrap();
            let (threshold,): (i64,) = sqlx::query_as("PRAGMA wal_autocheckpoint")
                .fetch_one(&db)
                .await
                .unwrap();
            assert_eq!(threshold, 0);
            sqlx::query("CREATE TABLE t (x INTEGER)")
                .execute(&db)
                .await
                .unwrap();
            // Each commit adds a frame to the log: past SQLite's default threshold (1000), a
            // commit would have copied it and the log would have started again.
            for x in 0..1200 {
                sqlx::query("INSERT INTO t (x) VALUES (?)")
                    .bind(x)
                    .execute(&db)
                    .await
                    .unwrap();
            }
            let (log, copied) = db.checkpoint().await.unwrap().unwrap();
            assert!(log >= 1200, "the log was copied by a commit: {log} frames");
            assert_eq!(copied, log, "the checkpoint copies the whole log");
            db.close().await;
        });
    }
}
