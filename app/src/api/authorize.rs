//! Applications' requests waiting in this browser's session: what the consent page asks (the
//! answer is posted to the provider's own endpoint), and the one waiting for the account to
//! turn two-factor on (the settings page says so, and leads back), and the one waiting for a
//! security key or passkey (answered on its own page).

use domain::session::ConsentAsked;
use leptos::prelude::*;

use crate::error::AppError;

/// What the request waiting as `request` asks, if it waits for the user's consent here.
#[server(prefix = "/api", endpoint = "consent-asked")]
pub async fn waiting_consent(request: String) -> Result<Option<ConsentAsked>, AppError> {
    let session = super::session::current().await?;
    super::session::consent_asked(&session, &request).await
}

/// The request waiting for the account to turn two-factor on, if any: its handle and the
/// application's name.
#[server(prefix = "/api", endpoint = "waiting-set-up")]
pub async fn waiting_set_up() -> Result<Option<(String, String)>, AppError> {
    let session = super::session::current().await?;
    super::session::waiting_set_up(&session).await
}

/// The application of the request waiting as `request` for a security key or passkey.
#[server(prefix = "/api", endpoint = "key-asked")]
pub async fn key_asked(request: String) -> Result<Option<String>, AppError> {
    let session = super::session::current().await?;
    super::session::key_asked(&session, &request).await
}

/// Answers the request waiting as `request` with one of the account's keys (within the
/// attempt limit); the sign-in then counts as one with a key, and the browser goes back to the
/// request.
#[server(prefix = "/api", endpoint = "step-up-key")]
pub async fn step_up_key(
    request: String,
    #[server(default)] key_response: String,
) -> Result<(), AppError> {
    let caller = super::context::Caller::signed_in().await?;
    // Only for a request that waits for a key here (the request ended: the sign-in again).
    if super::session::key_asked(&caller.session, &request)
        .await?
        .is_none()
    {
        return Err(AppError::LoginExpired);
    }
    let proof = caller.proof(String::new(), key_response).await?;
    caller
        .services
        .two_factor
        .check_key(caller.user, &proof, caller.asker().client)
        .await?;
    super::session::proven_with_key(&caller.session).await?;
    leptos_axum::redirect(&format!(
        "{}?request={}",
        domain::application::CONTINUE_PATH,
        domain::url::percent_encode(&request, true)
    ));
    Ok(())
}
