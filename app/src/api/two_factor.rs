//! Turning two-factor authentication on. Every one is a POST; each extracts the signed-in user
//! and calls the second-factor service.

use leptos::prelude::*;

use super::TwoFactorSetup;
#[cfg(feature = "ssr")]
use super::{backend::Services, session};
use crate::error::AppError;

/// Starts set-up after checking the current password; returns the QR code and manual key.
#[server(prefix = "/api", endpoint = "start-two-factor")]
pub async fn start_two_factor(current_password: String) -> Result<TwoFactorSetup, AppError> {
    let services = Services::from_context()?;
    let session = session::current().await?;
    let user = session::require_user(&session, services.session_policy).await?;
    let email = services
        .accounts
        .confirm_password(user, &current_password)
        .await?;
    services.second_factor.start_enrollment(user, &email).await
}

/// Turns two-factor authentication on with the first code from the app; returns the backup
/// codes, which are shown this once.
#[server(prefix = "/api", endpoint = "confirm-two-factor")]
pub async fn confirm_two_factor(code: String) -> Result<Vec<String>, AppError> {
    let services = Services::from_context()?;
    let session = session::current().await?;
    let user = session::require_user(&session, services.session_policy).await?;
    services.second_factor.confirm_enrollment(user, &code).await
}
