//! An OpenID Connect provider for the tests: a signed-up account, an application, and the
//! relying party's checks of what the provider gives.

use std::sync::Arc;

use domain::application::{AppRequirement, Application, SigningAlgorithm};
use openidconnect::{
    AccessToken, ClientId, IssuerUrl, Nonce,
    core::{CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm},
};
use server::{
    Core,
    clock::Clock,
    services::{
        applications::Registration,
        oidc::{
            authorize,
            claims::GroupsClaim,
            grants::{ClientAuth, Grants, SignIn, TokenError, Tokens},
        },
    },
    storage::oidc::{ACCESS, live_token},
};

use super::TestApp;

pub const ISSUER: &str = "https://auth.example.com";
pub const REDIRECT: &str = "https://app.example.com/cb";
/// Where the application has the browser go after signing out.
pub const SIGNED_OUT: &str = "https://app.example.com/bye";
pub const EMAIL: &str = "ada@example.com";
/// RFC 7636 appendix B.
pub const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
pub const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

pub type IdToken = openidconnect::IdToken<
    GroupsClaim,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

pub struct Provider {
    pub app: TestApp,
    pub core: Core,
    pub grants: Grants,
    pub client: Application,
    pub auth: ClientAuth,
    pub user: i64,
}

pub async fn core(app: &TestApp) -> Core {
    server::assemble(&app.config, Arc::new(app.clock.clone()))
        .await
        .unwrap()
}

pub fn issuer() -> IssuerUrl {
    IssuerUrl::new(ISSUER.to_owned()).unwrap()
}

/// A signed-up account and an application (`public` or confidential).
pub async fn provider(public: bool) -> Provider {
    provider_signing(public, SigningAlgorithm::Rs256).await
}

/// The same, the application's ID tokens signed with `signing`.
pub async fn provider_signing(public: bool, signing: SigningAlgorithm) -> Provider {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    let user: i64 = app
        .scalar(&format!(
            "SELECT id AS v FROM users WHERE email = '{EMAIL}'"
        ))
        .await;
    let core = core(&app).await;
    let (client, secret) = core
        .applications()
        .add(
            Registration {
                name: "App".to_owned(),
                redirect_uris: vec![REDIRECT.to_owned()],
                post_logout_uris: vec![SIGNED_OUT.to_owned()],
                public,
                require: AppRequirement::SignedIn,
                signing,
                ..Registration::default()
            },
            "test",
        )
        .await
        .unwrap();
    let auth = ClientAuth {
        client_id: client.client_id.clone(),
        secret: secret.map(|s| s.0.to_string()),
    };
    Provider {
        grants: core.grants(issuer()),
        app,
        core,
        client,
        auth,
        user,
    }
}

impl Provider {
    pub async fn epoch(&self) -> i64 {
        self.app
            .scalar(&format!(
                "SELECT credential_epoch AS v FROM users WHERE id = {}",
                self.user
            ))
            .await
    }

    /// A code for a request with `scope` and `extra` parameters, after a sign-in with a
    /// password and an authenticator code.
    pub async fn code(&self, scope: &str, extra: &[(&str, &str)]) -> String {
        let mut params = vec![
            ("client_id", self.client.client_id.as_str()),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", scope),
            ("nonce", "n-1"),
        ];
        params.extend_from_slice(extra);
        let params: Vec<(String, String)> = params
            .into_iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        let request = authorize::read(&params, Some(self.client.clone())).unwrap();
        let sign_in = SignIn {
            user: self.user,
            epoch: self.epoch().await,
            auth_time: self.app.clock.now() - 5,
            amr: vec!["pwd", "otp", "mfa"],
            acr: None,
        };
        self.grants.issue_code(&request, &sign_in).await.unwrap()
    }

    pub async fn exchange(&self, code: &str, verifier: Option<&str>) -> Result<Tokens, TokenError> {
        self.grants
            .exchange_code(&self.auth, code, Some(REDIRECT), verifier)
            .await
    }

    pub async fn access_live(&self, tokens: &Tokens) -> bool {
        let hash = server::services::oidc::grants::token_hash(&tokens.access_token);
        live_token(&self.app.pool, &hash, ACCESS, self.app.clock.now())
            .await
            .unwrap()
            .is_some()
    }

    /// The ID token's claims, verified as a relying party does (signature, issuer, audience,
    /// expiry, nonce) and its `at_hash` against the access token.
    pub async fn verified(&self, tokens: &Tokens) -> serde_json::Value {
        self.verified_with(tokens, Some("n-1")).await
    }

    /// The same, for an ID token with `nonce`.
    pub async fn verified_with(&self, tokens: &Tokens, nonce: Option<&str>) -> serde_json::Value {
        let jwks = self.core.signing_keys().jwks().await.unwrap();
        let now = self.app.clock.now();
        let verifier = openidconnect::IdTokenVerifier::new_confidential_client(
            ClientId::new(self.client.client_id.clone()),
            openidconnect::ClientSecret::new("unused".to_owned()),
            issuer(),
            jwks,
        )
        .set_allowed_algs(SigningAlgorithm::ALL.map(|a| {
            serde_json::from_value(serde_json::Value::String(a.as_str().to_owned())).unwrap()
        }))
        .set_time_fn(move || chrono::DateTime::from_timestamp(now, 0).unwrap());
        let token: IdToken = tokens.id_token.parse().unwrap();
        let alg = serde_json::to_value(token.signing_alg().unwrap()).unwrap();
        assert_eq!(
            alg,
            self.client.signing.as_str(),
            "signed as the application asks"
        );
        // A refreshed ID token carries no nonce (OpenID Connect Core §12.2).
        let claims = token
            .claims(&verifier, |got: Option<&Nonce>| {
                (got.map(|n| n.secret().as_str()) == nonce)
                    .then_some(())
                    .ok_or_else(|| "nonce".to_owned())
            })
            .unwrap();
        let expected = openidconnect::AccessTokenHash::from_token(
            &AccessToken::new(tokens.access_token.clone()),
            token.signing_alg().unwrap(),
            token.signing_key(&verifier).unwrap(),
        )
        .unwrap();
        assert_eq!(claims.access_token_hash(), Some(&expected));
        serde_json::to_value(claims).unwrap()
    }
}
