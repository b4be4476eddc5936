//! Applications' requests waiting in this browser's session: what the consent page asks (the
//! answer is posted to the provider's own endpoint), and the one waiting for the account to
//! turn two-factor on (the settings page says so, and leads back).

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
