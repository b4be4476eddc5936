//! What Twofold keeps in a browser's server-side session.

use serde::{Deserialize, Serialize};

use crate::{
    UserId,
    account::Notice,
    keys::Ceremony,
    login::{PendingLogin, Proven},
};

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
    /// How the sign-in was proven (absent in sessions older than this field: the password).
    #[serde(default)]
    pub proven: Option<Proven>,
    /// The account's credential epoch the sign-in was made under: once a change of sign-in
    /// factors raises the account's, the session no longer loads.
    pub epoch: Option<i64>,
    /// When a request last moved the session's idle timeout ([`SessionData::touch`]).
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
    /// Applications' sign-in requests waiting for this browser (OpenID Connect), newest last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorizing: Vec<Authorizing>,
    /// A client secret the administrator page made, sealed, until that page shows it once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_to_show: Option<crate::admin::SealedSecret>,
}

/// An application's authorization request waiting for the browser to sign in: the request's
/// parameters as the application sent them, read again (and checked again) when the browser
/// comes back to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authorizing {
    /// Names the request in the address the browser comes back to (random, and looked up only
    /// in this session).
    pub handle: String,
    /// The request's parameters, form-encoded.
    pub params: String,
    /// When the request came (unix seconds).
    pub at: i64,
    /// Whether the browser signed in after the request came (what `prompt=login` waits for).
    pub signed_in_since: bool,
    /// Whether the user agreed on the consent page after the request came (what
    /// `prompt=consent` waits for).
    #[serde(default)]
    pub consented_since: bool,
    /// What the consent page asks, while the request waits for the user's consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentAsked>,
    /// The application's name, while the request waits for the account to turn two-factor on
    /// (the application requires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_up_for: Option<String>,
    /// The application's name, while the request waits for the user's security key or passkey
    /// (the application or the request asks for one in this sign-in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_for: Option<String>,
}

/// What the consent page shows: the application and what it asks to share (its scopes, as
/// OpenID Connect names them: `openid`, `email`, `profile`, `groups`, `offline_access`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentAsked {
    pub application: String,
    pub scopes: Vec<String>,
}

/// How many requests a session keeps waiting (a new one drops the oldest beyond), and for how
/// long.
pub const MAX_AUTHORIZING: usize = 4;
pub const AUTHORIZING_SECS: i64 = 1800;

impl SessionData {
    /// Keeps `request` waiting, dropping the expired ones at `now` and the oldest beyond
    /// [`MAX_AUTHORIZING`].
    pub fn keep_waiting(&mut self, request: Authorizing, now: i64) {
        self.authorizing
            .retain(|a| now.saturating_sub(a.at) <= AUTHORIZING_SECS);
        self.authorizing.push(request);
        let extra = self.authorizing.len().saturating_sub(MAX_AUTHORIZING);
        self.authorizing.drain(..extra);
    }

    /// The waiting request named `handle`, unless it expired at `now`.
    pub fn waiting(&self, handle: &str, now: i64) -> Option<&Authorizing> {
        self.authorizing
            .iter()
            .find(|a| a.handle == handle && now.saturating_sub(a.at) <= AUTHORIZING_SECS)
    }

    /// The newest request waiting for the account to turn two-factor on: its handle and the
    /// application's name.
    pub fn waiting_set_up(&self, now: i64) -> Option<(&str, &str)> {
        self.authorizing
            .iter()
            .rev()
            .filter(|a| now.saturating_sub(a.at) <= AUTHORIZING_SECS)
            .find_map(|a| Some((a.handle.as_str(), a.set_up_for.as_deref()?)))
    }

    /// The waiting request named `handle`, to change.
    pub fn waiting_mut(&mut self, handle: &str) -> Option<&mut Authorizing> {
        self.authorizing.iter_mut().find(|a| a.handle == handle)
    }

    /// Ends the waiting request named `handle` (answered).
    pub fn answered(&mut self, handle: &str) {
        self.authorizing.retain(|a| a.handle != handle);
    }

    /// The waiting requests after this browser signed in.
    pub fn authorizing_after_sign_in(&self) -> Vec<Authorizing> {
        self.authorizing
            .iter()
            .map(|a| Authorizing {
                signed_in_since: true,
                ..a.clone()
            })
            .collect()
    }
}

impl SessionData {
    /// The signed-in user and when they signed in.
    pub fn signed_in_at(&self) -> Option<(UserId, i64)> {
        self.user
            .map(|user| (UserId(user), self.signed_in_at.unwrap_or(0)))
    }

    /// Whether the sign-in is older than the maximum age at `now`.
    pub fn expired_at(&self, now: i64, lifetime: SessionLifetime) -> bool {
        self.signed_in_at()
            .is_some_and(|(_, at)| now.saturating_sub(at) > lifetime.max_age_secs)
    }

    /// The signed-in user at `now`: none once the sign-in is older than the maximum age.
    pub fn user_at(&self, now: i64, lifetime: SessionLifetime) -> Option<UserId> {
        if self.expired_at(now, lifetime) {
            return None;
        }
        self.signed_in_at().map(|(user, _)| user)
    }

    /// Moves "last active" (and with the save, the idle timeout) to `now` when a signed-in
    /// session was last saved `touch_every_secs` ago or more; whether it moved (the session is
    /// then saved).
    pub fn touch(&mut self, now: i64, lifetime: SessionLifetime) -> bool {
        let Some((_, signed_in_at)) = self.signed_in_at() else {
            return false;
        };
        if now.saturating_sub(self.seen.unwrap_or(signed_in_at)) < lifetime.touch_every_secs {
            return false;
        }
        self.seen = Some(now);
        true
    }
}

/// How long a sign-in lasts at most, whatever the activity, and how often a request moves the
/// idle timeout (which the session store keeps with the session).
#[derive(Debug, Clone, Copy)]
pub struct SessionLifetime {
    pub max_age_secs: i64,
    /// A request of a signed-in session saves it again (moving its idle timeout and "last
    /// active") when it was last saved this many seconds ago or more.
    pub touch_every_secs: i64,
}

impl SessionLifetime {
    /// A sign-in of at most `max_age_secs`, ended after `idle_secs` without a request: the
    /// session is saved again at most once a minute, and often enough (four times per idle
    /// period) that an active user is never signed out by a short idle timeout.
    pub fn new(max_age_secs: i64, idle_secs: i64) -> Self {
        Self {
            max_age_secs,
            touch_every_secs: (idle_secs / 4).clamp(1, 60),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: SessionLifetime = SessionLifetime {
        max_age_secs: 100,
        touch_every_secs: 10,
    };

    fn signed_in_at(at: i64) -> SessionData {
        SessionData {
            user: Some(7),
            signed_in_at: Some(at),
            ..SessionData::default()
        }
    }

    #[test]
    fn a_sign_in_ends_after_the_maximum_age_whatever_the_activity() {
        let mut data = signed_in_at(1000);
        assert_eq!(data.user_at(1100, POLICY), Some(UserId(7)));
        assert!(data.touch(1100, POLICY));
        assert_eq!(data.user_at(1101, POLICY), None);
        assert!(data.expired_at(1101, POLICY));
        assert_eq!(SessionData::default().user_at(0, POLICY), None);
    }

    fn waiting(handle: &str, at: i64) -> Authorizing {
        Authorizing {
            handle: handle.to_owned(),
            params: String::new(),
            at,
            signed_in_since: false,
            consented_since: false,
            consent: None,
            set_up_for: None,
            key_for: None,
        }
    }

    #[test]
    fn requests_wait_for_a_sign_in_a_limited_time_and_number() {
        let mut data = SessionData::default();
        data.keep_waiting(waiting("old", 0), 0);
        data.keep_waiting(waiting("a", AUTHORIZING_SECS + 1), AUTHORIZING_SECS + 1);
        assert_eq!(data.authorizing.len(), 1, "the expired one is dropped");
        for handle in ["b", "c", "d", "e"] {
            data.keep_waiting(waiting(handle, AUTHORIZING_SECS + 2), AUTHORIZING_SECS + 2);
        }
        let handles: Vec<&str> = data.authorizing.iter().map(|a| a.handle.as_str()).collect();
        assert_eq!(
            handles,
            ["b", "c", "d", "e"],
            "the oldest beyond four is dropped"
        );
        assert!(data.waiting("c", AUTHORIZING_SECS + 2).is_some());
        assert!(
            data.waiting("c", 2 * AUTHORIZING_SECS + 3).is_none(),
            "expired"
        );
        data.answered("c");
        assert!(data.waiting("c", AUTHORIZING_SECS + 2).is_none());
        assert!(
            data.authorizing_after_sign_in()
                .iter()
                .all(|a| a.signed_in_since)
        );
    }

    #[test]
    fn a_session_is_saved_again_once_per_touch_interval() {
        let mut data = signed_in_at(1000);
        assert!(!data.touch(1009, POLICY));
        assert!(data.touch(1010, POLICY));
        assert_eq!(data.seen, Some(1010));
        assert!(!data.touch(1019, POLICY));
        assert!(
            !SessionData::default().touch(5000, POLICY),
            "nobody signed in"
        );
    }
}
