use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::{
    api::auth::use_auth,
    i18n::{PageTitle, msg, t},
    redirect::DEFAULT_AFTER_LOGIN,
};

/// Signed-in visitors go straight to their settings; everyone else sees what Twofold is.
#[component]
pub fn HomePage() -> impl IntoView {
    let auth = use_auth();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match auth.account.await {
                    Ok(Some(_)) => view! { <Redirect path=DEFAULT_AFTER_LOGIN /> }.into_any(),
                    _ => view! { <Landing /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Landing() -> impl IntoView {
    view! {
        <PageTitle id=msg("home-title") />
        <section class="hero" aria-labelledby="hero-title">
            <h1 id="hero-title">{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <p class="hero-actions">
                <a href="/signup" class="button button-primary">{t("nav-sign-up")}</a>
                <a href="/login" class="button button-secondary">{t("nav-log-in")}</a>
            </p>
        </section>
    }
}
