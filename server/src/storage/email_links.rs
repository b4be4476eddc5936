//! The `email_links` table: the live mailed links (see migration 0014), one per account and
//! purpose, each kept as a SHA-256 of its token.

use domain::ownership::LinkPurpose;
use sqlx::Row;

use super::Db;

/// A live link: whose, and (for a change of address) the new address.
#[derive(Debug, Clone)]
pub struct LinkRow {
    pub id: i64,
    pub user_id: i64,
    pub new_email: Option<String>,
}

/// A new link of `purpose` for `user`; it replaces the one before.
pub struct NewLink<'a> {
    pub user: i64,
    pub purpose: LinkPurpose,
    pub token_hash: &'a str,
    pub new_email: Option<&'a str>,
    pub epoch: i64,
    pub now: i64,
}

/// Live links a reset link may replace in its lifetime (see migration 0017).
const RESET_REPLACEMENTS: i64 = 1;

/// Stores `link`, replacing the account's link of the same purpose. A live reset link is
/// replaced only [`RESET_REPLACEMENTS`] times: `false` when it stays as it is.
pub async fn replace(pool: &Db, link: NewLink<'_>) -> Result<bool, sqlx::Error> {
    let max_replaced = if link.purpose == LinkPurpose::Reset {
        RESET_REPLACEMENTS
    } else {
        i64::MAX
    };
    let result = sqlx::query(
        "INSERT INTO email_links \
         (user_id, purpose, token_hash, new_email, credential_epoch, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (user_id, purpose) DO UPDATE SET token_hash = excluded.token_hash, \
         new_email = excluded.new_email, credential_epoch = excluded.credential_epoch, \
         created_at = excluded.created_at, expires_at = excluded.expires_at, \
         replaced = CASE WHEN email_links.expires_at <= $6 THEN 0 \
                         ELSE email_links.replaced + 1 END \
         WHERE email_links.expires_at <= $6 OR email_links.replaced < $8",
    )
    .bind(link.user)
    .bind(link.purpose.as_str())
    .bind(link.token_hash)
    .bind(link.new_email)
    .bind(link.epoch)
    .bind(link.now)
    .bind(link.now + link.purpose.lifetime_secs())
    .bind(max_replaced)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// The live link of one of `purposes` whose token hashes to `token_hash`: not expired, and
/// made under the account's current credential epoch.
pub async fn find(
    pool: &Db,
    purposes: &[LinkPurpose],
    token_hash: &str,
    now: i64,
) -> Result<Option<(LinkPurpose, LinkRow)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT email_links.id, email_links.user_id, email_links.purpose, email_links.new_email \
         FROM email_links JOIN users ON users.id = email_links.user_id \
         WHERE email_links.token_hash = $1 AND email_links.expires_at > $2 \
           AND email_links.credential_epoch = users.credential_epoch",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let purpose: String = row.try_get("purpose")?;
    let Some(purpose) = purposes.iter().copied().find(|p| p.as_str() == purpose) else {
        return Ok(None);
    };
    Ok(Some((
        purpose,
        LinkRow {
            id: row.try_get("id")?,
            user_id: row.try_get("user_id")?,
            new_email: row.try_get("new_email")?,
        },
    )))
}

/// Spends the link (on `conn`, within the change's transaction): `false` if another request
/// spent or replaced it first.
pub async fn take(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    token_hash: &str,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM email_links WHERE id = $1 AND token_hash = $2")
        .bind(id)
        .bind(token_hash)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Ends the account's link of `purpose`, if any (a sign-in ends a reset link).
pub async fn end(pool: &Db, user: i64, purpose: LinkPurpose) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM email_links WHERE user_id = $1 AND purpose = $2")
        .bind(user)
        .bind(purpose.as_str())
        .execute(pool)
        .await
        .map(drop)
}

/// Removes expired links (the periodic clean-up).
pub async fn delete_expired(pool: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM email_links WHERE expires_at <= $1")
        .bind(now)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}
