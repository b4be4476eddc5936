//! The `users` table.

use sqlx::Row;

use super::{
    Db,
    factors::{FACTOR_COLUMNS, FactorRow},
};

#[derive(Clone)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub factors: FactorRow,
    pub language: Option<String>,
    /// Raised by every change of the account's sign-in factors (see migration 0008).
    pub credential_epoch: i64,
    pub created_at: i64,
    /// Whether the account has the administrator role (`server admin grant`).
    pub administrator: bool,
    /// When the address was confirmed (`None` until the link mailed at sign-up is used).
    pub email_verified_at: Option<i64>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("id", &self.id)
            .field("password_hash", &"[redacted]")
            .field("factors", &self.factors)
            .finish_non_exhaustive()
    }
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        password_hash: row.try_get("password_hash")?,
        factors: FactorRow::read(row)?,
        language: row.try_get("language")?,
        credential_epoch: row.try_get("credential_epoch")?,
        created_at: row.try_get("created_at")?,
        administrator: is_administrator(row)?,
        email_verified_at: row.try_get("email_verified_at")?,
    })
}

/// Whether the `role` column of a row names the administrator role.
fn is_administrator(row: &sqlx::any::AnyRow) -> Result<bool, sqlx::Error> {
    let role: Option<String> = row.try_get("role")?;
    Ok(role.as_deref() == Some(super::policy::ADMINISTRATOR))
}

/// The user's columns and its factors'.
fn columns() -> String {
    format!(
        "users.id, users.email, users.password_hash, users.language, users.credential_epoch, \
         users.created_at, users.role, users.email_verified_at, {FACTOR_COLUMNS} FROM users"
    )
}

/// Inserts a user; `Ok(None)` when the email is taken.
pub async fn insert(
    pool: &Db,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO users (email, password_hash, created_at, password_changed_at) \
         VALUES ($1, $2, $3, $3) ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    result.map(|row| row.try_get("id")).transpose()
}

pub async fn by_email(pool: &Db, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query(&format!("SELECT {} WHERE users.email = $1", columns()))
        .bind(email)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

pub async fn by_id(pool: &Db, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query(&format!("SELECT {} WHERE users.id = $1", columns()))
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Replaces the password hash if it is still `expected_hash` (so two concurrent changes cannot
/// both succeed against the same current password). Returns whether the row changed.
pub async fn replace_password_hash(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    expected_hash: &str,
    new_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE users SET password_hash = $1, password_changed_at = $2 \
         WHERE id = $3 AND password_hash = $4",
    )
    .bind(new_hash)
    .bind(now)
    .bind(id)
    .bind(expected_hash)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Sets a new password hash chosen through a reset link (on `conn`, within the reset's
/// transaction), raising the credential epoch; the address is confirmed too (the link came
/// to it). Returns the new epoch.
pub async fn reset_password_hash(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    new_hash: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "UPDATE users SET password_hash = $1, password_changed_at = $2, \
         credential_epoch = credential_epoch + 1, \
         email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $3 \
         RETURNING credential_epoch",
    )
    .bind(new_hash)
    .bind(now)
    .bind(id)
    .fetch_one(conn)
    .await?
    .try_get(0)
}

/// Replaces the password hash of an account whose address is not confirmed yet.
pub async fn set_unconfirmed_password(pool: &Db, id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2 AND email_verified_at IS NULL")
        .bind(hash)
        .bind(id)
        .execute(pool)
        .await
        .map(drop)
}

/// Removes the accounts whose address was never confirmed: made before `made_before`, with no
/// live confirmation link at `now`. Returns how many.
pub async fn delete_unconfirmed(pool: &Db, made_before: i64, now: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query(
        "DELETE FROM users WHERE email_verified_at IS NULL AND created_at < $1 \
         AND NOT EXISTS (SELECT 1 FROM email_links WHERE email_links.user_id = users.id \
                         AND email_links.purpose = 'verify' AND email_links.expires_at > $2)",
    )
    .bind(made_before)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(result.rows_affected())
}

/// Marks the address confirmed (on `conn`, within the link's transaction).
pub async fn confirm_address(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await
    .map(drop)
}

/// Moves the account to `new_email`, confirmed (on `conn`, within the link's transaction),
/// raising the credential epoch: every session, pending login, mailed link, trusted browser and
/// device exemption made for the old address ends. `false` when another account has that
/// address now.
pub async fn change_email(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    new_email: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE users SET email = $1, email_verified_at = $2, \
         credential_epoch = credential_epoch + 1 WHERE id = $3 \
         AND NOT EXISTS (SELECT 1 FROM users AS other WHERE other.email = $1)",
    )
    .bind(new_email)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await;
    match result {
        Ok(done) => Ok(done.rows_affected() == 1),
        // Taken by a sign-up at the same moment.
        Err(sqlx::Error::Database(err)) if err.is_unique_violation() => Ok(false),
        Err(err) => Err(err),
    }
}

/// Stores the user's language.
pub async fn set_language(pool: &Db, id: i64, language: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(language)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A line of `server admin users`.
pub struct UserSummary {
    pub email: String,
    pub created_at: i64,
    pub factors: FactorRow,
    pub sessions: i64,
    pub administrator: bool,
}

/// Every account, oldest first, with its second-factor state and number of live sessions.
pub async fn summaries(pool: &Db, now: i64) -> Result<Vec<UserSummary>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT users.email, users.created_at, users.role, {FACTOR_COLUMNS}, \
         (SELECT COUNT(*) FROM sessions WHERE sessions.user_id = users.id \
          AND sessions.expires_at > $1 AND sessions.ended_at IS NULL \
          AND COALESCE(sessions.credential_epoch, 0) = users.credential_epoch) AS sessions \
         FROM users ORDER BY users.id",
    ))
    .bind(now)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(UserSummary {
                email: row.try_get("email")?,
                created_at: row.try_get("created_at")?,
                factors: FactorRow::read(row)?,
                sessions: row.try_get("sessions")?,
                administrator: is_administrator(row)?,
            })
        })
        .collect()
}

/// Raises the account's credential epoch (on `conn`: within the change's transaction); returns
/// the new epoch. Every session and pending login made before stops counting.
pub async fn raise_epoch(conn: &mut sqlx::AnyConnection, id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("UPDATE users SET credential_epoch = credential_epoch + 1 WHERE id = $1 RETURNING credential_epoch")
        .bind(id)
        .fetch_one(conn)
        .await?
        .try_get(0)
}

/// An account as the administrator page lists it.
pub struct FoundUser {
    pub id: i64,
    pub email: String,
    pub administrator: bool,
    pub factors: FactorRow,
    pub last_sign_in: Option<i64>,
}

/// The accounts whose address contains `part` (any case), by address, at most `limit`.
pub async fn search(pool: &Db, part: &str, limit: i64) -> Result<Vec<FoundUser>, sqlx::Error> {
    let escaped = part
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let rows = sqlx::query(&format!(
        "SELECT users.id, users.email, users.role, {FACTOR_COLUMNS}, \
         (SELECT MAX(at) FROM security_events WHERE security_events.user_id = users.id \
          AND security_events.kind = 'login-succeeded') AS last_sign_in \
         FROM users WHERE users.email LIKE $1 ESCAPE '\\' ORDER BY users.email LIMIT $2",
    ))
    .bind(format!("%{escaped}%"))
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(FoundUser {
                id: row.try_get("id")?,
                email: row.try_get("email")?,
                administrator: is_administrator(row)?,
                factors: FactorRow::read(row)?,
                last_sign_in: row.try_get("last_sign_in")?,
            })
        })
        .collect()
}
