//! The `signing_keys` table: the keys that sign ID tokens.

use sqlx::{Connection, Row};

use super::Db;

/// A stored key: its private half sealed, its public half a JSON Web Key.
pub struct KeyRow {
    pub kid: String,
    pub algorithm: String,
    pub sealed_key: Vec<u8>,
    pub public_jwk: String,
}

const COLUMNS: &str = "kid, algorithm, sealed_key, public_jwk";

fn read(row: &sqlx::any::AnyRow) -> Result<KeyRow, sqlx::Error> {
    Ok(KeyRow {
        kid: row.try_get("kid")?,
        algorithm: row.try_get("algorithm")?,
        sealed_key: row.try_get("sealed_key")?,
        public_jwk: row.try_get("public_jwk")?,
    })
}

/// The current key of `algorithm`, if there is one.
pub async fn current(pool: &Db, algorithm: &str) -> Result<Option<KeyRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM signing_keys WHERE algorithm = $1 AND retired_at IS NULL"
    ))
    .bind(algorithm)
    .fetch_optional(pool)
    .await?;
    row.as_ref().map(read).transpose()
}

/// The keys current or retired after `since`, newest first.
pub async fn published(pool: &Db, since: i64) -> Result<Vec<KeyRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM signing_keys WHERE retired_at IS NULL OR retired_at > $1 \
         ORDER BY created_at DESC, kid"
    ))
    .bind(since)
    .fetch_all(pool)
    .await?;
    rows.iter().map(read).collect()
}

/// Every key (for sealing them again under a new key).
pub async fn all(pool: &Db) -> Result<Vec<KeyRow>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM signing_keys"))
        .fetch_all(pool)
        .await?;
    rows.iter().map(read).collect()
}

/// Makes `key` the current key of its algorithm, retiring the one before it (`rotate`), or
/// only if there is none yet; `false` when another server made one first.
pub async fn insert(pool: &Db, key: &KeyRow, now: i64, rotate: bool) -> Result<bool, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    if rotate {
        sqlx::query(
            "UPDATE signing_keys SET retired_at = $1 WHERE algorithm = $2 AND retired_at IS NULL",
        )
        .bind(now)
        .bind(&key.algorithm)
        .execute(&mut *tx)
        .await?;
    }
    let inserted = sqlx::query(
        "INSERT INTO signing_keys (kid, algorithm, sealed_key, public_jwk, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(&key.kid)
    .bind(&key.algorithm)
    .bind(&key.sealed_key)
    .bind(&key.public_jwk)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(inserted == 1)
}

pub async fn reseal(pool: &Db, kid: &str, sealed_key: &[u8]) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE signing_keys SET sealed_key = $1 WHERE kid = $2")
        .bind(sealed_key)
        .bind(kid)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets the keys retired before `before` (no token signed with them is still valid).
pub async fn delete_retired(pool: &Db, before: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM signing_keys WHERE retired_at IS NOT NULL AND retired_at <= $1")
            .bind(before)
            .execute(pool)
            .await?
            .rows_affected(),
    )
}
