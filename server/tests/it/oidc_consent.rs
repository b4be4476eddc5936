//! The consent page: an application registered with `--consent` asks the user once per set of
//! scopes, `prompt=consent` asks again, `prompt=none` is answered `consent_required`, a refusal
//! is `access_denied`; the answer is a form of Twofold's own page only. Every sign-in to an
//! application is counted in the account's connections.

use crate::common::{
    Reply, TestApp,
    oidc::{Provider, provider},
    relying_party::{RelyingParty, answer},
    run,
};

async fn with_consent() -> (Provider, RelyingParty) {
    let p = provider(false).await;
    sqlx::query("UPDATE applications SET consent = 1")
        .execute(&p.app.pool)
        .await
        .unwrap();
    let rp = RelyingParty::of(&p).await;
    (p, rp)
}

/// The consent page's address the request led to, and its request handle.
async fn consent_page(app: &mut TestApp, path: &str) -> (String, String) {
    let reply = app.get(path).await;
    let page = reply.location().unwrap_or_default().to_owned();
    assert!(page.starts_with("/authorize/consent?request="), "{page}");
    let handle = page.split_once('=').unwrap().1.to_owned();
    (page, handle)
}

async fn decide(
    app: &mut TestApp,
    handle: &str,
    decision: &str,
    headers: &[(&str, &str)],
) -> Reply {
    let mut request = app
        .request_builder("POST", "/oauth2/authorize/consent")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = format!("request={handle}&decision={decision}");
    app.send(request.body(axum::body::Body::from(body)).unwrap())
        .await
}

#[test]
fn the_user_is_asked_once_per_set_of_scopes() {
    run(async {
        let (mut p, rp) = with_consent().await;
        let started = rp.start(&["email"], &[]);
        let (page, handle) = consent_page(&mut p.app, &started.path).await;
        let shown = p.app.get(&page).await;
        assert_eq!(shown.status, 200);
        // Fluent isolates the application's name (U+2068 … U+2069).
        let text = shown.body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("App asks to use your account"), "{text}");
        assert!(text.contains("See your email address"));
        assert!(!text.contains("See your groups"), "only what is asked");

        let reply = decide(
            &mut p.app,
            &handle,
            "allow",
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
        assert_eq!(reply.status, 303);
        let code = rp.code_in(reply.location().unwrap(), &started);
        rp.exchange(&p.app, code, started).await;

        // Agreed already: straight back.
        let started = rp.start(&["email"], &[]);
        let reply = p.app.get(&started.path).await;
        rp.code_in(reply.location().unwrap(), &started);

        // More than was agreed to: asked again, and `prompt=none` cannot ask.
        let started = rp.start(&["email", "groups"], &[("prompt", "none")]);
        let params = answer(p.app.get(&started.path).await.location().unwrap());
        assert_eq!(params["error"], "consent_required");
        let started = rp.start(&["email", "groups"], &[]);
        consent_page(&mut p.app, &started.path).await;

        // The handle is spent once answered: the page says so.
        let spent = p.app.get(&page).await;
        assert!(
            spent.body.contains("data-testid=\"refused-reason\""),
            "{}",
            spent.body
        );
        let used: i64 = p
            .app
            .scalar(&format!(
                "SELECT COUNT(*) AS v FROM oidc_connections WHERE user_id = {} AND consented_scopes = 'openid email'",
                p.user
            ))
            .await;
        assert_eq!(used, 1, "the consent and the use are kept");
    });
}

#[test]
fn a_refusal_goes_back_as_access_denied() {
    run(async {
        let (mut p, rp) = with_consent().await;
        let started = rp.start(&["email"], &[]);
        let (_, handle) = consent_page(&mut p.app, &started.path).await;
        let reply = decide(&mut p.app, &handle, "deny", &[]).await;
        let params = answer(reply.location().unwrap());
        assert_eq!(params["error"], "access_denied");
        assert_eq!(&params["state"], started.state.secret());
        let kept: i64 = p
            .app
            .scalar("SELECT COUNT(*) AS v FROM oidc_connections WHERE consented_scopes IS NOT NULL")
            .await;
        assert_eq!(kept, 0);
    });
}

#[test]
fn another_sites_page_cannot_answer_for_the_user() {
    run(async {
        let (mut p, rp) = with_consent().await;
        let started = rp.start(&["email"], &[]);
        let (_, handle) = consent_page(&mut p.app, &started.path).await;
        let reply = decide(
            &mut p.app,
            &handle,
            "allow",
            &[
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "cross-site"),
            ],
        )
        .await;
        assert_eq!(reply.status, 403);
        let kept: i64 = p
            .app
            .scalar("SELECT COUNT(*) AS v FROM oidc_connections")
            .await;
        assert_eq!(kept, 0);
    });
}

#[test]
fn prompt_consent_asks_even_a_first_party_application_once() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(&[], &[("prompt", "consent")]);
        let (_, handle) = consent_page(&mut p.app, &started.path).await;
        let reply = decide(&mut p.app, &handle, "allow", &[]).await;
        rp.code_in(reply.location().unwrap(), &started);
        let last: i64 = p
            .app
            .scalar(&format!(
                "SELECT last_used_at AS v FROM oidc_connections WHERE user_id = {}",
                p.user
            ))
            .await;
        assert!(last >= server::storage::now() - 5, "the use is counted");
    });
}

#[test]
fn only_the_pages_that_lead_back_to_applications_let_their_forms_go_there() {
    run(async {
        let (mut p, _) = with_consent().await;
        // A browser checks `form-action` on the redirects after a form: the sign-in's steps,
        // the consent and the sign-out question may lead on to the registered origins.
        for page in [
            "/login",
            "/login/verify",
            "/authorize/consent",
            "/authorize/sign-out",
        ] {
            let reply = p.app.get(page).await;
            let policy = reply.headers["content-security-policy"].to_str().unwrap();
            assert!(
                policy.contains("form-action 'self' https://app.example.com;"),
                "{page}: {policy}"
            );
        }
        let reply = p.app.get("/settings").await;
        let policy = reply.headers["content-security-policy"].to_str().unwrap();
        assert!(policy.contains("form-action 'self';"), "{policy}");
    });
}
