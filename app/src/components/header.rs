use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::{TwoFactorStatus, auth::use_auth},
    i18n::{t, t_args},
};

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

/// After logging in with a backup code: how many are left, with a way to make new ones.
#[component]
pub fn BackupCodeNotice() -> impl IntoView {
    let action = use_auth().verify_login;
    let left = move || action.value().get().and_then(Result::ok).flatten();
    view! {
        <div class="banner-slot" aria-live="polite">
            {move || {
                left()
                    .map(|count| {
                        view! {
                            <div
                                class="banner"
                                class:banner-warning=count <= TwoFactorStatus::FEW_BACKUP_CODES
                                data-testid="backup-code-notice"
                            >
                                <p>{t_args("backup-code-used", [("count", count.into())])}</p>
                                <A href="/settings">{t("backup-code-used-action")}</A>
                                <button type="button" class="button button-link" on:click=move |_| action.clear()>
                                    {t("notice-dismiss")}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
