//! The applications the account signed in to, on the settings page, and disconnecting one.

use domain::application::ConnectedApp;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::Caller;
use crate::error::AppError;

/// The applications the signed-in user signed in to, the most recently used first.
#[server(prefix = "/api", endpoint = "connected-applications")]
pub async fn connected_applications() -> Result<Vec<ConnectedApp>, AppError> {
    let caller = Caller::signed_in().await?;
    Ok(caller.services.connections.connected(caller.user).await?)
}

/// Disconnects one: its consent, codes and tokens end.
#[server(prefix = "/api", endpoint = "disconnect-application")]
pub async fn disconnect_application(client_id: String) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    caller
        .services
        .connections
        .disconnect(caller.user, &client_id, caller.asker().client)
        .await?;
    leptos_axum::redirect(crate::redirect::SETTINGS);
    Ok(())
}
