//! The `attempt_limits` table. A change is a compare-and-swap on the row's version, so servers
//! sharing the database never lose each other's counts.

use sqlx::Row;

use super::Db;

/// A row of `attempt_limits` (see the migration for the meaning of each column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counter {
    pub failures: i64,
    pub window_start: i64,
    pub window_failures: i64,
    pub blocked_until: i64,
}

/// The counter of `scope` and its version. A scope seen before takes one read; a new one is
/// created at zero first (by whichever request comes first) and read again.
pub async fn load(pool: &Db, scope: &str) -> Result<(Counter, i64), sqlx::Error> {
    if let Some(found) = read(pool, scope).await? {
        return Ok(found);
    }
    sqlx::query("INSERT INTO attempt_limits (scope) VALUES ($1) ON CONFLICT (scope) DO NOTHING")
        .bind(scope)
        .execute(pool)
        .await?;
    read(pool, scope).await?.ok_or(sqlx::Error::RowNotFound)
}

async fn read(pool: &Db, scope: &str) -> Result<Option<(Counter, i64)>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT failures, window_start, window_failures, blocked_until, version \
         FROM attempt_limits WHERE scope = $1",
    )
    .bind(scope)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    Ok(Some((
        Counter {
            failures: row.try_get("failures")?,
            window_start: row.try_get("window_start")?,
            window_failures: row.try_get("window_failures")?,
            blocked_until: row.try_get("blocked_until")?,
        },
        row.try_get("version")?,
    )))
}

/// Writes `counter` if the row is still at `version`; `false` if another request changed it
/// first (the caller reads it again and retries).
pub async fn swap(
    pool: &Db,
    scope: &str,
    version: i64,
    counter: Counter,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE attempt_limits SET failures = $1, window_start = $2, window_failures = $3, \
         blocked_until = $4, version = version + 1 WHERE scope = $5 AND version = $6",
    )
    .bind(counter.failures)
    .bind(counter.window_start)
    .bind(counter.window_failures)
    .bind(counter.blocked_until)
    .bind(scope)
    .bind(version)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Forgets every failure of a scope (an administrator's reset). The row stays, with a new
/// version: a version never comes back, so a counter remembered with its version is current
/// whenever the row still has that version.
pub async fn clear(pool: &Db, scope: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE attempt_limits SET failures = 0, window_start = 0, window_failures = 0, \
         blocked_until = 0, version = version + 1 WHERE scope = $1",
    )
    .bind(scope)
    .execute(pool)
    .await
    .map(drop)
}
