//! What every request meets: cross-site refusal, security headers, the flood guard, input
//! that is too large or malformed; and what a page reads.

use app::error::{AppError, Field, Problem};
use axum::http::{StatusCode, header};

use crate::common::{self, PASSWORD, TestApp, too_many};

const EMAIL: &str = common::GRACE;

#[test]
fn cross_site_state_changes_are_refused() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let form = [("email", EMAIL), ("password", PASSWORD)];
        for headers in [
            &[("origin", "https://evil.example")][..],
            &[("sec-fetch-site", "cross-site")],
            &[("sec-fetch-site", "same-site")],
            &[("origin", "http://localhost.evil.example")],
        ] {
            let reply = app.call_with_headers("log-in", &form, headers).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
            assert_eq!(reply.error(), AppError::Forbidden);
            let reply = app.call_with_headers("log-out", &[], headers).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
        }
        // Still signed in: the refused log-out changed nothing.
        let account: Option<domain::account::AccountView> = app.call("account", &[]).await.json();
        assert!(account.is_some());
        for headers in [
            &[
                ("origin", "http://localhost"),
                ("sec-fetch-site", "same-origin"),
            ][..],
            &[("origin", "http://localhost")],
        ] {
            let reply = app.call_with_headers("log-in", &form, headers).await;
            assert_eq!(reply.status, StatusCode::OK, "{headers:?}: {}", reply.body);
        }
    });
}

#[test]
fn pages_carry_a_strict_content_security_policy_and_security_headers() {
    common::run(async {
        let mut app = TestApp::new().await;
        let page = app.get("/login").await;
        assert_eq!(page.status, StatusCode::OK);
        let csp = page.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        for directive in [
            "default-src 'self'",
            "'wasm-unsafe-eval'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} missing in {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap();
        assert!(
            page.body.contains(&format!("nonce=\"{nonce}\"")),
            "the inline scripts carry the policy's nonce"
        );
        // Every response gets a fresh nonce.
        let again = app.get("/login").await;
        assert_ne!(
            again.headers[header::CONTENT_SECURITY_POLICY],
            page.headers[header::CONTENT_SECURITY_POLICY]
        );
        for (name, value) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "same-origin"),
            ("x-frame-options", "DENY"),
        ] {
            assert_eq!(page.headers[name], value, "{name}");
        }
        assert!(!page.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
        // Answers that are not pages allow nothing at all.
        let reply = app.call("account", &[]).await;
        assert!(
            reply.headers[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .starts_with("default-src 'none'")
        );

        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.hsts_seconds = 31_536_000;
        let mut tls = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        assert_eq!(
            tls.get("/login").await.headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000; includeSubDomains"
        );
    });
}

#[test]
fn the_flood_guard_limits_server_function_requests_per_address() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.api_requests_per_minute = 5;
        let mut app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        for _ in 0..5 {
            assert_eq!(app.call("account", &[]).await.status, StatusCode::OK);
        }
        let reply = app.call("account", &[]).await;
        assert_eq!(reply.error(), too_many(60));
        assert_eq!(reply.headers[header::RETRY_AFTER], "60");
        // Pages and other addresses are not affected.
        assert_eq!(app.get("/login").await.status, StatusCode::OK);
        let mut other = app.other_browser("198.51.100.30");
        assert_eq!(other.call("account", &[]).await.status, StatusCode::OK);
    });
}

#[test]
fn oversized_and_malformed_input_is_refused_without_a_500() {
    common::run(async {
        let mut app = TestApp::new().await;
        let long = "a".repeat(2000);
        let reply = app
            .call("log-in", &[("email", &long), ("password", PASSWORD)])
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.error().problem_for(Field::Email),
            Some(Problem::TooLong)
        );

        let reply = app
            .call("sign-up", &[("email", EMAIL), ("password", &long)])
            .await;
        assert_eq!(
            reply.error().problem_for(Field::Password),
            Some(Problem::TooLong)
        );

        let huge = format!("email={}&password=x", "a".repeat(100 * 1024));
        let reply = app
            .raw(
                "POST",
                "/api/log-in",
                "application/x-www-form-urlencoded",
                huge.into_bytes(),
            )
            .await;
        assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
        // Refused before any handler, but with the headers of every answer.
        for name in [
            "x-content-type-options",
            "x-frame-options",
            "content-security-policy",
        ] {
            assert!(
                reply.headers.contains_key(name),
                "{name}: {:?}",
                reply.headers
            );
        }

        let reply = app
            .raw(
                "POST",
                "/api/log-in",
                "application/x-www-form-urlencoded",
                b"password=x".to_vec(),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "missing field: {}",
            reply.body
        );
        assert_eq!(reply.error(), AppError::BadRequest);

        let reply = app
            .raw(
                "POST",
                "/api/log-in",
                "application/x-www-form-urlencoded",
                vec![0xff, 0xfe, b'=', 0x80],
            )
            .await;
        assert!(reply.status.is_client_error(), "garbage: {}", reply.status);
    })
}

#[test]
fn pages_and_server_functions_are_never_cached_but_assets_may_be() {
    common::run(async {
        let mut app = TestApp::new().await;
        let no_store = |reply: &common::Reply| {
            reply
                .headers
                .get(header::CACHE_CONTROL)
                .is_some_and(|v| v == "no-store")
        };
        assert!(no_store(&app.get("/login").await), "a page");
        let signed_up = app.sign_up(EMAIL).await;
        assert!(no_store(&signed_up), "a server function");
        assert!(no_store(&app.get("/settings").await), "a signed-in page");
        assert!(
            no_store(&app.call("account", &[]).await),
            "the account's data"
        );
        assert!(
            !no_store(&app.get("/pkg/twofold.css").await),
            "the browser assets are the same for everyone"
        );
    });
}

#[test]
fn the_client_address_comes_through_trusted_proxies_only() {
    common::run(async {
        let ip_of_session = |app: &TestApp| {
            let pool = app.pool.clone();
            async move {
                sqlx::query_scalar::<_, Option<String>>("SELECT ip FROM sessions")
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        };
        // Behind the trusted proxy 127.0.0.1: the right-most entry that is not a trusted
        // proxy is the client (the left ones are the client's own claims).
        let mut app = TestApp::new().await;
        app.client_ip = Some("192.0.2.66, 203.0.113.9".to_owned());
        app.sign_up(EMAIL).await;
        assert_eq!(ip_of_session(&app).await.as_deref(), Some("203.0.113.9"));

        // Without trusted proxies, `X-Forwarded-For` is anyone's to write: ignored.
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.trusted_proxies = Vec::new();
        let mut direct = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        direct.client_ip = Some("203.0.113.9".to_owned());
        direct.sign_up(EMAIL).await;
        assert_eq!(ip_of_session(&direct).await.as_deref(), Some("127.0.0.1"));
    });
}

#[test]
fn the_settings_page_reads_the_account_its_keys_its_applications_and_the_policy_once() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let before = app.pool.statements();
        assert_eq!(app.get("/settings").await.status, StatusCode::OK);
        // The session, the account (with its authenticator app), its keys, the policy: the
        // page, its header and the policy's banner share one read of the account; and the
        // applications it signed in to, once.
        assert_eq!(app.pool.statements() - before, 5);
    })
}

#[test]
fn the_other_signed_in_pages_read_the_policy_once_at_the_gate() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // The session, the policy (read by the gate, which hands what it asks to the page),
        // the account, its keys — and what the page lists.
        for (page, statements) in [("/settings/security-log", 5), ("/settings/sessions", 6)] {
            let before = app.pool.statements();
            assert_eq!(app.get(page).await.status, StatusCode::OK, "{page}");
            assert_eq!(app.pool.statements() - before, statements, "{page}");
        }
    })
}
