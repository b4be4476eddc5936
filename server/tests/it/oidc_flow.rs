//! The authorization code flow through HTTP, with the `openidconnect` crate as the relying
//! party: discovery, the authorization endpoint (GET and POST) for a signed-in browser and
//! through Twofold's sign-in, `prompt` and `max_age`, the errors sent back and the ones shown
//! on Twofold's own page, then token, userinfo and refresh.

use openidconnect::{OAuth2TokenResponse, RefreshToken, core::CoreUserInfoClaims};

use crate::common::{
    KEY_ORIGIN, PASSWORD, Reply, TestApp,
    oidc::{EMAIL, provider},
    relying_party::{RelyingParty, Started, answer, http},
    run,
};

/// The browser follows the request to its first answer.
async fn follow(app: &mut TestApp, started: &Started) -> Reply {
    let reply = app.get(&started.path).await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    reply
}

fn location(reply: &Reply) -> String {
    reply.location().unwrap().to_owned()
}

/// The handle of the request waiting for the sign-in, from the login address it sent to.
fn continue_path(login: &str) -> String {
    assert!(login.starts_with("/login?next="), "{login}");
    url::Url::parse(&format!("{KEY_ORIGIN}{login}"))
        .unwrap()
        .query_pairs()
        .find(|(name, _)| name == "next")
        .unwrap()
        .1
        .into_owned()
}

#[test]
fn a_signed_in_browser_gets_a_code_and_the_application_its_tokens() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(&["email", "profile", "groups", "offline_access"], &[]);
        let before = server::storage::now();
        let reply = follow(&mut p.app, &started).await;
        let code = rp.code_in(&location(&reply), &started);
        let nonce = started.nonce.clone();
        let (tokens, claims) = rp.exchange(&p.app, code, started).await;
        assert_eq!(claims.nonce().map(|n| n.secret()), Some(nonce.secret()));
        assert_eq!(claims.email().map(|e| e.as_str()), Some(EMAIL));
        assert_eq!(claims.email_verified(), Some(true));
        let amr: Vec<String> = claims
            .auth_method_refs()
            .unwrap()
            .iter()
            .map(|m| m.to_string())
            .collect();
        assert_eq!(amr, ["pwd"], "a password-only sign-in");
        let auth_time = claims.auth_time().unwrap().timestamp();
        assert!(
            auth_time <= before && auth_time > before - 60,
            "{auth_time}"
        );
        assert_ne!(
            claims.subject().as_str(),
            EMAIL,
            "the subject is not the address"
        );

        let info: CoreUserInfoClaims = rp
            .client
            .user_info(
                tokens.access_token().clone(),
                Some(claims.subject().clone()),
            )
            .unwrap()
            .request_async(&http(&p.app))
            .await
            .unwrap();
        assert_eq!(info.email().map(|e| e.as_str()), Some(EMAIL));

        let refresh: &RefreshToken = tokens.refresh_token().expect("offline_access");
        let refreshed = rp
            .client
            .exchange_refresh_token(refresh)
            .unwrap()
            .request_async(&http(&p.app))
            .await
            .unwrap();
        assert_ne!(
            refreshed.access_token().secret(),
            tokens.access_token().secret()
        );
    });
}

#[test]
fn a_signed_out_browser_signs_in_on_twofold_and_comes_back_with_a_code() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        p.app.call("log-out", &[]).await;
        let started = rp.start(
            &["email"],
            &[
                ("login_hint", EMAIL),
                ("ui_locales", "xx-XX fr-FR de-DE"),
                ("unknown", "ignored"),
            ],
        );
        let reply = follow(&mut p.app, &started).await;
        let login = location(&reply);
        let back = continue_path(&login);
        // The address is filled in from `login_hint`, the pages speak the first language of
        // `ui_locales` Twofold knows.
        assert!(login.ends_with("&email=ada%40example.com"), "{login}");
        let page = p.app.get(&login).await;
        assert!(
            page.body.contains("value=\"ada@example.com\""),
            "the hint fills the address"
        );
        let cookies: Vec<&str> = reply
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        assert!(
            cookies.iter().any(|c| c.starts_with("twofold_lang=fr-FR;")),
            "{cookies:?}"
        );
        // A language the user chose stays.
        let chosen = p
            .app
            .get_with_headers(&started.path, &[("cookie", "twofold_lang=de-DE")])
            .await;
        assert!(
            chosen
                .headers
                .get_all("set-cookie")
                .iter()
                .all(|c| !c.to_str().unwrap().starts_with("twofold_lang"))
        );
        assert!(
            back.starts_with("/oauth2/authorize/continue?request="),
            "{back}"
        );
        assert!(
            !back.contains(&p.client.client_id),
            "the request stays in the session"
        );

        // Another browser cannot take the waiting request.
        let mut other = p.app.other_browser("192.0.2.7");
        let refused = other.get(&back).await;
        assert_eq!(
            refused.location(),
            Some("/authorize/refused?reason=expired")
        );

        // Coming back before signing in leads to the sign-in again.
        let again = p.app.get(&back).await;
        assert_eq!(again.location(), Some(login.as_str()));

        p.app.log_in(EMAIL, PASSWORD).await;
        let reply = p.app.get(&back).await;
        assert_eq!(reply.status, 303);
        let code = rp.code_in(&location(&reply), &started);
        let (_, claims) = rp.exchange(&p.app, code, started).await;
        assert_eq!(claims.email().map(|e| e.as_str()), Some(EMAIL));

        // Answered: the handle is spent.
        let spent = p.app.get(&back).await;
        assert_eq!(spent.location(), Some("/authorize/refused?reason=expired"));
    });
}

#[test]
fn prompt_none_answers_at_once() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(&[], &[("prompt", "none")]);
        let reply = follow(&mut p.app, &started).await;
        rp.code_in(&location(&reply), &started);

        p.app.call("log-out", &[]).await;
        let started = rp.start(&[], &[("prompt", "none")]);
        let params = answer(&location(&follow(&mut p.app, &started).await));
        assert_eq!(params["error"], "login_required");
        assert_eq!(&params["state"], started.state.secret());
        assert_eq!(params["iss"], KEY_ORIGIN);
    });
}

#[test]
fn prompt_login_and_max_age_ask_for_a_new_sign_in() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;

        let started = rp.start(&[], &[("prompt", "login")]);
        let login = location(&follow(&mut p.app, &started).await);
        let back = continue_path(&login);
        // Signed in, but not since the request came: the sign-in again.
        assert_eq!(p.app.get(&back).await.location(), Some(login.as_str()));
        p.app.log_in(EMAIL, PASSWORD).await;
        let reply = p.app.get(&back).await;
        rp.code_in(&location(&reply), &started);

        // A sign-in 100 s old is fresh enough for max_age=10000, not for max_age=10.
        let aged = server::storage::now() - 100;
        p.app
            .set_in_sessions(&["twofold", "signed_in_at"], aged)
            .await;
        let started = rp.start(&[], &[("max_age", "10000")]);
        let reply = follow(&mut p.app, &started).await;
        let code = rp.code_in(&location(&reply), &started);
        let (_, claims) = rp.exchange(&p.app, code, started).await;
        assert_eq!(claims.auth_time().unwrap().timestamp(), aged);

        let started = rp.start(&[], &[("max_age", "10")]);
        let login = location(&follow(&mut p.app, &started).await);
        assert!(login.starts_with("/login?next="), "{login}");
    });
}

#[test]
fn a_request_that_cannot_go_back_is_refused_on_twofolds_page() {
    run(async {
        let mut p = provider(false).await;
        let id = p.client.client_id.clone();
        for (query, reason) in [
            ("client_id=nobody&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb".to_owned(), "client"),
            (format!("client_id={id}&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fevil.example%2Fcb"), "redirect"),
            (format!("client_id={id}&response_type=code&scope=openid"), "redirect"),
            (format!("client_id={id}&client_id={id}&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb"), "client"),
        ] {
            let reply = p.app.get(&format!("/oauth2/authorize?{query}")).await;
            let page = format!("/authorize/refused?reason={reason}");
            assert_eq!(reply.location(), Some(page.as_str()), "{query}");
            let shown = p.app.get(&page).await;
            assert_eq!(shown.status, 400);
            assert!(shown.body.contains("data-testid=\"refused-reason\""));
        }
        let page = p.app.get("/authorize/refused?reason=client").await;
        assert!(page.body.contains("not registered"), "{}", page.body);
    });
}

#[test]
fn errors_go_back_to_the_application_with_its_state() {
    run(async {
        let mut p = provider(false).await;
        let id = p.client.client_id.clone();
        let base = format!(
            "/oauth2/authorize?client_id={id}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s1"
        );
        for (extra, error) in [
            ("&scope=openid", "invalid_request"),
            (
                "&response_type=token&scope=openid",
                "unsupported_response_type",
            ),
            ("&response_type=code&scope=profile", "invalid_scope"),
            (
                "&response_type=code&scope=openid&request=eyJ",
                "request_not_supported",
            ),
            (
                "&response_type=code&scope=openid&request_uri=https%3A%2F%2Fx",
                "request_uri_not_supported",
            ),
            (
                "&response_type=code&scope=openid&code_challenge=abc&code_challenge_method=plain",
                "invalid_request",
            ),
        ] {
            let reply = p.app.get(&format!("{base}{extra}")).await;
            assert_eq!(reply.status, 303, "{extra}");
            let params = answer(reply.location().unwrap());
            assert_eq!(params["error"], error, "{extra}");
            assert_eq!(params["state"], "s1");
            assert_eq!(params["iss"], KEY_ORIGIN);
        }
        let long = format!(
            "{base}&response_type=code&scope=openid&nonce={}",
            "n".repeat(2000)
        );
        let long = format!("{long}&ui_locales={}", "x".repeat(7000));
        let params = answer(p.app.get(&long).await.location().unwrap());
        assert_eq!(params["error"], "invalid_request", "too large to keep");
    });
}

#[test]
fn a_request_by_post_is_the_same_request_by_get() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(&[], &[]);
        let query = started.path.split_once('?').unwrap().1.to_owned();
        // Posted from the application's own page, on another site.
        let request = p
            .app
            .request_builder("POST", "/oauth2/authorize")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "https://app.example.com")
            .header("sec-fetch-site", "cross-site")
            .body(axum::body::Body::from(query.clone()))
            .unwrap();
        let reply = p.app.send(request).await;
        assert_eq!(reply.status, 303);
        assert!(reply.set_cookie().is_none(), "the POST touches no session");
        let get = location(&reply);
        let reply = p.app.get(&get).await;
        rp.code_in(&location(&reply), &started);
    });
}
