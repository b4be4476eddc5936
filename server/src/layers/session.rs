//! The typed session as the middleware reads it, under the rules of
//! [`domain::session::SessionData`]: who is signed in, and the end of sign-ins older than the
//! maximum age before the request reaches the app (whose server functions share the same
//! value and rules, in `app::api::session`).

use domain::{
    UserId,
    error::STORE_UNAVAILABLE,
    session::{KEY, SessionData, SessionLifetime},
};
use tower_sessions::{Session, session::Error, session_store::Error as StoreError};

/// The session's data (empty for a browser without one).
async fn read(session: &Session) -> Result<SessionData, Error> {
    Ok(session.get::<SessionData>(KEY).await?.unwrap_or_default())
}

/// The signed-in user, if the sign-in is not older than the maximum age.
pub async fn user(session: &Session, lifetime: SessionLifetime) -> Result<Option<UserId>, Error> {
    Ok(read(session)
        .await?
        .user_at(crate::storage::now(), lifetime))
}

/// Ends the session if its sign-in is older than the maximum age; otherwise a request
/// of a signed-in session saves it again (its idle timeout starts anew and its "last active"
/// time moves) when it was last saved `lifetime.touch_every_secs` ago or more, and other
/// requests write nothing.
pub async fn end_if_expired(session: &Session, lifetime: SessionLifetime) -> Result<(), Error> {
    let mut data = read(session).await?;
    let now = crate::storage::now();
    if data.expired_at(now, lifetime) {
        return session.flush().await;
    }
    if data.touch(now, lifetime) {
        session.insert(KEY, &data).await?;
    }
    Ok(())
}

/// Whether the session could not be read or written because the database cannot be reached.
pub fn unavailable(err: &Error) -> bool {
    matches!(err, Error::Store(StoreError::Backend(message)) if message.starts_with(STORE_UNAVAILABLE))
}
