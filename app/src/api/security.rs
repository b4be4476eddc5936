//! The security log and the sessions page: what happened to the account, and where it is
//! signed in. Both are read by signed-in users only; ending sessions is a POST like every
//! change.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::{backend::Services, session};
use crate::{
    error::AppError,
    i18n::{Translate, msg},
};

/// What a security log entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    LoginSucceeded,
    /// A wrong password for this account.
    LoginFailed,
    /// A wrong authenticator or backup code.
    CodeRefused,
    TwoFactorEnabled,
    TwoFactorDisabled,
    /// `detail`: backup codes left.
    BackupCodeUsed,
    BackupCodesRegenerated,
    /// `detail`: minutes until attempts are checked again.
    Locked,
    PasswordChanged,
    /// `detail`: how many sessions ended.
    SessionsSignedOut,
    /// An administrator removed two-factor authentication and ended every session.
    AdminReset,
}

impl EventKind {
    pub const ALL: [Self; 11] = [
        Self::LoginSucceeded,
        Self::LoginFailed,
        Self::CodeRefused,
        Self::TwoFactorEnabled,
        Self::TwoFactorDisabled,
        Self::BackupCodeUsed,
        Self::BackupCodesRegenerated,
        Self::Locked,
        Self::PasswordChanged,
        Self::SessionsSignedOut,
        Self::AdminReset,
    ];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LoginSucceeded => "login-succeeded",
            Self::LoginFailed => "login-failed",
            Self::CodeRefused => "code-refused",
            Self::TwoFactorEnabled => "two-factor-enabled",
            Self::TwoFactorDisabled => "two-factor-disabled",
            Self::BackupCodeUsed => "backup-code-used",
            Self::BackupCodesRegenerated => "backup-codes-regenerated",
            Self::Locked => "locked",
            Self::PasswordChanged => "password-changed",
            Self::SessionsSignedOut => "sessions-signed-out",
            Self::AdminReset => "admin-reset",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The Fluent id of the log line (variable `$detail` where the kind has one).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::LoginSucceeded => msg("event-login-succeeded"),
            Self::LoginFailed => msg("event-login-failed"),
            Self::CodeRefused => msg("event-code-refused"),
            Self::TwoFactorEnabled => msg("event-two-factor-enabled"),
            Self::TwoFactorDisabled => msg("event-two-factor-disabled"),
            Self::BackupCodeUsed => msg("event-backup-code-used"),
            Self::BackupCodesRegenerated => msg("event-backup-codes-regenerated"),
            Self::Locked => msg("event-locked"),
            Self::PasswordChanged => msg("event-password-changed"),
            Self::SessionsSignedOut => msg("event-sessions-signed-out"),
            Self::AdminReset => msg("event-admin-reset"),
        }
    }

    /// Whether the account's owner is mailed about it: every change of a sign-in factor, a
    /// lock, and a backup code used.
    pub fn notifies(self) -> bool {
        matches!(
            self,
            Self::TwoFactorEnabled
                | Self::TwoFactorDisabled
                | Self::BackupCodeUsed
                | Self::BackupCodesRegenerated
                | Self::Locked
                | Self::PasswordChanged
                | Self::AdminReset
        )
    }

    /// Shown as a warning in the log.
    pub fn is_alarming(self) -> bool {
        matches!(
            self,
            Self::LoginFailed | Self::CodeRefused | Self::Locked | Self::AdminReset
        )
    }
}

/// A browser as read from its User-Agent: the names are the products' own, not translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Browser {
    pub name: Option<String>,
    pub os: Option<String>,
}

impl Browser {
    /// Recognises the common browsers and systems; anything else stays unknown.
    pub fn from_user_agent(ua: &str) -> Self {
        const BROWSERS: [(&str, &str); 8] = [
            ("Edg/", "Edge"),
            ("OPR/", "Opera"),
            ("SamsungBrowser/", "Samsung Internet"),
            ("Firefox/", "Firefox"),
            ("FxiOS/", "Firefox"),
            ("CriOS/", "Chrome"),
            ("Chrome/", "Chrome"),
            ("Safari/", "Safari"),
        ];
        const SYSTEMS: [(&str, &str); 7] = [
            ("Android", "Android"),
            ("iPhone", "iOS"),
            ("iPad", "iPadOS"),
            ("Windows", "Windows"),
            ("Mac OS X", "macOS"),
            ("CrOS", "ChromeOS"),
            ("Linux", "Linux"),
        ];
        let name = if ua.contains("HeadlessChrome/") {
            Some("Chrome")
        } else {
            BROWSERS
                .iter()
                .find(|(token, _)| ua.contains(token))
                .map(|(_, name)| *name)
        };
        let os = SYSTEMS
            .iter()
            .find(|(token, _)| ua.contains(token))
            .map(|(_, name)| *name);
        Self {
            name: name.map(str::to_owned),
            os: os.map(str::to_owned),
        }
    }
}

/// How a browser is named in text ("Firefox on Linux"); `text` translates a message with
/// arguments (the page's language, or the account's in mail).
pub fn describe_browser(browser: &Browser, text: &Translate<'_>) -> String {
    match (&browser.name, &browser.os) {
        (Some(name), Some(os)) => text(
            msg("browser-on-os"),
            &[("browser", name.clone().into()), ("os", os.clone().into())],
        ),
        (Some(name), None) => name.clone(),
        (None, Some(os)) => text(msg("browser-unknown-on-os"), &[("os", os.clone().into())]),
        (None, None) => text(msg("browser-unknown"), &[]),
    }
}

/// One entry of the security log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityEvent {
    pub kind: EventKind,
    /// Unix seconds.
    pub at: i64,
    pub ip: Option<String>,
    pub browser: Option<Browser>,
    pub detail: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityLogPage {
    pub events: Vec<SecurityEvent>,
    /// The page shown (from 0) and whether older entries follow.
    pub page: u32,
    pub has_more: bool,
}

/// Entries per page of the security log.
pub const LOG_PAGE_SIZE: usize = 20;

/// One place where the account is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// Names the session for "sign out" (a hash of its id, not the cookie).
    pub handle: String,
    pub browser: Option<Browser>,
    pub ip: Option<String>,
    pub signed_in_at: i64,
    pub last_seen_at: i64,
    /// The session of the browser looking at the list.
    pub current: bool,
}

/// The id of the current request's session, if it has one.
#[cfg(feature = "ssr")]
async fn current_session() -> Result<(Services, super::backend::UserId, Option<String>), AppError> {
    let services = Services::from_context()?;
    let session = session::current().await?;
    let user = session::require_user(&session, services.session_policy).await?;
    Ok((services, user, session.id().map(|id| id.to_string())))
}

/// One page of the signed-in user's security log, newest first.
#[server(prefix = "/api", endpoint = "security-log")]
pub async fn security_log(page: u32) -> Result<SecurityLogPage, AppError> {
    let (services, user, _) = current_session().await?;
    services.security.log(user, page).await
}

/// The signed-in user's sessions, this one first.
#[server(prefix = "/api", endpoint = "sessions")]
pub async fn list_sessions() -> Result<Vec<SessionInfo>, AppError> {
    let (services, user, current) = current_session().await?;
    services.security.sessions(user, current.as_deref()).await
}

/// Ends one of the signed-in user's other sessions.
#[server(prefix = "/api", endpoint = "sign-out-session")]
pub async fn sign_out_session(handle: String) -> Result<(), AppError> {
    use super::backend::Client;
    let (services, user, _) = current_session().await?;
    if services.security.sign_out_session(user, &handle).await? {
        let client = Client::current();
        services
            .security
            .record(user, EventKind::SessionsSignedOut, Some(1), &client)
            .await?;
    }
    leptos_axum::redirect("/settings/sessions");
    Ok(())
}

/// Ends every session of the signed-in user but this one; returns how many ended.
#[server(prefix = "/api", endpoint = "sign-out-other-sessions")]
pub async fn sign_out_other_sessions() -> Result<u64, AppError> {
    let (services, user, current) = current_session().await?;
    let ended = sign_out_elsewhere(&services, user, current.as_deref()).await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(ended)
}

/// Ends the user's other sessions and logs it (after a change of sign-in factors too).
#[cfg(feature = "ssr")]
pub async fn sign_out_elsewhere(
    services: &Services,
    user: super::backend::UserId,
    current: Option<&str>,
) -> Result<u64, AppError> {
    let ended = services
        .security
        .sign_out_other_sessions(user, current)
        .await?;
    if ended > 0 {
        let detail = i64::try_from(ended).unwrap_or(i64::MAX);
        services
            .security
            .record(
                user,
                EventKind::SessionsSignedOut,
                Some(detail),
                &super::backend::Client::current(),
            )
            .await?;
    }
    Ok(ended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::parse("nonsense"), None);
    }

    #[test]
    fn browsers_from_user_agents() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
                    Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
        let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        let b = |name: &str, os: &str| Browser {
            name: Some(name.to_owned()),
            os: Some(os.to_owned()),
        };
        assert_eq!(Browser::from_user_agent(firefox), b("Firefox", "Linux"));
        assert_eq!(Browser::from_user_agent(edge), b("Edge", "Windows"));
        assert_eq!(Browser::from_user_agent(safari), b("Safari", "iOS"));
        assert_eq!(
            Browser::from_user_agent("curl/8.0"),
            Browser {
                name: None,
                os: None
            }
        );
    }
}
