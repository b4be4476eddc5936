//! Who is asking: the client's address (through trusted proxies only) and browser.

use std::{
    net::{IpAddr, SocketAddr},
    sync::Arc,
};

use axum::{
    extract::{ConnectInfo, Request, State},
    http::header,
    middleware::Next,
    response::Response,
};
use domain::{
    Client,
    account::{DeviceCookie, TrustCookie},
};
use ipnet::IpNet;

/// Where requests come from, for [`client_info`].
#[derive(Debug, Clone, Default)]
pub struct ClientReader {
    /// The reverse proxies whose `X-Forwarded-For` is believed (`TWOFOLD_TRUSTED_PROXIES`).
    pub trusted_proxies: Arc<[IpNet]>,
    /// The name of the device cookie, read into [`Client::device`].
    pub device_cookie: &'static str,
    /// The name of the trust cookie, read into [`Client::trust`].
    pub trust_cookie: &'static str,
}

impl ClientReader {
    fn trusts(&self, ip: IpAddr) -> bool {
        self.trusted_proxies.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the
    /// right-most `X-Forwarded-For` entry that is not a trusted proxy (an entry that does not
    /// parse ends the walk: the proxy before it is the client as far as anyone can tell).
    pub fn client_ip<'a>(
        &self,
        peer: Option<IpAddr>,
        forwarded_for: impl DoubleEndedIterator<Item = &'a str>,
    ) -> Option<IpAddr> {
        let mut client = peer?;
        if !self.trusts(client) {
            return Some(client);
        }
        for entry in forwarded_for.rev() {
            match entry.trim().parse::<IpAddr>() {
                Ok(ip) => {
                    client = ip.to_canonical();
                    if !self.trusts(client) {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        Some(client)
    }
}

/// The client's address (see [`ClientReader::client_ip`]) and its User-Agent, for the
/// services (`Client`).
pub fn client_of(request: &Request, reader: &ClientReader) -> Client {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_canonical());
    let forwarded: Vec<&str> = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    let user_agent = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|ua| ua.chars().take(Client::MAX_USER_AGENT).collect());
    let cookie = |wanted: &str, max_len: usize| {
        request
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == wanted)
            .filter(|(_, value)| value.len() <= max_len)
            .map(|(_, value)| value.to_owned())
    };
    Client {
        ip: reader
            .client_ip(peer, forwarded.into_iter())
            .map(|ip| ip.to_string()),
        user_agent,
        device: cookie(reader.device_cookie, DeviceCookie::MAX_LEN).map(DeviceCookie),
        trust: cookie(reader.trust_cookie, TrustCookie::MAX_LEN).map(TrustCookie),
    }
}

pub async fn client_info(
    State(reader): State<ClientReader>,
    mut request: Request,
    next: Next,
) -> Response {
    let client = client_of(&request, &reader);
    request.extensions_mut().insert(client);
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(nets: &[&str]) -> ClientReader {
        ClientReader {
            trusted_proxies: nets.iter().map(|n| n.parse().expect("network")).collect(),
            device_cookie: "twofold_device",
            trust_cookie: "twofold_trust",
        }
    }

    fn ip(text: &str) -> Option<IpAddr> {
        text.parse().ok()
    }

    #[test]
    fn forwarded_for_is_read_only_from_trusted_proxies() {
        let forwarded = ["198.51.100.1", "203.0.113.9"];
        let none = reader(&[]);
        assert_eq!(
            none.client_ip(ip("10.0.0.2"), forwarded.into_iter()),
            ip("10.0.0.2")
        );
        let proxies = reader(&["10.0.0.0/8"]);
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), forwarded.into_iter()),
            ip("203.0.113.9"),
            "the right-most entry the trusted proxy wrote"
        );
        assert_eq!(
            proxies.client_ip(ip("192.0.2.1"), forwarded.into_iter()),
            ip("192.0.2.1"),
            "a peer that is not a trusted proxy"
        );
    }

    #[test]
    fn the_walk_skips_trusted_proxies_and_stops_at_nonsense() {
        let proxies = reader(&["10.0.0.0/8", "2001:db8:ffff::/48"]);
        let chain = [
            "198.51.100.1",
            "203.0.113.9",
            "10.1.1.1",
            "2001:db8:ffff::2",
        ];
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), chain.into_iter()),
            ip("203.0.113.9")
        );
        let garbled = ["198.51.100.1", "not-an-address", "10.1.1.1"];
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), garbled.into_iter()),
            ip("10.1.1.1"),
            "an entry that does not parse: the proxy that passed it on is the client"
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), std::iter::empty()),
            ip("10.0.0.2"),
            "no header: the proxy itself"
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.2"), [" ::ffff:203.0.113.5 "].into_iter()),
            ip("203.0.113.5"),
            "an IPv4 address written as IPv6 is the IPv4 address"
        );
    }
}
