//! The modules of the OpenID Foundation's Basic OP test plan that the other files do not
//! cover on their own: a code used again 30 seconds later, `claims_locales` and other
//! parameters Twofold does not use, every scope at once, and a code redeemed at another server
//! over HTTP.

use openidconnect::OAuth2TokenResponse;
use serde_json::Value;

use crate::{
    common::{
        oidc::{EMAIL, provider},
        relying_party::RelyingParty,
        run,
    },
    oidc_endpoints::{error_of, redeem, userinfo_status},
};

#[test]
fn a_code_used_again_30_seconds_later_is_refused_and_ends_its_tokens() {
    run(async {
        let mut p = provider(false).await;
        let code = p.code("openid", &[]).await;
        let first = redeem(&mut p, &code).await;
        assert_eq!(first.status, 200, "{}", first.body);
        let body: Value = serde_json::from_str(&first.body).unwrap();
        let access = body["access_token"].as_str().unwrap().to_owned();
        assert_eq!(userinfo_status(&mut p, &access).await, 200);

        p.app.clock.advance(30);
        let again = redeem(&mut p, &code).await;
        assert_eq!(again.status, 400, "{}", again.body);
        assert_eq!(error_of(&again), "invalid_grant");
        assert_eq!(
            userinfo_status(&mut p, &access).await,
            401,
            "what the code gave is revoked"
        );
    });
}

#[test]
fn parameters_twofold_does_not_use_are_ignored() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(
            &["email"],
            &[
                ("claims_locales", "de-DE fr"),
                ("display", "popup"),
                ("frobnicate", "1"),
            ],
        );
        let reply = p.app.get(&started.path).await;
        assert_eq!(reply.status, 303, "{}", reply.body);
        let code = rp.code_in(reply.location().unwrap(), &started);
        let (_, claims) = rp.exchange(&p.app, code, started).await;
        assert_eq!(claims.email().map(|e| e.as_str()), Some(EMAIL));
    });
}

#[test]
fn every_scope_at_once_gives_what_each_known_one_does() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(
            &[
                "email",
                "profile",
                "groups",
                "offline_access",
                "address",
                "phone",
            ],
            &[],
        );
        let reply = p.app.get(&started.path).await;
        assert_eq!(reply.status, 303, "{}", reply.body);
        let code = rp.code_in(reply.location().unwrap(), &started);
        let (tokens, claims) = rp.exchange(&p.app, code, started).await;
        assert_eq!(claims.email().map(|e| e.as_str()), Some(EMAIL));
        assert_eq!(
            claims.preferred_username().map(|u| u.as_str()),
            Some(EMAIL),
            "profile"
        );
        assert!(tokens.refresh_token().is_some(), "offline_access");
        let mut granted: Vec<String> = tokens
            .scopes()
            .expect("the scopes granted")
            .iter()
            .map(|s| s.to_string())
            .collect();
        granted.sort();
        assert_eq!(
            granted,
            ["email", "groups", "offline_access", "openid", "profile"],
            "the scopes Twofold does not know are left out"
        );
    });
}

#[test]
fn a_code_issued_by_one_server_is_redeemed_at_another_over_http() {
    run(async {
        let mut p = provider(false).await;
        let rp = RelyingParty::of(&p).await;
        let started = rp.start(&["email"], &[]);
        let reply = p.app.get(&started.path).await;
        assert_eq!(reply.status, 303, "{}", reply.body);
        let code = rp.code_in(reply.location().unwrap(), &started);
        let other = p.app.restarted().await;
        let (_, claims) = rp.exchange(&other, code, started).await;
        assert_eq!(claims.email().map(|e| e.as_str()), Some(EMAIL));
    });
}
