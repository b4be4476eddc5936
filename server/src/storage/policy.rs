//! The `two_factor_policy` row and the accounts' roles.

use domain::policy::{Policy, RequiredOf};
use sqlx::Row;

use super::Db;

/// The role `server admin grant` gives.
pub const ADMINISTRATOR: &str = "administrator";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Policy, sqlx::Error> {
    let word: String = row.try_get("required_of")?;
    Ok(Policy {
        required_of: RequiredOf::parse(&word).ok_or_else(|| {
            sqlx::Error::Decode(format!("unknown two-factor policy {word:?}").into())
        })?,
        grace_days: row.try_get("grace_days")?,
        since: row.try_get("since")?,
    })
}

/// The policy; the default (nothing required) while none was ever set.
pub async fn get(pool: &Db) -> Result<Policy, sqlx::Error> {
    sqlx::query("SELECT required_of, grace_days, since FROM two_factor_policy WHERE id = 1")
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map_or(Ok(Policy::default()), from_row)
}

/// Sets whom two-factor is required of and the grace period, at `now`, by `by`. When it was
/// required of nobody before, the policy starts now; otherwise its start stays (a changed
/// period applies to everyone from the same start). Returns the policy as stored.
pub async fn set(
    pool: &Db,
    required_of: RequiredOf,
    grace_days: i64,
    now: i64,
    by: &str,
) -> Result<Policy, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO two_factor_policy (id, required_of, grace_days, since, changed_at, changed_by) \
         VALUES (1, $1, $2, $3, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET required_of = excluded.required_of, \
         grace_days = excluded.grace_days, \
         since = CASE WHEN two_factor_policy.required_of = 'nobody' THEN excluded.since \
                 ELSE two_factor_policy.since END, \
         changed_at = excluded.changed_at, changed_by = excluded.changed_by \
         RETURNING required_of, grace_days, since",
    )
    .bind(required_of.as_str())
    .bind(grace_days)
    .bind(now)
    .bind(by)
    .fetch_one(pool)
    .await?;
    from_row(&row)
}

/// Takes any role away from the account `user` (on `conn`, within a change's transaction).
pub async fn clear_role(conn: &mut sqlx::AnyConnection, user: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET role = NULL WHERE id = $1")
        .bind(user)
        .execute(conn)
        .await
        .map(drop)
}

/// Gives the account `user` the role `role` (`None`: an ordinary user again).
pub async fn set_role(pool: &Db, user: i64, role: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET role = $1 WHERE id = $2")
        .bind(role)
        .bind(user)
        .execute(pool)
        .await?;
    Ok(())
}
