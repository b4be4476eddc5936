//! The security log and the sessions page: what happened to the account, and where it is
//! signed in. Both are read by signed-in users only; ending sessions is a POST like every
//! change.

use domain::security::{SecurityLogPage, SessionInfo, TrustedBrowserInfo};
#[cfg(feature = "ssr")]
use domain::{UserId, ports::Services};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{
    context::{client, services},
    session,
};
use crate::error::AppError;

/// The services, the signed-in user and the id of the current request's session.
#[cfg(feature = "ssr")]
async fn current_session() -> Result<(Services, UserId, Option<String>), AppError> {
    let services = services()?;
    let session = session::current().await?;
    let user = session::require_user(&session, services.session_lifetime).await?;
    Ok((services, user, session.id().map(|id| id.to_string())))
}

/// One page of the signed-in user's security log, newest first.
#[server(prefix = "/api", endpoint = "security-log")]
pub async fn security_log(page: u32) -> Result<SecurityLogPage, AppError> {
    let (services, user, _) = current_session().await?;
    Ok(services.security_log.log(user, page).await?)
}

/// The signed-in user's sessions, this one first.
#[server(prefix = "/api", endpoint = "sessions")]
pub async fn list_sessions() -> Result<Vec<SessionInfo>, AppError> {
    let (services, user, current) = current_session().await?;
    Ok(services.sessions.sessions(user, current.as_deref()).await?)
}

/// Ends one of the signed-in user's other sessions.
#[server(prefix = "/api", endpoint = "sign-out-session")]
pub async fn sign_out_session(handle: String) -> Result<(), AppError> {
    let (services, user, _) = current_session().await?;
    services
        .sessions
        .sign_out_session(user, &handle, &client())
        .await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(())
}

/// The browsers that sign in to the account with the password alone, newest first.
#[server(prefix = "/api", endpoint = "trusted-browsers")]
pub async fn list_trusted_browsers() -> Result<Vec<TrustedBrowserInfo>, AppError> {
    let (services, user, _) = current_session().await?;
    Ok(services.sessions.trusted_browsers(user).await?)
}

/// Stops trusting one of them: it asks for a code again at its next sign-in.
#[server(prefix = "/api", endpoint = "stop-trusting")]
pub async fn stop_trusting(id: i64) -> Result<(), AppError> {
    let (services, user, _) = current_session().await?;
    services.sessions.stop_trusting(user, id, &client()).await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(())
}

/// Ends every session of the signed-in user but this one; returns how many ended.
#[server(prefix = "/api", endpoint = "sign-out-other-sessions")]
pub async fn sign_out_other_sessions() -> Result<u64, AppError> {
    let (services, user, current) = current_session().await?;
    let ended = services
        .sessions
        .sign_out_other_sessions(user, current.as_deref(), &client())
        .await?;
    // This session stays, under the account's new credential epoch.
    session::set_epoch(&session::current().await?, ended.epoch).await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(ended.sessions)
}
