// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::account::VerifyLogin,
    components::{
        alert::ErrorAlert,
        code::{CODE_TEXTS, CodeField, CodeKind, CodeToggle},
        submit::SubmitButton,
    },
    error::AppError,
    i18n::{PageTitle, Texts, msg, t},
    island,
};

/// The second step of logging in. One input takes an authenticator code or a backup code;
/// the toggle only changes the wording and the keyboard, so it is shown only once the page is
/// interactive (`js-only`; without JavaScript, either code works all the same).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let next = use_query_map().with_untracked(|q| q.get("next").unwrap_or_default());
    let texts = Texts::of(VERIFY_FORM_TEXTS)
        .and(Texts::of(CODE_TEXTS))
        .and(AppError::texts());
    view! {
        <PageTitle id=msg("verify-title") />
        <section class="card auth-card" aria-labelledby="verify-title">
            <h1 id="verify-title">{t("verify-title")}</h1>
            <VerifyForm next texts />
            <p>
                <a href="/login">{t("verify-start-over")}</a>
            </p>
        </section>
    }
}

const VERIFY_FORM_TEXTS: &[&str] = &[
    msg("verify-lead-totp"),
    msg("verify-lead-backup"),
    msg("verify-submit"),
    msg("verify-pending"),
];

#[island(lazy)]
fn VerifyForm(next: String, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<VerifyLogin>(texts);
    let kind = RwSignal::new(CodeKind::Authenticator);
    let lead = move || {
        t(kind
            .get()
            .pick(msg("verify-lead-totp"), msg("verify-lead-backup")))()
    };
    view! {
        <p class="lead" id="verify-lead">{lead}</p>
        <ActionForm action attr:novalidate=true attr:aria-labelledby="verify-title">
            <ErrorAlert error />
            <input type="hidden" name="next" value=next />
            <CodeField id="field-code" kind error describedby="verify-lead" autofocus=true />
            <SubmitButton label=msg("verify-submit") pending_label=msg("verify-pending") pending=action.pending() />
        </ActionForm>
        <p class="card-footer">
            <CodeToggle kind field="field-code" />
        </p>
    }
}
