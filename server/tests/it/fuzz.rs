//! Property and fuzz tests: code normalisation and the other decoders never panic and keep
//! their promises for any input, and no server function answers arbitrary bytes with a server
//! error.

use crate::common;

use domain::{proof::Proof, security::Browser};
use proptest::prelude::*;
use server::services::{secret_box::SecretBox, validation::normalize_email};

const BACKUP_ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_client_address_is_the_peer_or_a_forwarded_entry(
        header in "[0-9a-f.:, xX]{0,60}",
        peer in any::<[u8; 4]>(),
        trusted_bits in 0u8..=32,
    ) {
        use std::net::IpAddr;
        let peer = IpAddr::from(peer);
        let policy = server::layers::ClientReader {
            trusted_proxies: vec![ipnet::IpNet::new(peer, trusted_bits).unwrap().trunc()].into(),
            device_cookie: "twofold_device",
            trust_cookie: "twofold_trust",
        };
        let entries: Vec<&str> = header.split(',').collect();
        let client = policy.client_ip(Some(peer), entries.iter().copied()).unwrap();
        let parsed: Vec<IpAddr> = entries
            .iter()
            .filter_map(|e| e.trim().parse::<IpAddr>().ok())
            .map(|ip| ip.to_canonical())
            .collect();
        prop_assert!(client == peer || parsed.contains(&client), "{client} from {header:?}");
        if client.is_ipv4() {
            prop_assert_eq!(server::services::limits::address_key(&client.to_string()), client.to_string());
        }
    }

    #[test]
    fn ipv6_addresses_count_by_their_64(segments in any::<[u16; 8]>(), host in any::<[u16; 4]>()) {
        let mut other = segments;
        other[4..].copy_from_slice(&host);
        let a = std::net::Ipv6Addr::from(segments);
        let b = std::net::Ipv6Addr::from(other);
        prop_assume!(a.to_ipv4_mapped().is_none() && b.to_ipv4_mapped().is_none());
        let key = |ip: std::net::Ipv6Addr| server::services::limits::address_key(&ip.to_string());
        prop_assert_eq!(key(a), key(b));
        prop_assert!(key(a).ends_with("/64"));
    }

    #[test]
    fn code_normalisation_accepts_only_well_formed_codes(input in any::<String>()) {
        match Proof::code(&input) {
            Proof::Authenticator(digits) => {
                prop_assert_eq!(digits.len(), 6);
                prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            }
            Proof::BackupCode(code) => {
                prop_assert_eq!(code.chars().count(), 10);
                prop_assert!(code.chars().all(|c| BACKUP_ALPHABET.contains(c)));
            }
            Proof::Unreadable => {}
            Proof::Key { .. } => prop_assert!(false, "a typed code is never a key's answer"),
        }
    }

    #[test]
    fn codes_survive_spaces_dashes_and_case(code in "[0-9A-HJKMNP-TV-Z]{10}", split in 0usize..10) {
        let (a, b) = code.split_at(split);
        let typed = format!(" {}-{} ", a.to_lowercase(), b);
        prop_assert_eq!(Proof::code(&typed), Proof::BackupCode(code.clone()));
        let digits = format!("{:06}", split * 1000 + 7);
        prop_assert_eq!(Proof::code(&format!("{} {}", &digits[..3], &digits[3..])), Proof::Authenticator(digits.clone()));
    }

    #[test]
    fn device_cookies_are_never_valid_by_chance_and_always_rewritten_well(
        cookie in "[A-Za-z0-9_.=-]{0,300}|\\PC{0,80}",
        user in 1i64..1_000_000,
        epoch in 0i64..1_000,
    ) {
        use domain::{UserId, account::DeviceCookie};
        use server::services::devices::{Devices, device_account};
        let devices = Devices::new(&[11; 64], false);
        let account = device_account(UserId(user), epoch);
        let cookie = DeviceCookie(cookie);
        prop_assert_eq!(devices.known(Some(&cookie), &account), None);
        let (set, id) = devices.remember(Some(&cookie), &account);
        let value = set.split(';').next().unwrap().split_once('=').unwrap().1;
        prop_assert!(value.len() <= DeviceCookie::MAX_LEN);
        prop_assert!(value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        let written = DeviceCookie(value.to_owned());
        prop_assert_eq!(devices.known(Some(&written), &account), Some(id));
        // The token names the account under this epoch only.
        let next = device_account(UserId(user), epoch + 1);
        prop_assert_eq!(devices.known(Some(&written), &next), None);
    }

    #[test]
    fn emails_normalise_idempotently(input in any::<String>()) {
        let once = normalize_email(&input);
        prop_assert_eq!(normalize_email(&once), once);
    }

    #[test]
    fn sealed_secrets_reject_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        let secrets = SecretBox::new(1, [(1, [7u8; 32])]).unwrap();
        prop_assert!(secrets.open(1, &bytes).is_err());
    }

    #[test]
    fn sealed_mail_opens_only_for_its_recipient(
        recipient in "\\PC{0,40}",
        other in "\\PC{0,40}",
        body in "\\PC{0,200}",
        bytes in proptest::collection::vec(any::<u8>(), 0..80),
    ) {
        let secrets = SecretBox::new(1, [(1, [7u8; 32])]).unwrap();
        prop_assert!(secrets.open_mail(&recipient, &bytes).is_err());
        let sealed = secrets.seal_mail(&recipient, body.as_bytes()).unwrap();
        let opened = secrets.open_mail(&recipient, &sealed).unwrap();
        prop_assert_eq!(opened.as_slice(), body.as_bytes());
        if other != recipient {
            prop_assert!(secrets.open_mail(&other, &sealed).is_err());
        }
    }

    #[test]
    fn every_password_scope_of_a_client_stays_inside_its_accounts(
        email in "\\PC{0,40}",
        ip in "[0-9a-fA-F.:]{0,45}|\\PC{0,20}",
    ) {
        use server::services::limits::{address_scopes, password_network_scope, password_scope};
        let scope = password_network_scope(&email, Some(&ip));
        prop_assert!(scope.starts_with(&password_scope(&email)));
        let scopes = address_scopes(&ip);
        prop_assert!((1..=3).contains(&scopes.len()));
    }

    #[test]
    fn accepted_addresses_are_ones_the_mailer_sends_to(
        local in "[a-z0-9.+_-]{1,12}",
        domain in "[a-z0-9.-]{1,20}",
    ) {
        let email = format!("{local}@{domain}");
        if server::services::validation::email(&email).is_ok() {
            prop_assert!(email.parse::<lettre::Address>().is_ok(), "{}", email);
            prop_assert!(domain.parse::<std::net::IpAddr>().is_err(), "{}", email);
        }
    }

    #[test]
    fn user_agents_and_local_paths_never_panic(input in any::<String>()) {
        let _ = Browser::from_user_agent(&input);
        let next = app::redirect::safe_next(Some(&input));
        prop_assert!(next.starts_with('/') && !next.starts_with("//"));
    }
}

/// A small deterministic generator (xorshift), so that a failure can be replayed.
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Arbitrary bytes, half of the time shaped like a form (`name=value&…`) with the
    /// endpoint's real field names.
    fn body(&mut self, fields: &[&str]) -> Vec<u8> {
        let len = usize::try_from(self.next() % 300).unwrap();
        let mut raw: Vec<u8> = (0..len).map(|_| self.next().to_le_bytes()[0]).collect();
        if self.next().is_multiple_of(2) && !fields.is_empty() {
            let mut form = Vec::new();
            for field in fields {
                if !self.next().is_multiple_of(4) {
                    form.extend_from_slice(field.as_bytes());
                    form.push(b'=');
                    let take = raw.len().min(usize::try_from(self.next() % 40).unwrap());
                    form.extend(raw.drain(..take));
                    form.push(b'&');
                }
            }
            raw = form;
        }
        raw
    }
}

const ENDPOINTS: [(&str, &[&str]); 27] = [
    ("sign-up", &["email", "password", "language"]),
    ("log-in", &["email", "password", "next"]),
    ("log-out", &[]),
    ("set-language", &["language", "next"]),
    ("verify-login", &["code", "next", "key_response"]),
    ("change-password", &["current_password", "new_password"]),
    ("account", &[]),
    ("start-two-factor", &["current_password"]),
    ("confirm-two-factor", &["code", "mailed_code"]),
    ("cancel-two-factor", &[]),
    (
        "regenerate-backup-codes",
        &["current_password", "code", "key_response"],
    ),
    (
        "disable-two-factor",
        &["current_password", "code", "key_response"],
    ),
    (
        "start-add-key",
        &["current_password", "code", "key_response"],
    ),
    ("finish-add-key", &["key_response", "name", "mailed_code"]),
    ("start-key-check", &[]),
    ("start-login-key", &[]),
    ("login-factors", &[]),
    ("start-passkey", &[]),
    ("passkey-sign-in", &["key_response", "next"]),
    ("rename-key", &["key", "name"]),
    (
        "remove-key",
        &["key", "current_password", "code", "key_response"],
    ),
    // A ceremony on the session, so that the answers below reach the key checks.
    ("start-passkey", &[]),
    ("passkey-sign-in", &["key_response", "next"]),
    ("security-log", &["page"]),
    ("sessions", &[]),
    ("sign-out-session", &["handle"]),
    ("sign-out-other-sessions", &[]),
];

#[test]
fn server_functions_answer_arbitrary_bytes_without_server_errors() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.api_requests_per_minute = 1_000_000;
        let mut app = common::TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        let mut bytes = Bytes(0x5eed_2f01_d00d_cafe);
        for signed_in in [false, true] {
            if signed_in {
                app.sign_up("fuzz@example.com").await;
            }
            for (endpoint, fields) in ENDPOINTS {
                for case in 0..40 {
                    let content_type = match bytes.next() % 4 {
                        0 => "application/json",
                        1 => "text/plain",
                        _ => "application/x-www-form-urlencoded",
                    };
                    let body = bytes.body(fields);
                    // A device and a trust cookie of any shape, valid-looking or not.
                    app.device_cookie = Some(format!(
                        "twofold_device={:x}.{:x}-_{:x}",
                        bytes.next(),
                        bytes.next(),
                        bytes.next()
                    ));
                    app.trust_cookie = Some(format!(
                        "twofold_trust={:x}{:x}.{:x}",
                        bytes.next(),
                        bytes.next(),
                        bytes.next()
                    ));
                    let shown = String::from_utf8_lossy(&body).into_owned();
                    let cookie = app.cookie.clone();
                    let reply = app
                        .raw("POST", &format!("/api/{endpoint}"), content_type, body)
                        .await;
                    assert!(
                        reply.status.as_u16() < 500,
                        "{endpoint} case {case} ({content_type}, {shown:?}): {} {}",
                        reply.status,
                        reply.body
                    );
                    // Stay signed in (a fuzzed log-out or password change may end the session).
                    if signed_in && app.cookie.is_none() {
                        app.cookie = cookie;
                        if app.call("account", &[]).await.body == "null" {
                            app.log_in("fuzz@example.com", common::PASSWORD).await;
                        }
                    }
                }
            }
        }
    });
}
