//! The `mail_outbox` table: mail waiting to be delivered (its body sealed, see
//! `services::mail`), and delivered mail without its body for a while. Any server may take a message; taking
//! one is a single conditional UPDATE, so two servers never send the same message at once.

use sqlx::Row;

use super::Db;

pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

pub async fn insert(
    pool: &Db,
    recipient: &str,
    subject: &str,
    body: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(now)
    .execute(pool)
    .await
    .map(drop)
}

/// Takes the oldest message that is due: it is not due again before `retry_at` (if this server
/// fails to report, another one retries it then).
pub async fn take_due(pool: &Db, now: i64, retry_at: i64) -> Result<Option<Mail>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE mail_outbox SET next_attempt_at = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 \
                     ORDER BY id LIMIT 1) \
           AND sent_at IS NULL AND next_attempt_at <= $1 \
         RETURNING id, recipient, subject, body, attempts",
    )
    .bind(now)
    .bind(retry_at)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(Mail {
            id: row.try_get("id")?,
            recipient: row.try_get("recipient")?,
            subject: row.try_get("subject")?,
            body: row.try_get("body")?,
            attempts: row.try_get("attempts")?,
        })
    })
    .transpose()
}

/// Marks the message delivered and forgets its body.
pub async fn mark_sent(pool: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mail_outbox SET sent_at = $1, body = '' WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(pool)
        .await
        .map(drop)
}

pub async fn retry_later(pool: &Db, id: i64, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mail_outbox SET next_attempt_at = $1 WHERE id = $2")
        .bind(at)
        .bind(id)
        .execute(pool)
        .await
        .map(drop)
}

/// Removes a message (given up undelivered).
pub async fn delete(pool: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM mail_outbox WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await
        .map(drop)
}

/// Forgets delivered mail older than `before`.
pub async fn delete_sent(pool: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM mail_outbox WHERE sent_at IS NOT NULL AND sent_at < $1")
        .bind(before)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}

/// Messages not delivered yet (the queue's depth, for the metrics).
pub async fn waiting(pool: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
        .fetch_one(pool)
        .await
}
