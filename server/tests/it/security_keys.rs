//! Security keys and passkeys through the key service, with a software authenticator that
//! signs real WebAuthn answers: adding a key, proving the second factor, and every answer the
//! server must refuse.

use domain::{
    UserId,
    factor::FactorKind,
    keys::{KeyChallenge, KeyError},
};
use server::clock::Clock;

use crate::common::{self, KEY_ORIGIN, TestApp, soft_key::SoftKey};

const EMAIL: &str = "kim@example.com";

/// The browser the tests' requests come from.
fn client() -> domain::Client {
    domain::Client {
        ip: Some("203.0.113.7".to_owned()),
        ..domain::Client::default()
    }
}

/// An app whose signed-up user [`EMAIL`] has added `key` (named "YubiKey 5").
async fn with_key(key: &mut SoftKey) -> (TestApp, UserId) {
    let mut app = TestApp::new().await;
    app.sign_up(EMAIL).await;
    let user = UserId(app.scalar("SELECT id AS v FROM users").await);
    let keys = &app.keys;
    let KeyChallenge { ceremony, options } = keys.start_registration(user, EMAIL).await.unwrap();
    let answer = key.create(&options).await;
    let added = keys
        .finish_registration(user, &ceremony, &answer, " YubiKey 5 ", &client())
        .await
        .unwrap();
    assert_eq!(added.name, "YubiKey 5");
    (app, user)
}

/// A second-factor check with `key`: its challenge and answer.
async fn assert_with(app: &TestApp, user: UserId, key: &mut SoftKey) -> (KeyChallenge, String) {
    let challenge = app.keys.start_assertion(user).await.unwrap();
    let answer = key.get(&challenge.options).await;
    (challenge, answer)
}

/// The answer given to the challenge's ceremony.
async fn finish(
    app: &TestApp,
    user: UserId,
    challenge: &KeyChallenge,
    answer: &str,
) -> Result<domain::factor::Verified, KeyError> {
    app.keys
        .finish_assertion(user, &challenge.ceremony, answer)
        .await
}

#[test]
fn a_key_is_added_and_proves_the_second_factor() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let listed = app.keys.keys(user).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].last_used_at, None);
        // The options ask for user verification and, where possible, a discoverable key.
        let options = app
            .keys
            .start_registration(user, EMAIL)
            .await
            .unwrap()
            .options;
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
        let verified = app
            .keys
            .finish_assertion(user, &challenge.ceremony, &answer)
            .await
            .unwrap();
        assert_eq!(verified.factor, FactorKind::SecurityKey);
        let listed = app.keys.keys(user).await.unwrap();
        assert_eq!(listed[0].last_used_at, Some(app.clock.now()));

        app.keys
            .rename(user, listed[0].id, "Blue key")
            .await
            .unwrap();
        assert_eq!(app.keys.keys(user).await.unwrap()[0].name, "Blue key");
        assert_eq!(
            app.keys.rename(user, listed[0].id, " ").await,
            Err(KeyError::InvalidName)
        );
        assert_eq!(
            app.keys
                .rename(UserId(user.0 + 1), listed[0].id, "Mine")
                .await,
            Err(KeyError::NoSuchKey),
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
        let keys = &app.keys;
        keys.finish_assertion(user, &challenge.ceremony, &answer)
            .await
            .unwrap();
        // The same answer again: its ceremony is used up.
        assert_eq!(
            keys.finish_assertion(user, &challenge.ceremony, &answer)
                .await,
            Err(KeyError::Expired)
        );
        // The same answer to a new ceremony: signed over another challenge.
        let fresh = keys.start_assertion(user).await.unwrap();
        assert_eq!(
            keys.finish_assertion(user, &fresh.ceremony, &answer).await,
            Err(KeyError::Refused)
        );
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
            finish(&app, user, &challenge, &answer).await,
            Err(KeyError::Refused)
        );
        let mut new_key = SoftKey::new("https://evil.twofold.example");
        let KeyChallenge { ceremony, options } =
            app.keys.start_registration(user, EMAIL).await.unwrap();
        let answer = new_key.create(&options).await;
        assert_eq!(
            app.keys
                .finish_registration(user, &ceremony, &answer, "Evil", &client())
                .await,
            Err(KeyError::Refused)
        );
        assert_eq!(app.keys.keys(user).await.unwrap().len(), 1);
    });
}

#[test]
fn a_removed_key_no_longer_proves_anything() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        let (challenge, answer) = assert_with(&app, user, &mut key).await;
        let id = app.keys.keys(user).await.unwrap()[0].id;
        app.keys.remove(user, id, &client()).await.unwrap();
        assert_eq!(
            finish(&app, user, &challenge, &answer).await,
            Err(KeyError::Refused)
        );
        assert_eq!(
            app.keys.start_assertion(user).await,
            Err(KeyError::NoSuchKey)
        );
        assert_eq!(
            app.keys.remove(user, id, &client()).await,
            Err(KeyError::NoSuchKey)
        );
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
            finish(&app, user, &challenge, &answer).await,
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
            finish(&app, user, &challenge, &answer).await,
            Err(KeyError::Expired)
        );
        // Registrations too.
        let KeyChallenge { ceremony, options } =
            app.keys.start_registration(user, EMAIL).await.unwrap();
        let answer = SoftKey::new(KEY_ORIGIN).create(&options).await;
        app.clock.advance(5 * 60 + 1);
        assert_eq!(
            app.keys
                .finish_registration(user, &ceremony, &answer, "Late", &client())
                .await,
            Err(KeyError::Expired)
        );
        // And a ceremony is another account's business only.
        let challenge = app.keys.start_assertion(user).await.unwrap();
        assert_eq!(
            app.keys
                .finish_assertion(UserId(user.0 + 1), &challenge.ceremony, "{}")
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
        other
            .keys
            .finish_assertion(user, &challenge.ceremony, &answer)
            .await
            .unwrap();
        assert_eq!(
            finish(&app, user, &challenge, &answer).await,
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
            let challenge = app.keys.start_assertion(user).await.unwrap();
            let refused = app
                .keys
                .finish_assertion(user, &challenge.ceremony, &answer)
                .await;
            let expected = if attempt == 10 {
                Err(KeyError::TooMany(domain::error::TooManyAttempts {
                    seconds: 900,
                }))
            } else {
                Err(KeyError::Refused)
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

#[test]
fn adding_and_removing_a_key_end_other_sessions_and_are_logged_and_mailed() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let user = UserId(app.scalar("SELECT id AS v FROM users").await);
        let epoch = |app: &TestApp| {
            let pool = app.pool.clone();
            async move {
                let epoch: i64 = sqlx::query_scalar("SELECT credential_epoch FROM users")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                epoch
            }
        };
        let before = epoch(&app).await;
        let KeyChallenge { ceremony, options } =
            app.keys.start_registration(user, EMAIL).await.unwrap();
        let answer = key.create(&options).await;
        let added = app
            .keys
            .finish_registration(user, &ceremony, &answer, "YubiKey 5", &client())
            .await
            .unwrap();
        assert_eq!(epoch(&app).await, before + 1, "other sessions end");
        let account: Option<domain::account::AccountView> = app.call("account", &[]).await.json();
        assert!(
            account.is_none(),
            "a session of the older epoch no longer counts"
        );
        app.keys.remove(user, added.id, &client()).await.unwrap();
        assert_eq!(epoch(&app).await, before + 2);
        let kinds = app.event_kinds().await;
        assert_eq!(&kinds[..2], ["key-removed", "key-added"]);
        assert_eq!(app.mailer.deliver_due().await.unwrap(), 2);
    });
}

#[test]
fn an_administrator_reset_removes_the_keys_too() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (app, user) = with_key(&mut key).await;
        app.admin()
            .reset_two_factor(EMAIL, "ops-alice")
            .await
            .unwrap();
        assert!(app.keys.keys(user).await.unwrap().is_empty());
        assert_eq!(
            app.keys.start_assertion(user).await,
            Err(KeyError::NoSuchKey)
        );
    });
}
