//! Security keys and passkeys through the services, with a software authenticator that signs
//! real WebAuthn answers: adding a key, proving the second factor, and every answer the server
//! must refuse. (`key_flows.rs` goes through the HTTP layer.)

use domain::{
    UserId,
    error::FactorError,
    keys::{KeyChallenge, KeyError},
    ports::{Keys, TwoFactor},
    proof::Proof,
};
use server::clock::Clock;

use crate::common::{self, KEY_ORIGIN, PASSWORD, TestApp, asker, soft_key::SoftKey};

pub(crate) const EMAIL: &str = "kim@example.com";

/// The browser the tests' requests come from.
pub(crate) fn client() -> domain::Client {
    domain::Client {
        ip: Some("203.0.113.7".to_owned()),
        ..domain::Client::default()
    }
}

/// An app whose signed-up user [`EMAIL`] has added `key` (named "YubiKey 5").
pub(crate) async fn with_key(key: &mut SoftKey) -> (TestApp, UserId) {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    let user = UserId(app.scalar("SELECT id AS v FROM users").await);
    let added = add_key(&app, user, key, " YubiKey 5 ").await.unwrap();
    assert_eq!(added.key.name, "YubiKey 5");
    let codes = added
        .backup_codes
        .expect("the first factor comes with backup codes");
    assert_eq!(codes.codes.len(), 10);
    (app, user)
}

/// Adds `key` to the account of `user`, whose two-factor is off (no factor asked for).
pub(crate) async fn add_key(
    app: &TestApp,
    user: UserId,
    key: &mut SoftKey,
    name: &str,
) -> Result<domain::keys::KeyAdded, FactorError> {
    let no_factor = Proof::Unreadable;
    let KeyChallenge { ceremony, options } = app
        .factors
        .start_add(asker(user), PASSWORD, &no_factor)
        .await?;
    let answer = key.create(&options).await;
    let mailed = app.mailed_code(EMAIL).await;
    app.factors
        .finish_add(asker(user), &ceremony, &answer, name, &mailed)
        .await
        .map(|changed| changed.made)
}

/// A second-factor check with `key`: its challenge and answer.
async fn assert_with(app: &TestApp, user: UserId, key: &mut SoftKey) -> (KeyChallenge, String) {
    let challenge = app.factors.start_key_check(user).await.unwrap();
    let answer = key.get(&challenge.options).await;
    (challenge, answer)
}

/// The answer given to the challenge's ceremony, checked as the services check it (within
/// the account's limit).
async fn finish(
    app: &TestApp,
    user: UserId,
    challenge: &KeyChallenge,
    answer: &str,
) -> Result<domain::factor::Verified, FactorError> {
    let proof = Proof::Key {
        ceremony: challenge.ceremony.clone(),
        response: answer.to_owned(),
    };
    app.factors.verify(user, &proof, &client()).await
}

/// The same, with only the WebAuthn check (which tells why it refused).
async fn check(
    app: &TestApp,
    user: UserId,
    challenge: &KeyChallenge,
    answer: &str,
) -> Result<(), KeyError> {
    app.factors
        .key_checks()
        .check_assertion(user, &challenge.ceremony, answer)
        .await
}

/// Starts adding a key directly (two-factor may be on: no factor asked for).
async fn registration(app: &TestApp, user: UserId) -> KeyChallenge {
    app.factors
        .key_checks()
        .start_registration(user, EMAIL)
        .await
        .unwrap()
}

#[test]
fn a_key_is_added_and_proves_the_second_factor() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let listed = app.factors.keys(user).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].last_used_at, None);
        // The options ask for user verification and, where possible, a discoverable key.
        let options = registration(&app, user).await.options;
        assert!(
            options.contains(r#""userVerification":"required""#),
            "{options}"
        );
        assert!(
            options.contains(r#""residentKey":"preferred""#),
            "{options}"
        );
        assert!(options.contains(r#""excludeCredentials":[{"#), "{options}");

        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        let verified = finish(&app, user, &challenge, &answer).await.unwrap();
        assert_eq!(verified.backup_codes_left, None, "not a backup code");
        let listed = app.factors.keys(user).await.unwrap();
        assert_eq!(listed[0].last_used_at, Some(app.clock.now()));

        app.factors
            .rename(user, listed[0].id, "Blue key")
            .await
            .unwrap();
        assert_eq!(app.factors.keys(user).await.unwrap()[0].name, "Blue key");
        assert_eq!(
            app.factors.rename(user, listed[0].id, " ").await,
            Err(FactorError::KeyNameInvalid)
        );
        assert_eq!(
            app.factors
                .rename(user, listed[0].id, &"x".repeat(65))
                .await,
            Err(FactorError::KeyNameInvalid)
        );
        assert_eq!(
            app.factors
                .rename(UserId(user.0 + 1), listed[0].id, "Mine")
                .await,
            Err(FactorError::NoSuchKey),
            "another account's key"
        );
    });
}

#[test]
fn a_replayed_answer_is_refused() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        finish(&app, user, &challenge, &answer).await.unwrap();
        // The same answer again: its ceremony is used up.
        assert_eq!(
            check(&app, user, &challenge, &answer).await,
            Err(KeyError::Expired)
        );
        // The same answer to a new ceremony: signed over another challenge.
        let fresh = app.factors.start_key_check(user).await.unwrap();
        assert_eq!(
            check(&app, user, &fresh, &answer).await,
            Err(KeyError::Refused)
        );
        let fresh = app.factors.start_key_check(user).await.unwrap();
        assert_eq!(
            finish(&app, user, &fresh, &answer).await,
            Err(FactorError::KeyRefused)
        );
        assert_eq!(app.event_kinds().await[0], "key-refused");
    });
}

#[test]
fn answers_from_another_origin_are_refused() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        // A page on a sub-domain (which the authenticator would serve: same relying-party id).
        let mut elsewhere = key.clone_key();
        elsewhere.origin = url::Url::parse("https://evil.twofold.example").unwrap();
        let (challenge, answer) = assert_with(&app, user, &mut elsewhere).await;
        assert_eq!(
            check(&app, user, &challenge, &answer).await,
            Err(KeyError::Refused)
        );
        let mut new_key = SoftKey::new("https://evil.twofold.example");
        let KeyChallenge { ceremony, options } = registration(&app, user).await;
        let answer = new_key.create(&options).await;
        assert_eq!(
            app.factors
                .finish_add(asker(user), &ceremony, &answer, "Evil", "")
                .await,
            Err(FactorError::KeyRefused)
        );
        assert_eq!(app.factors.keys(user).await.unwrap().len(), 1);
    });
}

#[test]
fn a_removed_key_no_longer_proves_anything() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let mut second = SoftKey::new(KEY_ORIGIN);
        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        // A second key, added with the first as the factor, removes the first.
        let proof_challenge = app.factors.start_key_check(user).await.unwrap();
        let proof = Proof::Key {
            response: key.get(&proof_challenge.options).await,
            ceremony: proof_challenge.ceremony,
        };
        let KeyChallenge { ceremony, options } = app
            .factors
            .start_add(asker(user), PASSWORD, &proof)
            .await
            .unwrap();
        let created = second.create(&options).await;
        let added = app
            .factors
            .finish_add(asker(user), &ceremony, &created, "Spare", "")
            .await
            .unwrap()
            .made;
        assert_eq!(added.backup_codes, None, "not the first factor");
        let id = app.factors.keys(user).await.unwrap()[0].id;
        let (spare_check, spare_answer) = assert_with(&app, user, &mut second).await;
        let by_spare = Proof::Key {
            ceremony: spare_check.ceremony,
            response: spare_answer,
        };
        assert!(
            app.factors
                .remove(asker(user), PASSWORD, id, &by_spare)
                .await
                .unwrap()
                .made
        );
        assert_eq!(
            check(&app, user, &challenge, &answer).await,
            Err(KeyError::Refused)
        );
        assert_eq!(
            app.factors
                .remove(asker(user), PASSWORD, id, &Proof::Unreadable)
                .await,
            Err(FactorError::NoSuchKey)
        );
        assert_eq!(app.factors.keys(user).await.unwrap().len(), 1);
    });
}

#[test]
fn a_cloned_key_is_refused_once_its_counter_falls_behind() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let mut clone = key.clone_key();
        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        finish(&app, user, &challenge, &answer).await.unwrap();
        // The copy's counter is where the original's was: not above the stored one.
        let (challenge, answer) = assert_with(&app, user, &mut clone).await;
        assert_eq!(
            check(&app, user, &challenge, &answer).await,
            Err(KeyError::Refused)
        );
    });
}

#[test]
fn a_ceremony_expires_after_five_minutes() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        app.clock.advance(5 * 60 + 1);
        assert_eq!(
            check(&app, user, &challenge, &answer).await,
            Err(KeyError::Expired)
        );
        // Registrations too.
        let KeyChallenge { ceremony, options } = registration(&app, user).await;
        let answer = SoftKey::new(KEY_ORIGIN).create(&options).await;
        app.clock.advance(5 * 60 + 1);
        assert_eq!(
            app.factors
                .finish_add(asker(user), &ceremony, &answer, "Late", "")
                .await,
            Err(FactorError::KeyRefused)
        );
        // And a ceremony is another account's business only.
        let challenge = app.factors.start_key_check(user).await.unwrap();
        assert_eq!(
            app.factors
                .key_checks()
                .check_assertion(UserId(user.0 + 1), &challenge.ceremony, "{}")
                .await,
            Err(KeyError::Expired)
        );
    });
}

#[test]
fn two_servers_share_one_ceremony() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        let other = app.restarted().await;
        finish(&other, user, &challenge, &answer).await.unwrap();
        assert_eq!(
            check(&app, user, &challenge, &answer).await,
            Err(KeyError::Expired),
            "used once, on whichever server"
        );
    });
}

#[test]
fn refused_answers_count_towards_the_second_factor_limit() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let (_, answer) = assert_with(&app, user, &mut key).await;
        for attempt in 1..=10 {
            // A stale answer to each new ceremony.
            let challenge = app.factors.start_key_check(user).await.unwrap();
            let refused = finish(&app, user, &challenge, &answer).await;
            let expected = if attempt == 10 {
                Err(FactorError::TooMany(domain::error::TooManyAttempts {
                    seconds: 900,
                }))
            } else {
                Err(FactorError::KeyRefused)
            };
            assert_eq!(refused, expected, "attempt {attempt}");
        }
    });
}

#[test]
fn the_origin_must_be_the_relying_party_or_below_it() {
    let url = |u: &str| url::Url::parse(u).unwrap();
    let relying_party = server::services::keys::relying_party;
    assert!(relying_party(&url("https://auth.example.com"), None, "Twofold").is_ok());
    assert!(
        relying_party(
            &url("https://auth.example.com"),
            Some("example.com"),
            "Twofold"
        )
        .is_ok()
    );
    let refused = relying_party(
        &url("https://auth.example.com"),
        Some("other.org"),
        "Twofold",
    );
    assert!(refused.is_err_and(|e| e.contains("does not fit")));
}
