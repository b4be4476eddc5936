//! Where the user is signed in: the sessions page's sessions and trusted browsers, ending one
//! or all of them (each logged in the security log).

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Client, Fault, UserId,
    events::EventKind,
    ports::{Sessions, SignedOutElsewhere},
    security::{Browser, SessionInfo, TrustedBrowserInfo},
};

use super::{faults::db, security::SecurityService};
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

    async fn sign_out_other_sessions(
        &self,
        user: UserId,
        current: Option<&str>,
        client: &Client,
    ) -> Result<SignedOutElsewhere, Fault> {
        let keep = current.map(sessions::hash_session_id);
        let mut conn = self
            .pool
            .acquire()
            .await
            .map_err(db("database connection"))?;
        // Raised first: whatever the deletes below miss no longer counts.
        let epoch = users::raise_epoch(&mut conn, user.0)
            .await
            .map_err(db("raise credential epoch"))?;
        drop(conn);
        pending_logins::delete_of_user(&self.pool, user.0)
            .await
            .map_err(db("end pending logins"))?;
        let ended =
            sessions::delete_all_but(&self.pool, user.0, keep.as_deref(), self.security.now())
                .await
                .map_err(db("end other sessions"))?;
        if ended > 0 {
            let detail = i64::try_from(ended).unwrap_or(i64::MAX);
            self.security
                .record(user, EventKind::SessionsSignedOut, Some(detail), client)
                .await?;
        }
        Ok(SignedOutElsewhere {
            sessions: ended,
            epoch,
        })
    }
}
