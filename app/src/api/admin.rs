//! The administrator page's server functions: finding accounts, the policy, confirming the
//! administrator's password and factor again, and the actions. An action is refused with
//! `ConfirmationRequired` unless this session proved both within `SUDO_SECS`.

#[cfg(feature = "ssr")]
use domain::{
    account::Notice,
    admin::{AdminAction, SUDO_SECS},
    policy::RequiredOf,
};
use domain::{admin::AdminUser, policy::Policy};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::{
    context::{Caller, client},
    session,
};
use crate::error::AppError;

/// What the administrator page shows besides the accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOverview {
    pub policy: Policy,
    /// Whether this session may act without confirming again.
    pub confirmed: bool,
}

/// The page of the administrator page.
pub const ADMIN_PAGE: &str = "/admin";

/// The accounts whose address contains `query`: only for a session that confirmed recently
/// enough (the list shows who has which factors and who is locked).
#[server(prefix = "/api", endpoint = "admin-users")]
pub async fn admin_users(#[server(default)] query: String) -> Result<Vec<AdminUser>, AppError> {
    let (services, user) = confirmed().await?;
    Ok(services.admin.users(user, &query).await?)
}

/// The policy, and whether this session may act now.
#[server(prefix = "/api", endpoint = "admin-state")]
pub async fn admin_state() -> Result<AdminOverview, AppError> {
    let Caller {
        services,
        session,
        user,
        ..
    } = Caller::signed_in().await?;
    let policy = services.admin.policy(user).await?;
    Ok(AdminOverview {
        policy,
        confirmed: session::checked_within(&session, SUDO_SECS).await?,
    })
}

/// Confirms the administrator's password and a factor: this session may act for
/// `SUDO_SECS`. Back to the administrator page.
#[server(prefix = "/api", endpoint = "admin-confirm")]
pub async fn admin_confirm(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<(), AppError> {
    let Caller {
        services,
        session,
        user,
        ..
    } = Caller::signed_in().await?;
    let proof = session::proof(&session, code, key_response).await?;
    services
        .admin
        .confirm(user, &current_password, &proof, &client())
        .await?;
    session::mark_checked(&session).await?;
    leptos_axum::redirect(ADMIN_PAGE);
    Ok(())
}

/// The signed-in administrator, if this session confirmed recently enough.
#[cfg(feature = "ssr")]
pub(super) async fn confirmed() -> Result<(domain::ports::Services, domain::UserId), AppError> {
    let Caller {
        services,
        session,
        user,
        ..
    } = Caller::signed_in().await?;
    if !session::checked_within(&session, SUDO_SECS).await? {
        // Not an administrator at all: refused as such, before asking to confirm.
        services.admin.policy(user).await?;
        return Err(AppError::ConfirmationRequired);
    }
    Ok((services, user))
}

/// Does `action` (`reset-two-factor`, `unlock`, `sign-out-everywhere`) to the account
/// `email`; back to the administrator page, showing that account.
#[server(prefix = "/api", endpoint = "admin-act")]
pub async fn admin_act(email: String, action: String) -> Result<(), AppError> {
    let action = match action.as_str() {
        "reset-two-factor" => AdminAction::ResetTwoFactor,
        "unlock" => AdminAction::Unlock,
        "sign-out-everywhere" => AdminAction::SignOutEverywhere,
        _ => return Err(AppError::BadRequest),
    };
    let (services, user) = confirmed().await?;
    services.admin.act(user, &email, action, &client()).await?;
    session::set_notice(&session::current().await?, Notice::AdminDone).await?;
    let query = domain::url::percent_encode(email.trim(), false);
    leptos_axum::redirect(&format!("{ADMIN_PAGE}?q={query}"));
    Ok(())
}

/// Sets the deployment's two-factor policy: `required_of` (`nobody`, `everyone`,
/// `administrators`) and the grace period in days.
#[server(prefix = "/api", endpoint = "admin-policy")]
pub async fn admin_set_policy(required_of: String, grace_days: i64) -> Result<(), AppError> {
    let required_of = RequiredOf::parse(&required_of).ok_or(AppError::BadRequest)?;
    if !(0..=domain::policy::MAX_GRACE_DAYS).contains(&grace_days) {
        return Err(AppError::BadRequest);
    }
    let (services, user) = confirmed().await?;
    services
        .admin
        .set_policy(user, required_of, grace_days, &client())
        .await?;
    session::set_notice(&session::current().await?, Notice::PolicySaved).await?;
    leptos_axum::redirect(ADMIN_PAGE);
    Ok(())
}
