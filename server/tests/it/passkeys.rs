//! Signing in with a passkey: no password, no second step; a spent or missing ceremony signs
//! nobody in.

use app::error::AppError;
use axum::http::StatusCode;

use crate::{
    common::{self, KEY_ORIGIN, soft_key::SoftKey},
    key_flows::{EMAIL, account, key_answer, with_key},
};

#[test]
fn a_passkey_signs_in_without_the_password() {
    common::run(async {
        let mut key = SoftKey::new(KEY_ORIGIN);
        let (mut app, _) = with_key(&mut key).await;
        let mut visitor = app.other_browser("198.51.100.20");
        let answer = key_answer(&mut visitor, "start-passkey", &mut key).await;
        let reply = visitor
            .call(
                "passkey-sign-in",
                &[("key_response", &answer), ("next", "/settings")],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.location(), Some("/settings"));
        let view = account(&mut visitor)
            .await
            .expect("signed in by the passkey");
        assert_eq!(view.email, EMAIL);
        assert!(visitor.proven(EMAIL).await.contains(&"Passkey".to_owned()));
        assert!(
            visitor.device_cookie.is_some(),
            "the browser is known from now on"
        );

        // The same answer again: its ceremony is spent.
        let mut replayer = app.other_browser("198.51.100.21");
        replayer.call("start-passkey", &[]).await;
        let reply = replayer
            .call("passkey-sign-in", &[("key_response", &answer)])
            .await;
        assert_eq!(reply.error(), AppError::KeyRefused);
        assert!(account(&mut replayer).await.is_none());
        // Without a ceremony on the session, nothing is checked.
        let mut stranger = app.other_browser("198.51.100.22");
        let reply = stranger
            .call("passkey-sign-in", &[("key_response", &answer)])
            .await;
        assert_eq!(reply.error(), AppError::KeyRefused);
        assert_eq!(app.event_kinds().await[0], "key-refused");
        assert!(
            account(&mut app).await.is_some(),
            "the owner's session stays"
        );
    });
}
