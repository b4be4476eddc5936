use leptos::prelude::*;
use leptos_router::components::A;

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
pub fn SignupPage() -> impl IntoView {
    let auth = use_auth();
    let error = Signal::derive(move || auth.sign_up.value().get().and_then(Result::err));
    // The account keeps the language the page is shown in.
    let i18n = expect_context::<leptos_fluent::I18n>();
    let language = move || i18n.language.get().id;
    view! {
        <PageTitle id=msg("nav-sign-up") />
        <section class="card auth-card" aria-labelledby="signup-title">
            <h1 id="signup-title">{t("signup-title")}</h1>
            <p class="lead">{t("signup-lead")}</p>
            <ActionForm action=auth.sign_up attr:novalidate=true attr:aria-labelledby="signup-title">
                <ErrorAlert error />
                <input type="hidden" name="language" value=language />
                <EmailField error autocomplete="email" />
                <PasswordField
                    name="password"
                    label=msg("field-password")
                    field=Field::Password
                    error
                    autocomplete="new-password"
                />
                <SubmitButton
                    label=msg("signup-submit")
                    pending_label=msg("signup-pending")
                    pending=auth.sign_up.pending()
                />
            </ActionForm>
            <p class="card-footer">
                {t("signup-have-account")} " " <A href="/login">{t("signup-log-in-link")}</A>
            </p>
        </section>
    }
}
