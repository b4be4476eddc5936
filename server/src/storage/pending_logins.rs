//! The `pending_logins` table: logins whose password was right, waiting for a factor. Rows are
//! keyed by a SHA-256 of the token the browser's session keeps.

use super::Db;

/// A pending login that may still take a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRow {
    pub user_id: i64,
    pub language: Option<String>,
    /// The account's credential epoch when the password was given (still the account's).
    pub epoch: i64,
}

pub async fn insert(
    pool: &Db,
    id_hash: &str,
    user: i64,
    language: Option<&str>,
    epoch: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO pending_logins (id_hash, user_id, started_at, language, credential_epoch) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id_hash)
    .bind(user)
    .bind(now)
    .bind(language)
    .bind(epoch)
    .execute(pool)
    .await
    .map(drop)
}

/// A pending login that can still take a code: started after `started_after`, with fewer
/// than `max_failures` wrong codes, under the account's current credential epoch.
pub struct Live<'a> {
    pub id_hash: &'a str,
    pub started_after: i64,
    pub max_failures: i64,
}

/// The pending login, if it is [`Live`].
pub async fn live(pool: &Db, live: &Live<'_>) -> Result<Option<PendingRow>, sqlx::Error> {
    let row: Option<(i64, Option<String>, i64)> = sqlx::query_as(
        "SELECT pending_logins.user_id, pending_logins.language, pending_logins.credential_epoch \
         FROM pending_logins JOIN users ON users.id = pending_logins.user_id \
         WHERE pending_logins.id_hash = $1 AND pending_logins.started_at > $2 \
         AND pending_logins.failures < $3 \
         AND pending_logins.credential_epoch = users.credential_epoch",
    )
    .bind(live.id_hash)
    .bind(live.started_after)
    .bind(live.max_failures)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(user_id, language, epoch)| PendingRow {
        user_id,
        language,
        epoch,
    }))
}

/// Counts a wrong code, in one statement (parallel requests each count). Returns whether the
/// pending login can still take a code; when it cannot, it is deleted.
pub async fn count_failure(pool: &Db, live: &Live<'_>) -> Result<bool, sqlx::Error> {
    let failures: Option<(i64,)> = sqlx::query_as(
        "UPDATE pending_logins SET failures = failures + 1 \
         WHERE id_hash = $1 AND started_at > $2 AND failures < $3 RETURNING failures",
    )
    .bind(live.id_hash)
    .bind(live.started_after)
    .bind(live.max_failures)
    .fetch_optional(pool)
    .await?;
    let left = failures.is_some_and(|(failures,)| failures < live.max_failures);
    if !left {
        delete(pool, live.id_hash).await?;
    }
    Ok(left)
}

/// Ends the pending login; `false` if it had ended already (another request completed it).
pub async fn delete(pool: &Db, id_hash: &str) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM pending_logins WHERE id_hash = $1")
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() > 0)
}

/// Ends every pending login of `user` (a change of the account's sign-in factors).
pub async fn delete_of_user(pool: &Db, user: i64) -> Result<u64, sqlx::Error> {
    delete_where(pool, "user_id = $1", user).await
}

/// Removes pending logins that started at or before `started_before` (expired); returns how
/// many.
pub async fn delete_expired(pool: &Db, started_before: i64) -> Result<u64, sqlx::Error> {
    delete_where(pool, "started_at <= $1", started_before).await
}

async fn delete_where(pool: &Db, condition: &str, value: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query(&format!("DELETE FROM pending_logins WHERE {condition}"))
        .bind(value)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}
