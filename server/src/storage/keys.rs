//! The `security_keys` and `webauthn_ceremonies` tables, and the account's WebAuthn user
//! handle (`users.webauthn_user_id`).

use sqlx::Row;

use super::Db;

/// A stored key: its row id, credential id, name, the credential (JSON) and its dates.
#[derive(Clone, PartialEq, Eq)]
pub struct KeyRow {
    pub id: i64,
    pub user_id: i64,
    pub credential_id: String,
    pub name: String,
    pub passkey: String,
    pub added_at: i64,
    pub last_used_at: Option<i64>,
}

impl std::fmt::Debug for KeyRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyRow")
            .field("id", &self.id)
            .field("user_id", &self.user_id)
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl KeyRow {
    /// What the pages show of it.
    pub fn info(&self) -> domain::keys::KeyInfo {
        domain::keys::KeyInfo {
            id: self.id,
            name: self.name.clone(),
            added_at: self.added_at,
            last_used_at: self.last_used_at,
        }
    }
}

const KEY_COLUMNS: &str = "id, user_id, credential_id, name, passkey, added_at, last_used_at";

fn key_row(row: &sqlx::any::AnyRow) -> Result<KeyRow, sqlx::Error> {
    Ok(KeyRow {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        credential_id: row.try_get("credential_id")?,
        name: row.try_get("name")?,
        passkey: row.try_get("passkey")?,
        added_at: row.try_get("added_at")?,
        last_used_at: row.try_get("last_used_at")?,
    })
}

/// The account's keys, oldest first.
pub async fn of_user(pool: &Db, user: i64) -> Result<Vec<KeyRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {KEY_COLUMNS} FROM security_keys WHERE user_id = $1 ORDER BY id"
    ))
    .bind(user)
    .fetch_all(pool)
    .await?;
    rows.iter().map(key_row).collect()
}

/// The key with this credential id, whoever's it is.
pub async fn by_credential_id(
    pool: &Db,
    credential_id: &str,
) -> Result<Option<KeyRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {KEY_COLUMNS} FROM security_keys WHERE credential_id = $1"
    ))
    .bind(credential_id)
    .fetch_optional(pool)
    .await?;
    row.as_ref().map(key_row).transpose()
}

/// A new key; `None` if its credential id is registered already (to any account).
pub struct NewKey<'a> {
    pub user: i64,
    pub credential_id: &'a str,
    pub name: &'a str,
    pub passkey: &'a str,
    pub now: i64,
}

pub async fn insert(
    conn: &mut sqlx::AnyConnection,
    key: NewKey<'_>,
) -> Result<Option<i64>, sqlx::Error> {
    let id: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO security_keys (user_id, credential_id, name, passkey, added_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (credential_id) DO NOTHING RETURNING id",
    )
    .bind(key.user)
    .bind(key.credential_id)
    .bind(key.name)
    .bind(key.passkey)
    .bind(key.now)
    .fetch_optional(conn)
    .await?;
    Ok(id.map(|(id,)| id))
}

/// Replaces the credential after a use (its counter and backup flags), if it is still the one
/// the check started from: of two uses at once, only one counts.
pub async fn record_use(
    pool: &Db,
    id: i64,
    before: &str,
    after: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE security_keys SET passkey = $1, last_used_at = $2 WHERE id = $3 AND passkey = $4",
    )
    .bind(after)
    .bind(now)
    .bind(id)
    .bind(before)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn rename(pool: &Db, user: i64, id: i64, name: &str) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("UPDATE security_keys SET name = $1 WHERE id = $2 AND user_id = $3")
        .bind(name)
        .bind(id)
        .bind(user)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn delete(
    conn: &mut sqlx::AnyConnection,
    user: i64,
    id: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM security_keys WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// The account's WebAuthn user handle, made (a random UUID) if it has none yet.
pub async fn user_handle(pool: &Db, user: i64, new: &str) -> Result<String, sqlx::Error> {
    sqlx::query(
        "UPDATE users SET webauthn_user_id = $1 WHERE id = $2 AND webauthn_user_id IS NULL",
    )
    .bind(new)
    .bind(user)
    .execute(pool)
    .await?;
    sqlx::query_scalar("SELECT webauthn_user_id FROM users WHERE id = $1")
        .bind(user)
        .fetch_one(pool)
        .await
}

/// The account a WebAuthn user handle names.
pub async fn user_of_handle(pool: &Db, handle: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM users WHERE webauthn_user_id = $1")
        .bind(handle)
        .fetch_optional(pool)
        .await
}

/// A ceremony under way: its kind and its state (JSON).
pub struct NewCeremony<'a> {
    pub id_hash: &'a str,
    pub user: Option<i64>,
    pub kind: &'a str,
    pub state: &'a str,
    pub now: i64,
}

pub async fn start_ceremony(pool: &Db, ceremony: NewCeremony<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO webauthn_ceremonies (id_hash, user_id, kind, state, started_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(ceremony.id_hash)
    .bind(ceremony.user)
    .bind(ceremony.kind)
    .bind(ceremony.state)
    .bind(ceremony.now)
    .execute(pool)
    .await
    .map(drop)
}

/// Ends the ceremony and returns its state, if it is of `kind`, for `user` (or for nobody yet),
/// and started after `started_after`: a ceremony is used once, whichever server reads it. A
/// token brought for the wrong kind or account is spent all the same (it was the session's
/// only one; nothing is gained by trying it elsewhere first).
pub async fn take_ceremony(
    pool: &Db,
    id_hash: &str,
    kind: &str,
    user: Option<i64>,
    started_after: i64,
) -> Result<Option<String>, sqlx::Error> {
    let taken: Option<(String, Option<i64>, String, i64)> = sqlx::query_as(
        "DELETE FROM webauthn_ceremonies WHERE id_hash = $1 \
         RETURNING state, user_id, kind, started_at",
    )
    .bind(id_hash)
    .fetch_optional(pool)
    .await?;
    Ok(taken.and_then(|(state, owner, taken_kind, started_at)| {
        (taken_kind == kind && owner == user && started_at > started_after).then_some(state)
    }))
}

/// Removes ceremonies started at or before `started_before` (expired); returns how many.
pub async fn delete_expired_ceremonies(pool: &Db, started_before: i64) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM webauthn_ceremonies WHERE started_at <= $1")
        .bind(started_before)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}
