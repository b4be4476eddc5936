//! What the server sends besides the pages' content: compression for browsers that accept it,
//! the browser assets compressed ahead of time and versioned, and no other file of the site.

use axum::http::{StatusCode, header};

use crate::common::{self, PASSWORD, TestApp};

const EMAIL: &str = common::GRACE;

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
