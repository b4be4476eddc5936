//! Configuration from environment variables (and a `.env` file, loaded by `main`).
//! Every variable is documented in the README's configuration table.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Key material of `N` bytes. Its `Debug` never shows the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey<const N: usize>(pub [u8; N]);

impl<const N: usize> std::fmt::Debug for SecretKey<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey<{N}>([redacted])")
    }
}

/// Signs the session cookie.
pub type SessionKey = SecretKey<64>;
/// AES-256-GCM keys for second-factor secrets, and the HMAC key for backup codes.
pub type Key256 = SecretKey<32>;

#[derive(Debug, Clone)]
pub struct Config {
    pub mode: Mode,
    /// `TWOFOLD_ADDR`; when unset, Leptos's `LEPTOS_SITE_ADDR` (default 127.0.0.1:3000).
    pub addr: Option<SocketAddr>,
    pub data_dir: PathBuf,
    pub database_url: SecretUrl,
    /// From `TWOFOLD_SESSION_KEY`; when unset, a key file in development (see `keys`).
    pub session_key: Option<SessionKey>,
    /// From `TWOFOLD_TOTP_KEYS` (`id:base64,…`); empty when unset.
    pub totp_keys: Vec<(u8, Key256)>,
    /// `TWOFOLD_TOTP_KEY_ID`: which of `totp_keys` seals new secrets (default: the highest id).
    pub totp_key_id: Option<u8>,
    /// From `TWOFOLD_BACKUP_CODE_KEY`.
    pub backup_code_key: Option<Key256>,
    /// `TWOFOLD_ISSUER`: the name authenticator apps show.
    pub issuer: String,
    /// `TWOFOLD_PUBLIC_URL`: where people reach Twofold (`https://auth.example.com`). Its host
    /// is the WebAuthn relying-party id and its origin the only origin keys answer for, the same
    /// on every server. Development default: `http://localhost:<port of TWOFOLD_ADDR>`.
    pub public_url: url::Url,
    /// `TWOFOLD_RP_ID`: the WebAuthn relying-party id when it is not the host of
    /// `TWOFOLD_PUBLIC_URL` but a domain above it (`example.com` for `auth.example.com`).
    pub rp_id: Option<String>,
    pub cookie_secure: bool,
    pub session_idle: Duration,
    pub session_max_age: Duration,
    pub log_format: LogFormat,
    /// `SMTP_URL`: where mail goes (`smtp://host:port`, `smtps://user:password@host`); without
    /// it, mail is written to `<data dir>/outbox/`.
    pub smtp_url: Option<SecretUrl>,
    /// `TWOFOLD_MAIL_FROM`: the sender of mail to users.
    pub mail_from: lettre::message::Mailbox,
    /// `TWOFOLD_TRUSTED_PROXIES`: the reverse proxies (addresses or CIDR networks) whose
    /// `X-Forwarded-For` is believed; empty: the connection's address is the client's.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `TWOFOLD_SECURITY_LOG_DAYS`: how long security-log entries are kept (0: for ever).
    pub security_log_days: u32,
    /// `TWOFOLD_TRUSTED_BROWSER_DAYS`: how long a browser trusted at the code step signs in
    /// with the password alone (0: the option is not offered).
    pub trusted_browser_days: u32,
    /// `TWOFOLD_HSTS_SECONDS`: `Strict-Transport-Security` max-age; 0 sends none.
    pub hsts_seconds: u64,
    /// `TWOFOLD_API_REQUESTS_PER_MINUTE`: server-function requests one client address may make
    /// per minute and server (a flood guard; attempt limits are separate and shared).
    pub api_requests_per_minute: u32,
    /// `TWOFOLD_SIGN_UPS_PER_HOUR`: sign-ups one client address may make per hour (shared by
    /// every server).
    pub sign_ups_per_hour: u32,
    /// `TWOFOLD_REQUEST_TIMEOUT_SECONDS`: how long one request may take, its body included,
    /// before it is answered 408 (default 30).
    pub request_timeout: Duration,
    /// `TWOFOLD_METRICS_ADDR`: where the Prometheus metrics are served (`/metrics`); none when
    /// unset.
    pub metrics_addr: Option<SocketAddr>,
}

/// A URL as logs may show it: the password of its user part replaced.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((user_info, host)) => {
            let user = user_info
                .split_once(':')
                .map_or(user_info, |(user, _)| user);
            let hidden = if user_info.contains(':') {
                ":[redacted]"
            } else {
                ""
            };
            format!("{scheme}://{user}{hidden}@{host}{path}")
        }
        None => url.to_owned(),
    }
}

/// A URL that may hold a password (`DATABASE_URL`, `SMTP_URL`): its `Debug` shows it with the
/// password replaced; the URL itself is the string it derefs to.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretUrl(pub String);

impl std::ops::Deref for SecretUrl {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretUrl {
    fn from(url: String) -> Self {
        Self(url)
    }
}

impl std::fmt::Debug for SecretUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", redact_url(&self.0))
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("{name} has an invalid value: {reason}")]
    Invalid { name: &'static str, reason: String },
}

fn invalid(name: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        name,
        reason: reason.into(),
    }
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads the configuration through `get` (a variable name to its value).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mode = match get("TWOFOLD_ENV").as_deref().map(str::trim) {
            None | Some("development") => Mode::Development,
            Some("production") => Mode::Production,
            Some(other) => {
                return Err(invalid(
                    "TWOFOLD_ENV",
                    format!("{other:?} (use development or production)"),
                ));
            }
        };
        let addr = socket_addr(&get, "TWOFOLD_ADDR")?;
        let metrics_addr = socket_addr(&get, "TWOFOLD_METRICS_ADDR")?;
        let public_url = public_url(&get, mode, addr)?;
        let rp_id = get("TWOFOLD_RP_ID")
            .map(|v| v.trim().to_ascii_lowercase())
            .filter(|v| !v.is_empty());
        let data_dir = PathBuf::from(get("TWOFOLD_DATA_DIR").unwrap_or_else(|| "data".to_owned()));
        let database_url = SecretUrl(get("DATABASE_URL").unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("twofold.db").display()
            )
        }));
        let session_key = get("TWOFOLD_SESSION_KEY")
            .map(|v| parse_key(&v).map_err(|reason| invalid("TWOFOLD_SESSION_KEY", reason)))
            .transpose()?;
        let totp_keys = get("TWOFOLD_TOTP_KEYS")
            .map(|v| parse_key_ring(&v).map_err(|reason| invalid("TWOFOLD_TOTP_KEYS", reason)))
            .transpose()?
            .unwrap_or_default();
        let totp_key_id = get("TWOFOLD_TOTP_KEY_ID")
            .map(|v| {
                let id: u8 = v
                    .trim()
                    .parse()
                    .map_err(|_| invalid("TWOFOLD_TOTP_KEY_ID", "a number from 0 to 255"))?;
                if totp_keys.iter().any(|(k, _)| *k == id) {
                    Ok(id)
                } else {
                    Err(invalid(
                        "TWOFOLD_TOTP_KEY_ID",
                        format!("no key with id {id} in TWOFOLD_TOTP_KEYS"),
                    ))
                }
            })
            .transpose()?;
        let backup_code_key = get("TWOFOLD_BACKUP_CODE_KEY")
            .map(|v| parse_key(&v).map_err(|reason| invalid("TWOFOLD_BACKUP_CODE_KEY", reason)))
            .transpose()?;
        let issuer =
            get("TWOFOLD_ISSUER").map_or_else(|| "Twofold".to_owned(), |v| v.trim().to_owned());
        if issuer.is_empty() || issuer.contains(':') || issuer.chars().count() > 64 {
            return Err(invalid("TWOFOLD_ISSUER", "1 to 64 characters, no colon"));
        }
        let cookie_secure = match get("TWOFOLD_COOKIE_SECURE") {
            None => mode == Mode::Production,
            Some(v) => parse_bool(&v)
                .ok_or_else(|| invalid("TWOFOLD_COOKIE_SECURE", "use true or false"))?,
        };
        let session_idle = minutes(&get, "TWOFOLD_SESSION_IDLE_MINUTES", 30)?;
        let session_max_age = minutes(&get, "TWOFOLD_SESSION_MAX_AGE_MINUTES", 12 * 60)?;
        let log_format = match get("TWOFOLD_LOG_FORMAT").as_deref().map(str::trim) {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(invalid(
                    "TWOFOLD_LOG_FORMAT",
                    format!("{other:?} (use text or json)"),
                ));
            }
        };
        let smtp_url = get("SMTP_URL").map(|v| SecretUrl(v.trim().to_owned()));
        let mail_from = get("TWOFOLD_MAIL_FROM")
            .unwrap_or_else(|| format!("{issuer} <no-reply@localhost>"))
            .trim()
            .parse()
            .map_err(|e| invalid("TWOFOLD_MAIL_FROM", format!("not a mail address: {e}")))?;
        if get("TWOFOLD_TRUST_PROXY").is_some() {
            return Err(invalid(
                "TWOFOLD_TRUST_PROXY",
                "replaced by TWOFOLD_TRUSTED_PROXIES: list the proxies' addresses or networks",
            ));
        }
        let trusted_proxies = get("TWOFOLD_TRUSTED_PROXIES")
            .map(|v| parse_networks(&v))
            .transpose()
            .map_err(|reason| invalid("TWOFOLD_TRUSTED_PROXIES", reason))?
            .unwrap_or_default();
        let security_log_days = match get("TWOFOLD_SECURITY_LOG_DAYS") {
            None => 400,
            Some(v) => v.trim().parse().map_err(|_| {
                invalid(
                    "TWOFOLD_SECURITY_LOG_DAYS",
                    "a number of days (0 keeps every entry)",
                )
            })?,
        };
        let trusted_browser_days = match get("TWOFOLD_TRUSTED_BROWSER_DAYS") {
            None => 30,
            Some(v) => v
                .trim()
                .parse()
                .ok()
                .filter(|days| *days <= MAX_TRUSTED_BROWSER_DAYS)
                .ok_or_else(|| {
                    invalid(
                        "TWOFOLD_TRUSTED_BROWSER_DAYS",
                        "a number of days up to 365 (0 turns trusted browsers off)",
                    )
                })?,
        };
        let hsts_seconds = match get("TWOFOLD_HSTS_SECONDS") {
            None if mode == Mode::Production => 365 * 24 * 3600,
            None => 0,
            Some(v) => v
                .trim()
                .parse()
                .map_err(|_| invalid("TWOFOLD_HSTS_SECONDS", "a whole number of seconds"))?,
        };
        let api_requests_per_minute = above_zero(&get, "TWOFOLD_API_REQUESTS_PER_MINUTE", 300)?;
        let sign_ups_per_hour = above_zero(&get, "TWOFOLD_SIGN_UPS_PER_HOUR", 20)?;
        let request_timeout =
            Duration::from_secs(above_zero(&get, "TWOFOLD_REQUEST_TIMEOUT_SECONDS", 30)?.into());
        Ok(Self {
            mode,
            addr,
            data_dir,
            database_url,
            session_key,
            totp_keys,
            totp_key_id,
            backup_code_key,
            issuer,
            public_url,
            rp_id,
            cookie_secure,
            session_idle,
            session_max_age,
            log_format,
            smtp_url,
            mail_from,
            trusted_proxies,
            security_log_days,
            trusted_browser_days,
            hsts_seconds,
            api_requests_per_minute,
            sign_ups_per_hour,
            request_timeout,
            metrics_addr,
        })
    }
}

mod parse;

pub use parse::parse_key;
use parse::{
    MAX_TRUSTED_BROWSER_DAYS, above_zero, minutes, parse_bool, parse_key_ring, parse_networks,
    public_url, socket_addr,
};
#[cfg(test)]
mod tests;
