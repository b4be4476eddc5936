//! What a server function takes from the request: the services (provided by the server through
//! Leptos context) and the client (set by the server's middleware).

use domain::{Client, ports::Services};

use crate::error::AppError;

/// The services, or `Internal` when the server did not provide them.
pub fn services() -> Result<Services, AppError> {
    leptos::prelude::use_context::<Services>().ok_or_else(|| {
        tracing::error!("Services missing from the server function context");
        AppError::Internal
    })
}

/// The client of the current request (empty outside a request).
pub fn client() -> Client {
    leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Client>().cloned())
        .unwrap_or_default()
}
