//! Where the user is signed in: the sessions page's sessions and trusted browsers, ending one
//! or all of them (each logged in the security log).

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Asker, Client, Fault, UserId,
    account::SignedOutElsewhere,
    events::EventKind,
    ports::Sessions,
    security::{Browser, SessionInfo, TrustedBrowserInfo},
};

use super::{faults::db, security::SecurityService};
use sqlx::{AnyConnection, Connection};

use crate::storage::{Db, pending_logins, sessions, trusted, users};

#[derive(Clone)]
pub struct SessionsService {
    pool: Db,
    security: Arc<SecurityService>,
}

impl SessionsService {
    pub fn new(pool: Db, security: Arc<SecurityService>) -> Self {
        Self { pool, security }
    }
}

#[async_trait]
impl Sessions for SessionsService {
    async fn sessions(
        &self,
        user: UserId,
        current: Option<&str>,
    ) -> Result<Vec<SessionInfo>, Fault> {
        let current = current.map(sessions::hash_session_id);
        let rows = sessions::of_user(&self.pool, user.0, self.security.now())
            .await
            .map_err(db("list sessions"))?;
        let mut list: Vec<SessionInfo> = rows
            .into_iter()
            .map(|row| SessionInfo {
                current: current.as_deref() == Some(row.id_hash.as_str()),
                handle: row.id_hash,
                browser: row.user_agent.as_deref().map(Browser::from_user_agent),
                ip: row.ip,
                signed_in_at: row.signed_in_at,
                last_seen_at: row.last_seen_at,
            })
            .collect();
        // This session first, then the most recently used.
        list.sort_by_key(|s| !s.current);
        Ok(list)
    }

    async fn sign_out_session(
        &self,
        user: UserId,
        handle: &str,
        client: &Client,
    ) -> Result<bool, Fault> {
        let ended = sessions::delete_one(&self.pool, user.0, handle)
            .await
            .map_err(db("end session"))?;
        if ended {
            self.security
                .record(user, EventKind::SessionsSignedOut, Some(1), client)
                .await?;
        }
        Ok(ended)
    }

    async fn trusted_browsers(&self, user: UserId) -> Result<Vec<TrustedBrowserInfo>, Fault> {
        let rows = trusted::of_user(&self.pool, user.0, self.security.now())
            .await
            .map_err(db("list trusted browsers"))?;
        Ok(rows
            .into_iter()
            .map(|row| TrustedBrowserInfo {
                id: row.id,
                browser: row.user_agent.as_deref().map(Browser::from_user_agent),
                ip: row.ip,
                trusted_at: row.created_at,
                last_used_at: row.last_used_at,
                expires_at: row.expires_at,
            })
            .collect())
    }

    async fn stop_trusting(&self, user: UserId, id: i64, client: &Client) -> Result<bool, Fault> {
        let stopped = trusted::delete(&self.pool, user.0, id)
            .await
            .map_err(db("stop trusting browser"))?;
        if stopped {
            self.security
                .record(user, EventKind::BrowserUntrusted, None, client)
                .await?;
        }
        Ok(stopped)
    }

    async fn sign_out_other_sessions(&self, asker: Asker<'_>) -> Result<SignedOutElsewhere, Fault> {
        let mut conn = self
            .pool
            .acquire()
            .await
            .map_err(db("database connection"))?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        let ended = end_others(&mut tx, asker, self.security.now()).await?;
        tx.commit().await.map_err(db("commit signing out"))?;
        record_ended(&self.security, asker, ended).await?;
        Ok(ended)
    }
}

/// Deletes, on `conn`, every session of `user` but `keep` (a session id) and every pending
/// login of the account; returns how many of the sessions were live and signed in.
pub async fn end_sessions(
    conn: &mut AnyConnection,
    user: i64,
    keep: Option<&str>,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let keep = keep.map(sessions::hash_session_id);
    pending_logins::delete_of_user(conn, user).await?;
    sessions::delete_all_but(conn, user, keep.as_deref(), now).await
}

/// Ends, on `conn` (the transaction of a change of the account's sign-in), every session and
/// pending login of the account but the asker's session, under a raised credential epoch: the
/// epoch is raised first, so whatever the deletes miss no longer counts either.
pub async fn end_others(
    conn: &mut AnyConnection,
    asker: Asker<'_>,
    now: i64,
) -> Result<SignedOutElsewhere, Fault> {
    let epoch = users::raise_epoch(conn, asker.user.0)
        .await
        .map_err(db("raise credential epoch"))?;
    let sessions = end_sessions(conn, asker.user.0, asker.session, now)
        .await
        .map_err(db("end other sessions"))?;
    Ok(SignedOutElsewhere { sessions, epoch })
}

/// Logs, once the change is committed, that other sessions ended with it (if any did).
pub async fn record_ended(
    security: &SecurityService,
    asker: Asker<'_>,
    ended: SignedOutElsewhere,
) -> Result<(), Fault> {
    if ended.sessions == 0 {
        return Ok(());
    }
    let detail = i64::try_from(ended.sessions).unwrap_or(i64::MAX);
    security
        .record(
            asker.user,
            EventKind::SessionsSignedOut,
            Some(detail),
            asker.client,
        )
        .await
}
