//! The `trusted_browsers` table.

use sqlx::Row;

use super::Db;

/// A trust to store.
pub struct NewTrust<'a> {
    pub user: i64,
    pub token_hash: &'a str,
    /// The id of the browser's device token for the account (see `services::devices`).
    pub device: &'a str,
    pub epoch: i64,
    pub now: i64,
    pub expires_at: i64,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

pub async fn insert(pool: &Db, trust: NewTrust<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO trusted_browsers \
         (user_id, token_hash, credential_epoch, created_at, expires_at, ip, user_agent, \
          device_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(trust.user)
    .bind(trust.token_hash)
    .bind(trust.epoch)
    .bind(trust.now)
    .bind(trust.expires_at)
    .bind(trust.ip)
    .bind(trust.user_agent)
    .bind(trust.device)
    .execute(pool)
    .await?;
    Ok(())
}

/// A live trust of an account, as a sign-in checks it.
pub struct LiveTrust {
    pub token_hash: String,
    pub device_hash: String,
    /// The token the last use replaced.
    pub previous_hash: Option<String>,
    /// Where it was used last (or trusted).
    pub ip: Option<String>,
}

/// The live trusts of `user` under `epoch`.
pub async fn live(
    pool: &Db,
    user: i64,
    epoch: i64,
    now: i64,
) -> Result<Vec<LiveTrust>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT token_hash, device_hash, previous_hash, ip FROM trusted_browsers \
         WHERE user_id = $1 AND credential_epoch = $2 AND expires_at > $3",
    )
    .bind(user)
    .bind(epoch)
    .bind(now)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(LiveTrust {
                token_hash: row.try_get("token_hash")?,
                device_hash: row.try_get("device_hash")?,
                previous_hash: row.try_get("previous_hash")?,
                ip: row.try_get("ip")?,
            })
        })
        .collect()
}

/// Ends every trust of `user`; returns how many there were.
pub async fn delete_of_user(pool: &Db, user: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM trusted_browsers WHERE user_id = $1")
        .bind(user)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}

/// A use of a trust: the token the browser brought, for which account, when and from where.
pub struct Use<'a> {
    pub user: i64,
    pub old_hash: &'a str,
    pub new_hash: &'a str,
    pub epoch: i64,
    pub now: i64,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

/// Replaces the token of the live trust of `old_hash` for `user` under `epoch` by `new_hash`,
/// remembering `old_hash` as the previous token (one request wins when two race with the same
/// token). Returns whether there was one.
pub async fn rotate(pool: &Db, used: Use<'_>) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE trusted_browsers SET token_hash = $1, last_used_at = $2, ip = $3, user_agent = $4, \
         previous_hash = token_hash WHERE token_hash = $5 AND user_id = $6 AND credential_epoch = $7 AND expires_at > $2",
    )
    .bind(used.new_hash)
    .bind(used.now)
    .bind(used.ip)
    .bind(used.user_agent)
    .bind(used.old_hash)
    .bind(used.user)
    .bind(used.epoch)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// A trust as the sessions page lists it.
pub struct TrustRow {
    pub id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// The live trusts of `user` (not expired, under the account's current epoch), newest first.
pub async fn of_user(pool: &Db, user: i64, now: i64) -> Result<Vec<TrustRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT t.id, t.created_at, t.expires_at, t.last_used_at, t.ip, t.user_agent \
         FROM trusted_browsers t JOIN users u ON u.id = t.user_id \
         WHERE t.user_id = $1 AND t.expires_at > $2 AND t.credential_epoch = u.credential_epoch \
         ORDER BY t.id DESC",
    )
    .bind(user)
    .bind(now)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(TrustRow {
                id: row.try_get("id")?,
                created_at: row.try_get("created_at")?,
                expires_at: row.try_get("expires_at")?,
                last_used_at: row.try_get("last_used_at")?,
                ip: row.try_get("ip")?,
                user_agent: row.try_get("user_agent")?,
            })
        })
        .collect()
}

/// Deletes one trust of `user`; whether it was there.
pub async fn delete(pool: &Db, user: i64, id: i64) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM trusted_browsers WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Deletes the trusts that can no longer be used: expired, or made under an older epoch.
pub async fn delete_dead(pool: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query(
        "DELETE FROM trusted_browsers WHERE expires_at <= $1 OR credential_epoch <> \
         (SELECT credential_epoch FROM users WHERE users.id = trusted_browsers.user_id)",
    )
    .bind(now)
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}
