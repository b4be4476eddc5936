//! What the deployment's policy and an application ask of a sign-in: two-factor on (an account
//! without it sets it up first, then goes back), or a security key or passkey in this very
//! sign-in (also what a request's `acr_values=phr` asks: the user answers with one on
//! Twofold's page, even in a trusted browser).

use domain::{UserId, application::AppRequirement, policy::Requirement};

use super::{authorize::AuthorizationRequest, flow::BrowserSignIn};
use crate::{
    services::{factors::Factors, policy::PolicyService},
    storage::{Db, keys as security_keys, users},
};

/// Whether the account must turn two-factor on before going on: the deployment's policy says
/// so now (its grace period over), or the application requires two-factor and the account has
/// it off.
pub async fn set_up_first(
    pool: &Db,
    policy: &PolicyService,
    request: &AuthorizationRequest,
    user: i64,
) -> Result<bool, String> {
    let requirement = policy
        .requirement(UserId(user))
        .await
        .map_err(|e| e.to_string())?;
    if requirement == Requirement::SetUpNow {
        return Ok(true);
    }
    if request.client.require != AppRequirement::TwoFactor {
        return Ok(false);
    }
    Ok(users::by_id(pool, user)
        .await
        .map_err(|e| e.to_string())?
        .is_none_or(|row| !Factors::of(&row).is_on()))
}

/// Whether the application or the request asks for a security key or passkey that this
/// sign-in did not use.
pub fn key_missing(request: &AuthorizationRequest, sign_in: &BrowserSignIn) -> bool {
    let key = request.phishing_resistant || request.client.require == AppRequirement::Key;
    key && !sign_in.proven.with_key()
}

/// Whether the account has a security key or passkey (to be asked for one).
pub async fn has_key(pool: &Db, user: i64) -> Result<bool, String> {
    security_keys::of_user(pool, user)
        .await
        .map(|keys| !keys.is_empty())
        .map_err(|e| e.to_string())
}
