//! The `factor_mail_codes` table (see migration 0018): the one live code mailed to an account
//! that sets up its first factor, sealed. Each try is reserved by one conditional UPDATE, so
//! parallel tries cannot exceed the limit.

use super::Db;

/// Stores `sealed` as the account's live code, replacing an earlier one (and its tries).
pub async fn replace(
    pool: &Db,
    user: i64,
    sealed: &[u8],
    epoch: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO factor_mail_codes (user_id, sealed_code, credential_epoch, attempts, expires_at) \
         VALUES ($1, $2, $3, 0, $4) \
         ON CONFLICT (user_id) DO UPDATE SET sealed_code = excluded.sealed_code, \
         credential_epoch = excluded.credential_epoch, attempts = 0, \
         expires_at = excluded.expires_at",
    )
    .bind(user)
    .bind(sealed)
    .bind(epoch)
    .bind(expires_at)
    .execute(pool)
    .await
    .map(drop)
}

/// Reserves one of the code's `max_attempts` tries and returns the sealed code: `None` when
/// the account has no live code (none mailed, expired, made under an older credential epoch,
/// or out of tries).
pub async fn reserve_try(
    pool: &Db,
    user: i64,
    max_attempts: i64,
    now: i64,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE factor_mail_codes SET attempts = attempts + 1 \
         WHERE user_id = $1 AND attempts < $2 AND expires_at > $3 \
           AND credential_epoch = (SELECT credential_epoch FROM users WHERE id = $1) \
         RETURNING sealed_code",
    )
    .bind(user)
    .bind(max_attempts)
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// Gives back the try of a right code (only wrong ones count).
pub async fn give_back_try(pool: &Db, user: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE factor_mail_codes SET attempts = attempts - 1 WHERE user_id = $1 AND attempts > 0",
    )
    .bind(user)
    .execute(pool)
    .await
    .map(drop)
}

/// Ends the account's code (its factor was set up).
pub async fn end(pool: &Db, user: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM factor_mail_codes WHERE user_id = $1")
        .bind(user)
        .execute(pool)
        .await
        .map(drop)
}

/// Removes the codes past their time; returns how many.
pub async fn delete_expired(pool: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM factor_mail_codes WHERE expires_at <= $1")
        .bind(now)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}
