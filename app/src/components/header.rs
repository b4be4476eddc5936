use leptos::prelude::*;
use leptos_router::components::A;

use crate::{api::auth::use_auth, i18n::t};

#[component]
pub fn Header() -> impl IntoView {
    let auth = use_auth();
    view! {
        <header class="site-header">
            <a href="/" class="brand">
                <span class="brand-mark" aria-hidden="true">"2"</span>
                {t("brand-name")}
            </a>
            <nav aria-label=t("nav-label")>
                <Transition>
                    {move || Suspend::new(async move {
                        if matches!(auth.header_account.await, Ok(Some(_))) {
                            view! {
                                <A href="/settings">{t("nav-settings")}</A>
                                <ActionForm action=auth.log_out attr:class="inline-form">
                                    <button type="submit" class="button button-link" data-testid="log-out">
                                        {t("nav-log-out")}
                                    </button>
                                </ActionForm>
                            }
                                .into_any()
                        } else {
                            view! {
                                <A href="/login">{t("nav-log-in")}</A>
                                <A href="/signup">{t("nav-sign-up")}</A>
                            }
                                .into_any()
                        }
                    })}
                </Transition>
            </nav>
        </header>
    }
}
