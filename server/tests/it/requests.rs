//! What every request meets: cross-site refusal, security headers, the flood guard, and input
//! that is too large or malformed.

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
fn pages_are_compressed_for_browsers_that_accept_it_but_server_function_answers_never() {
    common::run(async {
        let mut app = TestApp::new().await;
        let plain = app.get("/login").await;
        assert_eq!(plain.status, StatusCode::OK);
        assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());

        let accepts = [("accept-encoding", "gzip, deflate, br")];
        let page = app.get_with_headers("/login", &accepts).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.headers.get(header::CONTENT_ENCODING).unwrap(),
            "br",
            "brotli before gzip"
        );
        assert!(
            page.headers
                .get_all(header::VARY)
                .iter()
                .any(|v| v.to_str().unwrap().contains("accept-encoding")),
            "{:?}",
            page.headers
        );
        let mut html = Vec::new();
        brotli::BrotliDecompress(&mut page.bytes.as_slice(), &mut html).unwrap();
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains(r#"action="/api/log-in""#), "{html}");
        assert!(
            page.bytes.len() * 3 < html.len(),
            "{} of {}",
            page.bytes.len(),
            html.len()
        );
        let gzip = app
            .get_with_headers("/login", &[("accept-encoding", "gzip")])
            .await;
        assert_eq!(gzip.headers.get(header::CONTENT_ENCODING).unwrap(), "gzip");

        // A secret and an attacker's text in one compressed answer would leak the secret
        // through its length: the authenticator key comes back as it is.
        app.sign_up(EMAIL).await;
        let reply = app
            .call_with_headers(
                "start-two-factor",
                &[("current_password", PASSWORD)],
                &accepts,
            )
            .await;
        assert!(reply.headers.get(header::CONTENT_ENCODING).is_none());
        let setup: domain::factor::AuthenticatorSetup = reply.json();
        assert!(!setup.manual_key.is_empty());
        let reply = app
            .call_with_headers(
                "log-in",
                &[("email", EMAIL), ("password", "wrong-password-1")],
                &accepts,
            )
            .await;
        assert!(reply.headers.get(header::CONTENT_ENCODING).is_none());
    });
}

/// The site's files are served as files, never through the app's rendering (whose response
/// options can be another request's: a stylesheet once came back as a page's redirect to the
/// login, and could have carried its cookies); a missing one is a plain 404.
#[test]
fn site_files_are_served_without_the_app() {
    common::run(async {
        let mut app = TestApp::new().await;
        for path in ["/pkg/no-such-file.js", "/pkg/chunk_999.wasm"] {
            let reply = app.get(path).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
            assert!(!reply.text().contains("<html"), "{path}: {}", reply.text());
            assert!(reply.headers.get(header::LOCATION).is_none());
        }
        // Other unknown paths still get the app's page.
        let page = app.get("/no-such-page").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert!(page.text().contains("<html"));
    });
}

/// A site folder whose bundle (`pkg/`) holds `files` (name, contents); the folder and its
/// `pkg/`.
fn site_with(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let site = tempfile::TempDir::new().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir(&pkg).unwrap();
    for (file, text) in files {
        std::fs::write(pkg.join(file), text).unwrap();
    }
    (site, pkg)
}

#[test]
fn browser_assets_go_out_precompressed_to_browsers_that_accept_them() {
    common::run(async {
        let script = "export function hydrate() { return 42; }\n".repeat(300);
        let (site, pkg) = site_with(&[("twofold.js", &script)]);
        server::site::precompress(&pkg).unwrap();
        let mut app = TestApp::with_site(site.path()).await;
        let script = format!("/pkg/{}/twofold.js", server::site::version(&pkg).unwrap());
        for (accepted, encoding, file) in [
            ("br, gzip", Some("br"), "twofold.js.br"),
            ("gzip", Some("gzip"), "twofold.js.gz"),
            ("identity", None, "twofold.js"),
        ] {
            let reply = app
                .get_with_headers(&script, &[("accept-encoding", accepted)])
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{accepted}");
            assert_eq!(
                reply
                    .headers
                    .get(header::CONTENT_ENCODING)
                    .and_then(|v| v.to_str().ok()),
                encoding,
                "{accepted}"
            );
            assert_eq!(
                reply.bytes,
                std::fs::read(pkg.join(file)).unwrap(),
                "{accepted}"
            );
            let vary = reply
                .headers
                .get(header::VARY)
                .and_then(|v| v.to_str().ok());
            assert!(
                vary.is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding")),
                "{accepted}: {vary:?}"
            );
        }
        assert!(
            std::fs::metadata(pkg.join("twofold.js.br")).unwrap().len() < 300,
            "brotli at its best"
        );
    });
}

#[test]
fn the_bundle_is_served_under_its_version_kept_for_good_and_announced_by_each_page() {
    common::run(async {
        let (site, pkg) = site_with(&[
            ("twofold.js", "export function hydrate() {}"),
            ("twofold.css", "body { margin: 0 }"),
            ("__wasm_split.______________________.js", "export {}"),
            ("chunk_1.wasm", "\0asm 1"),
            ("chunk_2.wasm", "\0asm 2"),
            ("split_signup_form_loader_7.wasm", "\0asm 3"),
            (
                "__wasm_split_manifest.json",
                r#"{"signup_form_loader_7": ["chunk_1", "split_signup_form_loader_7"],
                    "forgot_form_loader_8": ["chunk_2"]}"#,
            ),
        ]);
        let version = server::site::version(&pkg).unwrap();
        let mut app = TestApp::with_site(site.path()).await;

        // The sign-in form's island is not lazy: its code is in the bundle itself.
        let login = app.get("/login").await.text();
        let login_head = &login[..login.find("</head>").unwrap()];
        // A lazy island's pieces are announced with the bundle.
        let page = app.get("/signup").await.text();
        let head = &page[..page.find("</head>").unwrap()];
        for link in [
            format!(r#"rel="stylesheet" href="/pkg/{version}/twofold.css""#),
            format!(r#"href="/pkg/{version}/twofold.js" rel="modulepreload""#),
            format!(r#"href="/pkg/{version}/twofold.wasm" rel="preload""#),
            r#"type="module">((pkg, output) =>"#.to_owned(),
            format!(r#"("/pkg/{version}", "twofold");</script>"#),
            format!(
                r#"href="/pkg/{version}/__wasm_split.______________________.js" rel="modulepreload""#
            ),
        ] {
            assert!(head.contains(&link), "{link} in {head}");
            assert!(login_head.contains(&link), "{link} in {login_head}");
        }
        for piece in ["chunk_1.wasm", "split_signup_form_loader_7.wasm"] {
            let link = format!(r#"href="/pkg/{version}/{piece}" rel="preload""#);
            assert!(head.contains(&link), "{link} in {head}");
            assert!(!login_head.contains(piece), "not lazy: {login_head}");
        }
        assert!(
            !head.contains("chunk_2.wasm"),
            "another page's island: {head}"
        );
        // A page without islands loads no bundle at all.
        let plain = app.get("/confirm-address?token=none").await.text();
        assert!(!plain.contains("<leptos-island"), "{plain}");
        let plain_head = &plain[..plain.find("</head>").unwrap()];
        for bundle in [".js\"", ".wasm\"", "type=\"module\""] {
            assert!(!plain_head.contains(bundle), "{bundle} in {plain_head}");
        }
        assert_eq!(
            head.matches("__wasm_split.______________________.js")
                .count(),
            1,
            "each file once"
        );

        let kept = |reply: &common::Reply| {
            reply
                .headers
                .get(header::CACHE_CONTROL)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let file = app.get(&format!("/pkg/{version}/chunk_1.wasm")).await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.bytes, b"\0asm 1");
        assert_eq!(
            kept(&file).as_deref(),
            Some("public, max-age=31536000, immutable")
        );
        // Another version's (or no version's) address names other bytes: not found, and not
        // kept.
        for path in [
            "/pkg/chunk_1.wasm".to_owned(),
            "/pkg/00000000000000000000/chunk_1.wasm".to_owned(),
            format!("/pkg/{version}/chunk_9.wasm"),
        ] {
            let reply = app.get(&path).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
            assert!(
                !kept(&reply).is_some_and(|v| v.contains("immutable")),
                "{path}"
            );
        }
        // The pages themselves are never kept.
        assert_eq!(kept(&app.get("/login").await).as_deref(), Some("no-store"));
    });
}

#[test]
fn no_file_under_the_site_root_is_served_but_the_bundle_and_the_icon() {
    common::run(async {
        let (site, _) = site_with(&[("twofold.js", "export {};")]);
        std::fs::write(site.path().join("notes.txt"), "not for the public").unwrap();
        std::fs::write(site.path().join("favicon.svg"), "<svg/>").unwrap();
        let mut app = TestApp::with_site(site.path()).await;
        let reply = app.get("/notes.txt").await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert!(!reply.text().contains("not for the public"));
        assert!(reply.text().contains("<html"), "the app's page");
        assert_eq!(app.get("/favicon.svg").await.status, StatusCode::OK);
    });
}
