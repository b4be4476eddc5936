//! What the second factor keeps at rest: the authenticator secret sealed, backup codes hashed
//! with their user.

use totp_rs::Secret;

use crate::{
    common,
    mfa::{NOW, enrol, fixture},
};

#[test]
fn the_secret_is_stored_sealed() {
    common::run(async {
        let f = fixture().await;
        let enrollment = f.start().await;
        let secret: Vec<u8> = Secret::try_from_base32(enrollment.manual_key.replace(' ', ""))
            .unwrap()
            .as_ref()
            .to_vec();
        let stored: Vec<u8> = f
            .app
            .scalar("SELECT sealed_secret AS v FROM totp_credentials")
            .await;
        assert!(!stored.windows(secret.len()).any(|w| w == secret.as_slice()));
    });
}

#[test]
fn backup_codes_are_stored_keyed_by_their_user() {
    common::run(async {
        let f = fixture().await;
        let (_, codes) = enrol(&f).await;
        let keys = server::secrets::load(&f.app.config).unwrap();
        let stored: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM backup_codes")
            .fetch_all(&f.app.pool)
            .await
            .unwrap();
        assert_eq!(stored.len(), 10);
        let own = keys.backup_codes.hash(f.user.0, &codes[0]).unwrap();
        assert!(stored.contains(&own), "hashed with the user id");
        let unkeyed = keys.backup_codes.hash_v1(&codes[0]).unwrap();
        let other_user = keys.backup_codes.hash(f.user.0 + 1, &codes[0]).unwrap();
        assert!(!stored.contains(&unkeyed) && !stored.contains(&other_user));
        assert!(f.verify(&codes[0], NOW).await.is_ok());
    });
}
