//! What the deployment's policy and an application ask of a sign-in: two-factor on (an account
//! without it sets it up first, then goes back), or a security key or passkey in this very
//! sign-in (also what a request's `acr_values=phr` asks).

use domain::{UserId, application::AppRequirement, policy::Requirement};

use super::{authorize::AuthorizationRequest, flow::BrowserSignIn};
use crate::{
    services::{factors::Factors, policy::PolicyService},
    storage::{Db, users},
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

/// What the application or the request asks of the sign-in that `sign_in` lacks, if anything
/// (answered `access_denied`: the key step-up is not built yet).
pub fn unmet(request: &AuthorizationRequest, sign_in: &BrowserSignIn) -> Option<&'static str> {
    let key = request.phishing_resistant || request.client.require == AppRequirement::Key;
    if key && !sign_in.proven.with_key() {
        return Some("the sign-in must use a security key or passkey");
    }
    None
}
