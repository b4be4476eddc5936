//! The claims of Twofold's ID tokens (OpenID Connect Core §2, §5.1): `iss sub aud exp iat
//! auth_time nonce azp amr acr` (`at_hash` is added when signing), and by scope `email`,
//! `email_verified` (`email`), `preferred_username` (`profile`) and `groups` (`groups`:
//! `administrators` for an account with the administrator role).

use domain::application::Application;
use openidconnect::{
    AdditionalClaims, Audience, AuthenticationContextClass, AuthenticationMethodReference,
    ClientId, EndUserEmail, EndUserUsername, IdToken, IdTokenClaims, IssuerUrl, Nonce,
    StandardClaims, SubjectIdentifier,
    core::{CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm},
};
use serde::{Deserialize, Serialize};

use super::signing::ID_TOKEN_SECS;
use crate::storage::{oidc::Grant, users::UserRow};

/// The groups claim: `administrators` for an account with the administrator role.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupsClaim {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
}

impl AdditionalClaims for GroupsClaim {}

/// Twofold's ID tokens.
pub type TwofoldIdToken = IdToken<
    GroupsClaim,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

fn time(unix: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default()
}

/// The claims of an ID token for `grant` to `client`, issued at `now`.
pub fn id_claims(
    issuer: &IssuerUrl,
    client: &Application,
    grant: &Grant,
    user: &UserRow,
    subject: &str,
    nonce: Option<&str>,
    now: i64,
) -> IdTokenClaims<GroupsClaim, CoreGenderClaim> {
    let scopes: Vec<&str> = grant.scopes.split(' ').collect();
    let mut standard = StandardClaims::new(SubjectIdentifier::new(subject.to_owned()));
    if scopes.contains(&"email") {
        standard = standard
            .set_email(Some(EndUserEmail::new(user.email.clone())))
            .set_email_verified(Some(user.email_verified_at.is_some()));
    }
    if scopes.contains(&"profile") {
        standard = standard.set_preferred_username(Some(EndUserUsername::new(user.email.clone())));
    }
    let groups = scopes.contains(&"groups").then(|| {
        if user.administrator {
            vec!["administrators".to_owned()]
        } else {
            Vec::new()
        }
    });
    IdTokenClaims::new(
        issuer.clone(),
        vec![Audience::new(client.client_id.clone())],
        time(now + ID_TOKEN_SECS),
        time(now),
        standard,
        GroupsClaim { groups },
    )
    .set_auth_time(Some(time(grant.auth_time)))
    .set_nonce(nonce.map(|n| Nonce::new(n.to_owned())))
    .set_authorized_party(Some(ClientId::new(client.client_id.clone())))
    .set_auth_method_refs(Some(
        grant
            .amr
            .split(' ')
            .filter(|m| !m.is_empty())
            .map(|m| AuthenticationMethodReference::new(m.to_owned()))
            .collect(),
    ))
    .set_auth_context_ref(
        grant
            .acr
            .as_ref()
            .map(|acr| AuthenticationContextClass::new(acr.clone())),
    )
}
