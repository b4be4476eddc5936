//! RP-initiated logout through HTTP, with the `openidconnect` crate building the request: an ID
//! token of the account signed in signs it out at once; without one (or with another account's)
//! the user is asked on Twofold's page, whose answer only Twofold's own page can post; an
//! unregistered post-logout address or a forged hint is refused and nobody is signed out.

use openidconnect::{
    CsrfToken, EndSessionUrl, LogoutRequest, PostLogoutRedirectUrl,
    core::{CoreIdToken, CoreTokenResponse},
};

use crate::common::{
    KEY_ORIGIN, Reply, TestApp,
    oidc::{Provider, SIGNED_OUT, provider},
    relying_party::RelyingParty,
    run,
};

/// Signs in to the application and returns the ID token it got.
async fn signed_in(p: &mut Provider) -> (RelyingParty, CoreIdToken) {
    let rp = RelyingParty::of(p).await;
    let started = rp.start(&["email"], &[]);
    let reply = p.app.get(&started.path).await;
    let code = rp.code_in(reply.location().unwrap(), &started);
    let (tokens, _): (CoreTokenResponse, _) = rp.exchange(&p.app, code, started).await;
    let id_token = tokens.extra_fields().id_token().unwrap().clone();
    (rp, id_token)
}

fn logout(hint: Option<&CoreIdToken>, then: Option<&str>) -> String {
    let mut request =
        LogoutRequest::from(EndSessionUrl::new(format!("{KEY_ORIGIN}/oauth2/logout")).unwrap());
    if let Some(hint) = hint {
        request = request.set_id_token_hint(hint);
    }
    if let Some(then) = then {
        request = request
            .set_post_logout_redirect_uri(PostLogoutRedirectUrl::new(then.to_owned()).unwrap())
            .set_state(CsrfToken::new("st-1".to_owned()));
    }
    let url = request.http_get_url();
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

async fn is_signed_in(app: &mut TestApp) -> bool {
    app.get("/settings").await.location().is_none()
}

async fn confirm(app: &mut TestApp, form: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = app
        .request_builder("POST", "/oauth2/logout/confirm")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.send(
        request
            .body(axum::body::Body::from(form.to_owned()))
            .unwrap(),
    )
    .await
}

#[test]
fn the_id_token_of_the_account_signed_in_signs_it_out_at_once() {
    run(async {
        let mut p = provider(false).await;
        let (_, id_token) = signed_in(&mut p).await;
        let reply = p.app.get(&logout(Some(&id_token), Some(SIGNED_OUT))).await;
        assert_eq!(
            reply.location(),
            Some(format!("{SIGNED_OUT}?state=st-1").as_str())
        );
        assert!(!is_signed_in(&mut p.app).await);

        // Signed out already: nothing to end, back to the application.
        let reply = p.app.get(&logout(Some(&id_token), Some(SIGNED_OUT))).await;
        assert_eq!(
            reply.location(),
            Some(format!("{SIGNED_OUT}?state=st-1").as_str())
        );
        // Without a post-logout address: Twofold's sign-in page.
        let reply = p.app.get(&logout(Some(&id_token), None)).await;
        assert_eq!(reply.location(), Some("/login"));
    });
}

#[test]
fn without_a_hint_the_user_is_asked_and_only_twofolds_page_can_answer() {
    run(async {
        let mut p = provider(false).await;
        signed_in(&mut p).await;
        let id = p.client.client_id.clone();
        let path = format!(
            "/oauth2/logout?client_id={id}&post_logout_redirect_uri=https%3A%2F%2Fapp.example.com%2Fbye&state=st-2"
        );
        let asked = p.app.get(&path).await.location().unwrap().to_owned();
        assert!(asked.starts_with("/authorize/sign-out?"), "{asked}");
        assert!(is_signed_in(&mut p.app).await, "not signed out by a link");
        let page = p.app.get(&asked).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("data-testid=\"sign-out-confirm\""));
        assert!(page.body.contains(&format!("value=\"{id}\"")));

        let form = format!(
            "client_id={id}&post_logout_redirect_uri=https%3A%2F%2Fapp.example.com%2Fbye&state=st-2"
        );
        let refused = confirm(
            &mut p.app,
            &form,
            &[
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "cross-site"),
            ],
        )
        .await;
        assert_eq!(refused.status, 403);
        assert!(is_signed_in(&mut p.app).await);

        let reply = confirm(&mut p.app, &form, &[("sec-fetch-site", "same-origin")]).await;
        assert_eq!(
            reply.location(),
            Some(format!("{SIGNED_OUT}?state=st-2").as_str())
        );
        assert!(!is_signed_in(&mut p.app).await);
    });
}

#[test]
fn another_accounts_id_token_does_not_sign_this_one_out() {
    run(async {
        let mut p = provider(false).await;
        let (_, id_token) = signed_in(&mut p).await;
        p.app.call("log-out", &[]).await;
        p.app.sign_up("grace@example.com").await;
        let reply = p.app.get(&logout(Some(&id_token), Some(SIGNED_OUT))).await;
        assert!(
            reply
                .location()
                .unwrap()
                .starts_with("/authorize/sign-out?"),
            "asked instead"
        );
        assert!(is_signed_in(&mut p.app).await);
    });
}

#[test]
fn a_forged_hint_or_an_unregistered_address_is_refused() {
    run(async {
        let mut p = provider(false).await;
        let (_, id_token) = signed_in(&mut p).await;
        let refused = Some("/authorize/refused?reason=logout");

        let reply = p
            .app
            .get(&logout(Some(&id_token), Some("https://evil.example/")))
            .await;
        assert_eq!(reply.location(), refused, "an address not registered");

        // The payload changed, the signature kept: not Twofold's token.
        let text = id_token.to_string();
        let parts: Vec<&str> = text.split('.').collect();
        let forged = format!("{}.{}x.{}", parts[0], parts[1], parts[2]);
        let reply = p
            .app
            .get(&format!("/oauth2/logout?id_token_hint={forged}"))
            .await;
        assert_eq!(reply.location(), refused);

        // A hint for another client than the one named.
        let reply = p
            .app
            .get(&format!(
                "/oauth2/logout?id_token_hint={text}&client_id=someone-else"
            ))
            .await;
        assert_eq!(reply.location(), refused);
        assert!(is_signed_in(&mut p.app).await);
        let shown = p.app.get("/authorize/refused?reason=logout").await;
        assert!(shown.body.contains("nothing was done"), "{}", shown.body);
    });
}

#[test]
fn a_logout_by_post_is_the_same_request_by_get() {
    run(async {
        let mut p = provider(false).await;
        let (_, id_token) = signed_in(&mut p).await;
        let query = logout(Some(&id_token), Some(SIGNED_OUT))
            .split_once('?')
            .unwrap()
            .1
            .to_owned();
        let request = p
            .app
            .request_builder("POST", "/oauth2/logout")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", "https://app.example.com")
            .header("sec-fetch-site", "cross-site")
            .body(axum::body::Body::from(query))
            .unwrap();
        let reply = p.app.send(request).await;
        assert_eq!(reply.status, 303);
        assert!(
            is_signed_in(&mut p.app).await,
            "the POST itself ends nothing"
        );
        let get = reply.location().unwrap().to_owned();
        p.app.get(&get).await;
        assert!(!is_signed_in(&mut p.app).await);
    });
}
