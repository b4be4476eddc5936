//! The security log and the sessions page: entries, pages of entries, sessions, and the
//! browsers they name.

use serde::{Deserialize, Serialize};

use crate::{
    events::EventKind,
    text::{Translate, msg},
};

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

/// Who did what an entry records, when not the account's owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    /// An operator on the command line, by their name.
    Operator(String),
    /// An administrator on the administrator page, by their address.
    Administrator(String),
}

impl Actor {
    const ADMINISTRATOR: &str = "administrator:";

    /// As the `actor` column keeps it (an operator's bare name, as before administrators).
    pub fn to_column(&self) -> String {
        match self {
            Self::Operator(name) => name.clone(),
            Self::Administrator(email) => format!("{}{email}", Self::ADMINISTRATOR),
        }
    }

    pub fn from_column(column: String) -> Self {
        match column.strip_prefix(Self::ADMINISTRATOR) {
            Some(email) => Self::Administrator(email.to_owned()),
            None => Self::Operator(column),
        }
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
    /// Who did it, when not the account's owner.
    pub actor: Option<Actor>,
    /// The other account the entry is about (an administrator's own log names the account
    /// they acted on).
    pub subject: Option<String>,
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

/// A browser trusted at the code step, as the sessions page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedBrowserInfo {
    /// Names it for "stop trusting".
    pub id: i64,
    pub browser: Option<Browser>,
    pub ip: Option<String>,
    pub trusted_at: i64,
    pub last_used_at: Option<i64>,
    pub expires_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

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
