// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;

use crate::{
    api::ownership::SignUp,
    components::{
        alert::ErrorAlert,
        field::{EmailField, PasswordField},
        submit::SubmitButton,
    },
    error::{AppError, Field},
    form::Form,
    i18n::{PageTitle, Texts, msg, t},
    island,
};

#[component]
pub fn SignupPage() -> impl IntoView {
    // The account keeps the language the page is shown in.
    let language = expect_context::<leptos_fluent::I18n>()
        .language
        .get_untracked()
        .id
        .to_owned();
    view! {
        <PageTitle id=msg("nav-sign-up") />
        <section class="card auth-card" aria-labelledby="signup-title">
            <h1 id="signup-title">{t("signup-title")}</h1>
            <p class="lead">{t("signup-lead")}</p>
            <SignupForm language texts=Texts::of(SIGNUP_FORM_TEXTS).and(AppError::texts()) />
            <p class="card-footer">
                {t("signup-have-account")} " " <a href="/login">{t("signup-log-in-link")}</a>
            </p>
        </section>
    }
}

const SIGNUP_FORM_TEXTS: &[&str] = &[
    msg("field-email"),
    msg("field-password"),
    msg("field-password-hint"),
    msg("signup-submit"),
    msg("signup-pending"),
];

#[island(lazy)]
fn SignupForm(language: String, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<SignUp>("signup_form", texts);
    view! {
        <Form action attr:novalidate=true attr:aria-labelledby="signup-title">
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
                pending=action.pending()
            />
        </Form>
    }
}
