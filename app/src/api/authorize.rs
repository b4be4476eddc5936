//! The consent page's question: what an application's request waiting in this browser's
//! session asks to share (the answer is posted to the provider's own endpoint).

use domain::session::ConsentAsked;
use leptos::prelude::*;

use crate::error::AppError;

/// What the request waiting as `request` asks, if it waits for the user's consent here.
#[server(prefix = "/api", endpoint = "consent-asked")]
pub async fn waiting_consent(request: String) -> Result<Option<ConsentAsked>, AppError> {
    let session = super::session::current().await?;
    super::session::consent_asked(&session, &request).await
}
