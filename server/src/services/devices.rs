//! Device cookies: a browser that completed a sign-in to an account keeps a signed token for
//! it, so that the account's password from that browser is not slowed down by other people's
//! guesses (OWASP's "device cookies"). One cookie holds a token per account, newest first.
//!
//! A token is 16 random bytes and an HMAC-SHA256 tag over the account (its id and credential
//! epoch) and those bytes, truncated to 16 bytes; the key is derived from the
//! session key. Nothing is stored: a token proves only that this browser once signed in to
//! the account. Its own wrong passwords are limited per token ([`super::limits::KNOWN_BROWSER`]).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{UserId, account::DeviceCookie};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The cookie's name; with secure cookies the `__Host-` prefixed one.
pub const DEVICE_COOKIE: &str = "twofold_device";
pub const SECURE_DEVICE_COOKIE: &str = "__Host-twofold_device";

/// Tokens one cookie keeps (the accounts signed in to last on this browser).
const MAX_TOKENS: usize = 8;
const NONCE_BYTES: usize = 16;
const TAG_BYTES: usize = 16;
/// How long a browser stays known without signing in again.
const MAX_AGE_SECS: u64 = 365 * 24 * 3600;

/// What a token is bound to: the account under its credential epoch, so that a change of
/// password, factors or address (or an administrator's reset) ends every exemption earned
/// before it; the browser earns a new one with its next completed sign-in.
pub fn device_account(user: UserId, epoch: i64) -> String {
    format!("user:{}:{epoch}", user.0)
}

/// The name a token goes by (its own limit, the trusts bound to it): a SHA-256 of it.
fn token_id(token: &str) -> String {
    crate::storage::digest(token)
}

#[derive(Clone)]
pub struct Devices {
    key: [u8; 32],
    secure: bool,
}

impl std::fmt::Debug for Devices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Devices([redacted])")
    }
}

impl Devices {
    /// Tokens signed with a key derived from `session_key` (no key of their own to configure;
    /// a new session key makes every browser unknown once).
    pub fn new(session_key: &[u8], secure: bool) -> Self {
        let mut derive =
            Hmac::<Sha256>::new_from_slice(session_key).expect("HMAC takes keys of any length");
        derive.update(b"twofold device cookie v1");
        Self {
            key: derive.finalize().into_bytes().into(),
            secure,
        }
    }

    pub fn cookie_name(&self) -> &'static str {
        if self.secure {
            SECURE_DEVICE_COOKIE
        } else {
            DEVICE_COOKIE
        }
    }

    fn tag(&self, account: &str, nonce: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("32-byte key");
        mac.update(account.as_bytes());
        mac.update(b"\0");
        mac.update(nonce);
        mac
    }

    fn tokens(cookie: Option<&DeviceCookie>) -> impl Iterator<Item = &str> {
        cookie
            .filter(|c| c.0.len() <= DeviceCookie::MAX_LEN)
            .map(|c| c.0.as_str())
            .unwrap_or_default()
            .split('.')
            .filter(|t| !t.is_empty())
            .take(MAX_TOKENS)
    }

    /// Whether `token` is a valid token for `account`, checked in constant time.
    fn valid(&self, token: &str, account: &str) -> bool {
        let Ok(bytes) = URL_SAFE_NO_PAD.decode(token) else {
            return false;
        };
        if bytes.len() != NONCE_BYTES + TAG_BYTES {
            return false;
        }
        let (nonce, tag) = bytes.split_at(NONCE_BYTES);
        self.tag(account, nonce).verify_truncated_left(tag).is_ok()
    }

    /// The id of this browser's token for `account` (the name its own limit goes by), if the
    /// cookie has one.
    pub fn known(&self, cookie: Option<&DeviceCookie>, account: &str) -> Option<String> {
        Self::tokens(cookie)
            .find(|token| self.valid(token, account))
            .map(token_id)
    }

    /// The `Set-Cookie` value after a completed sign-in to `account`: its token first (the
    /// one the browser had, or a new one), then the other valid-looking tokens, at most
    /// [`MAX_TOKENS`]; and the id of the account's token (as [`known`](Self::known) names it).
    pub fn remember(&self, cookie: Option<&DeviceCookie>, account: &str) -> (String, String) {
        let existing = Self::tokens(cookie).find(|token| self.valid(token, account));
        let token = existing.map_or_else(
            || {
                let nonce: [u8; NONCE_BYTES] = rand::random();
                let tag = self.tag(account, &nonce).finalize().into_bytes();
                URL_SAFE_NO_PAD.encode([&nonce[..], &tag[..TAG_BYTES]].concat())
            },
            str::to_owned,
        );
        let others = Self::tokens(cookie).filter(|t| {
            *t != token
                && URL_SAFE_NO_PAD
                    .decode(t)
                    .is_ok_and(|b| b.len() == NONCE_BYTES + TAG_BYTES)
        });
        let value = std::iter::once(token.as_str())
            .chain(others)
            .take(MAX_TOKENS)
            .collect::<Vec<_>>()
            .join(".");
        let set_cookie = format!(
            "{}={value}; Path=/; Max-Age={MAX_AGE_SECS}; HttpOnly; SameSite=Lax{}",
            self.cookie_name(),
            if self.secure { "; Secure" } else { "" }
        );
        (set_cookie, token_id(&token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(set_cookie: &str) -> DeviceCookie {
        let pair = set_cookie.split(';').next().unwrap_or_default();
        DeviceCookie(pair.split_once('=').map_or("", |(_, v)| v).to_owned())
    }

    #[test]
    fn a_token_names_one_account_and_only_with_the_key() {
        let devices = Devices::new(&[7; 64], false);
        let cookie = value(&devices.remember(None, "password:alice").0);
        assert!(devices.known(Some(&cookie), "password:alice").is_some());
        assert_eq!(devices.known(Some(&cookie), "password:bob"), None);
        let other_key = Devices::new(&[8; 64], false);
        assert_eq!(other_key.known(Some(&cookie), "password:alice"), None);
        // A token changed in one character is not valid.
        let mut forged = cookie.0.clone().into_bytes();
        forged[3] = if forged[3] == b'A' { b'B' } else { b'A' };
        let forged = DeviceCookie(String::from_utf8(forged).expect("still ASCII"));
        assert_eq!(devices.known(Some(&forged), "password:alice"), None);
    }

    #[test]
    fn one_cookie_keeps_the_last_accounts_and_a_stable_token_for_each() {
        let devices = Devices::new(&[7; 64], true);
        let (first, _) = devices.remember(None, "password:a");
        assert!(first.starts_with("__Host-twofold_device="));
        assert!(first.contains("; Secure") && first.contains("HttpOnly"));
        let mut cookie = value(&first);
        let id_a = devices.known(Some(&cookie), "password:a");
        for n in 0..MAX_TOKENS {
            cookie = value(&devices.remember(Some(&cookie), &format!("password:{n}")).0);
        }
        assert_eq!(
            devices.known(Some(&cookie), "password:a"),
            None,
            "pushed out"
        );
        assert!(devices.known(Some(&cookie), "password:0").is_some());
        let (set, id) = devices.remember(Some(&cookie), "password:3");
        let again = value(&set);
        assert_eq!(devices.known(Some(&again), "password:3"), Some(id));
        assert_eq!(
            devices.known(Some(&again), "password:3"),
            devices.known(Some(&cookie), "password:3"),
            "signing in again keeps the token (and its limit)"
        );
        assert!(id_a.is_some());
    }

    #[test]
    fn garbage_is_ignored() {
        let devices = Devices::new(&[7; 64], false);
        for junk in ["", ".", "not base64!", &"A".repeat(5000)] {
            let cookie = DeviceCookie(junk.to_owned());
            assert_eq!(devices.known(Some(&cookie), "password:a"), None);
            let (set, _) = devices.remember(Some(&cookie), "password:a");
            assert!(devices.known(Some(&value(&set)), "password:a").is_some());
        }
    }
}
