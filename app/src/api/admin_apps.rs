//! The administrator page's applications (OpenID Connect clients): the list, registering one,
//! a new client secret and removing one, each only for a session that confirmed within
//! `SUDO_SECS`. A secret made here is kept sealed in the session until the page shows it,
//! once (with or without JavaScript: the page is loaded again after each form).

use domain::{admin::ShownSecret, application::Application};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::{admin::confirmed, context::client, session};
use crate::error::AppError;

/// The applications section of the administrator page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationsOverview {
    pub apps: Vec<Application>,
    /// The client secret made by the last form, shown this once.
    pub secret: Option<ShownSecret>,
}

/// Where the forms lead back to: the applications section.
pub const APPLICATIONS_SECTION: &str = "/admin#applications";

/// The registered applications, and the secret waiting to be shown (taken from the session).
#[server(prefix = "/api", endpoint = "admin-applications")]
pub async fn admin_applications() -> Result<ApplicationsOverview, AppError> {
    let (services, user) = confirmed().await?;
    let apps = services.admin.applications(user).await?;
    let secret = match session::take_secret(&session::current().await?).await? {
        Some(sealed) => Some(services.admin.open_secret(user, &sealed).await?),
        None => None,
    };
    Ok(ApplicationsOverview { apps, secret })
}

/// The addresses of a text area: one per line, blank lines skipped.
#[cfg(feature = "ssr")]
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Registers an application. The check boxes send `on` when ticked.
#[server(prefix = "/api", endpoint = "admin-add-application")]
#[allow(clippy::too_many_arguments)]
pub async fn admin_add_application(
    name: String,
    redirect_uris: String,
    #[server(default)] post_logout_uris: String,
    #[server(default)] public: String,
    require: String,
    #[server(default)] consent: String,
    signing: String,
) -> Result<(), AppError> {
    use domain::application::{AppRequirement, Registration, SigningAlgorithm};
    let registration = Registration {
        name,
        redirect_uris: lines(&redirect_uris),
        post_logout_uris: lines(&post_logout_uris),
        public: public == "on",
        require: AppRequirement::parse(&require).ok_or(AppError::BadRequest)?,
        consent: consent == "on",
        signing: SigningAlgorithm::parse(&signing).ok_or(AppError::BadRequest)?,
    };
    let (services, user) = confirmed().await?;
    let (_, sealed) = services
        .admin
        .add_application(user, registration, &client())
        .await?;
    if let Some(sealed) = sealed {
        session::keep_secret(&session::current().await?, sealed).await?;
    }
    leptos_axum::redirect(APPLICATIONS_SECTION);
    Ok(())
}

/// A new secret for a confidential client; the old one stops working at once.
#[server(prefix = "/api", endpoint = "admin-rotate-secret")]
pub async fn admin_rotate_secret(client_id: String) -> Result<(), AppError> {
    let (services, user) = confirmed().await?;
    let sealed = services
        .admin
        .rotate_application_secret(user, &client_id, &client())
        .await?;
    session::keep_secret(&session::current().await?, sealed).await?;
    leptos_axum::redirect(APPLICATIONS_SECTION);
    Ok(())
}

/// Removes an application with its codes, tokens and consents.
#[server(prefix = "/api", endpoint = "admin-remove-application")]
pub async fn admin_remove_application(client_id: String) -> Result<(), AppError> {
    let (services, user) = confirmed().await?;
    services
        .admin
        .remove_application(user, &client_id, &client())
        .await?;
    leptos_axum::redirect(APPLICATIONS_SECTION);
    Ok(())
}
