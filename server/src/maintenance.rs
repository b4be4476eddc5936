//! What the server removes in the background (every 15 minutes): expired sessions and pending
//! logins (each pending login that ended without its factor leaves a security-log entry),
//! attempt-limit rows no policy needs any more, expired WebAuthn ceremonies, trusted browsers
//! whose trust ended, expired mailed links, accounts whose confirmation link expired unused,
//! delivered mail after 30 days, signing keys replaced longer ago than an ID token lives,
//! applications' expired codes and tokens, and security-log entries older than
//! `TWOFOLD_SECURITY_LOG_DAYS`; and the copy of SQLite's write-ahead log every second.

use domain::events::EventKind;

use crate::services::oidc::signing::ID_TOKEN_SECS;

use crate::storage::{
    self, Db, events::NewEvent, pending_logins::Abandoned, sessions::DbSessionStore,
};

/// Delivered mail is kept this long (for support questions), then forgotten.
const SENT_MAIL_SECS: i64 = 30 * 24 * 3600;

/// How many rows each part removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub sessions: u64,
    pub pending_logins: u64,
    pub attempt_limits: u64,
    pub ceremonies: u64,
    pub trusted_browsers: u64,
    pub email_links: u64,
    /// Codes mailed for a first factor, once past their time.
    pub factor_mail_codes: u64,
    /// Accounts whose address was never confirmed, once their link's lifetime is over.
    pub unconfirmed_accounts: u64,
    pub mail: u64,
    pub security_events: u64,
    /// Signing keys replaced longer ago than an ID token lives.
    pub signing_keys: u64,
    /// OpenID Connect codes and tokens past their time.
    pub oidc_grants: u64,
}

/// Removes what is past its time at `now`; a failing part is logged and the others still run.
pub async fn prune(pool: &Db, sessions: &DbSessionStore, now: i64, log_days: u32) -> Pruned {
    let pending_before = now - domain::login::PENDING_TTL_SECS;
    let pruned = Pruned {
        sessions: logged("expired sessions", sessions.delete_expired().await),
        pending_logins: logged(
            "expired pending logins",
            abandoned_logins(pool, pending_before, now).await,
        ),
        attempt_limits: logged(
            "expired attempt limits",
            storage::limits::delete_expired(pool, now).await,
        ),
        ceremonies: logged(
            "expired WebAuthn ceremonies",
            storage::keys::delete_expired_ceremonies(pool, now - domain::keys::CEREMONY_TTL_SECS)
                .await,
        ),
        trusted_browsers: logged(
            "ended trust of browsers",
            storage::trusted::delete_dead(pool, now).await,
        ),
        email_links: logged(
            "expired mailed links",
            storage::email_links::delete_expired(pool, now).await,
        ),
        factor_mail_codes: logged(
            "expired codes for a first factor",
            storage::mail_codes::delete_expired(pool, now).await,
        ),
        unconfirmed_accounts: logged(
            "accounts never confirmed",
            storage::users::delete_unconfirmed(
                pool,
                now - domain::ownership::LinkPurpose::Verify.lifetime_secs(),
                now,
            )
            .await,
        ),
        mail: logged(
            "delivered mail",
            storage::outbox::delete_sent(pool, now - SENT_MAIL_SECS).await,
        ),
        signing_keys: logged(
            "replaced signing keys",
            storage::signing_keys::delete_retired(pool, now - ID_TOKEN_SECS).await,
        ),
        oidc_grants: logged(
            "expired codes and tokens of applications",
            storage::oidc::delete_expired(pool, now).await,
        ),
        security_events: if log_days == 0 {
            0
        } else {
            let before = now - i64::from(log_days) * 24 * 3600;
            logged(
                "old security-log entries",
                storage::events::delete_before(pool, before).await,
            )
        },
    };
    if pruned != Pruned::default() {
        tracing::info!(?pruned, "old rows removed");
    }
    pruned
}

/// Deletes the pending logins started at or before `before`, each logged for its account: the
/// right password was entered, but no factor followed.
async fn abandoned_logins(pool: &Db, before: i64, now: i64) -> Result<u64, sqlx::Error> {
    let abandoned = storage::pending_logins::delete_expired(pool, before).await?;
    for Abandoned {
        user_id,
        ip,
        user_agent,
    } in &abandoned
    {
        let event = NewEvent {
            user: *user_id,
            kind: EventKind::SecondStepMissing.as_str(),
            at: now,
            ip: ip.as_deref(),
            user_agent: user_agent.as_deref(),
            detail: None,
            actor: None,
            subject: None,
        };
        if let Err(err) = storage::events::insert(pool, event).await {
            tracing::error!(error = %err, user = user_id, "logging an abandoned login");
        }
    }
    Ok(u64::try_from(abandoned.len()).unwrap_or(u64::MAX))
}

fn logged(what: &'static str, removed: Result<u64, sqlx::Error>) -> u64 {
    removed.unwrap_or_else(|err| {
        tracing::error!(error = %err, "removing {what}");
        0
    })
}

/// Starts the background work of a serving process: the housekeeping every 15 minutes, and
/// the copy of SQLite's write-ahead log into the database every [`storage::CHECKPOINT_EVERY`].
pub fn spawn(pool: Db, sessions: DbSessionStore, log_days: u32) {
    let housekeeping = pool.clone();
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
        loop {
            interval.tick().await;
            prune(&housekeeping, &sessions, storage::now(), log_days).await;
        }
    });
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(storage::CHECKPOINT_EVERY);
        loop {
            interval.tick().await;
            if let Err(err) = pool.checkpoint().await {
                tracing::warn!(error = %err, "copying the write-ahead log into the database");
            }
        }
    });
}
