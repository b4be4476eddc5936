//! The provider's plain endpoints through HTTP: the token endpoint (client authentication by
//! header or form, the errors of RFC 6749 §5.2, no caching), userinfo (the token in the header
//! or the form, RFC 6750 errors), revocation (RFC 7009) and the signing keys. The codes come
//! from the service (the authorize endpoint comes next).

use base64::{Engine, engine::general_purpose::STANDARD};
use serde_json::Value;

use crate::{
    common::Reply,
    common::oidc::{Provider, provider},
};

const FORM: &str = "application/x-www-form-urlencoded";
const REDIRECT: &str = "https://app.example.com/cb";

fn encode(pairs: &[(&str, &str)]) -> Vec<u8> {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
        .into_bytes()
}

fn basic(p: &Provider) -> String {
    let secret = p.auth.secret.clone().unwrap();
    format!(
        "Basic {}",
        STANDARD.encode(format!("{}:{secret}", p.client.client_id))
    )
}

async fn post(p: &mut Provider, path: &str, pairs: &[(&str, &str)], auth: Option<&str>) -> Reply {
    let mut request = p
        .app
        .request_builder("POST", path)
        .header("content-type", FORM);
    if let Some(auth) = auth {
        request = request.header("authorization", auth);
    }
    let request = request.body(axum::body::Body::from(encode(pairs))).unwrap();
    p.app.send(request).await
}

/// Redeems `code` at the token endpoint, the client's credentials in the header.
pub(crate) async fn redeem(p: &mut Provider, code: &str) -> Reply {
    let auth = basic(p);
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", REDIRECT),
    ];
    post(p, "/oauth2/token", &form, Some(&auth)).await
}

/// Exchanges a new code for `scope` with the header's credentials.
async fn tokens(p: &mut Provider, scope: &str) -> Value {
    let code = p.code(scope, &[]).await;
    let reply = redeem(p, &code).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.headers["cache-control"], "no-store");
    serde_json::from_str(&reply.body).unwrap()
}

/// The status of `GET /oauth2/userinfo` with the access token `access`.
pub(crate) async fn userinfo_status(p: &mut Provider, access: &str) -> u16 {
    let bearer = format!("Bearer {access}");
    let got = p
        .app
        .get_with_headers("/oauth2/userinfo", &[("authorization", &bearer)])
        .await;
    got.status.as_u16()
}

pub(crate) fn error_of(reply: &Reply) -> String {
    let body: Value = serde_json::from_str(&reply.body).unwrap();
    body["error"].as_str().unwrap().to_owned()
}

#[test]
fn the_token_endpoint_exchanges_a_code_once() {
    crate::common::run(async {
        let mut p = provider(false).await;
        let code = p.code("openid", &[]).await;
        let reply = redeem(&mut p, &code).await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        let body: Value = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(body["token_type"], "Bearer");
        assert_eq!(body["scope"], "openid");
        assert!(body["id_token"].as_str().unwrap().split('.').count() == 3);
        assert!(body.get("refresh_token").is_none());
        let again = redeem(&mut p, &code).await;
        assert_eq!(
            (again.status.as_u16(), error_of(&again).as_str()),
            (400, "invalid_grant")
        );
    });
}

#[test]
fn a_client_authenticates_by_header_or_form_but_not_both() {
    crate::common::run(async {
        let mut p = provider(false).await;
        let secret = p.auth.secret.clone().unwrap();
        let client_id = p.client.client_id.clone();
        let code = p.code("openid", &[]).await;
        let by_form = [
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
            ("client_id", client_id.as_str()),
            ("client_secret", secret.as_str()),
        ];
        let auth = basic(&p);
        let both = post(&mut p, "/oauth2/token", &by_form, Some(&auth)).await;
        assert_eq!(error_of(&both), "invalid_request");
        let other_id = [
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("client_id", "someone-else"),
        ];
        let differs = post(&mut p, "/oauth2/token", &other_id, Some(&auth)).await;
        assert_eq!(error_of(&differs), "invalid_request");
        let reply = post(&mut p, "/oauth2/token", &by_form, None).await;
        assert_eq!(reply.status, 200, "{}", reply.body);

        let wrong = format!("Basic {}", STANDARD.encode(format!("{client_id}:nope")));
        let code = p.code("openid", &[]).await;
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
        ];
        let refused = post(&mut p, "/oauth2/token", &form, Some(&wrong)).await;
        assert_eq!(
            (refused.status.as_u16(), error_of(&refused).as_str()),
            (401, "invalid_client")
        );
        assert!(refused.headers.contains_key("www-authenticate"));
    });
}

#[test]
fn the_token_endpoint_refuses_what_it_does_not_support() {
    crate::common::run(async {
        let mut p = provider(false).await;
        let auth = basic(&p);
        for (form, error) in [
            (&[("grant_type", "password")][..], "unsupported_grant_type"),
            (
                &[("grant_type", "client_credentials")],
                "unsupported_grant_type",
            ),
            (&[("code", "x")], "invalid_request"),
            (&[("grant_type", "authorization_code")], "invalid_request"),
            (
                &[
                    ("grant_type", "authorization_code"),
                    ("grant_type", "authorization_code"),
                    ("code", "x"),
                ],
                "invalid_request",
            ),
        ] {
            let reply = post(&mut p, "/oauth2/token", form, Some(&auth)).await;
            assert_eq!(
                (reply.status.as_u16(), error_of(&reply).as_str()),
                (400, error),
                "{form:?}"
            );
        }
    });
}

#[test]
fn userinfo_takes_the_token_in_the_header_or_the_form() {
    crate::common::run(async {
        let mut p = provider(false).await;
        let tokens = tokens(&mut p, "openid email").await;
        let access = tokens["access_token"].as_str().unwrap().to_owned();
        let bearer = format!("Bearer {access}");
        let got = p
            .app
            .get_with_headers("/oauth2/userinfo", &[("authorization", &bearer)])
            .await;
        assert_eq!(got.status, 200, "{}", got.body);
        let claims: Value = serde_json::from_str(&got.body).unwrap();
        assert_eq!(claims["email"], "ada@example.com");
        assert!(claims["sub"].is_string());
        let posted = post(&mut p, "/oauth2/userinfo", &[], Some(&bearer)).await;
        assert_eq!(posted.status, 200);
        let in_form = post(
            &mut p,
            "/oauth2/userinfo",
            &[("access_token", &access)],
            None,
        )
        .await;
        assert_eq!(in_form.status, 200);
        assert_eq!(
            serde_json::from_str::<Value>(&in_form.body).unwrap(),
            claims
        );

        let both = post(
            &mut p,
            "/oauth2/userinfo",
            &[("access_token", &access)],
            Some(&bearer),
        )
        .await;
        assert_eq!(both.status, 400);
        let none = p.app.get("/oauth2/userinfo").await;
        assert_eq!(none.status, 401);
        let wrong = p
            .app
            .get_with_headers(
                "/oauth2/userinfo",
                &[("authorization", "Bearer not-a-token")],
            )
            .await;
        assert_eq!(wrong.status, 401);
        assert!(
            wrong.headers["www-authenticate"]
                .to_str()
                .unwrap()
                .contains("invalid_token")
        );
    });
}

#[test]
fn revocation_ends_an_access_token_or_a_refresh_tokens_whole_grant() {
    crate::common::run(async {
        let mut p = provider(false).await;
        let auth = basic(&p);
        let first = tokens(&mut p, "openid").await;
        let access = first["access_token"].as_str().unwrap().to_owned();
        let reply = post(&mut p, "/oauth2/revoke", &[("token", &access)], Some(&auth)).await;
        assert_eq!(reply.status, 200);
        assert_eq!(userinfo_status(&mut p, &access).await, 401);

        let offline = tokens(&mut p, "openid offline_access").await;
        let refresh = offline["refresh_token"].as_str().unwrap().to_owned();
        let access = offline["access_token"].as_str().unwrap().to_owned();
        let reply = post(
            &mut p,
            "/oauth2/revoke",
            &[("token", &refresh), ("token_type_hint", "refresh_token")],
            Some(&auth),
        )
        .await;
        assert_eq!(reply.status, 200);
        let status = userinfo_status(&mut p, &access).await;
        assert_eq!(status, 401, "the grant's access token ended with it");
        let refreshed = post(
            &mut p,
            "/oauth2/token",
            &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
            Some(&auth),
        )
        .await;
        assert_eq!(error_of(&refreshed), "invalid_grant");

        let unknown = post(
            &mut p,
            "/oauth2/revoke",
            &[("token", "unknown")],
            Some(&auth),
        )
        .await;
        assert_eq!(unknown.status, 200);
    });
}

#[test]
fn the_signing_keys_are_published() {
    crate::common::run(async {
        let mut p = provider(false).await;
        let tokens = tokens(&mut p, "openid").await;
        let header = tokens["id_token"]
            .as_str()
            .unwrap()
            .split('.')
            .next()
            .unwrap()
            .to_owned();
        let header: Value = serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(header)
                .unwrap(),
        )
        .unwrap();
        let reply = p.app.get("/oauth2/jwks").await;
        assert_eq!(reply.status, 200);
        let jwks: Value = serde_json::from_str(&reply.body).unwrap();
        let kids: Vec<&Value> = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| &k["kid"])
            .collect();
        assert!(kids.contains(&&header["kid"]), "{jwks}");
        assert!(jwks.to_string().contains("\"n\""), "an RSA public key");
        assert!(!jwks.to_string().contains("\"d\""), "no private part");
    });
}

#[test]
fn a_public_client_in_another_sites_page_may_call_the_endpoints() {
    crate::common::run(async {
        let mut p = provider(true).await;
        let code = p
            .code(
                "openid",
                &[
                    ("code_challenge", crate::common::oidc::CHALLENGE),
                    ("code_challenge_method", "S256"),
                ],
            )
            .await;
        let id = p.client.client_id.clone();
        let form = encode(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("client_id", &id),
            ("code_verifier", crate::common::oidc::VERIFIER),
        ]);
        let request = p
            .app
            .request_builder("POST", "/oauth2/token")
            .header("content-type", FORM)
            .header("origin", "https://spa.example.com")
            .header("sec-fetch-site", "cross-site")
            .body(axum::body::Body::from(form))
            .unwrap();
        let reply = p.app.send(request).await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        assert_eq!(reply.headers["access-control-allow-origin"], "*");
        assert!(
            reply
                .headers
                .get("access-control-allow-credentials")
                .is_none()
        );

        // The browser asks first before sending the token in a header.
        let preflight = p
            .app
            .request_builder("OPTIONS", "/oauth2/userinfo")
            .header("origin", "https://spa.example.com")
            .header("access-control-request-method", "GET")
            .header("access-control-request-headers", "authorization")
            .body(axum::body::Body::empty())
            .unwrap();
        let reply = p.app.send(preflight).await;
        assert_eq!(reply.status, 200);
        let allowed = reply.headers["access-control-allow-headers"]
            .to_str()
            .unwrap();
        assert!(allowed.contains("authorization"), "{allowed}");
    });
}
