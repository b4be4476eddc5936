//! Reading the values of the variables: each parser names the variable in its error.

use std::{net::SocketAddr, time::Duration};

use super::{ConfigError, Key256, Mode, SecretKey, invalid};

/// The longest a browser can be trusted.
pub(super) const MAX_TRUSTED_BROWSER_DAYS: u32 = 365;

/// `TWOFOLD_PUBLIC_URL`: an `http(s)` origin with a host name (WebAuthn takes no address or
/// path); required in production, and there with `https`.
pub(super) fn public_url(
    get: &impl Fn(&str) -> Option<String>,
    mode: Mode,
    addr: Option<std::net::SocketAddr>,
) -> Result<url::Url, ConfigError> {
    const NAME: &str = "TWOFOLD_PUBLIC_URL";
    let Some(value) = get(NAME) else {
        if mode == Mode::Production {
            return Err(invalid(
                NAME,
                "required in production: where people reach Twofold, e.g. https://auth.example.com",
            ));
        }
        let port = addr.map_or(3000, |addr| addr.port());
        return url::Url::parse(&format!("http://localhost:{port}"))
            .map_err(|e| invalid(NAME, e.to_string()));
    };
    let url = url::Url::parse(value.trim()).map_err(|e| invalid(NAME, e.to_string()))?;
    let is_name = matches!(url.host(), Some(url::Host::Domain(_)));
    if !matches!(url.scheme(), "http" | "https") || !is_name {
        return Err(invalid(
            NAME,
            "an http or https address with a host name, e.g. https://auth.example.com",
        ));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(NAME, "the origin only, without a path"));
    }
    if mode == Mode::Production && url.scheme() != "https" {
        return Err(invalid(
            NAME,
            "https in production (security keys work only there)",
        ));
    }
    Ok(url)
}

/// A whole number above 0 from `name`, or `default` when it is not set.
pub(super) fn above_zero(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: u32,
) -> Result<u32, ConfigError> {
    match get(name) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| invalid(name, "a whole number above 0")),
    }
}

pub(super) fn minutes(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: u64,
) -> Result<Duration, ConfigError> {
    let value = match get(name) {
        None => default,
        Some(v) => v
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|m| (1..=60 * 24 * 365).contains(m))
            .ok_or_else(|| invalid(name, "a whole number of minutes from 1 to 525600"))?,
    };
    Ok(Duration::from_secs(value * 60))
}

/// Addresses and CIDR networks, separated by commas or spaces; an address is its own network.
pub(super) fn parse_networks(value: &str) -> Result<Vec<ipnet::IpNet>, String> {
    value
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map(|net| net.trunc())
                .map_err(|_| format!("'{item}' is not an address or a network (10.0.0.0/8)"))
        })
        .collect()
}

pub(super) fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// A base64 (standard or URL-safe, padded or not) encoding of at least `N` bytes; the first `N`
/// are used.
pub fn parse_key<const N: usize>(value: &str) -> Result<SecretKey<N>, String> {
    use base64::{Engine, engine::general_purpose};
    let value = value.trim();
    let bytes = general_purpose::STANDARD
        .decode(value)
        .or_else(|_| general_purpose::STANDARD_NO_PAD.decode(value))
        .or_else(|_| general_purpose::URL_SAFE.decode(value))
        .or_else(|_| general_purpose::URL_SAFE_NO_PAD.decode(value))
        .map_err(|_| "not base64".to_owned())?;
    let key: [u8; N] = bytes
        .get(..N)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| format!("{} bytes; at least {N} are needed", bytes.len()))?;
    Ok(SecretKey(key))
}

/// `id:base64` pairs separated by commas, ids unique.
pub(super) fn parse_key_ring(value: &str) -> Result<Vec<(u8, Key256)>, String> {
    let mut keys: Vec<(u8, Key256)> = Vec::new();
    for entry in value.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (id, key) = entry
            .split_once(':')
            .ok_or("use id:base64 pairs separated by commas")?;
        let id: u8 = id
            .trim()
            .parse()
            .map_err(|_| format!("key id {id:?} is not a number from 0 to 255"))?;
        if keys.iter().any(|(k, _)| *k == id) {
            return Err(format!("key id {id} appears twice"));
        }
        keys.push((id, parse_key(key).map_err(|e| format!("key {id}: {e}"))?));
    }
    if keys.is_empty() {
        return Err("no keys".to_owned());
    }
    Ok(keys)
}

/// An optional `host:port` setting.
pub(super) fn socket_addr(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<Option<SocketAddr>, ConfigError> {
    get(name)
        .map(|v| v.trim().parse().map_err(|e| invalid(name, format!("{e}"))))
        .transpose()
}
