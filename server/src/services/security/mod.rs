//! The security log and the mail that tells its owner about an event.

mod notice;

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Client, Fault, UserId,
    events::EventKind,
    ports::SecurityLog,
    security::{Actor, Browser, LOG_PAGE_SIZE, SecurityEvent, SecurityLogPage},
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

    /// An entry about `application` (by its name) in the log of `user`, mailed if it is one
    /// of the entries that are.
    pub async fn record_application(
        &self,
        user: UserId,
        kind: EventKind,
        application: &str,
        client: &Client,
    ) -> Result<(), Fault> {
        self.write(user, kind, None, client, (None, Some(application)))
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
            self.notify(user, kind, detail, subject, client, at).await?;
        }
        Ok(())
    }
}

#[async_trait]
impl SecurityLog for SecurityService {
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
}
