//! What a stranger can spend, and what it must not cost the owner: made-up passkey answers,
//! passkey sign-ins started, guesses at many accounts from one address or from many IPv6
//! networks, parallel codes on one login.

use app::error::AppError;
use axum::http::{StatusCode, header};

use crate::{
    account_safety::signed_in,
    common::{self, PASSWORD, TestApp, too_many},
};

const WRONG: &str = "not-the-password-at-all";

#[test]
fn strangers_refused_passkeys_lock_only_passkey_sign_in_with_that_key() {
    crate::common::run(async {
        use crate::{
            common::{KEY_ORIGIN, soft_key::SoftKey},
            key_flows::{key_answer, with_key},
        };
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut owner, codes) = with_key(&mut key).await;
        owner.call("log-out", &[]).await;
        // A stranger with an answer of the key (so its credential id), no password: the
        // answer names the account, but its refusals do not count on the account's factors.
        let mut stranger = owner.other_browser("198.51.100.30");
        let stale = key_answer(&mut stranger, "start-passkey", &mut key).await;
        for attempt in 1..=10 {
            stranger.call("start-passkey", &[]).await;
            let reply = stranger
                .call("passkey-sign-in", &[("key_response", &stale)])
                .await;
            let expected = if attempt == 10 {
                too_many(900)
            } else {
                AppError::KeyRefused
            };
            assert_eq!(reply.error(), expected, "attempt {attempt}");
        }
        let answer = key_answer(&mut stranger, "start-passkey", &mut key).await;
        let reply = stranger
            .call("passkey-sign-in", &[("key_response", &answer)])
            .await;
        assert_eq!(reply.error(), too_many(900), "passkey sign-in waits");
        // The owner's password and a factor still sign in at once: the key at the code step…
        owner.log_in("noor@example.com", PASSWORD).await;
        let answer = key_answer(&mut owner, "start-login-key", &mut key).await;
        let reply = owner
            .call("verify-login", &[("key_response", &answer)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert!(signed_in(&mut owner).await);
        // …or a backup code.
        owner.call("log-out", &[]).await;
        owner.log_in("noor@example.com", PASSWORD).await;
        let reply = owner.call("verify-login", &[("code", &codes[0])]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let locked: i64 = owner
            .scalar(
                "SELECT COUNT(*) AS v FROM attempt_limits \
                 WHERE scope LIKE 'second-factor:%' AND failures > 0",
            )
            .await;
        assert_eq!(locked, 0, "the account's factors counted nothing");
    })
}

#[test]
fn parallel_codes_on_one_pending_login_are_checked_no_more_than_its_limit() {
    crate::common::run(async {
        let (mut app, key, _) = crate::common::enrolled(TestApp::new().await).await;
        app.log_in(crate::common::GRACE, PASSWORD).await;
        let wrong = crate::common::wrong_code(&app, &key);
        let mut browsers: Vec<TestApp> = (0..10)
            .map(|_| {
                let mut same = app.other_browser("203.0.113.7");
                same.cookie.clone_from(&app.cookie);
                same
            })
            .collect();
        let form = [("code", wrong)];
        let replies = futures_util::future::join_all(
            browsers
                .iter_mut()
                .map(|browser| browser.call("verify-login", &form)),
        )
        .await;
        assert!(replies.iter().all(|r| r.status != StatusCode::OK));
        let checked = app
            .event_kinds()
            .await
            .iter()
            .filter(|kind| *kind == "code-refused")
            .count();
        assert_eq!(
            checked,
            usize::try_from(domain::login::MAX_CODE_FAILURES).unwrap()
        );
    })
}

#[test]
fn a_client_choosing_among_many_ipv6_networks_is_limited_by_the_wider_network() {
    crate::common::run(async {
        let app = TestApp::new().await;
        // A guess from another /64 of the same /56 each time, as such a client can choose:
        // each /64 alone would allow thirty without delay.
        for n in 0..120 {
            let mut host = app.other_browser(&format!("2001:db8:7:{:x}::1", n % 256));
            let reply = host.log_in(&format!("guess{n}@example.com"), WRONG).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "guess {n}");
        }
        let mut next = app.other_browser("2001:db8:7:ff::2");
        let reply = next.log_in("guess120@example.com", WRONG).await;
        assert_eq!(reply.error(), too_many(1), "the /56 is spent");
        let mut elsewhere = app.other_browser("2001:db8:8:1::1");
        let reply = elsewhere.log_in("guess120@example.com", WRONG).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "another /48 is not");
    })
}

#[test]
fn passkey_sign_ins_started_by_one_address_are_limited() {
    crate::common::run(async {
        let app = TestApp::new().await;
        let mut anonymous = app.other_browser("198.51.100.80");
        for n in 0..60 {
            let reply = anonymous.call("start-passkey", &[]).await;
            assert_eq!(reply.status, StatusCode::OK, "start {n}: {}", reply.body);
        }
        let reply = anonymous.call("start-passkey", &[]).await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
        let stored: i64 = app
            .scalar("SELECT COUNT(*) AS v FROM webauthn_ceremonies")
            .await;
        assert_eq!(stored, 60, "the refused start stored nothing");
        let mut elsewhere = app.other_browser("198.51.100.81");
        let reply = elsewhere.call("start-passkey", &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    })
}

#[test]
fn one_address_guessing_many_accounts_is_slowed_down() {
    common::run(async {
        let mut app = TestApp::new().await;
        for n in 0..30 {
            let reply = app
                .log_in(&format!("guess{n}@example.com"), "not-the-password-at-all")
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "guess {n}");
        }
        let reply = app.log_in("guess30@example.com", "not-the-password").await;
        assert_eq!(reply.error(), too_many(1));
        assert_eq!(reply.headers[header::RETRY_AFTER], "1");
        let mut elsewhere = app.other_browser("198.51.100.20");
        let reply = elsewhere
            .log_in("guess30@example.com", "not-the-password")
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    });
}

#[test]
fn an_ipv6_network_counts_as_one_address() {
    common::run(async {
        let app = TestApp::new().await;
        // Every guess from another host of the same /64, as a client there can choose.
        for n in 0..30 {
            let mut host = app.other_browser(&format!("2001:db8:7:1::{:x}", n + 1));
            let reply = host
                .log_in(&format!("guess{n}@example.com"), "not-the-password-at-all")
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "guess {n}");
        }
        let mut next_host = app.other_browser("2001:db8:7:1:ffff:ffff:ffff:ffff");
        let reply = next_host
            .log_in("guess30@example.com", "not-the-password")
            .await;
        assert_eq!(reply.error(), too_many(1), "the /64 is one address");
        let mut next_network = app.other_browser("2001:db8:7:2::1");
        let reply = next_network
            .log_in("guess30@example.com", "not-the-password")
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "another /64 is not");
    });
}
