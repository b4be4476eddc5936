//! Account server functions: sign up, log in, log out, change password, and the current account.
//! Every one is a POST; each only extracts the session and services, calls the service, and maps
//! the result.

#[cfg(feature = "ssr")]
use domain::login::{LoginStep, SignedIn};
use domain::{
    account::{AccountView, Notice},
    policy::Requirement,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{
    context::{Caller, client, known_requirement, services},
    session,
};
use crate::error::AppError;

#[server(prefix = "/api", endpoint = "log-in")]
pub async fn log_in(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let step = services()?
        .login
        .password(&email, &password, &client())
        .await?;
    let session = session::current().await?;
    let next = crate::redirect::safe_next(next.as_deref());
    match step {
        LoginStep::FactorNeeded(pending) => {
            session::start_pending(&session, pending).await?;
            leptos_axum::redirect(&crate::redirect::verify_url_for(next));
        }
        LoginStep::SignedIn(signed_in) => {
            complete_login(&session, signed_in).await?;
            leptos_axum::redirect(next);
        }
    }
    Ok(())
}

/// Signs the user in on this session (the login service has logged it), switches the
/// interface to the language the account chose (if any), and confirms a backup code's use.
#[cfg(feature = "ssr")]
pub(super) async fn complete_login(
    session: &tower_sessions::Session,
    signed_in: SignedIn,
) -> Result<(), AppError> {
    session::sign_in(session, &signed_in, &client()).await?;
    for cookie in [&signed_in.device_cookie, &signed_in.trust_cookie]
        .into_iter()
        .flatten()
    {
        set_cookie(cookie);
    }
    if let Some(language) = signed_in.language.filter(|l| crate::i18n::is_selectable(l)) {
        set_language_cookie(&language);
    }
    if let Some(left) = signed_in.backup_codes_left {
        session::set_notice(session, Notice::BackupCodeUsed { left }).await?;
    }
    Ok(())
}

#[cfg(feature = "ssr")]
fn set_language_cookie(language: &str) {
    set_cookie(&format!(
        "{}={language}; Path=/; Max-Age=31536000; SameSite=Lax",
        crate::i18n::LANGUAGE_COOKIE
    ));
}

/// Adds a `Set-Cookie` header (a whole value) to the response.
#[cfg(feature = "ssr")]
fn set_cookie(cookie: &str) {
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::HeaderValue::from_str(cookie),
    ) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}

/// Switches the interface to `language` (a cookie; on the account too when signed in) and
/// goes back to `next`. Returns the language.
#[server(prefix = "/api", endpoint = "set-language")]
pub async fn set_language(language: String, next: Option<String>) -> Result<String, AppError> {
    if !crate::i18n::is_selectable(&language) {
        return Err(AppError::BadRequest);
    }
    let services = services()?;
    let session = session::current().await?;
    if let Some(user) = session::user(&session, services.session_lifetime).await? {
        services.accounts.set_language(user, &language).await?;
    }
    set_language_cookie(&language);
    leptos_axum::redirect(crate::redirect::safe_next(next.as_deref()));
    Ok(language)
}

/// The second step of logging in: an authenticator code or a backup code, or a security key's
/// answer (`key_response`, to [`super::keys::start_login_key`]); with `trust` (the box "don't
/// ask for a code on this browser"), the browser is trusted from then on. Returns how many
/// backup codes are left when one was used.
#[server(prefix = "/api", endpoint = "verify-login")]
pub async fn verify_login(
    #[server(default)] code: String,
    next: Option<String>,
    #[server(default)] key_response: String,
    trust: Option<String>,
) -> Result<Option<i64>, AppError> {
    let session = session::current().await?;
    let pending = session::pending(&session)
        .await?
        .ok_or(AppError::LoginExpired)?;
    let proof = session::proof(&session, code, key_response).await?;
    let login = services()?.login;
    match login
        .factor(&pending, &proof, trust.is_some(), &client())
        .await
    {
        Ok(signed_in) => {
            let left = signed_in.backup_codes_left;
            complete_login(&session, signed_in).await?;
            // Password and factor, just now: the administrator page may act at once.
            session::mark_checked(&session).await?;
            leptos_axum::redirect(crate::redirect::safe_next(next.as_deref()));
            Ok(left)
        }
        Err(domain::login::LoginError::Expired) => {
            session::end_pending(&session).await?;
            Err(AppError::LoginExpired)
        }
        Err(err) => Err(err.into()),
    }
}

#[server(prefix = "/api", endpoint = "log-out")]
pub async fn log_out() -> Result<(), AppError> {
    session::sign_out(&session::current().await?).await?;
    leptos_axum::redirect("/login");
    Ok(())
}

/// Replaces the password; every other session of the account ends. Returns how many did; the
/// browser goes back to the settings, which confirm the change.
#[server(prefix = "/api", endpoint = "change-password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<u64, AppError> {
    let caller = Caller::signed_in().await?;
    let changed = caller
        .services
        .accounts
        .change_password(caller.asker(), &current_password, &new_password)
        .await?;
    caller
        .changed(&changed, |signed_out| Notice::PasswordChanged {
            signed_out,
        })
        .await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(changed.elsewhere.sessions)
}

/// The confirmation of the last change, once (the page shows it at the top).
#[server(prefix = "/api", endpoint = "notice")]
pub async fn take_notice() -> Result<Option<Notice>, AppError> {
    session::take_notice(&session::current().await?).await
}

/// What the deployment's two-factor policy asks of the signed-in account (`Optional` when
/// nobody is signed in), for the banner on every page.
#[server(prefix = "/api", endpoint = "requirement")]
pub async fn two_factor_requirement() -> Result<Requirement, AppError> {
    let services = services()?;
    let session = session::current().await?;
    match session::user(&session, services.session_lifetime).await? {
        Some(user) => match known_requirement() {
            Some(requirement) => Ok(requirement),
            None => Ok(services.accounts.requirement(user).await?),
        },
        None => Ok(Requirement::Optional),
    }
}

/// The signed-in account, or `None` when nobody is signed in.
#[server(prefix = "/api", endpoint = "account")]
pub async fn current_account() -> Result<Option<AccountView>, AppError> {
    let services = services()?;
    let session = session::current().await?;
    match session::user(&session, services.session_lifetime).await? {
        // `None` too if the account was deleted (its sessions go with it).
        Some(user) => Ok(services.accounts.account(user, known_requirement()).await?),
        None => Ok(None),
    }
}
