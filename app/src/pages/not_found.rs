use leptos::prelude::*;

use crate::i18n::{PageTitle, msg, t};

/// Shown for unknown paths (the server answers them with 404).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageTitle id=msg("not-found-title") />
        <section class="card" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{t("not-found-title")}</h1>
            <p>{t("not-found-text")}</p>
            <p>
                <a href="/" class="button button-primary">{t("not-found-home")}</a>
            </p>
        </section>
    }
}
