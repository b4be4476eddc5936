//! What is limited: one row of `attempt_limits` each, named by these functions, and the client
//! networks limits count by.

use super::rules::{
    LimitRule, PASSWORD_FROM_ADDRESS, PASSWORD_FROM_NETWORK_48, PASSWORD_FROM_NETWORK_56,
};

/// The second factor of an account.
pub fn factor_scope(user: i64) -> String {
    // The name earlier versions stored, kept so that their counts still hold.
    format!("second-factor:{user}")
}

/// The codes mailed to an account that sets up its first factor.
pub fn factor_mail_scope(user: i64) -> String {
    format!("factor-mail:{user}")
}

/// The passkey sign-ins started from the client at `ip` (an IPv6 client: its /64).
pub fn passkey_start_scope(ip: &str) -> String {
    format!("passkey-start:{}", address_key(ip))
}

/// Passkey sign-in with the stored key `key` (its row id).
pub fn passkey_scope(key: i64) -> String {
    format!("passkey-sign-in:{key}")
}

/// An account's password from every network, by a hash of the normalised email: unknown
/// emails are limited the same way as known ones, and the table holds no address in clear.
/// Every password scope of the account begins with it.
pub fn password_scope(email: &str) -> String {
    format!("password:{}", crate::storage::digest(email))
}

/// An account's password from one client network (`ip`'s, see [`address_key`]).
pub fn password_network_scope(email: &str, ip: Option<&str>) -> String {
    format!(
        "{}@{}",
        password_scope(email),
        ip.map_or_else(|| "unknown".to_owned(), address_key)
    )
}

/// The wrong passwords of one client address (see [`address_key`]).
pub fn address_scope(ip: &str) -> String {
    format!("password-ip:{}", address_key(ip))
}

/// Every limit on passwords (and passkey sign-ins) from the client at `ip`: its address (an
/// IPv6 /64), and for IPv6 also the /56 and the /48 around it.
pub fn address_scopes(ip: &str) -> Vec<(String, LimitRule)> {
    let mut scopes = vec![(address_scope(ip), PASSWORD_FROM_ADDRESS)];
    if let Ok(std::net::IpAddr::V6(v6)) = ip.parse::<std::net::IpAddr>()
        && v6.to_ipv4_mapped().is_none()
    {
        for (prefix, rule) in [
            (56, PASSWORD_FROM_NETWORK_56),
            (48, PASSWORD_FROM_NETWORK_48),
        ] {
            if let Ok(net) = ipnet::Ipv6Net::new(v6, prefix) {
                scopes.push((format!("password-net:{}", net.trunc()), rule));
            }
        }
    }
    scopes
}

/// The sign-ups from one client address.
pub fn sign_up_scope(ip: &str) -> String {
    format!("sign-up-ip:{}", address_key(ip))
}

/// The wrong passwords from one known browser for one account, by a hash of the browser's
/// token for it (`token_id`).
pub fn device_scope(token_id: &str) -> String {
    format!("known-browser:{token_id}")
}

/// What limits count per client: an IPv4 address, or the /64 network of an IPv6 address (one
/// subscriber's network, whose host part a client chooses freely). Anything else as given.
pub fn address_key(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            ipnet::Ipv6Net::new(v6, 64)
                .map_or_else(|_| ip.to_owned(), |net| net.trunc().to_string())
        }
        _ => ip.to_owned(),
    }
}
