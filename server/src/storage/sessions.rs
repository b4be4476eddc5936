//! Server-side sessions in the database (`sessions` table), for tower-sessions.
//!
//! Rows are keyed by a SHA-256 of the session id, and carry the signed-in user's id so that all
//! of a user's sessions can be found and ended.

use async_trait::async_trait;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};
use sqlx::{AnyPool, Row};
use time::OffsetDateTime;
use tower_sessions::{
    SessionStore,
    session::{Id, Record},
    session_store::{Error, Result},
};

/// The session key under which the signed-in user's id is kept (see `app::api::session`).
const USER_KEY: &str = "uid";

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    pool: AnyPool,
}

impl DbSessionStore {
    pub fn new(pool: AnyPool) -> Self {
        Self { pool }
    }

    /// Removes expired sessions; returns how many.
    pub async fn delete_expired(&self) -> std::result::Result<u64, sqlx::Error> {
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(super::now())
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }
}

fn id_hash(id: &Id) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(id.to_string().as_bytes()))
}

/// A store error for tower-sessions, which passes it on as text; an unreachable database is
/// marked so that requests get "temporarily unavailable" (see `app::api::session`).
fn backend(err: &sqlx::Error) -> Error {
    if super::is_unavailable(err) {
        Error::Backend(format!("{}: {err}", app::api::session::STORE_UNAVAILABLE))
    } else {
        Error::Backend(err.to_string())
    }
}

struct Encoded {
    id_hash: String,
    data: String,
    expires_at: i64,
    user_id: Option<i64>,
}

fn encode(record: &Record) -> Result<Encoded> {
    Ok(Encoded {
        id_hash: id_hash(&record.id),
        data: serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?,
        expires_at: record.expiry_date.unix_timestamp(),
        user_id: record
            .data
            .get(USER_KEY)
            .and_then(serde_json::Value::as_i64),
    })
}

const INSERT_NEW: &str = "INSERT INTO sessions (id_hash, data, expires_at, user_id) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (id_hash) DO NOTHING";
const UPSERT: &str = "INSERT INTO sessions (id_hash, data, expires_at, user_id) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (id_hash) DO UPDATE SET data = excluded.data, \
     expires_at = excluded.expires_at, user_id = excluded.user_id";

impl DbSessionStore {
    /// Runs one of the row-writing statements above; returns the number of rows written.
    async fn write(&self, statement: &str, row: Encoded) -> Result<u64> {
        let result = sqlx::query(statement)
            .bind(row.id_hash)
            .bind(row.data)
            .bind(row.expires_at)
            .bind(row.user_id)
            .execute(&self.pool)
            .await
            .map_err(|e| backend(&e))?;
        Ok(result.rows_affected())
    }
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A 128-bit id collision is practically impossible, but never overwrite another session.
        while self.write(INSERT_NEW, encode(record)?).await? == 0 {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.write(UPSERT, encode(record)?).await.map(drop)
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row = sqlx::query(
            "SELECT data, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2",
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

    async fn delete(&self, id: &Id) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash(id))
            .execute(&self.pool)
            .await
            .map_err(|e| backend(&e))?;
        Ok(())
    }
}
