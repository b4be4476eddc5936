//! `oidc_connections`: the applications each account signed in to, and what the user agreed to
//! share with them.

use sqlx::{Acquire, Row};

use super::Db;

/// Counts a sign-in of `user` to `client_id` at `now`; whether it is the first.
pub async fn record_use(
    pool: &Db,
    user: i64,
    client_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let run = |sql: &'static str| {
        sqlx::query(sql)
            .bind(user)
            .bind(client_id)
            .bind(now)
            .execute(pool)
    };
    let updated =
        run("UPDATE oidc_connections SET last_used_at = $3 WHERE user_id = $1 AND client_id = $2")
            .await?
            .rows_affected();
    if updated > 0 {
        return Ok(false);
    }
    // Two first sign-ins at once: one inserts, the other finds the row.
    let inserted = run(
        "INSERT INTO oidc_connections (user_id, client_id, first_used_at, last_used_at) \
         VALUES ($1, $2, $3, $3) ON CONFLICT (user_id, client_id) DO NOTHING",
    )
    .await?
    .rows_affected();
    Ok(inserted > 0)
}

/// An application an account signed in to.
pub struct ConnectionRow {
    pub client_id: String,
    pub name: String,
    pub first_used_at: i64,
    pub last_used_at: i64,
}

/// The applications `user` signed in to, the most recently used first.
pub async fn of_user(pool: &Db, user: i64) -> Result<Vec<ConnectionRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.client_id, a.name, c.first_used_at, c.last_used_at \
         FROM oidc_connections c JOIN applications a ON a.client_id = c.client_id \
         WHERE c.user_id = $1 ORDER BY c.last_used_at DESC, a.name",
    )
    .bind(user)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ConnectionRow {
                client_id: row.try_get("client_id")?,
                name: row.try_get("name")?,
                first_used_at: row.try_get("first_used_at")?,
                last_used_at: row.try_get("last_used_at")?,
            })
        })
        .collect()
}

/// Disconnects `client_id` from `user`: the connection (with its consent), and every code and
/// token the application holds for the account, in one transaction. Whether it was connected.
pub async fn disconnect(pool: &Db, user: i64, client_id: &str) -> Result<bool, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let removed = sqlx::query("DELETE FROM oidc_connections WHERE user_id = $1 AND client_id = $2")
        .bind(user)
        .bind(client_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    for table in ["oidc_tokens", "oidc_codes"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE user_id = $1 AND client_id = $2"
        ))
        .bind(user)
        .bind(client_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(removed > 0)
}

/// The scopes `user` agreed to share with `client_id` (space-separated), if they were asked.
pub async fn consented(
    pool: &Db,
    user: i64,
    client_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT consented_scopes FROM oidc_connections WHERE user_id = $1 AND client_id = $2",
    )
    .bind(user)
    .bind(client_id)
    .fetch_optional(pool)
    .await
    .map(Option::flatten)
}

/// Keeps that `user` agreed at `now` to share `scopes` (space-separated) with `client_id`.
pub async fn consent(
    pool: &Db,
    user: i64,
    client_id: &str,
    scopes: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO oidc_connections \
         (user_id, client_id, consented_scopes, first_used_at, last_used_at) \
         VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (user_id, client_id) DO UPDATE SET consented_scopes = excluded.consented_scopes",
    )
    .bind(user)
    .bind(client_id)
    .bind(scopes)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}
