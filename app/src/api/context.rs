//! What a server function takes from the request: the services (provided by the server through
//! Leptos context), the client (set by the server's middleware) and, for a signed-in caller,
//! the session.

use domain::{
    Asker, Changed, Client, UserId, account::Notice, policy::Requirement, ports::Services,
    proof::Proof,
};

use super::session;
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

/// What the two-factor policy asks of the signed-in account, when the server's policy gate
/// read it for this request (then nobody reads it again).
pub fn known_requirement() -> Option<Requirement> {
    leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Requirement>().copied())
}

/// A server function's signed-in caller: the services, the session, its user, and the client.
pub struct Caller {
    pub services: Services,
    pub session: tower_sessions::Session,
    pub user: UserId,
    client: Client,
    id: Option<String>,
}

impl Caller {
    /// The caller of the current request, or `Unauthorized` when nobody is signed in.
    pub async fn signed_in() -> Result<Self, AppError> {
        let services = services()?;
        let session = session::current().await?;
        let user = session::require_user(&session, services.session_lifetime).await?;
        Ok(Self {
            id: session.id().map(|id| id.to_string()),
            services,
            session,
            user,
            client: client(),
        })
    }

    /// Who asks for a change of the account's sign-in.
    pub fn asker(&self) -> Asker<'_> {
        Asker {
            user: self.user,
            session: self.id.as_deref(),
            client: &self.client,
        }
    }

    /// The factor the form brought (see [`session::proof`]).
    pub async fn proof(&self, code: String, key_response: String) -> Result<Proof, AppError> {
        session::proof(&self.session, code, key_response).await
    }

    /// Applies a change that ended every other session of the account to this one: a new id,
    /// the account's new credential epoch, and the confirmation the next page shows (`notice`
    /// of how many sessions ended).
    pub async fn changed<T>(
        &self,
        changed: &Changed<T>,
        notice: fn(u64) -> Notice,
    ) -> Result<(), AppError> {
        let elsewhere = changed.elsewhere;
        session::renewed(&self.session, elsewhere.epoch, notice(elsewhere.sessions)).await
    }
}
