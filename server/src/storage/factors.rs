//! The `totp_credentials` and `backup_codes` tables, and what an account's factors are as
//! stored (the decisions are `services::factors`). Every state change that must not happen
//! twice is one conditional UPDATE, so concurrent requests cannot both succeed.

use sqlx::{AnyConnection, Row, any::AnyRow};

use super::Db;

/// The columns of a `users` row's factors, read by [`FactorRow::read`]: when the authenticator
/// app was confirmed (NULL while there is none or its set-up is pending), when the first
/// security key was added, how many keys there are, and how many backup codes are unused.
pub const FACTOR_COLUMNS: &str = "\
     (SELECT confirmed_at FROM totp_credentials WHERE totp_credentials.user_id = users.id) \
     AS authenticator_at, \
     (SELECT MIN(added_at) FROM security_keys WHERE security_keys.user_id = users.id) \
     AS first_key_at, \
     (SELECT COUNT(*) FROM security_keys WHERE security_keys.user_id = users.id) AS keys, \
     (SELECT COUNT(*) FROM backup_codes \
      WHERE backup_codes.user_id = users.id AND backup_codes.used_at IS NULL) AS backup_codes_left";

/// An account's factors as stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FactorRow {
    pub authenticator_at: Option<i64>,
    pub first_key_at: Option<i64>,
    pub keys: i64,
    pub backup_codes_left: i64,
}

impl FactorRow {
    /// Reads the [`FACTOR_COLUMNS`] of a row.
    pub fn read(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Self {
            authenticator_at: row.try_get("authenticator_at")?,
            first_key_at: row.try_get("first_key_at")?,
            keys: row.try_get("keys")?,
            backup_codes_left: row.try_get("backup_codes_left")?,
        })
    }
}

/// The factors of `user` on `conn` (within a change's transaction, what it sees), with whether
/// the account's address is confirmed; `None` if the account is gone.
pub async fn of_user(
    conn: &mut AnyConnection,
    user: i64,
) -> Result<Option<(FactorRow, bool)>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {FACTOR_COLUMNS}, users.email_verified_at FROM users WHERE users.id = $1"
    ))
    .bind(user)
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        let confirmed: Option<i64> = row.try_get("email_verified_at")?;
        Ok((FactorRow::read(&row)?, confirmed.is_some()))
    })
    .transpose()
}

pub struct Credential {
    pub sealed_secret: Vec<u8>,
    /// When the set-up was confirmed; `None` while pending.
    pub confirmed_at: Option<i64>,
}

/// Stores a new pending secret, replacing an earlier pending one. `false` if the user already
/// has a confirmed credential.
pub async fn put_pending(
    conn: &mut AnyConnection,
    user: i64,
    sealed: &[u8],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO totp_credentials (user_id, sealed_secret, confirmed_at, last_used_step, created_at) \
         VALUES ($1, $2, NULL, -1, $3) \
         ON CONFLICT (user_id) DO UPDATE SET sealed_secret = excluded.sealed_secret, \
         created_at = excluded.created_at, last_used_step = -1 \
         WHERE totp_credentials.confirmed_at IS NULL",
    )
    .bind(user)
    .bind(sealed)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn credential(pool: &Db, user: i64) -> Result<Option<Credential>, sqlx::Error> {
    let row =
        sqlx::query("SELECT sealed_secret, confirmed_at FROM totp_credentials WHERE user_id = $1")
            .bind(user)
            .fetch_optional(pool)
            .await?;
    row.map(|row| {
        Ok(Credential {
            sealed_secret: row.try_get("sealed_secret")?,
            confirmed_at: row.try_get("confirmed_at")?,
        })
    })
    .transpose()
}

/// Records `step` as used on a confirmed credential if it is later than the last used one.
/// `false` if that step, or a later one, was used already (replay).
pub async fn use_step(conn: &mut AnyConnection, user: i64, step: i64) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE totp_credentials SET last_used_step = $1 \
         WHERE user_id = $2 AND last_used_step < $1 AND confirmed_at IS NOT NULL",
    )
    .bind(step)
    .bind(user)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Confirms a pending credential with the first code's `step`; `false` if it is not pending.
pub async fn confirm(
    conn: &mut AnyConnection,
    user: i64,
    step: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE totp_credentials SET last_used_step = $1, confirmed_at = $2 \
         WHERE user_id = $3 AND last_used_step < $1 AND confirmed_at IS NULL",
    )
    .bind(step)
    .bind(now)
    .bind(user)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Replaces all backup codes of `user` with `hashes`.
pub async fn replace_backup_codes(
    conn: &mut AnyConnection,
    user: i64,
    hashes: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM backup_codes WHERE user_id = $1")
        .bind(user)
        .execute(&mut *conn)
        .await?;
    for hash in hashes {
        sqlx::query(
            "INSERT INTO backup_codes (user_id, code_hash, used_at, hash_version) \
             VALUES ($1, $2, NULL, 2)",
        )
        .bind(user)
        .bind(hash)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Marks an unused backup code as used; `false` if there is no such unused code.
/// Spends the unused code of `user` whose stored form is `hashes[0]` (the current version) or
/// `hashes[1]` (a code made by an earlier version).
pub async fn consume_backup_code(
    conn: &mut AnyConnection,
    user: i64,
    hashes: [&str; 2],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE backup_codes SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL \
         AND ((hash_version = 2 AND code_hash = $3) OR (hash_version = 1 AND code_hash = $4))",
    )
    .bind(now)
    .bind(user)
    .bind(hashes[0])
    .bind(hashes[1])
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Discards a pending (unconfirmed) secret; a confirmed credential stays.
pub async fn delete_pending(pool: &Db, user: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM totp_credentials WHERE user_id = $1 AND confirmed_at IS NULL")
        .bind(user)
        .execute(pool)
        .await?;
    Ok(())
}

/// Removes the confirmed authenticator app of `user` (not its backup codes); whether there was
/// one.
pub async fn delete_authenticator(
    conn: &mut AnyConnection,
    user: i64,
) -> Result<bool, sqlx::Error> {
    let result =
        sqlx::query("DELETE FROM totp_credentials WHERE user_id = $1 AND confirmed_at IS NOT NULL")
            .bind(user)
            .execute(conn)
            .await?;
    Ok(result.rows_affected() == 1)
}

/// Removes the credential and every backup code of `user`.
pub async fn delete_all(conn: &mut AnyConnection, user: i64) -> Result<(), sqlx::Error> {
    for sql in [
        "DELETE FROM totp_credentials WHERE user_id = $1",
        "DELETE FROM backup_codes WHERE user_id = $1",
        "DELETE FROM security_keys WHERE user_id = $1",
    ] {
        sqlx::query(sql).bind(user).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Every stored secret (pending or confirmed) with its owner, for re-encryption.
pub async fn all_sealed(pool: &Db) -> Result<Vec<(i64, Vec<u8>)>, sqlx::Error> {
    let rows = sqlx::query("SELECT user_id, sealed_secret FROM totp_credentials ORDER BY user_id")
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("user_id")?, row.try_get("sealed_secret")?)))
        .collect()
}

/// Replaces a sealed secret if it is still `old` (a user who set up again meanwhile keeps the
/// new secret); returns whether it was replaced.
pub async fn replace_sealed(
    pool: &Db,
    user: i64,
    old: &[u8],
    new: &[u8],
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE totp_credentials SET sealed_secret = $1 WHERE user_id = $2 AND sealed_secret = $3",
    )
    .bind(new)
    .bind(user)
    .bind(old)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}
