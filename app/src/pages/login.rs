// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::account::LogIn,
    components::{
        alert::ErrorAlert,
        field::{EmailField, SignInPasswordField},
        key::PasskeyButton,
        submit::SubmitButton,
    },
    error::AppError,
    form::Form,
    i18n::{PageTitle, Texts, msg, t},
    island,
};

#[component]
pub fn LoginPage() -> impl IntoView {
    let (next, email) = use_query_map().with_untracked(|q| {
        // An application's `login_hint`, when it is an address.
        let email = q
            .get("email")
            .filter(|e| e.len() <= 254 && e.contains('@') && !e.chars().any(char::is_control));
        (q.get("next").unwrap_or_default(), email)
    });
    view! {
        <PageTitle id=msg("nav-log-in") />
        <section class="card auth-card" aria-labelledby="login-title">
            <h1 id="login-title">{t("login-title")}</h1>
            <LoginForm
                next
                email
                texts=Texts::of(LOGIN_FORM_TEXTS).and(Texts::of(PASSKEY_TEXTS)).and(AppError::texts())
            />
            <p class="muted no-js-only">{t("login-passkey-needs-js")}</p>
            <p>
                <a href=domain::ownership::FORGOT_PASSWORD_PAGE data-testid="forgot-password">
                    {t("login-forgot")}
                </a>
            </p>
            <p class="card-footer">
                {t("login-no-account")} " " <a href="/signup">{t("login-sign-up-link")}</a>
            </p>
        </section>
    }
}

const LOGIN_FORM_TEXTS: &[&str] = &[
    msg("field-email"),
    msg("field-password"),
    msg("login-submit"),
    msg("login-pending"),
];

/// Email and password (a right password leads to the code step or straight to `next`), or —
/// once the page is interactive — a passkey instead: the browser offers the passkeys it has
/// for this site. One island, so that the passkey costs the page only its button (the
/// ceremony's code is loaded at the first click). Not lazy, like the code step's island: the
/// sign-in pages are the first a browser loads, so their code is in the bundle itself (one file
/// instead of some 30 pieces, each a request), and every page after sign-in finds it cached.
#[island]
fn LoginForm(next: String, email: Option<String>, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<LogIn>("login_form", texts);
    let passkey_error = RwSignal::new(None);
    let passkey_next = next.clone();
    view! {
        <Form action attr:novalidate=true attr:aria-labelledby="login-title">
            <ErrorAlert error />
            <input type="hidden" name="next" value=next />
            <EmailField error autocomplete="username" value=email />
            <SignInPasswordField error />
            <SubmitButton
                label=msg("login-submit")
                pending_label=msg("login-pending")
                pending=action.pending()
            />
        </Form>
        <div class="passkey-form js-only" role="group" aria-label=t("login-passkey")>
            <p class="divider">{t("login-or")}</p>
            <ErrorAlert error=passkey_error />
            <PasskeyButton
                next=passkey_next
                label=msg("login-passkey")
                pending_label=msg("login-passkey-pending")
                error=passkey_error
                testid="passkey-sign-in"
            />
        </div>
    }
}

const PASSKEY_TEXTS: &[&str] = &[
    msg("login-or"),
    msg("login-passkey"),
    msg("login-passkey-pending"),
];
