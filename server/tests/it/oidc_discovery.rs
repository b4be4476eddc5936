//! The provider's metadata at both well-known addresses: what is implemented and no more.

use serde_json::Value;

use crate::common::{KEY_ORIGIN, oidc::provider, run};

#[test]
fn discovery_advertises_what_is_implemented_and_no_more() {
    run(async {
        let mut p = provider(false).await;
        let reply = p.app.get("/.well-known/openid-configuration").await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.headers["content-type"], "application/json");
        let document: Value = reply.json();
        let same: Value = p
            .app
            .get("/.well-known/oauth-authorization-server")
            .await
            .json();
        assert_eq!(
            document, same,
            "RFC 8414's address serves the same document"
        );
        assert_eq!(document["issuer"], KEY_ORIGIN);
        for (field, path) in [
            ("authorization_endpoint", "/oauth2/authorize"),
            ("token_endpoint", "/oauth2/token"),
            ("userinfo_endpoint", "/oauth2/userinfo"),
            ("jwks_uri", "/oauth2/jwks"),
            ("revocation_endpoint", "/oauth2/revoke"),
            ("end_session_endpoint", "/oauth2/logout"),
        ] {
            assert_eq!(document[field], format!("{KEY_ORIGIN}{path}"), "{field}");
        }
        let list = |field: &str| -> Vec<String> {
            serde_json::from_value(document[field].clone()).unwrap_or_default()
        };
        assert_eq!(list("response_types_supported"), ["code"]);
        assert_eq!(list("response_modes_supported"), ["query"]);
        assert_eq!(
            list("grant_types_supported"),
            ["authorization_code", "refresh_token"]
        );
        assert_eq!(list("code_challenge_methods_supported"), ["S256"]);
        // A key in the sign-in, asked for by `acr_values` (and named in `acr`).
        assert_eq!(
            list("acr_values_supported"),
            [
                "phr",
                "http://schemas.openid.net/pape/policies/2007/06/phishing-resistant"
            ]
        );
        assert_eq!(
            list("id_token_signing_alg_values_supported"),
            ["RS256", "ES256", "EdDSA"]
        );
        assert_eq!(
            list("token_endpoint_auth_methods_supported"),
            ["client_secret_basic", "client_secret_post", "none"]
        );
        // The specifications' defaults would promise these: said false.
        for field in [
            "request_parameter_supported",
            "request_uri_parameter_supported",
            "claims_parameter_supported",
        ] {
            assert_eq!(document[field], false, "{field}");
        }
        assert_eq!(
            document["authorization_response_iss_parameter_supported"],
            true
        );
        for absent in ["registration_endpoint", "check_session_iframe"] {
            assert!(document.get(absent).is_none(), "{absent} is not served");
        }
        // Every endpoint it names answers.
        let jwks = p.app.get("/oauth2/jwks").await;
        assert_eq!(jwks.status, 200);
    });
}
