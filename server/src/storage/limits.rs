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
/// created at zero first (by whichever request comes first) and read again. A new row's version
/// is the time in microseconds: a row pruned and made again never reaches a version it had
/// before (that would take a million changes a second), so a counter remembered with its
/// version is current whenever the row has that version.
pub async fn load(pool: &Db, scope: &str) -> Result<(Counter, i64), sqlx::Error> {
    // A new row has no failures, so a sweep of idle rows (`delete_expired`, on any server) may
    // remove it before it is read back: then it is made again.
    for _ in 0..3 {
        if let Some(found) = read(pool, scope).await? {
            return Ok(found);
        }
        let first_version = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| {
                i64::try_from(since.as_micros()).unwrap_or(i64::MAX)
            });
        sqlx::query(
            "INSERT INTO attempt_limits (scope, version) VALUES ($1, $2) \
             ON CONFLICT (scope) DO NOTHING",
        )
        .bind(scope)
        .bind(first_version)
        .execute(pool)
        .await?;
    }
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

/// Writes `counter` (deletable after `expires_at`) if the row is still at `version`; `false`
/// if another request changed it first (the caller reads it again and retries).
pub async fn swap(
    pool: &Db,
    scope: &str,
    version: i64,
    counter: Counter,
    expires_at: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE attempt_limits SET failures = $1, window_start = $2, window_failures = $3, \
         blocked_until = $4, expires_at = $5, version = version + 1 \
         WHERE scope = $6 AND version = $7",
    )
    .bind(counter.failures)
    .bind(counter.window_start)
    .bind(counter.window_failures)
    .bind(counter.blocked_until)
    .bind(expires_at)
    .bind(scope)
    .bind(version)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Forgets every failure of a scope (an administrator's reset). The row stays, with a new
/// version (see [`load`]).
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

/// Forgets every failure of the scopes whose name begins with `prefix` (as [`clear`] does).
pub async fn clear_prefixed(pool: &Db, prefix: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE attempt_limits SET failures = 0, window_start = 0, window_failures = 0, \
         blocked_until = 0, version = version + 1 WHERE substr(scope, 1, length($1)) = $1",
    )
    .bind(prefix)
    .execute(pool)
    .await
    .map(drop)
}

/// Deletes the rows whose policy no longer needs them at `now` (see the migration); returns
/// how many. Rows from before `expires_at` existed go once they are two days idle without
/// failures in a row.
pub async fn delete_expired(pool: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query(
        "DELETE FROM attempt_limits WHERE expires_at < $1 AND blocked_until <= $1 \
         AND (expires_at > 0 OR (failures = 0 AND window_start < $2))",
    )
    .bind(now)
    .bind(now - 2 * 24 * 3600)
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}

/// Until when nothing is checked in `scope` (0 when nothing is blocked, or the scope has no
/// row); reads only.
pub async fn blocked_until(pool: &Db, scope: &str) -> Result<i64, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT blocked_until FROM attempt_limits WHERE scope = $1")
            .bind(scope)
            .fetch_optional(pool)
            .await?;
    Ok(found.unwrap_or(0))
}
