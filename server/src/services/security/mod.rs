//! The security log, notifications, and the sessions page.

mod notice;

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Client, Fault, UserId,
    events::EventKind,
    ports::{Security, SignedOutElsewhere},
    security::{
        Actor, Browser, LOG_PAGE_SIZE, SecurityEvent, SecurityLogPage, SessionInfo,
        TrustedBrowserInfo,
    },
};

pub use notice::letter;

use super::{
    faults::{db, fault},
    mail::Mailer,
};
use crate::{
    clock::Clock,
    storage::{
        Db,
        events::{self, NewEvent},
        pending_logins, sessions, trusted, users,
    },
};

/// The most pages of the log anyone can ask for (a bound on the query's offset).
const MAX_PAGE: u32 = 10_000;

#[derive(Clone)]
pub struct SecurityService {
    pool: Db,
    clock: Arc<dyn Clock>,
    mailer: Mailer,
}

impl SecurityService {
    pub fn new(pool: Db, clock: Arc<dyn Clock>, mailer: Mailer) -> Self {
        Self {
            pool,
            clock,
            mailer,
        }
    }

    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// Writes the event, then mails the user if the event is one they must know about.
    pub async fn record(
        &self,
        user: UserId,
        kind: EventKind,
        detail: Option<i64>,
        client: &Client,
    ) -> Result<(), Fault> {
        self.write(user, kind, detail, client, (None, None)).await
    }

    /// The same for what an operator (on the command line) or an administrator (on the
    /// administrator page, from `client`) did to the account, naming them in the entry.
    pub async fn record_by(
        &self,
        user: UserId,
        kind: EventKind,
        detail: Option<i64>,
        actor: &Actor,
        client: &Client,
    ) -> Result<(), Fault> {
        let actor = actor.to_column();
        self.write(user, kind, detail, client, (Some(&actor), None))
            .await
    }

    /// An entry of an administrator's own log about `subject`, the account they acted on.
    pub async fn record_about(
        &self,
        user: UserId,
        kind: EventKind,
        subject: &str,
        client: &Client,
    ) -> Result<(), Fault> {
        self.write(user, kind, None, client, (None, Some(subject)))
            .await
    }

    async fn write(
        &self,
        user: UserId,
        kind: EventKind,
        detail: Option<i64>,
        client: &Client,
        (operator, subject): (Option<&str>, Option<&str>),
    ) -> Result<(), Fault> {
        let at = self.now();
        events::insert(
            &self.pool,
            NewEvent {
                user: user.0,
                kind: kind.as_str(),
                at,
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
                detail,
                actor: operator,
                subject,
            },
        )
        .await
        .map_err(db("write security event"))?;
        crate::metrics::security_event(kind);
        tracing::info!(
            user = user.0,
            event = kind.as_str(),
            operator,
            "security event"
        );
        if kind.notifies() {
            self.notify(user, kind, detail, client, at).await?;
        }
        Ok(())
    }
}

#[async_trait]
impl Security for SecurityService {
    async fn log(&self, user: UserId, page: u32) -> Result<SecurityLogPage, Fault> {
        let page = page.min(MAX_PAGE);
        let size = i64::try_from(LOG_PAGE_SIZE).map_err(fault("page size"))?;
        let mut rows = events::newest(&self.pool, user.0, i64::from(page) * size, size + 1)
            .await
            .map_err(db("read security log"))?;
        let has_more = rows.len() > LOG_PAGE_SIZE;
        rows.truncate(LOG_PAGE_SIZE);
        let events = rows
            .into_iter()
            .filter_map(|row| {
                Some(SecurityEvent {
                    kind: EventKind::parse(&row.kind)?,
                    at: row.at,
                    ip: row.ip,
                    browser: row.user_agent.as_deref().map(Browser::from_user_agent),
                    detail: row.detail,
                    actor: row.actor.map(Actor::from_column),
                    subject: row.subject,
                })
            })
            .collect();
        Ok(SecurityLogPage {
            events,
            page,
            has_more,
        })
    }

    async fn sessions(
        &self,
        user: UserId,
        current: Option<&str>,
    ) -> Result<Vec<SessionInfo>, Fault> {
        let current = current.map(sessions::hash_session_id);
        let rows = sessions::of_user(&self.pool, user.0, self.now())
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
            self.record(user, EventKind::SessionsSignedOut, Some(1), client)
                .await?;
        }
        Ok(ended)
    }

    async fn trusted_browsers(&self, user: UserId) -> Result<Vec<TrustedBrowserInfo>, Fault> {
        let rows = trusted::of_user(&self.pool, user.0, self.now())
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
            self.record(user, EventKind::BrowserUntrusted, None, client)
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
        let ended = sessions::delete_all_but(&self.pool, user.0, keep.as_deref(), self.now())
            .await
            .map_err(db("end other sessions"))?;
        if ended > 0 {
            let detail = i64::try_from(ended).unwrap_or(i64::MAX);
            self.record(user, EventKind::SessionsSignedOut, Some(detail), client)
                .await?;
        }
        Ok(SignedOutElsewhere {
            sessions: ended,
            epoch,
        })
    }
}
