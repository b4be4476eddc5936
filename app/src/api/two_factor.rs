//! Turning two-factor authentication on and off and making new backup codes. Every one is a
//! POST; each extracts the signed-in user, re-checks the password where the change is
//! sensitive, and calls the second-factor service.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::Notice;
use super::{BackupCodes, TwoFactorSetup};
#[cfg(feature = "ssr")]
use super::{
    backend::{Client, Services, UserId},
    security::sign_out_elsewhere,
    session,
};
use crate::error::AppError;

/// The services and the signed-in user.
#[cfg(feature = "ssr")]
async fn signed_in() -> Result<(Services, UserId), AppError> {
    let services = Services::from_context()?;
    let session = session::current().await?;
    let user = session::require_user(&session, services.session_policy).await?;
    Ok((services, user))
}

/// The same after checking the user's password again (for sensitive changes), with the email.
#[cfg(feature = "ssr")]
async fn reauthenticated(password: &str) -> Result<(Services, UserId, String), AppError> {
    let (services, user) = signed_in().await?;
    let email = services
        .accounts
        .confirm_password(user, password, &Client::current())
        .await?;
    Ok((services, user, email))
}

/// After a change of sign-in factors: every other session of the user ends, and the next page
/// confirms the change (`notice` of the number of sessions that ended). Returns that number.
#[cfg(feature = "ssr")]
async fn end_other_sessions(
    services: &Services,
    user: UserId,
    notice: fn(u64) -> Notice,
) -> Result<u64, AppError> {
    let session = session::current().await?;
    let current = session.id().map(|id| id.to_string());
    let signed_out = sign_out_elsewhere(services, user, current.as_deref()).await?;
    session::set_notice(&session, notice(signed_out)).await?;
    Ok(signed_out)
}

/// Starts set-up after checking the current password; returns the QR code and manual key.
#[server(prefix = "/api", endpoint = "start-two-factor")]
pub async fn start_two_factor(current_password: String) -> Result<TwoFactorSetup, AppError> {
    let (services, user, email) = reauthenticated(&current_password).await?;
    services.second_factor.start_enrollment(user, &email).await
}

/// Turns two-factor authentication on with the first code from the app; returns the backup
/// codes, which are shown this once.
#[server(prefix = "/api", endpoint = "confirm-two-factor")]
pub async fn confirm_two_factor(code: String) -> Result<BackupCodes, AppError> {
    let (services, user) = signed_in().await?;
    let mut codes = services
        .second_factor
        .confirm_enrollment(user, &code, &Client::current())
        .await?;
    codes.signed_out_elsewhere = end_other_sessions(&services, user, |signed_out| {
        Notice::TwoFactorEnabled { signed_out }
    })
    .await?;
    Ok(codes)
}

/// Abandons a set-up that was not confirmed; the pending secret is deleted.
#[server(prefix = "/api", endpoint = "cancel-two-factor")]
pub async fn cancel_two_factor() -> Result<(), AppError> {
    let (services, user) = signed_in().await?;
    services.second_factor.cancel_enrollment(user).await
}

/// New backup codes (the old ones stop working), with the password and an authenticator or
/// backup code.
#[server(prefix = "/api", endpoint = "regenerate-backup-codes")]
pub async fn regenerate_backup_codes(
    current_password: String,
    code: String,
) -> Result<BackupCodes, AppError> {
    let (services, user, _) = reauthenticated(&current_password).await?;
    let mut codes = services
        .second_factor
        .regenerate_backup_codes(user, &code, &Client::current())
        .await?;
    codes.signed_out_elsewhere = end_other_sessions(&services, user, |signed_out| {
        Notice::BackupCodesRegenerated { signed_out }
    })
    .await?;
    Ok(codes)
}

/// Turns two-factor authentication off, with the password and an authenticator or backup code.
/// Returns how many other sessions were signed out; the browser goes back to the settings.
#[server(prefix = "/api", endpoint = "disable-two-factor")]
pub async fn disable_two_factor(current_password: String, code: String) -> Result<u64, AppError> {
    let (services, user, _) = reauthenticated(&current_password).await?;
    services
        .second_factor
        .disable(user, &code, &Client::current())
        .await?;
    let signed_out = end_other_sessions(&services, user, |signed_out| Notice::TwoFactorDisabled {
        signed_out,
    })
    .await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(signed_out)
}
