//! Trusted browsers: at the code step a user may trust the browser, which then signs in to the
//! account with the password alone for `TWOFOLD_TRUSTED_BROWSER_DAYS`. The browser's cookie
//! holds one random token per account that trusted it; the database keeps only each token's
//! SHA-256, with the account's credential epoch (a change of the account's sign-in factors ends
//! the trust), the expiry, and the browser it was given to: a trust works only together with
//! that browser's device cookie for the account (see `devices`), so a copied trust cookie alone
//! is worth nothing. Every use replaces the token and remembers the one it replaced: a copy
//! used after that (the original browser, or the copy, came second) ends every trust of the
//! account, and the owner hears of it.

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{Client, Fault, UserId, account::TrustCookie};
use subtle::ConstantTimeEq;

use super::{faults::db, limits::address_key};
use crate::{
    clock::Clock,
    storage::{Db, trusted},
};

const TRUST_COOKIE: &str = "twofold_trust";
/// The same over HTTPS: only this host may set it.
const SECURE_TRUST_COOKIE: &str = "__Host-twofold_trust";
/// Accounts one browser's cookie can hold a trust for (the newest are kept).
const MAX_TOKENS: usize = 8;
const TOKEN_BYTES: usize = 32;
const DAY_SECS: i64 = 24 * 60 * 60;

#[derive(Clone)]
pub struct TrustedBrowsers {
    pool: Db,
    clock: Arc<dyn Clock>,
    days: u32,
    secure: bool,
}

fn hash(token: &str) -> String {
    crate::storage::digest(token)
}

fn new_token() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; TOKEN_BYTES]>())
}

/// The well-formed tokens of a cookie, newest first.
fn tokens(cookie: Option<&TrustCookie>) -> Vec<&str> {
    cookie
        .filter(|c| c.0.len() <= TrustCookie::MAX_LEN)
        .map(|c| c.0.as_str())
        .unwrap_or_default()
        .split('.')
        .filter(|t| {
            URL_SAFE_NO_PAD
                .decode(t)
                .is_ok_and(|bytes| bytes.len() == TOKEN_BYTES)
        })
        .take(MAX_TOKENS)
        .collect()
}

impl TrustedBrowsers {
    /// Trust for `days` (0: browsers are never trusted); `secure` cookies over HTTPS.
    pub fn new(pool: Db, clock: Arc<dyn Clock>, days: u32, secure: bool) -> Self {
        Self {
            pool,
            clock,
            days,
            secure,
        }
    }

    pub fn cookie_name(&self) -> &'static str {
        if self.secure {
            SECURE_TRUST_COOKIE
        } else {
            TRUST_COOKIE
        }
    }

    /// For how many days a browser can be trusted (0: not offered).
    pub fn days(&self) -> u32 {
        self.days
    }

    /// The `Set-Cookie` value holding `tokens` (newest first). It lasts as long as a new trust
    /// (each token's own expiry is the database's), never only for the browser's session.
    fn set_cookie(&self, tokens: &[&str]) -> String {
        format!(
            "{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}",
            self.cookie_name(),
            tokens.join("."),
            i64::from(self.days) * DAY_SECS,
            if self.secure { "; Secure" } else { "" }
        )
    }

    /// Trusts the client's browser for `user` (under the account's credential `epoch`), bound
    /// to the browser's `device` token: a new token, first in the cookie. `None` while trusted
    /// browsers are off.
    pub async fn trust(
        &self,
        user: UserId,
        epoch: i64,
        device: &str,
        client: &Client,
    ) -> Result<Option<String>, Fault> {
        if self.days == 0 {
            return Ok(None);
        }
        let token = new_token();
        let now = self.clock.now();
        trusted::insert(
            &self.pool,
            trusted::NewTrust {
                user: user.0,
                token_hash: &hash(&token),
                device,
                epoch,
                now,
                expires_at: now + i64::from(self.days) * DAY_SECS,
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
            },
        )
        .await
        .map_err(db("trust browser"))?;
        let mut kept = vec![token.as_str()];
        kept.extend(
            tokens(client.trust.as_ref())
                .into_iter()
                .take(MAX_TOKENS - 1),
        );
        Ok(Some(self.set_cookie(&kept)))
    }

    /// If the client's browser is trusted for `user` (a live token of the account under its
    /// credential `epoch`, brought together with the `device` token it was given to): its token
    /// is replaced, and the new cookie returned. A token that a use already replaced ends every
    /// trust of the account.
    pub async fn use_trust(
        &self,
        user: UserId,
        epoch: i64,
        device: Option<&str>,
        client: &Client,
    ) -> Result<TrustUse, Fault> {
        let brought = tokens(client.trust.as_ref());
        if self.days == 0 || brought.is_empty() {
            return Ok(TrustUse::None);
        }
        let now = self.clock.now();
        let live = trusted::live(&self.pool, user.0, epoch, now)
            .await
            .map_err(db("read trusted browsers"))?;
        let same = |a: &str, b: &str| bool::from(a.as_bytes().ct_eq(b.as_bytes()));
        let hashes: Vec<String> = brought.iter().map(|token| hash(token)).collect();
        let replaced = live.iter().any(|trust| {
            trust
                .previous_hash
                .as_deref()
                .is_some_and(|previous| hashes.iter().any(|h| same(h, previous)))
        });
        if replaced {
            let ended = trusted::delete_of_user(&self.pool, user.0)
                .await
                .map_err(db("end trusted browsers"))?;
            tracing::warn!(user = user.0, ended, "a replaced trust token came back");
            return Ok(TrustUse::Copied);
        }
        let Some((token, trust)) = brought.iter().zip(&hashes).find_map(|(token, hashed)| {
            live.iter()
                .find(|trust| {
                    same(hashed, &trust.token_hash)
                        && device.is_some_and(|d| same(d, &trust.device_hash))
                })
                .map(|trust| (*token, trust))
        }) else {
            return Ok(TrustUse::None);
        };
        let new_network =
            client.ip.as_deref().map(address_key) != trust.ip.as_deref().map(address_key);
        let fresh = new_token();
        let rotated = trusted::rotate(
            &self.pool,
            trusted::Use {
                user: user.0,
                old_hash: &hash(token),
                new_hash: &hash(&fresh),
                epoch,
                now,
                ip: client.ip.as_deref(),
                user_agent: client.user_agent.as_deref(),
            },
        )
        .await
        .map_err(db("rotate trusted browser"))?;
        if !rotated {
            // Another request used the token first.
            return Ok(TrustUse::None);
        }
        let kept: Vec<&str> = std::iter::once(fresh.as_str())
            .chain(brought.into_iter().filter(|t| *t != token))
            .collect();
        Ok(TrustUse::Used {
            cookie: self.set_cookie(&kept),
            new_network,
        })
    }
}

/// What a sign-in's trust cookie did.
#[derive(Debug, PartialEq, Eq)]
pub enum TrustUse {
    /// It trusts nothing here: a factor is needed.
    None,
    /// The browser is trusted: the `Set-Cookie` with its new token; whether it signs in from
    /// another network than it did last.
    Used { cookie: String, new_network: bool },
    /// It brought a token that a use had replaced (a copy): every trust of the account ended.
    Copied,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_keeps_only_well_formed_tokens_and_at_most_eight() {
        let good: Vec<String> = (0..10).map(|_| new_token()).collect();
        let cookie = TrustCookie(format!("not-a-token.{}", good.join(".")));
        let found = tokens(Some(&cookie));
        assert_eq!(found.len(), MAX_TOKENS);
        assert_eq!(found[0], good[0]);
        assert!(tokens(Some(&TrustCookie("x".repeat(2000)))).is_empty());
        assert!(tokens(None).is_empty());
    }
}
