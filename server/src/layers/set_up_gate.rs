//! The deployment's two-factor policy at the door: what an account that must set two-factor
//! up first may still reach, in one list.

use app::{
    api::{account, authorize, keys, ownership, two_factor},
    error::AppError,
};
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use domain::{policy::Requirement, session::SessionLifetime};
use leptos::server_fn::ServerFn;
use tower_sessions::Session;

use super::{error_response, is_state_changing, is_static_asset};
use crate::services::policy::PolicyService;

/// What an account that must set two-factor up first (the deployment's policy, its grace
/// period over) may still reach.
pub struct AllowList {
    /// Pages, to read: the settings (where the set-up is) and the mailed links' pages (a link
    /// is its own authority; the address must be confirmed before a factor can be set up).
    pub pages: &'static [&'static str],
    /// Server functions: the set-up of an authenticator app or a key, signing out, the
    /// language, what the settings page reads, and the mailed links' own functions.
    pub server_functions: &'static [&'static str],
}

/// The one list the policy gate lets through before the set-up.
pub const OPEN_BEFORE_SET_UP: AllowList = AllowList {
    pages: &[
        app::redirect::SETTINGS,
        domain::ownership::CONFIRM_ADDRESS_PAGE,
        domain::ownership::RESET_PASSWORD_PAGE,
        // An application's request: kept in the session while the account sets two-factor up
        // (the flow itself sends it to the settings), then taken up again.
        crate::http::authorize::AUTHORIZE_PATH,
        domain::application::CONTINUE_PATH,
    ],
    server_functions: &[
        <two_factor::StartTwoFactor as ServerFn>::PATH,
        <two_factor::ConfirmTwoFactor as ServerFn>::PATH,
        <two_factor::CancelTwoFactor as ServerFn>::PATH,
        <keys::StartAddKey as ServerFn>::PATH,
        <keys::FinishAddKey as ServerFn>::PATH,
        <account::LogOut as ServerFn>::PATH,
        <account::SetLanguage as ServerFn>::PATH,
        <account::TakeNotice as ServerFn>::PATH,
        <account::CurrentAccount as ServerFn>::PATH,
        <account::TwoFactorRequirement as ServerFn>::PATH,
        <ownership::ResendConfirmation as ServerFn>::PATH,
        <ownership::AddressLinkInfo as ServerFn>::PATH,
        <ownership::ConfirmAddress as ServerFn>::PATH,
        <ownership::ResetLinkForm as ServerFn>::PATH,
        <ownership::StartResetKey as ServerFn>::PATH,
        <ownership::ResetPassword as ServerFn>::PATH,
        <ownership::RequestReset as ServerFn>::PATH,
        <authorize::WaitingSetUp as ServerFn>::PATH,
    ],
};

/// What [`two_factor_policy`] needs: the sessions' policy (to read who is signed in) and the
/// deployment's two-factor policy.
#[derive(Clone)]
pub struct PolicyGate {
    pub lifetime: SessionLifetime,
    pub policy: PolicyService,
}

/// The deployment's two-factor policy, enforced once its grace period is over: a signed-in
/// account that must set two-factor up reaches only what [`OPEN_BEFORE_SET_UP`] lists (every
/// other page sends it to the settings, every other server function answers
/// `TwoFactorRequired`), until a factor is confirmed.
pub async fn two_factor_policy(
    State(gate): State<PolicyGate>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let is_api = path.starts_with("/api/");
    let open_function = OPEN_BEFORE_SET_UP.server_functions.contains(&path);
    let open_page =
        !is_state_changing(request.method()) && OPEN_BEFORE_SET_UP.pages.contains(&path);
    if is_static_asset(path) || path == "/health" || open_page {
        return next.run(request).await;
    }
    let Ok(Some(user)) = super::session::user(&session, gate.lifetime).await else {
        return next.run(request).await;
    };
    let requirement = gate.policy.requirement(user).await;
    if let Ok(requirement) = requirement {
        // The page or server function behind reads it from here instead of again.
        request.extensions_mut().insert(requirement);
    }
    match requirement {
        Ok(Requirement::SetUpNow) => {}
        Ok(_) => return next.run(request).await,
        // A server function is refused without knowing the policy; a page needs the database
        // too, and says itself that it is unavailable.
        Err(fault) if is_api => return error_response(&AppError::from(fault)),
        Err(_) => return next.run(request).await,
    }
    if !is_api {
        return Redirect::to(app::redirect::SETTINGS).into_response();
    }
    if open_function {
        next.run(request).await
    } else {
        error_response(&AppError::TwoFactorRequired)
    }
}
