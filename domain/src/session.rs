//! What Twofold keeps in a browser's server-side session.

use serde::{Deserialize, Serialize};

use crate::{UserId, account::Notice, keys::Ceremony, login::PendingLogin};

/// The key of [`SessionData`] in the session.
pub const KEY: &str = "twofold";

/// Everything Twofold keeps in a session. The session store copies the user, the sign-in time,
/// the address and the browser into columns of their own (the sessions page, and ending all
/// of an account's sessions read them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionData {
    /// The signed-in user.
    pub user: Option<i64>,
    /// When the user signed in (unix seconds).
    pub signed_in_at: Option<i64>,
    /// The account's credential epoch the sign-in was made under: once a change of sign-in
    /// factors raises the account's, the session no longer loads.
    pub epoch: Option<i64>,
    /// When a request last moved the session's idle timeout (`app::api::session::end_if_expired`).
    pub seen: Option<i64>,
    /// Where and with what the user signed in.
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// A login whose password was right, waiting for a factor (kept in the database; this is
    /// its handle).
    pub pending: Option<PendingLogin>,
    /// A confirmation for the next page this browser loads.
    pub notice: Option<Notice>,
    /// When the signed-in user last proved both their password and a factor here (a sign-in
    /// with a factor, or a confirmation on the administrator page); the administrator page acts
    /// only within [`crate::admin::SUDO_SECS`] of it.
    pub checked_at: Option<i64>,
    /// The WebAuthn ceremony this browser started last (its state is in the database; a new
    /// one replaces it).
    pub ceremony: Option<Ceremony>,
    /// Set only while a request gives a signed-in session a new id: the id it had. The store
    /// keeps the new id only if the old one was not ended meanwhile (signed out here, from
    /// the sessions page or everywhere), and never writes this field itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewed_from: Option<String>,
}

impl SessionData {
    /// The signed-in user and when they signed in.
    pub fn signed_in_at(&self) -> Option<(UserId, i64)> {
        self.user
            .map(|user| (UserId(user), self.signed_in_at.unwrap_or(0)))
    }
}
