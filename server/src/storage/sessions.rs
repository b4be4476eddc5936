//! Server-side sessions in the database (`sessions` table), for tower-sessions.
//!
//! Rows are keyed by a SHA-256 of the session id, and carry the signed-in user's id so that all
//! of a user's sessions can be found and ended.
//!
//! A signed-in session that is deleted (signed out, or its id replaced) leaves a marker for a
//! while: its row with `ended_at` set, no data, and its user. A request that gives a signed-in
//! session a new id saves the new row only by consuming the marker of the old one, so that a
//! sign-out of the old id that ran meanwhile — this browser's, from the sessions page or
//! everywhere, each of which deletes markers too — is never undone by the new id.

use async_trait::async_trait;
use sqlx::{Connection, Row};

use super::Db;
use time::OffsetDateTime;
use tower_sessions::{
    SessionStore,
    session::{Id, Record},
    session_store::{Error, Result},
};

use domain::{
    error::STORE_UNAVAILABLE,
    session::{KEY, SessionData},
};

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    pool: Db,
}

impl DbSessionStore {
    pub fn new(pool: Db) -> Self {
        Self { pool }
    }

    /// Removes expired sessions and markers older than [`MARKER_SECS`]; returns how many.
    pub async fn delete_expired(&self) -> std::result::Result<u64, sqlx::Error> {
        let now = super::now();
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR ended_at <= $2")
            .bind(now)
            .bind(now.saturating_sub(MARKER_SECS))
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }
}

/// How long the marker of a deleted signed-in session stays: far longer than any request that
/// could still give it a new id runs.
pub const MARKER_SECS: i64 = 3600;

fn id_hash(id: &Id) -> String {
    hash_session_id(&id.to_string())
}

/// The key of a session's row: a SHA-256 of the id in the cookie.
pub fn hash_session_id(id: &str) -> String {
    crate::storage::digest(id)
}

/// A signed-in session as the sessions page lists it.
pub struct SessionRow {
    pub id_hash: String,
    pub signed_in_at: i64,
    pub last_seen_at: i64,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// The live sessions of `user`, most recently used first.
pub async fn of_user(
    pool: &Db,
    user: i64,
    now: i64,
) -> std::result::Result<Vec<SessionRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT sessions.id_hash, sessions.signed_in_at, sessions.last_seen_at, sessions.ip, \
         sessions.user_agent FROM sessions JOIN users ON users.id = sessions.user_id \
         WHERE sessions.user_id = $1 AND sessions.expires_at > $2 \
         AND sessions.ended_at IS NULL AND COALESCE(sessions.credential_epoch, 0) = users.credential_epoch \
         ORDER BY sessions.last_seen_at DESC, sessions.id_hash",
    )
    .bind(user)
    .bind(now)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            let signed_in_at: Option<i64> = row.try_get("signed_in_at")?;
            let last_seen_at: Option<i64> = row.try_get("last_seen_at")?;
            Ok(SessionRow {
                id_hash: row.try_get("id_hash")?,
                signed_in_at: signed_in_at.unwrap_or(0),
                last_seen_at: last_seen_at.or(signed_in_at).unwrap_or(0),
                ip: row.try_get("ip")?,
                user_agent: row.try_get("user_agent")?,
            })
        })
        .collect()
}

/// Ends the session of `user` whose row key is `id_hash` (or its marker, if a request is giving
/// it a new id right now); `false` if there is none.
pub async fn delete_one(
    pool: &Db,
    user: i64,
    id_hash: &str,
) -> std::result::Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash = $2")
        .bind(user)
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Ends every session of `user` except the one whose id hash is `keep`, and every marker (of
/// sessions being given a new id right now). Returns how many live signed-in sessions ended.
pub async fn delete_all_but(
    conn: &mut sqlx::AnyConnection,
    user: i64,
    keep: Option<&str>,
    now: i64,
) -> std::result::Result<u64, sqlx::Error> {
    let ended: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2 RETURNING expires_at, ended_at",
    )
    .bind(user)
    .bind(keep.unwrap_or(""))
    .fetch_all(conn)
    .await?;
    let live = ended
        .iter()
        .filter(|(expires_at, marker)| *expires_at > now && marker.is_none())
        .count();
    Ok(u64::try_from(live).unwrap_or(u64::MAX))
}
/// A store error for tower-sessions, which passes it on as text; an unreachable database is
/// marked so that requests get "temporarily unavailable" (see [`STORE_UNAVAILABLE`]).
fn backend(err: &sqlx::Error) -> Error {
    if super::is_unavailable(err) {
        Error::Backend(format!("{STORE_UNAVAILABLE}: {err}"))
    } else {
        Error::Backend(err.to_string())
    }
}

struct Encoded {
    id_hash: String,
    data: String,
    expires_at: i64,
    user_id: Option<i64>,
    signed_in_at: Option<i64>,
    ip: Option<String>,
    user_agent: Option<String>,
    epoch: Option<i64>,
    /// The row key of the id this session had before the request gave it a new one.
    renewed_from: Option<String>,
}

fn encode(record: &Record) -> Result<Encoded> {
    // Twofold's part of the session (a session without one is a visitor's, or written by an
    // older version: nobody is signed in on it).
    let mut ours: SessionData = record
        .data
        .get(KEY)
        .and_then(|value| serde_json::from_value(value.clone()).ok())
        .unwrap_or_default();
    let mut data = record.data.clone();
    // The old id is only a question for this save: it is never written.
    let renewed_from = ours.renewed_from.take().map(|id| hash_session_id(&id));
    if renewed_from.is_some() {
        let value = serde_json::to_value(&ours).map_err(|e| Error::Encode(e.to_string()))?;
        data.insert(KEY.to_owned(), value);
    }
    Ok(Encoded {
        id_hash: id_hash(&record.id),
        data: serde_json::to_string(&data).map_err(|e| Error::Encode(e.to_string()))?,
        expires_at: record.expiry_date.unix_timestamp(),
        user_id: ours.user,
        signed_in_at: ours.signed_in_at,
        ip: ours.ip,
        user_agent: ours.user_agent,
        epoch: ours.epoch,
        renewed_from,
    })
}

/// Every save is a request of the session's browser: `last_seen_at` is the time of the save.
const INSERT_NEW: &str = "INSERT INTO sessions \
     (id_hash, data, expires_at, user_id, signed_in_at, ip, user_agent, credential_epoch, \
     last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id_hash) DO NOTHING";
/// A session the browser brought is only ever updated: one that was ended (signed out,
/// revoked, expired) while a request of it was running stays ended.
const UPDATE_EXISTING: &str = "UPDATE sessions SET \
     data = $2, expires_at = $3, user_id = $4, signed_in_at = $5, ip = $6, user_agent = $7, \
     credential_epoch = $8, last_seen_at = $9 WHERE id_hash = $1 AND ended_at IS NULL";
/// Consumes the marker a signed-in session left when its id was replaced (`$1`, of user `$2`).
const CONSUME_MARKER: &str =
    "DELETE FROM sessions WHERE id_hash = $1 AND user_id = $2 AND ended_at IS NOT NULL";

impl DbSessionStore {
    /// Runs one of the row-writing statements above; returns the number of rows written.
    async fn write(&self, statement: &'static str, row: Encoded) -> Result<u64> {
        write_row(&self.pool, statement, row).await
    }

    /// Saves a session whose id a request replaced, in one transaction with consuming the old
    /// id's marker; without the marker (the old id was signed out meanwhile) nothing is saved,
    /// and the browser's new id leads nowhere.
    async fn create_renewed(&self, record: &mut Record, from: &str) -> Result<()> {
        let mut conn = self.pool.acquire().await.map_err(|e| backend(&e))?;
        let mut tx = conn.begin().await.map_err(|e| backend(&e))?;
        let row = encode(record)?;
        let consumed = sqlx::query(CONSUME_MARKER)
            .bind(from)
            .bind(row.user_id)
            .execute(&mut *tx)
            .await
            .map_err(|e| backend(&e))?
            .rows_affected();
        if consumed == 0 {
            tracing::info!(user = ?row.user_id, "a session signed out while its id was replaced stays signed out");
            return tx.rollback().await.map_err(|e| backend(&e));
        }
        let mut row = row;
        while write_row(&mut *tx, INSERT_NEW, row).await? == 0 {
            record.id = Id::default();
            row = encode(record)?;
        }
        tx.commit().await.map_err(|e| backend(&e))
    }
}

/// Runs one of the row-writing statements above; returns the number of rows written.
async fn write_row<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    statement: &'e str,
    row: Encoded,
) -> Result<u64> {
    let result = sqlx::query(statement)
        .bind(row.id_hash)
        .bind(row.data)
        .bind(row.expires_at)
        .bind(row.user_id)
        .bind(row.signed_in_at)
        .bind(row.ip)
        .bind(row.user_agent)
        .bind(row.epoch)
        .bind(super::now())
        .execute(executor)
        .await
        .map_err(|e| backend(&e))?;
    Ok(result.rows_affected())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        if let Some(from) = encode(record)?.renewed_from {
            return self.create_renewed(record, &from).await;
        }
        // A 128-bit id collision is practically impossible, but never overwrite another session.
        while self.write(INSERT_NEW, encode(record)?).await? == 0 {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.write(UPDATE_EXISTING, encode(record)?).await.map(drop)
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        // A signed-in session made under an older credential epoch of its account is gone.
        let row = sqlx::query(
            "SELECT sessions.data, sessions.expires_at FROM sessions \
             LEFT JOIN users ON users.id = sessions.user_id \
             WHERE sessions.id_hash = $1 AND sessions.expires_at > $2 \
             AND sessions.ended_at IS NULL AND (sessions.user_id IS NULL \
                  OR COALESCE(sessions.credential_epoch, 0) = users.credential_epoch)",
        )
        .bind(id_hash(id))
        .bind(super::now())
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| backend(&e))?;
        let Some(row) = row else { return Ok(None) };
        let data: String = row.try_get("data").map_err(|e| backend(&e))?;
        let expires_at: i64 = row.try_get("expires_at").map_err(|e| backend(&e))?;
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at)
                .map_err(|e| Error::Decode(e.to_string()))?,
        }))
    }

    /// A live signed-in session becomes a marker (see the module's documentation); anything
    /// else — a visitor's session, or a marker deleted again because this browser signed out
    /// while another of its requests replaced the id — is deleted at once.
    async fn delete(&self, id: &Id) -> Result<()> {
        let key = id_hash(id);
        let marked = sqlx::query(
            "UPDATE sessions SET ended_at = $2, data = '{}' \
             WHERE id_hash = $1 AND ended_at IS NULL AND user_id IS NOT NULL",
        )
        .bind(&key)
        .bind(super::now())
        .execute(&self.pool)
        .await
        .map_err(|e| backend(&e))?
        .rows_affected();
        if marked == 0 {
            sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                .bind(&key)
                .execute(&self.pool)
                .await
                .map_err(|e| backend(&e))?;
        }
        Ok(())
    }
}
