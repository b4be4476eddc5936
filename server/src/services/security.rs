//! The security log, notifications, and the sessions page.

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Client, Fault, UserId,
    events::EventKind,
    ports::{Security, SignedOutElsewhere},
    security::{
        Actor, Browser, LOG_PAGE_SIZE, SecurityEvent, SecurityLogPage, SessionInfo,
        TrustedBrowserInfo, describe_browser,
    },
    text::{Arg, civil_date, msg, server_text},
};

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

    async fn notify(
        &self,
        user: UserId,
        kind: EventKind,
        detail: Option<i64>,
        client: &Client,
        at: i64,
    ) -> Result<(), Fault> {
        let Some((subject_id, body_id)) = mail_texts(kind) else {
            return Ok(());
        };
        let Some(account) = users::by_id(&self.pool, user.0)
            .await
            .map_err(db("find user for mail"))?
        else {
            return Ok(());
        };
        // Two-factor turned on with a key: the mail names the key, not an app.
        let body_id = if kind == EventKind::TwoFactorEnabled && !account.authenticator {
            msg("mail-two-factor-enabled-key-body")
        } else {
            body_id
        };
        let language = account.language.as_deref();
        let text = |id: &'static str, args: &[(&'static str, Arg)]| server_text(id, language, args);
        let browser = client
            .user_agent
            .as_deref()
            .map(Browser::from_user_agent)
            .map_or_else(
                || text(msg("browser-unknown"), &[]),
                |b| describe_browser(&b, &text),
            );
        let unknown = || text(msg("mail-unknown"), &[]);
        let args = [
            ("email", Arg::from(account.email.clone())),
            ("count", Arg::from(detail.unwrap_or(0))),
            ("minutes", Arg::from(detail.unwrap_or(0))),
            ("time", Arg::from(utc_time(at))),
            ("ip", Arg::from(client.ip.clone().unwrap_or_else(unknown))),
            ("browser", Arg::from(browser)),
        ];
        let subject = text(subject_id, &args);
        let body = letter(
            language,
            &[
                text(body_id, &args),
                format!(
                    "{}\n{}",
                    text(msg("mail-when"), &args),
                    text(msg("mail-from"), &args)
                ),
                text(msg("mail-not-you"), &args),
            ],
        );
        self.mailer.enqueue(&account.email, &subject, &body).await
    }
}

/// The body of a mail in `language`: the greeting, `paragraphs`, the signature.
pub fn letter(language: Option<&str>, paragraphs: &[String]) -> String {
    let mut parts = Vec::with_capacity(paragraphs.len() + 2);
    parts.push(server_text(msg("mail-greeting"), language, &[]));
    parts.extend_from_slice(paragraphs);
    parts.push(server_text(msg("mail-signature"), language, &[]));
    format!("{}\n", parts.join("\n\n"))
}

/// The subject and first paragraph of the mail about `kind`, if it sends one.
fn mail_texts(kind: EventKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        EventKind::TwoFactorEnabled => (
            msg("mail-two-factor-enabled-subject"),
            msg("mail-two-factor-enabled-body"),
        ),
        EventKind::TwoFactorDisabled => (
            msg("mail-two-factor-disabled-subject"),
            msg("mail-two-factor-disabled-body"),
        ),
        EventKind::BackupCodeUsed => (
            msg("mail-backup-code-used-subject"),
            msg("mail-backup-code-used-body"),
        ),
        EventKind::BackupCodesRegenerated => (
            msg("mail-backup-codes-regenerated-subject"),
            msg("mail-backup-codes-regenerated-body"),
        ),
        EventKind::Locked => (msg("mail-locked-subject"), msg("mail-locked-body")),
        EventKind::PasswordChanged => (
            msg("mail-password-changed-subject"),
            msg("mail-password-changed-body"),
        ),
        EventKind::AdminReset => (
            msg("mail-admin-reset-subject"),
            msg("mail-admin-reset-body"),
        ),
        EventKind::CodeReplayed => (
            msg("mail-code-replayed-subject"),
            msg("mail-code-replayed-body"),
        ),
        EventKind::PasswordKnown => (
            msg("mail-password-known-subject"),
            msg("mail-password-known-body"),
        ),
        EventKind::AuthenticatorSuspended => (
            msg("mail-authenticator-suspended-subject"),
            msg("mail-authenticator-suspended-body"),
        ),
        EventKind::PasswordsSlowed => (
            msg("mail-passwords-slowed-subject"),
            msg("mail-passwords-slowed-body"),
        ),
        EventKind::KeyAdded => (msg("mail-key-added-subject"), msg("mail-key-added-body")),
        EventKind::KeyRemoved => (
            msg("mail-key-removed-subject"),
            msg("mail-key-removed-body"),
        ),
        EventKind::AuthenticatorAdded => (
            msg("mail-authenticator-added-subject"),
            msg("mail-authenticator-added-body"),
        ),
        EventKind::AdminUnlocked => (
            msg("mail-admin-unlocked-subject"),
            msg("mail-admin-unlocked-body"),
        ),
        EventKind::AdminSignedOut => (
            msg("mail-admin-signed-out-subject"),
            msg("mail-admin-signed-out-body"),
        ),
        EventKind::AuthenticatorRemoved => (
            msg("mail-authenticator-removed-subject"),
            msg("mail-authenticator-removed-body"),
        ),
        EventKind::TrustCopied => (
            msg("mail-trust-copied-subject"),
            msg("mail-trust-copied-body"),
        ),
        EventKind::TrustedBrowserNewNetwork => (
            msg("mail-trusted-browser-new-network-subject"),
            msg("mail-trusted-browser-new-network-body"),
        ),
        EventKind::PasswordReset => (
            msg("mail-password-reset-subject"),
            msg("mail-password-reset-body"),
        ),
        EventKind::AddressChanged => (
            msg("mail-address-changed-subject"),
            msg("mail-address-changed-body"),
        ),
        EventKind::LoginSucceeded
        | EventKind::KeyRefused
        | EventKind::LoginFailed
        | EventKind::CodeRefused
        | EventKind::SessionsSignedOut
        | EventKind::SecondStepMissing
        | EventKind::BrowserTrusted
        | EventKind::TrustedBrowserUsed
        | EventKind::BrowserUntrusted
        | EventKind::AdministeredReset
        | EventKind::AdministeredUnlock
        | EventKind::AdministeredSignOut
        | EventKind::PolicyChanged
        | EventKind::AdministratorGranted
        | EventKind::AdministratorRevoked
        | EventKind::AddressConfirmed
        | EventKind::AddressChangeAsked => return None,
    })
}

/// `2026-11-25 21:30 UTC`: the same in every language, unambiguous.
fn utc_time(unix: i64) -> String {
    let (year, month, day) = civil_date(unix);
    let seconds = unix.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        seconds / 3600,
        seconds % 3600 / 60
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_mail_are_utc() {
        assert_eq!(utc_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_time(1_795_642_200), "2026-11-25 21:30 UTC");
    }

    #[test]
    fn every_notifying_event_has_a_mail() {
        for kind in EventKind::ALL {
            assert_eq!(mail_texts(kind).is_some(), kind.notifies(), "{kind:?}");
        }
    }
}
