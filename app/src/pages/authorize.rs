//! Twofold's page for an application's sign-in request that cannot go back to the
//! application: it names no registered application, or an address not registered for it
//! (RFC 6749 §4.1.2.1: never redirected), or it waited too long for the sign-in.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{PageTitle, msg, t};

/// Why, from the `reason` the server put in the address: its message and HTTP status.
fn reason(reason: &str) -> (&'static str, u16) {
    match reason {
        "client" => (msg("authorize-refused-client"), 400),
        "redirect" => (msg("authorize-refused-redirect"), 400),
        "unavailable" => (msg("error-unavailable"), 503),
        _ => (msg("authorize-refused-expired"), 400),
    }
}

#[component]
pub fn RefusedPage() -> impl IntoView {
    let (text, status) =
        use_query_map().with_untracked(|q| reason(&q.get("reason").unwrap_or_default()));
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(status),
    ) {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <PageTitle id=msg("authorize-refused-title") />
        <section class="card" aria-labelledby="refused-title">
            <h1 id="refused-title">{t("authorize-refused-title")}</h1>
            <p data-testid="refused-reason">{t(text)}</p>
            <p>
                <a href="/" class="button button-primary">{t("not-found-home")}</a>
            </p>
        </section>
    }
}
