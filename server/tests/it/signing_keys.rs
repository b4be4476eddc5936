//! The keys that sign ID tokens: made on first use for each algorithm, stored sealed and shared
//! by every server, published as a JSON Web Key Set, and replaced by `server admin
//! rotate-signing-key` while the replaced key stays published as long as its tokens live. The
//! tokens are checked with the `openidconnect` crate's relying-party verifier.

use std::sync::Arc;

use domain::application::SigningAlgorithm;
use openidconnect::{
    Audience, ClientId, EmptyAdditionalClaims, IssuerUrl, Nonce, StandardClaims, SubjectIdentifier,
    core::{CoreIdToken, CoreIdTokenClaims, CoreIdTokenVerifier, CoreJsonWebKeySet},
};
use server::{
    clock::{Clock, ManualClock},
    services::oidc::signing::{CURRENT_KEY_SECS, ID_TOKEN_SECS, SigningKeys},
};

use crate::{
    cli::{server, succeeds},
    common,
};

const ISSUER: &str = "https://auth.example.com";

/// A test configuration (its folder, which must outlive it) and a clock.
async fn setup() -> (tempfile::TempDir, server::config::Config, ManualClock) {
    let dir = tempfile::TempDir::new().unwrap();
    let config = common::test_config(&dir).await;
    (dir, config, ManualClock::new())
}

async fn keys(config: &server::config::Config, clock: &ManualClock) -> SigningKeys {
    let core = server::assemble(config, Arc::new(clock.clone()))
        .await
        .unwrap();
    core.signing_keys()
}

/// An ID token for `sub` signed with the current key of `algorithm`.
async fn signed(keys: &SigningKeys, algorithm: SigningAlgorithm, now: i64) -> CoreIdToken {
    let key = keys.current(algorithm).await.unwrap();
    let time = |t: i64| chrono::DateTime::from_timestamp(t, 0).unwrap();
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(ISSUER.to_owned()).unwrap(),
        vec![Audience::new("app".to_owned())],
        time(now + ID_TOKEN_SECS),
        time(now),
        StandardClaims::new(SubjectIdentifier::new("subject-1".to_owned())),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new("n-1".to_owned())));
    CoreIdToken::new(claims, &*key, key.algorithm(), None, None).unwrap()
}

/// Whether `token` verifies against `jwks` (the relying party's checks: signature, issuer,
/// audience, expiry at `now`, nonce).
fn verifies(token: &CoreIdToken, jwks: CoreJsonWebKeySet, now: i64) -> Result<(), String> {
    let verifier = CoreIdTokenVerifier::new_public_client(
        ClientId::new("app".to_owned()),
        IssuerUrl::new(ISSUER.to_owned()).unwrap(),
        jwks,
    )
    .set_allowed_algs(SigningAlgorithm::ALL.map(|a| serde_plain_alg(a.as_str())))
    .set_time_fn(move || chrono::DateTime::from_timestamp(now, 0).unwrap());
    token
        .claims(&verifier, &Nonce::new("n-1".to_owned()))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn serde_plain_alg(name: &str) -> openidconnect::core::CoreJwsSigningAlgorithm {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).unwrap()
}

#[test]
fn each_algorithm_gets_a_sealed_key_whose_tokens_verify_against_the_published_keys() {
    common::run(async {
        let (_dir, config, clock) = setup().await;
        let keys = keys(&config, &clock).await;
        let now = clock.now();
        for algorithm in SigningAlgorithm::ALL {
            let token = signed(&keys, algorithm, now).await;
            verifies(&token, keys.jwks().await.unwrap(), now).unwrap();
            let header: serde_json::Value = serde_json::from_slice(
                &base64::Engine::decode(
                    &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                    token.to_string().split('.').next().unwrap(),
                )
                .unwrap(),
            )
            .unwrap();
            assert_eq!(header["alg"], algorithm.as_str());
            assert!(header["kid"].is_string(), "{header}");
        }
        assert_eq!(keys.jwks().await.unwrap().keys().len(), 3);
        // A token whose signature is changed does not verify.
        let mut token = signed(&keys, SigningAlgorithm::Rs256, now)
            .await
            .to_string();
        let at = token.len() - 10;
        let flipped = if &token[at..=at] == "A" { "B" } else { "A" };
        token.replace_range(at..=at, flipped);
        let tampered: CoreIdToken = token.parse().unwrap();
        assert!(verifies(&tampered, keys.jwks().await.unwrap(), now).is_err());

        let pool = server::storage::open(&config.database_url).await.unwrap();
        let sealed: Vec<Vec<u8>> = sqlx::query_scalar("SELECT sealed_key FROM signing_keys")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert_eq!(sealed.len(), 3);
        for sealed in sealed {
            let text = String::from_utf8_lossy(&sealed);
            assert!(!text.contains("PRIVATE KEY"), "stored in the clear");
        }
    });
}

#[test]
fn two_servers_sign_with_the_same_key() {
    common::run(async {
        let (_dir, config, clock) = setup().await;
        let (one, two) = (keys(&config, &clock).await, keys(&config, &clock).await);
        let (a, b) = tokio::join!(
            one.current(SigningAlgorithm::Es256),
            two.current(SigningAlgorithm::Es256)
        );
        let kid = |key: &server::services::oidc::signing::SigningKey| {
            use openidconnect::{JsonWebKey, PrivateSigningKey};
            key.as_verification_key().key_id().cloned()
        };
        assert_eq!(kid(&a.unwrap()), kid(&b.unwrap()));
        let now = clock.now();
        let token = signed(&one, SigningAlgorithm::Es256, now).await;
        verifies(&token, two.jwks().await.unwrap(), now).unwrap();
    });
}

/// The key id in `token`'s header.
fn kid(token: &CoreIdToken) -> String {
    let header = token.to_string();
    let header = header.split('.').next().unwrap();
    let header: serde_json::Value = serde_json::from_slice(
        &base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, header).unwrap(),
    )
    .unwrap();
    header["kid"].as_str().unwrap().to_owned()
}

#[test]
fn a_key_rotated_on_another_server_signs_here_within_half_a_minute() {
    common::run(async {
        let (_dir, config, clock) = setup().await;
        let (here, there) = (keys(&config, &clock).await, keys(&config, &clock).await);
        let before = kid(&signed(&here, SigningAlgorithm::Rs256, clock.now()).await);
        there.rotate(SigningAlgorithm::Rs256).await.unwrap();
        let rotated = kid(&signed(&there, SigningAlgorithm::Rs256, clock.now()).await);
        assert_ne!(
            rotated, before,
            "the rotating server signs with the new key at once"
        );
        // Here, the key read is current for CURRENT_KEY_SECS (and still published), then
        // the new one is read.
        clock.advance(CURRENT_KEY_SECS - 1);
        assert_eq!(
            kid(&signed(&here, SigningAlgorithm::Rs256, clock.now()).await),
            before
        );
        clock.advance(1);
        assert_eq!(
            kid(&signed(&here, SigningAlgorithm::Rs256, clock.now()).await),
            rotated
        );
    });
}

#[test]
fn a_replaced_key_stays_published_while_its_tokens_live() {
    common::run(async {
        let (_dir, config, clock) = setup().await;
        let keys = keys(&config, &clock).await;
        let now = clock.now();
        let old = signed(&keys, SigningAlgorithm::Rs256, now).await;

        keys.rotate(SigningAlgorithm::Rs256).await.unwrap();
        let new = signed(&keys, SigningAlgorithm::Rs256, now).await;
        // Both RS256 keys, and the other algorithms' current keys (made by the first read of
        // the published keys).
        assert_eq!(keys.jwks().await.unwrap().keys().len(), 4);
        verifies(&old, keys.jwks().await.unwrap(), now).unwrap();
        verifies(&new, keys.jwks().await.unwrap(), now).unwrap();

        // When every token of the old key has expired, it is no longer published (nor kept).
        clock.advance(ID_TOKEN_SECS + 60);
        assert_eq!(keys.jwks().await.unwrap().keys().len(), 3);
        let pool = server::storage::open(&config.database_url).await.unwrap();
        let pruned = server::maintenance::prune(
            &pool,
            &server::storage::sessions::DbSessionStore::new(pool.clone()),
            clock.now(),
            0,
        )
        .await;
        assert_eq!(pruned.signing_keys, 1);
        let later = clock.now();
        let newer = signed(&keys, SigningAlgorithm::Rs256, later).await;
        verifies(&newer, keys.jwks().await.unwrap(), later).unwrap();
        assert!(verifies(&old, keys.jwks().await.unwrap(), now).is_err());
    });
}

#[test]
fn the_command_line_replaces_a_key() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        for (args, said) in [
            (
                &["admin", "rotate-signing-key"][..],
                "new RS256 signing key",
            ),
            (
                &["admin", "rotate-signing-key", "EdDSA"],
                "new EdDSA signing key",
            ),
        ] {
            let out = succeeds(&server(args, &url, &dir));
            assert!(out.contains(said), "{out}");
        }
        let bad = server(&["admin", "rotate-signing-key", "none"], &url, &dir);
        assert_eq!(bad.status.code(), Some(2));
        let pool = server::storage::open(&url).await.unwrap();
        let current: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NULL")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(current, 2);
    });
}

#[test]
fn signing_keys_are_sealed_again_under_a_new_secrets_key() {
    common::run(async {
        let (_dir, mut config, clock) = setup().await;
        let old = keys(&config, &clock).await;
        let now = clock.now();
        let token = signed(&old, SigningAlgorithm::EdDsa, now).await;

        // A second key is added and becomes the current one (the highest id).
        config
            .totp_keys
            .push((2, server::config::SecretKey([9; 32])));
        let both = keys(&config, &clock).await;
        assert_eq!(both.reseal().await.unwrap(), 1);
        assert_eq!(both.reseal().await.unwrap(), 0);

        // The old key can go: the signing key opens with the new one alone.
        config.totp_keys.retain(|(id, _)| *id == 2);
        let new = keys(&config, &clock).await;
        let again = signed(&new, SigningAlgorithm::EdDsa, now).await;
        verifies(&token, new.jwks().await.unwrap(), now).unwrap();
        verifies(&again, new.jwks().await.unwrap(), now).unwrap();
        // The EdDSA key, and the others' made by the first read of the published keys.
        assert_eq!(new.jwks().await.unwrap().keys().len(), 3);
    });
}
