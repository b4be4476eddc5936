//! Security keys and passkeys: the server functions behind the browser's WebAuthn ceremonies.
//! A `start_*` function keeps the ceremony's handle in this browser's session and returns the
//! options for `navigator.credentials`; the browser's answer comes back as JSON with the form
//! that finishes it (adding a key, the login's second step, a passkey sign-in, or a sensitive
//! change that takes a factor).

#[cfg(feature = "ssr")]
use domain::{account::Notice, error::FactorError, keys::KeyChallenge};
use domain::{keys::KeyAdded, login::LoginFactors};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{
    account::complete_login,
    context::{Caller, client, services},
    session,
    two_factor::factor_removed,
};
use crate::error::AppError;

/// Keeps the ceremony's handle in the session; the options are the browser's.
#[cfg(feature = "ssr")]
async fn begun(
    session: &tower_sessions::Session,
    challenge: KeyChallenge,
) -> Result<String, AppError> {
    session::set_ceremony(session, challenge.ceremony).await?;
    Ok(challenge.options)
}

/// Starts adding a key: the password again, and a factor while two-factor is on. Returns the
/// options for `navigator.credentials.create()`.
#[server(prefix = "/api", endpoint = "start-add-key")]
pub async fn start_add_key(
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<String, AppError> {
    let caller = Caller::signed_in().await?;
    let proof = caller.proof(code, key_response).await?;
    let challenge = caller
        .services
        .keys
        .start_add(caller.asker(), &current_password, &proof)
        .await?;
    begun(&caller.session, challenge).await
}

/// Finishes adding a key with the browser's answer and the name the user gave it (and, for the
/// account's first factor, the code mailed by [`start_add_key`]). Every other session ends;
/// the first factor of the account comes with its backup codes.
#[server(prefix = "/api", endpoint = "finish-add-key")]
pub async fn finish_add_key(
    key_response: String,
    name: String,
    #[server(default)] mailed_code: String,
) -> Result<KeyAdded, AppError> {
    let caller = Caller::signed_in().await?;
    let ceremony = session::take_ceremony(&caller.session)
        .await?
        .ok_or(AppError::KeyRefused)?;
    let added = caller
        .services
        .keys
        .finish_add(
            caller.asker(),
            &ceremony,
            &key_response,
            &name,
            &mailed_code,
        )
        .await;
    let added = match added {
        // The key's answer was not looked at: it stays usable with a good name and code.
        Err(err @ (FactorError::KeyNameInvalid | FactorError::MailedCodeWrong)) => {
            session::set_ceremony(&caller.session, ceremony).await?;
            return Err(err.into());
        }
        added => added?,
    };
    let notice = if added.made.backup_codes.is_some() {
        |signed_out| Notice::TwoFactorEnabledWithKey { signed_out }
    } else {
        |signed_out| Notice::KeyAdded { signed_out }
    };
    caller.changed(&added, notice).await?;
    Ok(added.made)
}

/// Starts checking one of the signed-in account's keys (for a change that takes a factor).
#[server(prefix = "/api", endpoint = "start-key-check")]
pub async fn start_key_check() -> Result<String, AppError> {
    let caller = Caller::signed_in().await?;
    let challenge = caller
        .services
        .two_factor
        .start_key_check(caller.user)
        .await?;
    begun(&caller.session, challenge).await
}

/// Starts checking one of the keys of this browser's pending login (the second step).
#[server(prefix = "/api", endpoint = "start-login-key")]
pub async fn start_login_key() -> Result<String, AppError> {
    let session = session::current().await?;
    let pending = session::pending(&session)
        .await?
        .ok_or(AppError::LoginExpired)?;
    let challenge = services()?.login.start_key(&pending).await?;
    begun(&session, challenge).await
}

/// Starts a sign-in with a passkey, without the password.
#[server(prefix = "/api", endpoint = "start-passkey")]
pub async fn start_passkey() -> Result<String, AppError> {
    let session = session::current().await?;
    let challenge = services()?.login.start_passkey(&client()).await?;
    begun(&session, challenge).await
}

/// Signs in with the passkey's answer to [`start_passkey`] and goes to `next`.
#[server(prefix = "/api", endpoint = "passkey-sign-in")]
pub async fn passkey_sign_in(key_response: String, next: Option<String>) -> Result<(), AppError> {
    let session = session::current().await?;
    let ceremony = session::take_ceremony(&session)
        .await?
        .ok_or(AppError::KeyRefused)?;
    let signed_in = services()?
        .login
        .passkey(&ceremony, &key_response, &client())
        .await?;
    complete_login(&session, signed_in).await?;
    // A passkey with user verification proves both factors.
    session::mark_checked(&session).await?;
    leptos_axum::redirect(crate::redirect::safe_next(next.as_deref()));
    Ok(())
}

/// Renames one of the account's keys; the settings load again.
#[server(prefix = "/api", endpoint = "rename-key")]
pub async fn rename_key(key: i64, name: String) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    caller.services.keys.rename(caller.user, key, &name).await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(())
}

/// Removes one of the account's keys, with the password and a factor (which may be this
/// key). Removing the last factor turns two-factor off. Every other session ends; the
/// settings load again.
#[server(prefix = "/api", endpoint = "remove-key")]
pub async fn remove_key(
    key: i64,
    current_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    let proof = caller.proof(code, key_response).await?;
    let changed = caller
        .services
        .keys
        .remove(caller.asker(), &current_password, key, &proof)
        .await?;
    factor_removed(&caller, &changed, |signed_out| Notice::KeyRemoved {
        signed_out,
    })
    .await
}

/// Which factors this browser's pending login's account has (the verify page offers a key
/// first, and only a backup code as the code without an authenticator app); an authenticator
/// app alone when there is no pending login (sending the form then says the login is over).
#[server(prefix = "/api", endpoint = "login-factors")]
pub async fn pending_login_factors() -> Result<LoginFactors, AppError> {
    let over = LoginFactors::unknown();
    let session = session::current().await?;
    let Some(pending) = session::pending(&session).await? else {
        return Ok(over);
    };
    match services()?.login.factors(&pending).await {
        Ok(factors) => Ok(factors),
        Err(domain::login::LoginError::Expired) => Ok(over),
        Err(err) => Err(err.into()),
    }
}
