//! Turning two-factor authentication on and off and making new backup codes. Every one is a
//! POST and a short adapter: the signed-in caller and the form go to one method of the
//! two-factor service (which checks the password again where the change is sensitive, and ends
//! the other sessions with the change), and the result is applied to this session.

use domain::factor::{AuthenticatorSetup, BackupCodes};
#[cfg(feature = "ssr")]
use domain::{Changed, account::Notice};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::Caller;
use crate::error::AppError;

/// Starts setting up an authenticator app after checking the current password (and, while
/// two-factor is on with a key, a factor: a backup code or a key's answer to
/// [`super::keys::start_key_check`]); returns the QR code and manual key.
#[server(prefix = "/api", endpoint = "start-two-factor")]
pub async fn start_two_factor(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<AuthenticatorSetup, AppError> {
    let caller = Caller::signed_in().await?;
    let proof = caller.proof(code, key_response).await?;
    Ok(caller
        .services
        .two_factor
        .start_authenticator(caller.asker(), &current_password, &proof)
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
    let caller = Caller::signed_in().await?;
    let changed = caller
        .services
        .two_factor
        .confirm_authenticator(caller.asker(), &code, &mailed_code)
        .await?;
    // Codes come with the first factor only; with a key, the app is one more factor.
    let notice = if changed.made.codes.is_empty() {
        |signed_out| Notice::AuthenticatorAdded { signed_out }
    } else {
        |signed_out| Notice::TwoFactorEnabled { signed_out }
    };
    caller.changed(&changed, notice).await?;
    Ok(changed.made)
}

/// Abandons a set-up that was not confirmed; the pending secret is deleted.
#[server(prefix = "/api", endpoint = "cancel-two-factor")]
pub async fn cancel_two_factor() -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    Ok(caller
        .services
        .two_factor
        .cancel_authenticator(caller.user)
        .await?)
}

/// New backup codes (the old ones stop working), with the password and a factor: an
/// authenticator or backup code, or a key's answer to [`super::keys::start_key_check`].
#[server(prefix = "/api", endpoint = "regenerate-backup-codes")]
pub async fn regenerate_backup_codes(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<BackupCodes, AppError> {
    let caller = Caller::signed_in().await?;
    let proof = caller.proof(code, key_response).await?;
    let changed = caller
        .services
        .two_factor
        .regenerate_backup_codes(caller.asker(), &current_password, &proof)
        .await?;
    caller
        .changed(&changed, |signed_out| Notice::BackupCodesRegenerated {
            signed_out,
        })
        .await?;
    Ok(changed.made)
}

/// Turns two-factor authentication off (every factor goes), with the password and a factor.
/// Returns how many other sessions were signed out; the browser goes back to the settings.
#[server(prefix = "/api", endpoint = "disable-two-factor")]
pub async fn disable_two_factor(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<u64, AppError> {
    let caller = Caller::signed_in().await?;
    let proof = caller.proof(code, key_response).await?;
    let changed = caller
        .services
        .two_factor
        .disable(caller.asker(), &current_password, &proof)
        .await?;
    caller
        .changed(&changed, |signed_out| Notice::TwoFactorDisabled {
            signed_out,
        })
        .await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(changed.elsewhere.sessions)
}

/// Removes the authenticator app, with the password and a factor (its own code will do). With
/// no key left, two-factor goes off with it. Every other session ends; the settings load again.
#[server(prefix = "/api", endpoint = "remove-authenticator")]
pub async fn remove_authenticator(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    let proof = caller.proof(code, key_response).await?;
    let changed = caller
        .services
        .two_factor
        .remove_authenticator(caller.asker(), &current_password, &proof)
        .await?;
    factor_removed(&caller, &changed, |signed_out| {
        Notice::AuthenticatorRemoved { signed_out }
    })
    .await
}

/// After a factor was removed (every other session ended): the settings load again,
/// confirming with `removed` — or, when it was the last factor, that two-factor is off.
#[cfg(feature = "ssr")]
pub(super) async fn factor_removed(
    caller: &Caller,
    changed: &Changed<bool>,
    removed: fn(u64) -> Notice,
) -> Result<(), AppError> {
    let notice = if changed.made {
        removed
    } else {
        |signed_out| Notice::TwoFactorDisabled { signed_out }
    };
    caller.changed(changed, notice).await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(())
}
