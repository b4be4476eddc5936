//! `oidc_connections`: the applications each account signed in to, and what the user agreed to
//! share with them.

use super::Db;

/// Counts a sign-in of `user` to `client_id` at `now`.
pub async fn record_use(
    pool: &Db,
    user: i64,
    client_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO oidc_connections (user_id, client_id, first_used_at, last_used_at) \
         VALUES ($1, $2, $3, $3) \
         ON CONFLICT (user_id, client_id) DO UPDATE SET last_used_at = excluded.last_used_at",
    )
    .bind(user)
    .bind(client_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
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
