//! What the owner hears about and what the operator can do: a replayed code, the right
//! password followed by wrong or no codes, sign-ups per address, the periodic clean-up of
//! attempt limits, and an administrator lifting a lock on every server at once.

use app::error::AppError;
use axum::http::StatusCode;
use server::clock::Clock;
use server::services::operator::By;

use crate::common::{self, PASSWORD, TestApp, code_now, enrolled, too_many, wrong_code};

const EMAIL: &str = common::GRACE;

fn count(kinds: &[String], kind: &str) -> usize {
    kinds.iter().filter(|k| *k == kind).count()
}

#[test]
fn a_reused_authenticator_code_is_logged_and_mailed_as_a_replay() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        app.log_in(EMAIL, PASSWORD).await;
        let code = code_now(&app, &key);
        let reply = app.call("verify-login", &[("code", &code)]).await;
        assert_eq!(reply.status, StatusCode::OK);
        app.call("log-out", &[]).await;
        // Someone who saw the code over the shoulder, within its 30 seconds.
        let mut thief = app.other_browser("198.51.100.99");
        thief.log_in(EMAIL, PASSWORD).await;
        let reply = thief.call("verify-login", &[("code", &code)]).await;
        assert_eq!(reply.error(), AppError::CodeAlreadyUsed);
        let kinds = app.event_kinds().await;
        assert_eq!(kinds[0], "code-replayed");
        assert_eq!(
            count(&kinds, "code-refused"),
            0,
            "a replay is its own entry"
        );
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 1);
        let mail = newest_outbox_mail(&app);
        assert!(
            mail.contains("Subject: A sign-in code was used twice"),
            "{mail}"
        );
        assert!(mail.contains("198.51.100.99"), "{mail}");
    });
}

/// The text of the newest mail written to the outbox folder.
fn newest_outbox_mail(app: &TestApp) -> String {
    let mut files: Vec<_> = std::fs::read_dir(app.data_dir().join("outbox"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort_by_key(|path| std::fs::metadata(path).unwrap().modified().unwrap());
    std::fs::read_to_string(files.last().unwrap()).unwrap()
}

#[test]
fn the_right_password_then_wrong_codes_warns_the_owner_in_their_language() {
    common::run(async {
        let (smtp, mut app) = TestApp::with_smtp().await;
        app.sign_up_in(EMAIL, "de-DE").await;
        app.call("log-out", &[]).await;
        let (key, _) = app.enroll_only_user(EMAIL).await;
        let wrong = wrong_code(&app, &key);
        app.log_in(EMAIL, PASSWORD).await;
        for attempt in 1..=5 {
            let expected = if attempt == 5 {
                AppError::LoginExpired
            } else {
                AppError::InvalidCode
            };
            let reply = app.call("verify-login", &[("code", wrong)]).await;
            assert_eq!(reply.error(), expected, "attempt {attempt}");
        }
        let kinds = app.event_kinds().await;
        assert_eq!(count(&kinds, "password-known"), 1, "once, at the third");
        assert_eq!(
            kinds[0], "second-step-missing",
            "the login ended unfinished"
        );
        app.mailer.deliver_due().await.unwrap();
        let warning = smtp
            .received()
            .into_iter()
            .find(|m| m.subject() == "Jemand kennt möglicherweise Ihr Passwort")
            .expect("the warning, in German");
        assert!(
            warning.body().contains("grace@example.com"),
            "{}",
            warning.body()
        );
    });
}

#[test]
fn a_login_left_at_the_code_step_is_logged_when_it_expires() {
    common::run(async {
        let (mut app, _, _) = enrolled(TestApp::new().await).await;
        app.log_in(EMAIL, PASSWORD).await;
        app.clock.advance(6 * 60);
        let sessions = server::storage::sessions::DbSessionStore::new(app.pool.clone());
        let pruned = server::maintenance::prune(&app.pool, &sessions, app.clock.now(), 400).await;
        assert_eq!(pruned.pending_logins, 1);
        assert_eq!(app.event_kinds().await[0], "second-step-missing");
        let ip: Option<String> = app
            .scalar("SELECT ip AS v FROM security_events ORDER BY id DESC LIMIT 1")
            .await;
        assert_eq!(ip.as_deref(), Some("203.0.113.7"));
        // Pruned once: a second server pruning as well logs nothing more.
        let again = server::maintenance::prune(&app.pool, &sessions, app.clock.now(), 400).await;
        assert_eq!(again.pending_logins, 0);
    });
}

#[test]
fn sign_ups_count_per_address_and_hour() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.sign_ups_per_hour = 3;
        let mut app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        for n in 0..2 {
            let reply = app.sign_up(&format!("user{n}@example.com")).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            app.call("log-out", &[]).await;
        }
        // A taken address counts too (it cost a password hash), answered as a new one is.
        let reply = app.sign_up_only("user0@example.com").await;
        assert_eq!(reply.status, StatusCode::OK);
        let reply = app.sign_up_only("user3@example.com").await;
        assert_eq!(reply.error(), too_many(3600));
        // An invalid form costs nothing and is answered as before.
        let reply = app
            .call("sign-up", &[("email", "x"), ("password", "y")])
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        let mut elsewhere = app.other_browser("198.51.100.3");
        assert_eq!(
            elsewhere.sign_up("user3@example.com").await.status,
            StatusCode::OK
        );
        app.clock.advance(3600);
        assert_eq!(
            app.sign_up("user4@example.com").await.status,
            StatusCode::OK
        );
    });
}

#[test]
fn idle_attempt_limits_are_pruned_but_wrong_codes_in_a_row_are_kept() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        app.device_cookie = None;
        app.log_in("nobody@example.com", "not-the-password-at-all")
            .await;
        app.log_in(EMAIL, PASSWORD).await;
        let wrong = wrong_code(&app, &key);
        app.call("verify-login", &[("code", wrong)]).await;
        let rows = |app: &TestApp| {
            let app = app.pool.clone();
            async move {
                let scopes: Vec<String> =
                    sqlx::query_scalar("SELECT scope FROM attempt_limits ORDER BY scope")
                        .fetch_all(&app)
                        .await
                        .unwrap();
                scopes
            }
        };
        let before = rows(&app).await;
        assert!(before.len() >= 3, "{before:?}");
        let sessions = server::storage::sessions::DbSessionStore::new(app.pool.clone());
        let now = app.clock.now();
        let pruned = server::maintenance::prune(&app.pool, &sessions, now + 3600, 400).await;
        assert_eq!(pruned.attempt_limits, 0, "nothing idle for a day yet");
        let pruned =
            server::maintenance::prune(&app.pool, &sessions, now + 3 * 24 * 3600, 400).await;
        assert_eq!(
            rows(&app).await,
            ["second-factor:1"],
            "only the wrong code in a row stays"
        );
        assert_eq!(
            pruned.attempt_limits,
            u64::try_from(before.len() - 1).unwrap()
        );
        // A row made again starts at a version it never had: a server that remembers the
        // old one cannot mistake it for current.
        let version_of = |app: &TestApp| {
            let pool = app.pool.clone();
            async move {
                let v: i64 = sqlx::query_scalar(
                    "SELECT version FROM attempt_limits WHERE scope LIKE 'password:%'",
                )
                .fetch_one(&pool)
                .await
                .unwrap();
                v
            }
        };
        app.clock.advance(3 * 24 * 3600);
        app.log_in("nobody@example.com", "not-the-password-at-all")
            .await;
        assert!(version_of(&app).await > 1_700_000_000_000_000);
    });
}

#[test]
fn an_administrator_lifts_a_lock_on_every_server_at_once() {
    common::run(async {
        let (mut app, key, _) = enrolled(TestApp::new().await).await;
        let wrong = wrong_code(&app, &key);
        let mut other = app.restarted().await;
        for attempt in 1..=10 {
            if attempt % 4 == 1 {
                app.log_in(EMAIL, PASSWORD).await;
                other.cookie.clone_from(&app.cookie);
            }
            // The other server makes the failure that locks, so that it remembers the lock.
            let server = if attempt == 10 { &mut other } else { &mut app };
            server.call("verify-login", &[("code", wrong)]).await;
        }
        let code = code_now(&app, &key);
        assert_eq!(
            other.call("verify-login", &[("code", &code)]).await.error(),
            too_many(900)
        );
        app.operator()
            .unlock(EMAIL, &By::operator("ops-alice"))
            .await
            .unwrap();
        // At once, on the server that remembered the lock.
        let reply = other.call("verify-login", &[("code", &code)]).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let kinds = app.event_kinds().await;
        assert!(kinds.contains(&"admin-unlocked".to_owned()));
        // The user's log names the operator.
        let page = other.get("/settings/security-log").await;
        assert!(page.text().contains("ops-alice"), "{}", page.body);
    });
}

#[test]
fn the_operator_is_named_by_configuration_then_by_login() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        server::cli::operator(env(&[("TWOFOLD_OPERATOR", "alice"), ("USER", "root")])),
        "alice"
    );
    assert_eq!(
        server::cli::operator(env(&[("SUDO_USER", "bob"), ("USER", "root")])),
        "bob"
    );
    assert_eq!(server::cli::operator(env(&[("USER", "carol")])), "carol");
    assert_eq!(server::cli::operator(env(&[])), "unknown");
}
