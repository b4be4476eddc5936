//! Turning two-factor authentication on and off and making new backup codes. Every one is a
//! POST; each extracts the signed-in user, re-checks the password where the change is
//! sensitive, and calls the two-factor service.

use domain::factor::{AuthenticatorSetup, BackupCodes};
#[cfg(feature = "ssr")]
use domain::{UserId, account::Notice, ports::Services};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{
    context::{client, services},
    security::sign_out_elsewhere,
    session,
};
use crate::error::AppError;

/// The services, the session and its signed-in user.
#[cfg(feature = "ssr")]
pub(super) async fn signed_in() -> Result<(Services, tower_sessions::Session, UserId), AppError> {
    let services = services()?;
    let session = session::current().await?;
    let user = session::require_user(&session, services.session_policy).await?;
    Ok((services, session, user))
}

/// The same after checking the user's password again (for sensitive changes), with the email.
#[cfg(feature = "ssr")]
pub(super) async fn reauthenticated(
    password: &str,
) -> Result<(Services, tower_sessions::Session, UserId, String), AppError> {
    let (services, session, user) = signed_in().await?;
    let email = services
        .accounts
        .confirm_password(user, password, &client())
        .await?;
    Ok((services, session, user, email))
}

/// Starts setting up an authenticator app after checking the current password (and, while
/// two-factor is on with a key, a factor: a backup code or a key's answer to
/// [`super::keys::start_key_check`]); returns the QR code and manual key.
#[server(prefix = "/api", endpoint = "start-two-factor")]
pub async fn start_two_factor(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<AuthenticatorSetup, AppError> {
    let (services, session, user, email) = reauthenticated(&current_password).await?;
    let proof = session::proof(&session, code, key_response).await?;
    Ok(services
        .two_factor
        .start_authenticator(user, &email, &proof, &client())
        .await?)
}

/// Turns two-factor authentication on with the first code from the app (and, for the
/// account's first factor, the code mailed by [`start_two_factor`]); returns the backup codes,
/// which are shown this once.
#[server(prefix = "/api", endpoint = "confirm-two-factor")]
pub async fn confirm_two_factor(
    code: String,
    #[server(default)] mailed_code: String,
) -> Result<BackupCodes, AppError> {
    let (services, session, user) = signed_in().await?;
    let mut codes = services
        .two_factor
        .confirm_authenticator(user, &code, &mailed_code, &client())
        .await?;
    // Codes come with the first factor only; with a key, the app is one more factor.
    let notice = if codes.codes.is_empty() {
        |signed_out| Notice::AuthenticatorAdded { signed_out }
    } else {
        |signed_out| Notice::TwoFactorEnabled { signed_out }
    };
    codes.signed_out_elsewhere = sign_out_elsewhere(&services, &session, user, notice).await?;
    Ok(codes)
}

/// Abandons a set-up that was not confirmed; the pending secret is deleted.
#[server(prefix = "/api", endpoint = "cancel-two-factor")]
pub async fn cancel_two_factor() -> Result<(), AppError> {
    let (services, _, user) = signed_in().await?;
    Ok(services.two_factor.cancel_authenticator(user).await?)
}

/// New backup codes (the old ones stop working), with the password and a factor: an
/// authenticator or backup code, or a key's answer to [`super::keys::start_key_check`].
#[server(prefix = "/api", endpoint = "regenerate-backup-codes")]
pub async fn regenerate_backup_codes(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<BackupCodes, AppError> {
    let (services, session, user, _) = reauthenticated(&current_password).await?;
    let proof = session::proof(&session, code, key_response).await?;
    let mut codes = services
        .two_factor
        .regenerate_backup_codes(user, &proof, &client())
        .await?;
    codes.signed_out_elsewhere = sign_out_elsewhere(&services, &session, user, |signed_out| {
        Notice::BackupCodesRegenerated { signed_out }
    })
    .await?;
    Ok(codes)
}

/// Turns two-factor authentication off (every factor goes), with the password and a factor.
/// Returns how many other sessions were signed out; the browser goes back to the settings.
#[server(prefix = "/api", endpoint = "disable-two-factor")]
pub async fn disable_two_factor(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<u64, AppError> {
    let (services, session, user, _) = reauthenticated(&current_password).await?;
    let proof = session::proof(&session, code, key_response).await?;
    services.two_factor.disable(user, &proof, &client()).await?;
    let signed_out = sign_out_elsewhere(&services, &session, user, |signed_out| {
        Notice::TwoFactorDisabled { signed_out }
    })
    .await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(signed_out)
}

/// Removes the authenticator app, with the password and a factor (its own code will do). With
/// no key left, two-factor goes off with it. Every other session ends; the settings load again.
#[server(prefix = "/api", endpoint = "remove-authenticator")]
pub async fn remove_authenticator(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<(), AppError> {
    let (services, session, user, _) = reauthenticated(&current_password).await?;
    let proof = session::proof(&session, code, key_response).await?;
    let still_on = services
        .two_factor
        .remove_authenticator(user, &proof, &client())
        .await?;
    factor_removed(&services, &session, user, still_on, |signed_out| {
        Notice::AuthenticatorRemoved { signed_out }
    })
    .await
}

/// After a factor was removed: every other session ends, and the settings load again,
/// confirming with `removed` — or, when it was the last factor, that two-factor is off.
#[cfg(feature = "ssr")]
pub(super) async fn factor_removed(
    services: &Services,
    session: &tower_sessions::Session,
    user: UserId,
    still_on: bool,
    removed: fn(u64) -> Notice,
) -> Result<(), AppError> {
    let notice = if still_on {
        removed
    } else {
        |signed_out| Notice::TwoFactorDisabled { signed_out }
    };
    sign_out_elsewhere(services, session, user, notice).await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(())
}
