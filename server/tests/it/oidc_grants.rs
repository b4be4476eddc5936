//! Codes and tokens of the OpenID Connect provider, through the service (the endpoints over
//! it: `oidc_endpoints`): a code is exchanged once, by its client, with its redirect address and PKCE verifier,
//! within 60 seconds and while the account's credential epoch holds; a reused code revokes
//! what it gave; refresh tokens rotate and a reused one revokes the grant; a code issued by
//! one server is redeemed at another. ID tokens are checked with the `openidconnect` crate's
//! relying-party verifier.

use domain::application::SigningAlgorithm;
use server::services::{
    applications::Registration,
    oidc::grants::{ClientAuth, TokenError},
    operator::By,
};

use crate::common::{
    self,
    oidc::{
        CHALLENGE, EMAIL, ISSUER, REDIRECT, VERIFIER, core, issuer, provider, provider_signing,
    },
};

#[test]
fn a_code_gives_tokens_whose_id_token_a_relying_party_accepts() {
    common::run(async {
        let p = provider(false).await;
        let code = p.code("openid email profile groups", &[]).await;
        let tokens = p.exchange(&code, None).await.unwrap();
        assert_eq!(tokens.token_type, "Bearer");
        assert_eq!(tokens.refresh_token, None, "no offline_access asked");
        let claims = p.verified(&tokens).await;
        assert_eq!(claims["iss"], ISSUER);
        assert_eq!(claims["aud"], serde_json::json!([p.client.client_id]));
        assert_eq!(claims["azp"], p.client.client_id.as_str());
        assert_eq!(claims["email"], EMAIL);
        assert_eq!(claims["email_verified"], true);
        assert_eq!(claims["preferred_username"], EMAIL);
        assert_eq!(claims["groups"], serde_json::json!([]));
        assert_eq!(claims["amr"], serde_json::json!(["pwd", "otp", "mfa"]));
        assert!(claims["auth_time"].is_i64());
        let sub = claims["sub"].as_str().unwrap().to_owned();
        assert!(!sub.contains('@') && sub.len() >= 22, "{sub}");

        // The same subject at the next sign-in.
        let again = p
            .exchange(&p.code("openid", &[]).await, None)
            .await
            .unwrap();
        assert_eq!(p.verified(&again).await["sub"], sub.as_str());
        assert!(
            p.verified(&again).await.get("email").is_none(),
            "email not asked"
        );
    });
}

#[test]
fn a_code_is_used_once_and_a_reused_code_revokes_its_tokens() {
    common::run(async {
        let p = provider(false).await;
        let code = p.code("openid", &[]).await;
        let tokens = p.exchange(&code, None).await.unwrap();
        assert!(p.access_live(&tokens).await);
        assert!(matches!(
            p.exchange(&code, None).await,
            Err(TokenError::InvalidGrant(_))
        ));
        assert!(
            !p.access_live(&tokens).await,
            "the reused code's tokens are revoked"
        );
    });
}

#[test]
fn a_code_expires_after_60_seconds() {
    common::run(async {
        let p = provider(false).await;
        let code = p.code("openid", &[]).await;
        p.app.clock.advance(61);
        assert!(matches!(
            p.exchange(&code, None).await,
            Err(TokenError::InvalidGrant(_))
        ));
    });
}

#[test]
fn a_code_needs_its_client_its_secret_and_its_redirect_address() {
    common::run(async {
        let p = provider(false).await;
        let wrong_secret = ClientAuth {
            secret: Some("not-the-secret".to_owned()),
            ..p.auth.clone()
        };
        let code = p.code("openid", &[]).await;
        let refused = p
            .grants
            .exchange_code(&wrong_secret, &code, Some(REDIRECT), None)
            .await;
        assert!(matches!(refused, Err(TokenError::InvalidClient)));
        let no_secret = ClientAuth {
            secret: None,
            ..p.auth.clone()
        };
        let refused = p
            .grants
            .exchange_code(&no_secret, &code, Some(REDIRECT), None)
            .await;
        assert!(matches!(refused, Err(TokenError::InvalidClient)));

        let code = p.code("openid", &[]).await;
        let elsewhere = p
            .grants
            .exchange_code(&p.auth, &code, Some("https://app.example.com/other"), None)
            .await;
        assert!(matches!(elsewhere, Err(TokenError::InvalidGrant(_))));

        // Another application cannot redeem it.
        let (other, secret) = p
            .core
            .applications()
            .add(
                Registration {
                    name: "Other".to_owned(),
                    redirect_uris: vec![REDIRECT.to_owned()],
                    ..Registration::default()
                },
                "test",
            )
            .await
            .unwrap();
        let code = p.code("openid", &[]).await;
        let other = ClientAuth {
            client_id: other.client_id,
            secret: secret.map(|s| s.0.to_string()),
        };
        let refused = p
            .grants
            .exchange_code(&other, &code, Some(REDIRECT), None)
            .await;
        assert!(matches!(refused, Err(TokenError::InvalidGrant(_))));
    });
}

#[test]
fn a_public_client_proves_its_code_with_the_pkce_verifier() {
    common::run(async {
        let p = provider(true).await;
        assert_eq!(p.auth.secret, None);
        let pkce = [
            ("code_challenge", CHALLENGE),
            ("code_challenge_method", "S256"),
        ];
        for wrong in [None, Some("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj")] {
            let code = p.code("openid", &pkce).await;
            assert!(matches!(
                p.exchange(&code, wrong).await,
                Err(TokenError::InvalidGrant(_))
            ));
        }
        let code = p.code("openid", &pkce).await;
        p.exchange(&code, Some(VERIFIER)).await.unwrap();
    });
}

#[test]
fn a_change_of_the_sign_in_ends_codes_and_tokens() {
    common::run(async {
        let p = provider(false).await;
        let tokens = p
            .exchange(&p.code("openid", &[]).await, None)
            .await
            .unwrap();
        let code = p.code("openid", &[]).await;
        p.app
            .operator()
            .sign_out_everywhere(EMAIL, &By::operator("test"))
            .await
            .unwrap();
        assert!(!p.access_live(&tokens).await);
        assert!(matches!(
            p.exchange(&code, None).await,
            Err(TokenError::InvalidGrant(_))
        ));
    });
}

#[test]
fn refresh_tokens_rotate_and_a_reused_one_revokes_the_grant() {
    common::run(async {
        let p = provider(false).await;
        let first = p
            .exchange(&p.code("openid offline_access", &[]).await, None)
            .await
            .unwrap();
        let refresh = first.refresh_token.clone().unwrap();
        let second = p.grants.refresh(&p.auth, &refresh).await.unwrap();
        let newer = second.refresh_token.clone().unwrap();
        assert_ne!(newer, refresh);
        let claims = p.verified_with(&second, None).await;
        assert_eq!(claims["amr"], serde_json::json!(["pwd", "otp", "mfa"]));
        // The first refresh token again: a copy was stolen; the whole grant ends.
        assert!(matches!(
            p.grants.refresh(&p.auth, &refresh).await,
            Err(TokenError::InvalidGrant(_))
        ));
        assert!(!p.access_live(&second).await);
        assert!(matches!(
            p.grants.refresh(&p.auth, &newer).await,
            Err(TokenError::InvalidGrant(_))
        ));
    });
}

#[test]
fn a_code_issued_by_one_server_is_redeemed_at_another() {
    common::run(async {
        let p = provider(false).await;
        let code = p.code("openid", &[]).await;
        let other = core(&p.app).await.grants(issuer());
        let tokens = other
            .exchange_code(&p.auth, &code, Some(REDIRECT), None)
            .await
            .unwrap();
        p.verified(&tokens).await;
    });
}

#[test]
fn an_application_may_have_its_id_tokens_signed_with_es256_or_eddsa() {
    common::run(async {
        for signing in [SigningAlgorithm::Es256, SigningAlgorithm::EdDsa] {
            let p = provider_signing(false, signing).await;
            let tokens = p
                .exchange(&p.code("openid", &[]).await, None)
                .await
                .unwrap();
            p.verified(&tokens).await;
        }
    });
}
