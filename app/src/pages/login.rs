use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::auth::use_auth,
    components::{alert::ErrorAlert, field::TextField, submit::SubmitButton},
    error::Field,
    i18n::t,
};

#[component]
pub fn LoginPage() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = Signal::derive(move || auth.log_in.value().get().and_then(Result::err));
    view! {
        <section class="card auth-card" aria-labelledby="login-title">
            <h1 id="login-title">{t("login-title")}</h1>
            <ActionForm action=auth.log_in attr:novalidate=true attr:aria-labelledby="login-title">
                <ErrorAlert error />
                <input type="hidden" name="next" value=next />
                <TextField
                    name="email"
                    label="field-email"
                    field=Field::Email
                    error
                    input_type="email"
                    autocomplete="username"
                    maxlength=254
                    autofocus=true
                />
                <TextField
                    name="password"
                    label="field-password"
                    field=Field::Password
                    error
                    input_type="password"
                    autocomplete="current-password"
                />
                <SubmitButton
                    label="login-submit"
                    pending_label="login-pending"
                    pending=auth.log_in.pending()
                />
            </ActionForm>
            <p class="card-footer">
                {t("login-no-account")} " " <A href="/signup">{t("login-sign-up-link")}</A>
            </p>
        </section>
    }
}
