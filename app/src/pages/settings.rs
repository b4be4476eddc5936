use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::{
    api::{AccountView, auth::use_auth},
    components::{
        alert::{ErrorAlert, SuccessAlert},
        field::{PasswordField, UsernameHint},
        submit::SubmitButton,
    },
    error::{AppError, Field},
    i18n::{PageTitle, msg, t, t_args},
    pages::two_factor::TwoFactorSection,
    redirect::login_url_for,
};

/// Account settings; visitors who are not signed in are sent to the login page and back.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let auth = use_auth();
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match auth.account.await {
                    Ok(Some(account)) => view! { <Settings account /> }.into_any(),
                    Ok(None) | Err(AppError::Unauthorized) => {
                        view! { <Redirect path=login_url_for("/settings") /> }.into_any()
                    }
                    Err(err) => {
                        view! {
                            <p class="alert alert-error" role="alert">{err.message()}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn Settings(account: AccountView) -> impl IntoView {
    view! {
        <PageTitle id=msg("settings-title") />
        <div class="settings">
            <h1>{t("settings-title")}</h1>
            <section class="card" aria-labelledby="account-heading">
                <h2 id="account-heading">{t("settings-account-heading")}</h2>
                <dl class="facts">
                    <dt>{t("field-email")}</dt>
                    <dd data-testid="account-email">{account.email.clone()}</dd>
                </dl>
            </section>
            <TwoFactorSection status=RwSignal::new(account.two_factor) email=account.email.clone() />
            <ChangePasswordForm email=account.email.clone() />
            <section class="card" aria-labelledby="activity-heading">
                <h2 id="activity-heading">{t("settings-activity-heading")}</h2>
                <ul class="link-list">
                    <li><a href="/settings/sessions">{t("sessions-title")}</a></li>
                    <li><a href="/settings/security-log">{t("security-log-title")}</a></li>
                </ul>
            </section>
        </div>
    }
}

/// Says how many other sessions a change signed out (nothing when none were).
#[component]
pub fn SignedOutElsewhere(#[prop(into)] count: Signal<u64>) -> impl IntoView {
    view! {
        <Show when=move || { count.get() > 0 }>
            <p class="alert alert-info" role="status" data-testid="signed-out-elsewhere">
                {move || {
                    t_args(
                        "sessions-signed-out-elsewhere",
                        [("count", i64::try_from(count.get()).unwrap_or(i64::MAX).into())],
                    )()
                }}
            </p>
        </Show>
    }
}

#[component]
fn ChangePasswordForm(email: String) -> impl IntoView {
    let action = use_auth().change_password;
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = Signal::derive(move || matches!(action.value().get(), Some(Ok(_))));
    let signed_out = Signal::derive(move || match action.value().get() {
        Some(Ok(count)) => count,
        _ => 0,
    });
    view! {
        <section class="card" aria-labelledby="password-heading">
            <h2 id="password-heading">{t("settings-password-heading")}</h2>
            <ActionForm action attr:novalidate=true attr:aria-labelledby="password-heading">
                <ErrorAlert error />
                <SuccessAlert show=done message=msg("settings-password-changed") />
                <SignedOutElsewhere count=signed_out />
                <UsernameHint email />
                <PasswordField
                    name="current_password"
                    label=msg("field-current-password")
                    field=Field::CurrentPassword
                    error
                    autocomplete="current-password"
                />
                <PasswordField
                    name="new_password"
                    label=msg("field-new-password")
                    field=Field::NewPassword
                    error
                    autocomplete="new-password"
                />
                <SubmitButton
                    label=msg("settings-password-submit")
                    pending_label=msg("settings-password-pending")
                    pending=action.pending()
                />
            </ActionForm>
        </section>
    }
}
