//! The security log and the sessions page: what happened to the account, and where it is
//! signed in. Both are read by signed-in users only; ending sessions is a POST like every
//! change.

use domain::security::{SecurityLogPage, SessionInfo, TrustedBrowserInfo};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{context::Caller, session};
use crate::error::AppError;

/// One page of the signed-in user's security log, newest first.
#[server(prefix = "/api", endpoint = "security-log")]
pub async fn security_log(page: u32) -> Result<SecurityLogPage, AppError> {
    let caller = Caller::signed_in().await?;
    Ok(caller.services.security_log.log(caller.user, page).await?)
}

/// The signed-in user's sessions, this one first.
#[server(prefix = "/api", endpoint = "sessions")]
pub async fn list_sessions() -> Result<Vec<SessionInfo>, AppError> {
    let caller = Caller::signed_in().await?;
    let asker = caller.asker();
    Ok(caller
        .services
        .sessions
        .sessions(asker.user, asker.session)
        .await?)
}

/// Ends one of the signed-in user's other sessions.
#[server(prefix = "/api", endpoint = "sign-out-session")]
pub async fn sign_out_session(handle: String) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    caller
        .services
        .sessions
        .sign_out_session(caller.user, &handle, caller.asker().client)
        .await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(())
}

/// The browsers that sign in to the account with the password alone, newest first.
#[server(prefix = "/api", endpoint = "trusted-browsers")]
pub async fn list_trusted_browsers() -> Result<Vec<TrustedBrowserInfo>, AppError> {
    let caller = Caller::signed_in().await?;
    Ok(caller
        .services
        .sessions
        .trusted_browsers(caller.user)
        .await?)
}

/// Stops trusting one of them: it asks for a code again at its next sign-in.
#[server(prefix = "/api", endpoint = "stop-trusting")]
pub async fn stop_trusting(id: i64) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    caller
        .services
        .sessions
        .stop_trusting(caller.user, id, caller.asker().client)
        .await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(())
}

/// Ends every session of the signed-in user but this one; returns how many ended.
#[server(prefix = "/api", endpoint = "sign-out-other-sessions")]
pub async fn sign_out_other_sessions() -> Result<u64, AppError> {
    let caller = Caller::signed_in().await?;
    let ended = caller
        .services
        .sessions
        .sign_out_other_sessions(caller.asker())
        .await?;
    // This session stays, under the account's new credential epoch.
    session::set_epoch(&caller.session, ended.epoch).await?;
    leptos_axum::redirect("/settings/sessions");
    Ok(ended.sessions)
}
