//! The `security_events` table: the security log of each user.

use sqlx::Row;

use super::Db;

pub struct EventRow {
    pub kind: String,
    pub at: i64,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub detail: Option<i64>,
    pub actor: Option<String>,
    pub subject: Option<String>,
}

pub struct NewEvent<'a> {
    pub user: i64,
    pub kind: &'a str,
    pub at: i64,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    pub detail: Option<i64>,
    /// Who did it, when not the account's owner: an operator on the command line, or an
    /// administrator (`domain::security::Actor`, as stored).
    pub actor: Option<&'a str>,
    /// The other account the entry is about (its address).
    pub subject: Option<&'a str>,
}

pub async fn insert(pool: &Db, event: NewEvent<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO security_events (user_id, kind, at, ip, user_agent, detail, actor, subject) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(event.user)
    .bind(event.kind)
    .bind(event.at)
    .bind(event.ip)
    .bind(event.user_agent)
    .bind(event.detail)
    .bind(event.actor)
    .bind(event.subject)
    .execute(pool)
    .await
    .map(drop)
}

/// Up to `limit` events of `user`, newest first, skipping the `offset` newest.
pub async fn newest(
    pool: &Db,
    user: i64,
    offset: i64,
    limit: i64,
) -> Result<Vec<EventRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, at, ip, user_agent, detail, actor, subject FROM security_events \
         WHERE user_id = $1 \
         ORDER BY id DESC LIMIT $2 OFFSET $3",
    )
    .bind(user)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(EventRow {
                kind: row.try_get("kind")?,
                at: row.try_get("at")?,
                ip: row.try_get("ip")?,
                user_agent: row.try_get("user_agent")?,
                detail: row.try_get("detail")?,
                actor: row.try_get("actor")?,
                subject: row.try_get("subject")?,
            })
        })
        .collect()
}

/// Removes every event older than `before` (the log's retention); returns how many.
pub async fn delete_before(pool: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM security_events WHERE at < $1")
        .bind(before)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}
