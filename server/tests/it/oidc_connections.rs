//! The applications an account signed in to: the first sign-in to one is logged and mailed,
//! naming it; the settings page lists each with its first and last use; disconnecting one ends
//! its tokens and its consent at once, and is logged.

use serde_json::Value;

use crate::common::{
    oidc::{EMAIL, Provider, provider},
    relying_party::{RelyingParty, http},
    run,
};

async fn signed_in_to_app(
    p: &mut Provider,
    rp: &RelyingParty,
) -> openidconnect::core::CoreTokenResponse {
    let started = rp.start(&["email", "offline_access"], &[]);
    let reply = p.app.get(&started.path).await;
    let code = rp.code_in(reply.location().unwrap(), &started);
    rp.exchange(&p.app, code, started).await.0
}

#[test]
fn the_first_sign_in_to_an_application_is_logged_and_mailed_once() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        signed_in_to_app(&mut p, &rp).await;
        signed_in_to_app(&mut p, &rp).await;
        let kinds = p.app.event_kinds().await;
        let connected = kinds
            .iter()
            .filter(|k| *k == "application-connected")
            .count();
        assert_eq!(connected, 1, "{kinds:?}");
        let subject: String = p
            .app
            .scalar("SELECT subject AS v FROM security_events WHERE kind = 'application-connected'")
            .await;
        assert_eq!(subject, "App");
        let mails = p.app.mails_to(EMAIL).await;
        let (title, body) = mails.last().unwrap();
        assert_eq!(title, "You signed in to App with your account");
        assert!(
            body.contains("to sign in to App for the first time"),
            "{body}"
        );

        let list: Value = p.app.call("connected-applications", &[]).await.json();
        assert_eq!(list[0]["name"], "App");
        assert_eq!(list[0]["client_id"], p.client.client_id.as_str());
        assert!(list[0]["last_used_at"].as_i64() >= list[0]["first_used_at"].as_i64());
    });
}

#[test]
fn disconnecting_an_application_ends_its_tokens_and_consent_at_once() {
    run(async {
        let mut p = provider(false).await;
        sqlx::query("UPDATE applications SET consent = 1")
            .execute(&p.app.pool)
            .await
            .unwrap();
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(&["email", "offline_access"], &[]);
        let page = p
            .app
            .get(&started.path)
            .await
            .location()
            .unwrap()
            .to_owned();
        let handle = page.split_once('=').unwrap().1.to_owned();
        let request = p
            .app
            .request_builder("POST", "/oauth2/authorize/consent")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(format!(
                "request={handle}&decision=allow"
            )))
            .unwrap();
        let reply = p.app.send(request).await;
        let code = rp.code_in(reply.location().unwrap(), &started);
        let (tokens, _) = rp.exchange(&p.app, code, started).await;

        let id = p.client.client_id.clone();
        let reply = p
            .app
            .call("disconnect-application", &[("client_id", &id)])
            .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        let list: Value = p.app.call("connected-applications", &[]).await.json();
        assert_eq!(list, serde_json::json!([]));
        assert!(
            p.app
                .event_kinds()
                .await
                .contains(&"application-disconnected".to_owned())
        );

        // Its tokens no longer work, and it must ask again.
        let info = rp
            .client
            .user_info(openidconnect::OAuth2TokenResponse::access_token(&tokens).clone(), None)
            .unwrap()
            .request_async::<openidconnect::EmptyAdditionalClaims, _, openidconnect::core::CoreGenderClaim>(&http(&p.app))
            .await;
        assert!(info.is_err(), "the access token is revoked");
        let refresh = openidconnect::OAuth2TokenResponse::refresh_token(&tokens).unwrap();
        let refreshed = rp
            .client
            .exchange_refresh_token(refresh)
            .unwrap()
            .request_async(&http(&p.app))
            .await;
        assert!(refreshed.is_err(), "the refresh token is revoked");
        let started = rp.start(&["email"], &[]);
        let again = p.app.get(&started.path).await;
        assert!(again.location().unwrap().starts_with("/authorize/consent"));

        // Nothing to disconnect: nothing logged.
        let before = p.app.event_kinds().await.len();
        p.app
            .call("disconnect-application", &[("client_id", "nobody")])
            .await;
        assert_eq!(p.app.event_kinds().await.len(), before);
    });
}

#[test]
fn sign_ins_are_counted_per_application_and_outcome() {
    run(async {
        let mut p = provider(false).await;
        // A name of this test's own: the metrics are the process's.
        sqlx::query("UPDATE applications SET name = 'Metrics App'")
            .execute(&p.app.pool)
            .await
            .unwrap();
        let rp = RelyingParty::of(&p).await;
        signed_in_to_app(&mut p, &rp).await;
        let started = rp.start(&[], &[("prompt", "consent")]);
        p.app.get(&started.path).await;
        p.app.call("log-out", &[]).await;
        for extra in [&[("prompt", "none")][..], &[][..]] {
            let started = rp.start(&[], extra);
            p.app.get(&started.path).await;
        }
        let text = server::metrics::render(&p.app.pool).await;
        for (outcome, count) in [
            ("code", 1),
            ("consent", 1),
            ("login_required", 1),
            ("sign_in", 1),
        ] {
            let series = format!(
                "twofold_authorizations_total{{application=\"Metrics App\",outcome=\"{outcome}\"}} {count}"
            );
            assert!(text.contains(&series), "{series} in\n{text}");
        }
    });
}
