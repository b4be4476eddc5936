//! The browser's server-side session, as one typed value ([`SessionData`], under one key, as
//! in tower-sessions' strongly-typed example): who is signed in, a login waiting for a factor,
//! and a confirmation for the next page.

use std::time::{SystemTime, UNIX_EPOCH};

pub use domain::session::{KEY, SessionData};
use domain::{
    Client, UserId,
    account::Notice,
    error::STORE_UNAVAILABLE,
    keys::Ceremony,
    login::{PendingLogin, SignedIn},
    proof::Proof,
    session::SessionLifetime,
};
use tower_sessions::Session;

use crate::error::{AppError, internal};

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

async fn read(session: &Session) -> Result<SessionData, AppError> {
    Ok(session
        .get::<SessionData>(KEY)
        .await
        .map_err(store_error("session: read"))?
        .unwrap_or_default())
}

async fn write(session: &Session, data: &SessionData) -> Result<(), AppError> {
    session
        .insert(KEY, data)
        .await
        .map_err(store_error("session: write"))
}

/// The signed-in user, if any and not older than the maximum age. Only reads the
/// session: the server's middleware removes expired sign-ins before the request reaches the
/// app.
pub async fn user(
    session: &Session,
    lifetime: SessionLifetime,
) -> Result<Option<UserId>, AppError> {
    Ok(read(session).await?.user_at(now(), lifetime))
}

/// The signed-in user, or `Unauthorized`.
pub async fn require_user(
    session: &Session,
    lifetime: SessionLifetime,
) -> Result<UserId, AppError> {
    user(session, lifetime).await?.ok_or(AppError::Unauthorized)
}

/// Signs `user` in under the account's credential `epoch`: a new session id (no fixation),
/// then the user, the time and the client; a pending login of this session ends. The
/// applications' requests waiting for a sign-in wait on, now after one.
pub async fn sign_in(
    session: &Session,
    signed_in: &SignedIn,
    client: &Client,
) -> Result<(), AppError> {
    new_id(session).await?;
    let before = read(session).await?;
    let data = SessionData {
        user: Some(signed_in.user.0),
        signed_in_at: Some(now()),
        proven: Some(signed_in.proven),
        epoch: Some(signed_in.epoch),
        ip: client.ip.clone(),
        user_agent: client.user_agent.clone(),
        notice: before.notice,
        authorizing: before.authorizing_after_sign_in(),
        ..SessionData::default()
    };
    write(session, &data).await
}

/// The signed-in session ended the account's other sessions itself: it carries the new
/// credential `epoch`.
pub async fn set_epoch(session: &Session, epoch: i64) -> Result<(), AppError> {
    let mut data = read(session).await?;
    data.epoch = Some(epoch);
    write(session, &data).await
}

/// The signed-in session changed the account's sign-in (the other sessions ended): it gets a
/// new id (see [`renew`]), carries the new credential `epoch`, and keeps `notice` for the next
/// page.
pub async fn renewed(session: &Session, epoch: i64, notice: Notice) -> Result<(), AppError> {
    renew(session).await?;
    let mut data = read(session).await?;
    data.epoch = Some(epoch);
    data.notice = Some(notice);
    write(session, &data).await
}

/// The signed-in user just proved their password and a factor on this session.
pub async fn mark_checked(session: &Session) -> Result<(), AppError> {
    let mut data = read(session).await?;
    data.checked_at = Some(now());
    write(session, &data).await
}

/// Whether the signed-in user proved their password and a factor on this session within
/// `secs`.
pub async fn checked_within(session: &Session, secs: i64) -> Result<bool, AppError> {
    Ok(read(session)
        .await?
        .checked_at
        .is_some_and(|at| now().saturating_sub(at) <= secs))
}

/// Ends the session: removed from the store and the cookie cleared.
pub async fn sign_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(store_error("session: flush"))
}

/// Gives the session a new id, keeping the sign-in (after a change of sign-in factors). The
/// store keeps the new id only if the old one was still live when it is saved: a sign-out of
/// this session, from the sessions page or everywhere, that runs meanwhile is not undone.
pub async fn renew(session: &Session) -> Result<(), AppError> {
    let Some(id) = session.id() else {
        return Ok(());
    };
    let mut data = read(session).await?;
    data.renewed_from = Some(id.to_string());
    write(session, &data).await?;
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

/// Keeps the handle of a login waiting for a factor. Nobody is signed in on this session
/// until then (an earlier sign-in ends here); the applications' requests wait on.
pub async fn start_pending(session: &Session, pending: PendingLogin) -> Result<(), AppError> {
    new_id(session).await?;
    let data = SessionData {
        pending: Some(pending),
        authorizing: read(session).await?.authorizing,
        ..SessionData::default()
    };
    write(session, &data).await
}

/// The handle of this session's pending login, if any.
pub async fn pending(session: &Session) -> Result<Option<PendingLogin>, AppError> {
    Ok(read(session).await?.pending)
}

/// Forgets this session's pending login (it ended: expired or too many wrong codes).
pub async fn end_pending(session: &Session) -> Result<(), AppError> {
    let mut data = read(session).await?;
    if data.pending.take().is_some() {
        write(session, &data).await?;
    }
    Ok(())
}

/// What the consent page asks for the application's request waiting as `handle`, if it waits.
pub async fn consent_asked(
    session: &Session,
    handle: &str,
) -> Result<Option<domain::session::ConsentAsked>, AppError> {
    Ok(read(session)
        .await?
        .waiting(handle, now())
        .and_then(|waiting| waiting.consent.clone()))
}

/// The newest application request waiting for the account to turn two-factor on: its handle
/// and the application's name.
pub async fn waiting_set_up(session: &Session) -> Result<Option<(String, String)>, AppError> {
    Ok(read(session)
        .await?
        .waiting_set_up(now())
        .map(|(handle, app)| (handle.to_owned(), app.to_owned())))
}

/// The application of the request waiting as `handle` for a security key or passkey, if it
/// waits for one.
pub async fn key_asked(session: &Session, handle: &str) -> Result<Option<String>, AppError> {
    Ok(read(session)
        .await?
        .waiting(handle, now())
        .and_then(|waiting| waiting.key_for.clone()))
}

/// The signed-in user just answered with one of the account's keys: the sign-in counts as one
/// with a key from now on (a passkey's stays one).
pub async fn proven_with_key(session: &Session) -> Result<(), AppError> {
    let mut data = read(session).await?;
    if !data.proven.is_some_and(domain::login::Proven::with_key) {
        data.proven = Some(domain::login::Proven::PasswordAndKey);
    }
    data.checked_at = Some(now());
    write(session, &data).await
}

/// Keeps a confirmation for the next page this browser loads.
pub async fn set_notice(session: &Session, notice: Notice) -> Result<(), AppError> {
    let mut data = read(session).await?;
    data.notice = Some(notice);
    write(session, &data).await
}

/// The confirmation waiting for this page, removed so that it shows once. Only a session that
/// holds one is changed (a write would give every visitor a session in the store).
pub async fn take_notice(session: &Session) -> Result<Option<Notice>, AppError> {
    let mut data = read(session).await?;
    let notice = data.notice.take();
    if notice.is_some() {
        write(session, &data).await?;
    }
    Ok(notice)
}

/// Keeps a client secret the administrator page made, sealed, until that page shows it.
pub async fn keep_secret(
    session: &Session,
    sealed: domain::admin::SealedSecret,
) -> Result<(), AppError> {
    let mut data = read(session).await?;
    data.secret_to_show = Some(sealed);
    write(session, &data).await
}

/// The sealed client secret waiting to be shown, removed so that it shows once.
pub async fn take_secret(
    session: &Session,
) -> Result<Option<domain::admin::SealedSecret>, AppError> {
    let mut data = read(session).await?;
    let sealed = data.secret_to_show.take();
    if sealed.is_some() {
        write(session, &data).await?;
    }
    Ok(sealed)
}

/// Keeps the handle of a WebAuthn ceremony this browser started (a new one replaces it).
pub async fn set_ceremony(session: &Session, ceremony: Ceremony) -> Result<(), AppError> {
    let mut data = read(session).await?;
    data.ceremony = Some(ceremony);
    write(session, &data).await
}

/// The handle of this browser's ceremony, removed (each is used once).
pub async fn take_ceremony(session: &Session) -> Result<Option<Ceremony>, AppError> {
    let mut data = read(session).await?;
    let ceremony = data.ceremony.take();
    if ceremony.is_some() {
        write(session, &data).await?;
    }
    Ok(ceremony)
}

/// The factor a form brought: a key's answer (to this browser's ceremony) when it carries
/// one, else the code.
pub async fn proof(
    session: &Session,
    code: String,
    key_response: String,
) -> Result<Proof, AppError> {
    let ceremony = if key_response.is_empty() {
        None
    } else {
        take_ceremony(session).await?
    };
    Ok(Proof::from_form(&code, ceremony, key_response))
}
