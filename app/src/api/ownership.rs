//! Who owns an address: signing up (the same answer for a new and a taken address), the pages
//! that mailed links open (confirming an address, choosing a new password), asking for a reset
//! link, sending the confirmation link again, and moving the account to a new address. Every
//! change is a POST that ends on a page confirming it at the top.

#[cfg(feature = "ssr")]
use domain::account::Notice;
use domain::ownership::{AddressLink, ResetForm};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{
    context::{Caller, client, services},
    session,
};
use crate::error::AppError;

/// Signs up: the account is made (when the address is new) and a mail goes to the address
/// either way; the browser goes to the login page, which says to look for the mail. Nobody is
/// signed in: that would tell a new address from a taken one.
#[server(prefix = "/api", endpoint = "sign-up")]
pub async fn sign_up(
    email: String,
    password: String,
    language: Option<String>,
) -> Result<(), AppError> {
    services()?
        .ownership
        .sign_up(&email, &password, language.as_deref(), &client())
        .await?;
    session::set_notice(&session::current().await?, Notice::SignUpSent).await?;
    leptos_axum::redirect("/login");
    Ok(())
}

/// Mails the signed-in account's confirmation link again.
#[server(prefix = "/api", endpoint = "resend-confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    let Caller {
        services,
        session,
        user,
        ..
    } = Caller::signed_in().await?;
    services
        .ownership
        .resend_confirmation(user, &client())
        .await?;
    session::set_notice(&session, Notice::ConfirmationSent).await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(())
}

/// What the confirmation link `token` confirms (the page shows it before the press).
#[server(prefix = "/api", endpoint = "address-link")]
pub async fn address_link_info(token: String) -> Result<AddressLink, AppError> {
    Ok(services()?.ownership.address_link(&token).await?)
}

/// Uses a confirmation link. Confirming the address given at sign-up takes the password
/// chosen then, and signs the browser in (an account not confirmed yet has no factor): to the
/// settings. A change of address signs every browser out: to the login page.
#[server(prefix = "/api", endpoint = "confirm-address")]
pub async fn confirm_address(
    token: String,
    #[server(default)] password: String,
) -> Result<(), AppError> {
    use domain::{login::LoginStep, ownership::AddressConfirmed};
    let services = services()?;
    let link = services.ownership.address_link(&token).await?;
    let done = services
        .ownership
        .confirm_address(&token, &password, &client())
        .await?;
    let session = session::current().await?;
    let notice = match done {
        AddressConfirmed::Verified => {
            let step = services
                .login
                .password(&link.email, &password, &client())
                .await?;
            if let LoginStep::SignedIn(signed_in) = step {
                super::account::complete_login(&session, signed_in).await?;
            }
            Notice::AddressConfirmed
        }
        AddressConfirmed::Changed => {
            // The move ended every session of the account, this browser's too.
            session::sign_out(&session).await?;
            Notice::AddressChanged
        }
    };
    session::set_notice(&session, notice).await?;
    let signed_in = session::user(&session, services.session_lifetime)
        .await?
        .is_some();
    leptos_axum::redirect(if signed_in {
        crate::redirect::SETTINGS
    } else {
        "/login"
    });
    Ok(())
}

/// Asks for a reset link for `email` (the page's `language` for the mail when the account
/// chose none); the answer is the same whether or not the address has an account.
#[server(prefix = "/api", endpoint = "request-reset")]
pub async fn request_reset(email: String, language: Option<String>) -> Result<(), AppError> {
    services()?
        .ownership
        .request_reset(&email, language.as_deref(), &client())
        .await?;
    session::set_notice(&session::current().await?, Notice::ResetSent).await?;
    leptos_axum::redirect("/login");
    Ok(())
}

/// What the reset link `token` opens: the account's address and the factors it asks for.
#[server(prefix = "/api", endpoint = "reset-form")]
pub async fn reset_link_form(token: String) -> Result<ResetForm, AppError> {
    Ok(services()?.ownership.reset_form(&token).await?)
}

/// Starts checking one of the keys of the reset link's account.
#[server(prefix = "/api", endpoint = "start-reset-key")]
pub async fn start_reset_key(token: String) -> Result<String, AppError> {
    let challenge = services()?.ownership.start_reset_key(&token).await?;
    let session = session::current().await?;
    session::set_ceremony(&session, challenge.ceremony).await?;
    Ok(challenge.options)
}

/// Chooses a new password through a reset link (with a factor when the account has
/// two-factor on). Every browser of the account is signed out, this one too: the login page
/// follows, saying so.
#[server(prefix = "/api", endpoint = "reset-password")]
pub async fn reset_password(
    token: String,
    new_password: String,
    #[server(default)] code: String,
    #[server(default)] key_response: String,
) -> Result<(), AppError> {
    let session = session::current().await?;
    let proof = session::proof(&session, code, key_response).await?;
    services()?
        .ownership
        .reset_password(&token, &new_password, &proof, &client())
        .await?;
    // A new, signed-out session carries the notice.
    session::sign_out(&session).await?;
    session::set_notice(&session, Notice::PasswordReset).await?;
    leptos_axum::redirect("/login");
    Ok(())
}

/// Asks to move the signed-in account to `new_email`: the password, and a factor while
/// two-factor is on. The link goes to the new address; the settings say so.
#[server(prefix = "/api", endpoint = "change-address")]
pub async fn change_address(
    new_email: String,
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
        .ownership
        .change_address(user, &current_password, &new_email, &proof, &client())
        .await?;
    session::set_notice(&session, Notice::AddressChangeSent).await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(())
}
