//! Sessions through the HTTP layer: cookies, ids, idle and maximum age, the sessions page, and
//! signing out elsewhere when a sign-in factor changes.

use std::time::{Duration, Instant};

use axum::http::StatusCode;
use domain::{account::AccountView, security::SessionInfo};

use crate::common::{self, PASSWORD, TestApp, code_now};

const EMAIL: &str = "ada@example.com";

#[test]
fn log_in_cycles_the_session_id_and_old_ids_stop_working() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let first = app.cookie.clone().unwrap();
        let reply = app.log_in(EMAIL, PASSWORD).await;
        assert_eq!(reply.status, StatusCode::OK);
        let second = app.cookie.clone().unwrap();
        assert_ne!(first, second);

        app.cookie = Some(first);
        let page = app.get("/settings").await;
        assert_eq!(
            page.status,
            StatusCode::FOUND,
            "the pre-login session id is dead"
        );
    })
}

#[test]
fn session_cookie_is_http_only_same_site_and_signed() {
    common::run(async {
        let mut app = TestApp::new().await;
        let reply = app.sign_up(EMAIL).await;
        let cookie = reply.set_cookie().unwrap();
        assert!(cookie.starts_with("twofold_session="));
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Lax"));
        assert!(cookie.contains("Path=/"));
        assert!(!cookie.contains("Secure"), "off by default in development");
        let device = reply.set_cookie_named("twofold_device=").unwrap();
        assert!(device.starts_with("twofold_device="), "{device}");
        assert!(device.contains("HttpOnly") && device.contains("SameSite=Lax"));

        // A tampered cookie is not accepted.
        let mut tampered = app.cookie.clone().unwrap();
        tampered.replace_range(tampered.len() - 3.., "AAA");
        app.cookie = Some(tampered);
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

#[test]
fn secure_cookies_when_configured() {
    common::run(async {
        let dir = std::sync::Arc::new(tempfile::TempDir::new().unwrap());
        let mut config = common::test_config(&dir).await;
        config.cookie_secure = true;
        let mut app = TestApp::with_config(config, dir).await;
        let reply = app.sign_up(EMAIL).await;
        let cookie = reply.set_cookie().unwrap();
        assert!(cookie.starts_with("__Host-twofold_session="), "{cookie}");
        assert!(
            cookie.contains("Secure") && cookie.contains("Path=/"),
            "{cookie}"
        );
        assert!(!cookie.to_ascii_lowercase().contains("domain="), "{cookie}");
        let device = reply.set_cookie_named("twofold_device=").unwrap();
        assert!(device.starts_with("__Host-twofold_device="), "{device}");
        assert!(device.contains("; Secure") && device.contains("Path=/"));
        assert!(!device.to_ascii_lowercase().contains("domain="), "{device}");
        let account: Option<AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_some(), "the prefixed cookie signs in");
    })
}

#[test]
fn sessions_survive_a_restart() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let mut again = app.restarted().await;
        let page = again.get("/settings").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(EMAIL));
    })
}

#[test]
fn idle_sessions_expire() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        // As if the idle timeout had passed since the last request.
        sqlx::query("UPDATE sessions SET expires_at = 0")
            .execute(&app.pool)
            .await
            .unwrap();
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

/// An app whose sessions end after `idle` without a request.
async fn with_idle_timeout(idle: Duration) -> TestApp {
    let dir = tempfile::TempDir::new().unwrap();
    let mut config = common::test_config(&dir).await;
    config.session_idle = idle;
    TestApp::with_config(config, std::sync::Arc::new(dir)).await
}

/// As if the session had last been written at `at`.
async fn set_last_seen(app: &TestApp, at: i64) {
    sqlx::query("UPDATE sessions SET last_seen_at = $1")
        .bind(at)
        .execute(&app.pool)
        .await
        .unwrap();
}

async fn last_seen(app: &TestApp) -> (i64, i64) {
    sqlx::query_as("SELECT last_seen_at, expires_at FROM sessions WHERE ended_at IS NULL")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[test]
fn active_sessions_outlive_the_idle_timeout_and_idle_ones_end() {
    common::run(async {
        let mut app = with_idle_timeout(Duration::from_secs(4)).await;
        app.sign_up(EMAIL).await;
        let (first_seen, first_expiry) = last_seen(&app).await;
        // A request every 1.2 s for longer than the idle timeout.
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(7) {
            tokio::time::sleep(Duration::from_millis(1200)).await;
            assert_eq!(
                app.get("/settings").await.status,
                StatusCode::OK,
                "signed out {:?} after signing in while active",
                started.elapsed()
            );
        }
        let (seen, expiry) = last_seen(&app).await;
        assert!(
            seen >= first_seen + 5,
            "last active moves: {first_seen} → {seen}"
        );
        assert!(
            expiry >= first_expiry + 5,
            "expiry moves: {first_expiry} → {expiry}"
        );
        let sessions = app.get("/settings/sessions").await;
        assert_eq!(sessions.status, StatusCode::OK);

        // Then nothing for longer than the idle timeout.
        tokio::time::sleep(Duration::from_secs(5)).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

#[test]
fn requests_move_the_idle_timeout_at_most_once_a_minute() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // As if the session had last been written long ago: requests within a minute of the
        // sign-in write nothing.
        set_last_seen(&app, 1000).await;
        for _ in 0..3 {
            assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        }
        assert_eq!(last_seen(&app).await.0, 1000, "no write per request");
        // A minute after the last write, the next request writes.
        let minute_ago = server::storage::now() - 61;
        app.set_in_sessions(&["twofold", "signed_in_at"], minute_ago)
            .await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        assert!(last_seen(&app).await.0 >= server::storage::now() - 1);
        set_last_seen(&app, 1000).await;
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        assert_eq!(last_seen(&app).await.0, 1000, "once, not again at once");
    })
}

#[test]
fn sign_ins_end_after_the_maximum_age_however_active() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // As if the sign-in had happened longer ago than TWOFOLD_SESSION_MAX_AGE_MINUTES.
        app.set_in_sessions(&["twofold", "signed_in_at"], 1000)
            .await;
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
        assert!(app.cookie.is_none(), "the expired session is ended");
    })
}

#[test]
fn the_sessions_page_lists_and_ends_sessions() {
    common::run(async {
        let mut laptop = TestApp::new().await;
        laptop.sign_up(EMAIL).await;
        let mut phone = laptop.other_browser("198.51.100.4");
        assert_eq!(phone.log_in(EMAIL, PASSWORD).await.status, StatusCode::OK);

        let list: Vec<SessionInfo> = laptop.call("sessions", &[]).await.json();
        assert_eq!(list.len(), 2);
        assert!(list[0].current && !list[1].current, "this session first");
        assert_eq!(list[1].ip.as_deref(), Some("198.51.100.4"));
        let browser = list[1].browser.clone().unwrap();
        assert_eq!(
            (browser.name.as_deref(), browser.os.as_deref()),
            (Some("Firefox"), Some("Linux"))
        );
        assert!(list[1].signed_in_at > 0 && list[1].last_seen_at >= list[1].signed_in_at);

        // Someone else cannot end it.
        let mut stranger = laptop.other_browser("198.51.100.5");
        stranger.sign_up("mallory@example.com").await;
        stranger
            .call("sign-out-session", &[("handle", &list[1].handle)])
            .await;
        let account: Option<domain::account::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_some(), "the stranger did not sign the phone out");

        let reply = laptop
            .call("sign-out-session", &[("handle", &list[1].handle)])
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let account: Option<domain::account::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_none(), "the phone is signed out");
        let list: Vec<SessionInfo> = laptop.call("sessions", &[]).await.json();
        assert_eq!(list.len(), 1);

        // "Sign out everywhere else".
        phone.log_in(EMAIL, PASSWORD).await;
        let mut tablet = laptop.other_browser("198.51.100.6");
        tablet.log_in(EMAIL, PASSWORD).await;
        let ended: u64 = laptop.call("sign-out-other-sessions", &[]).await.json();
        assert_eq!(ended, 2);
        for browser in [&mut phone, &mut tablet] {
            let account: Option<domain::account::AccountView> =
                browser.call("account", &[]).await.json();
            assert!(account.is_none());
        }
        let account: Option<domain::account::AccountView> =
            laptop.call("account", &[]).await.json();
        assert!(account.is_some(), "this session stays");
        assert_eq!(
            laptop
                .event_kinds()
                .await
                .iter()
                .filter(|k| *k == "sessions-signed-out")
                .count(),
            2
        );
    });
}

#[test]
fn changing_sign_in_factors_signs_out_every_other_session() {
    common::run(async {
        let mut laptop = TestApp::new().await;
        laptop.sign_up(EMAIL).await;
        let mut phone = laptop.other_browser("198.51.100.4");
        phone.log_in(EMAIL, PASSWORD).await;

        // The password.
        let new_password = "quartz-harbor-violet-77";
        let reply = laptop
            .call(
                "change-password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", new_password),
                ],
            )
            .await;
        assert_eq!(reply.json::<u64>(), 1);
        let account: Option<domain::account::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_none());
        let account: Option<domain::account::AccountView> =
            laptop.call("account", &[]).await.json();
        assert!(account.is_some());

        // Turning two-factor on.
        phone.log_in(EMAIL, new_password).await;
        let setup: domain::factor::AuthenticatorSetup = laptop
            .call("start-two-factor", &[("current_password", new_password)])
            .await
            .json();
        let code = code_now(&laptop, &setup.manual_key);
        let mailed = laptop.mailed_code(EMAIL).await;
        let codes: domain::factor::BackupCodes = laptop
            .call(
                "confirm-two-factor",
                &[("code", &code), ("mailed_code", &mailed)],
            )
            .await
            .json();
        assert_eq!(codes.signed_out_elsewhere, 1);
        let account: Option<domain::account::AccountView> = phone.call("account", &[]).await.json();
        assert!(account.is_none());

        // Turning it off, with a backup code.
        phone.log_in(EMAIL, new_password).await;
        phone
            .call("verify-login", &[("code", &codes.codes[0])])
            .await;
        let ended: u64 = laptop
            .call(
                "disable-two-factor",
                &[
                    ("current_password", new_password),
                    ("code", &codes.codes[1]),
                ],
            )
            .await
            .json();
        assert_eq!(ended, 1);
        let kinds = laptop.event_kinds().await;
        for kind in [
            "password-changed",
            "two-factor-enabled",
            "backup-code-used",
            "two-factor-disabled",
            "sessions-signed-out",
        ] {
            assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
        }
    });
}

#[test]
fn every_change_of_sign_in_factors_gives_the_session_a_new_id() {
    common::run(async {
        use domain::factor::{AuthenticatorSetup, BackupCodes};
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let now = || server::storage::now();
        let mut cookies = vec![app.cookie.clone().unwrap()];
        let setup: AuthenticatorSetup = app
            .call("start-two-factor", &[("current_password", PASSWORD)])
            .await
            .json();
        let key = setup.manual_key;
        let first = common::code_at(&key, now() - 30);
        let mailed = app.mailed_code(EMAIL).await;
        let _: BackupCodes = app
            .call(
                "confirm-two-factor",
                &[("code", &first), ("mailed_code", &mailed)],
            )
            .await
            .json();
        cookies.push(app.cookie.clone().unwrap());
        let codes: BackupCodes = app
            .call(
                "regenerate-backup-codes",
                &[
                    ("current_password", PASSWORD),
                    ("code", &common::code_at(&key, now())),
                ],
            )
            .await
            .json();
        cookies.push(app.cookie.clone().unwrap());
        let reply = app
            .call(
                "disable-two-factor",
                &[("current_password", PASSWORD), ("code", &codes.codes[0])],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        cookies.push(app.cookie.clone().unwrap());
        // Turning two-factor on, new backup codes, turning it off: a new id each time…
        for pair in cookies.windows(2) {
            assert_ne!(pair[0], pair[1]);
        }
        // …and none of the earlier ids opens the account any more; the last one does.
        let (current, earlier) = cookies.split_last().unwrap();
        for cookie in earlier {
            let mut old = app.other_browser("198.51.100.30");
            old.cookie = Some(cookie.clone());
            let account: Option<AccountView> = old.call("account", &[]).await.json();
            assert!(account.is_none(), "{cookie}");
        }
        app.cookie = Some(current.clone());
        let account: Option<AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_some());
    });
}
