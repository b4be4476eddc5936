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

/// A new pending login.
pub struct NewPending<'a> {
    pub id_hash: &'a str,
    pub user: i64,
    pub language: Option<&'a str>,
    pub epoch: i64,
    pub now: i64,
    /// Where the password came from (for the security log, should no factor follow).
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

pub async fn insert(pool: &Db, new: NewPending<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO pending_logins \
         (id_hash, user_id, started_at, language, credential_epoch, ip, user_agent) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new.id_hash)
    .bind(new.user)
    .bind(new.now)
    .bind(new.language)
    .bind(new.epoch)
    .bind(new.ip)
    .bind(new.user_agent)
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

/// Counts a code as wrong before it is checked, in one statement, so that parallel requests
/// can never check more than `max_failures` codes: the count with this one, or `None` when the
/// pending login can take no more (it is deleted then). A right code ends the pending login;
/// a code that was not checked is given back with [`give_back`].
pub async fn reserve(pool: &Db, live: &Live<'_>) -> Result<Option<i64>, sqlx::Error> {
    let failures: Option<(i64,)> = sqlx::query_as(
        "UPDATE pending_logins SET failures = failures + 1 \
         WHERE id_hash = $1 AND started_at > $2 AND failures < $3 RETURNING failures",
    )
    .bind(live.id_hash)
    .bind(live.started_after)
    .bind(live.max_failures)
    .fetch_optional(pool)
    .await?;
    if failures.is_none() {
        delete(pool, live.id_hash).await?;
    }
    Ok(failures.map(|(failures,)| failures))
}

/// Takes back a code [`reserve`]d but never checked.
pub async fn give_back(pool: &Db, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE pending_logins SET failures = failures - 1 WHERE id_hash = $1 AND failures > 0",
    )
    .bind(id_hash)
    .execute(pool)
    .await
    .map(drop)
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
pub async fn delete_of_user(conn: &mut sqlx::AnyConnection, user: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM pending_logins WHERE user_id = $1")
        .bind(user)
        .execute(conn)
        .await?;
    Ok(result.rows_affected())
}

/// A pending login that ended without its factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Abandoned {
    pub user_id: i64,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// Removes pending logins that started at or before `started_before` (expired), and returns
/// them: each to one server only, however many prune at once.
pub async fn delete_expired(pool: &Db, started_before: i64) -> Result<Vec<Abandoned>, sqlx::Error> {
    let rows: Vec<(i64, Option<String>, Option<String>)> = sqlx::query_as(
        "DELETE FROM pending_logins WHERE started_at <= $1 RETURNING user_id, ip, user_agent",
    )
    .bind(started_before)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, ip, user_agent)| Abandoned {
            user_id,
            ip,
            user_agent,
        })
        .collect())
}
