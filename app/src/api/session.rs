//! The signed-in user in the server-side session.

use std::time::{SystemTime, UNIX_EPOCH};

use tower_sessions::Session;

use super::{
    Notice,
    backend::{Client, SessionPolicy, UserId},
};
use crate::error::{AppError, internal};

/// How the session store starts the message of an error that means "the database cannot be
/// reached" (tower-sessions passes store errors on as text).
pub const STORE_UNAVAILABLE: &str = "database unavailable";

const USER_KEY: &str = "uid";
const SIGNED_IN_AT_KEY: &str = "signed_in_at";
/// The pending login (see [`Pending`]); the session store copies its user into a column of
/// its own, so that a change of the account's factors can end it.
pub const PENDING_KEY: &str = "pending_second_factor";
/// When the session's expiry was last moved by a request (see [`touch`]).
const SEEN_KEY: &str = "seen";
const NOTICE_KEY: &str = "notice";
/// Where and with what the user signed in, for the sessions page (the session store copies
/// these into their own columns, see `server::storage::sessions`).
pub const IP_KEY: &str = "ip";
pub const USER_AGENT_KEY: &str = "ua";

/// How long a password stays good for entering the second factor.
pub const PENDING_TTL_SECS: i64 = 5 * 60;
/// Wrong codes allowed before the password must be entered again.
pub const MAX_CODE_FAILURES: u32 = 5;

/// A login whose password was right and whose second factor is still to come.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Pending {
    user: i64,
    started_at: i64,
    failures: u32,
    /// The account's language, for the interface once the login is complete.
    #[serde(default)]
    language: Option<String>,
}

/// The user of a pending login and the language of the account.
pub struct PendingLogin {
    pub user: UserId,
    pub language: Option<String>,
}

/// Maps a session error: the database being unreachable becomes `Unavailable`, anything else
/// `Internal`; either is logged with `context`.
fn store_error(context: &'static str) -> impl FnOnce(tower_sessions::session::Error) -> AppError {
    use tower_sessions::{session::Error, session_store::Error as StoreError};
    move |err| match &err {
        Error::Store(StoreError::Backend(message)) if message.starts_with(STORE_UNAVAILABLE) => {
            tracing::warn!(error = %err, "{context}");
            AppError::Unavailable
        }
        _ => internal(context)(err),
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The session of the current request.
pub async fn current() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|err| {
        tracing::error!(error = ?err, "session layer missing");
        AppError::Internal
    })
}

/// The signed-in user, if any and not older than the policy's maximum age. Only reads the
/// session: [`end_if_expired`] removes expired sign-ins before the request reaches the app.
pub async fn user(session: &Session, policy: SessionPolicy) -> Result<Option<UserId>, AppError> {
    Ok(signed_in(session)
        .await?
        .filter(|(_, at)| !expired(*at, policy))
        .map(|(user, _)| user))
}

async fn signed_in(session: &Session) -> Result<Option<(UserId, i64)>, AppError> {
    let user: Option<i64> = session
        .get(USER_KEY)
        .await
        .map_err(store_error("session: read user"))?;
    let Some(user) = user else { return Ok(None) };
    let signed_in_at: Option<i64> = session
        .get(SIGNED_IN_AT_KEY)
        .await
        .map_err(store_error("session: read sign-in time"))?;
    Ok(Some((UserId(user), signed_in_at.unwrap_or(0))))
}

fn expired(signed_in_at: i64, policy: SessionPolicy) -> bool {
    now().saturating_sub(signed_in_at) > policy.max_age_secs
}

/// Ends the session if its sign-in is older than the policy's maximum age, and otherwise moves
/// its idle timeout (see [`touch`]). Runs as middleware, once per request, before pages
/// render or server functions run.
pub async fn end_if_expired(session: &Session, policy: SessionPolicy) -> Result<(), AppError> {
    match signed_in(session).await? {
        Some((_, at)) if expired(at, policy) => sign_out(session).await,
        Some((_, at)) => touch(session, at, policy).await,
        None => Ok(()),
    }
}

/// A request of a signed-in session: the session is saved again (its idle timeout starts anew
/// and its "last active" time moves) when it was last saved so at least
/// `policy.touch_every_secs` ago; other requests write nothing.
async fn touch(
    session: &Session,
    signed_in_at: i64,
    policy: SessionPolicy,
) -> Result<(), AppError> {
    let seen: Option<i64> = session
        .get(SEEN_KEY)
        .await
        .map_err(store_error("session: read last activity"))?;
    let now = now();
    if now.saturating_sub(seen.unwrap_or(signed_in_at)) < policy.touch_every_secs {
        return Ok(());
    }
    session
        .insert(SEEN_KEY, now)
        .await
        .map_err(store_error("session: store last activity"))
}

/// The signed-in user, or `Unauthorized`.
pub async fn require_user(session: &Session, policy: SessionPolicy) -> Result<UserId, AppError> {
    user(session, policy).await?.ok_or(AppError::Unauthorized)
}

/// Signs `user` in: a new session id (no fixation), then the user, the time and the client.
pub async fn sign_in(session: &Session, user: UserId, client: &Client) -> Result<(), AppError> {
    new_id(session).await?;
    end_pending(session).await?;
    session
        .insert(USER_KEY, user.0)
        .await
        .map_err(store_error("session: store user"))?;
    session
        .insert(SIGNED_IN_AT_KEY, now())
        .await
        .map_err(store_error("session: store sign-in time"))?;
    if let Some(ip) = &client.ip {
        session
            .insert(IP_KEY, ip)
            .await
            .map_err(store_error("session: store address"))?;
    }
    if let Some(agent) = &client.user_agent {
        session
            .insert(USER_AGENT_KEY, agent)
            .await
            .map_err(store_error("session: store browser"))?;
    }
    Ok(())
}

/// Ends the session: removed from the store and the cookie cleared.
pub async fn sign_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(store_error("session: flush"))
}

/// Gives the session a new id, keeping the sign-in (after a password change).
pub async fn renew(session: &Session) -> Result<(), AppError> {
    new_id(session).await
}

/// Replaces the id of a session the browser brought (against session fixation). A session
/// this request started has no id yet: it gets a fresh one when first saved, and cycling it
/// would only delete a row that does not exist.
async fn new_id(session: &Session) -> Result<(), AppError> {
    if session.id().is_none() {
        return Ok(());
    }
    session
        .cycle_id()
        .await
        .map_err(store_error("session: cycle id"))
}

/// Remembers that `user` gave the right password and must now give a second factor. Nobody is
/// signed in on this session until then (an earlier sign-in ends here).
pub async fn start_second_factor(
    session: &Session,
    user: UserId,
    language: Option<String>,
) -> Result<(), AppError> {
    new_id(session).await?;
    session
        .remove::<i64>(USER_KEY)
        .await
        .map_err(store_error("session: end sign-in"))?;
    let pending = Pending {
        user: user.0,
        started_at: now(),
        failures: 0,
        language,
    };
    session
        .insert(PENDING_KEY, pending)
        .await
        .map_err(store_error("session: store pending login"))
}

/// The pending login, if it has neither expired nor used up its attempts.
pub async fn pending_second_factor(session: &Session) -> Result<Option<PendingLogin>, AppError> {
    let pending: Option<Pending> = session
        .get(PENDING_KEY)
        .await
        .map_err(store_error("session: read pending login"))?;
    match pending {
        Some(p)
            if now().saturating_sub(p.started_at) <= PENDING_TTL_SECS
                && p.failures < MAX_CODE_FAILURES =>
        {
            Ok(Some(PendingLogin {
                user: UserId(p.user),
                language: p.language,
            }))
        }
        Some(_) => {
            end_pending(session).await?;
            Ok(None)
        }
        None => Ok(None),
    }
}

/// Counts a wrong code; returns false (and ends the pending login) when no attempts are left.
pub async fn second_factor_failed(session: &Session) -> Result<bool, AppError> {
    let pending: Option<Pending> = session
        .get(PENDING_KEY)
        .await
        .map_err(store_error("session: read pending login"))?;
    let Some(mut pending) = pending else {
        return Ok(false);
    };
    pending.failures += 1;
    if pending.failures >= MAX_CODE_FAILURES {
        end_pending(session).await?;
        return Ok(false);
    }
    session
        .insert(PENDING_KEY, pending)
        .await
        .map_err(store_error("session: count failed code"))?;
    Ok(true)
}

async fn end_pending(session: &Session) -> Result<(), AppError> {
    session
        .remove::<Pending>(PENDING_KEY)
        .await
        .map(drop)
        .map_err(store_error("session: end pending login"))
}

/// Keeps a confirmation for the next page this browser loads.
pub async fn set_notice(session: &Session, notice: Notice) -> Result<(), AppError> {
    session
        .insert(NOTICE_KEY, notice)
        .await
        .map_err(store_error("session: store notice"))
}

/// The confirmation waiting for this page, removed so that it shows once. Only a session that
/// holds one is changed (removing marks a session for saving, and would give every visitor a
/// session in the store).
pub async fn take_notice(session: &Session) -> Result<Option<Notice>, AppError> {
    let notice: Option<Notice> = session
        .get(NOTICE_KEY)
        .await
        .map_err(store_error("session: read notice"))?;
    if notice.is_some() {
        session
            .remove::<Notice>(NOTICE_KEY)
            .await
            .map_err(store_error("session: take notice"))?;
    }
    Ok(notice)
}
