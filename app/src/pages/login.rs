use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::auth::use_auth,
    components::{
        alert::ErrorAlert,
        field::{EmailField, PasswordField},
        submit::SubmitButton,
    },
    error::Field,
    i18n::{PageTitle, msg, t},
};

#[component]
pub fn LoginPage() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = Signal::derive(move || auth.log_in.value().get().and_then(Result::err));
    view! {
        <PageTitle id=msg("nav-log-in") />
        <section class="card auth-card" aria-labelledby="login-title">
            <h1 id="login-title">{t("login-title")}</h1>
            <ActionForm action=auth.log_in attr:novalidate=true attr:aria-labelledby="login-title">
                <ErrorAlert error />
                <input type="hidden" name="next" value=next />
                <EmailField error autocomplete="username" />
                <PasswordField
                    name="password"
                    label=msg("field-password")
                    field=Field::Password
                    error
                    autocomplete="current-password"
                />
                <SubmitButton
                    label=msg("login-submit")
                    pending_label=msg("login-pending")
                    pending=auth.log_in.pending()
                />
            </ActionForm>
            <p class="card-footer">
                {t("login-no-account")} " " <A href="/signup">{t("login-sign-up-link")}</A>
            </p>
        </section>
    }
}
