use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::auth::use_auth,
    components::{
        alert::ErrorAlert,
        code::{CodeField, CodeKind, CodeToggle},
        submit::SubmitButton,
    },
    i18n::{PageTitle, msg, t},
};

/// The second step of logging in. One input takes an authenticator code or a backup code;
/// the toggle only changes the wording and the keyboard, so it is shown only once the page is
/// interactive (`js-only`; without JavaScript, either code works all the same).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let action = use_auth().verify_login;
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let kind = RwSignal::new(CodeKind::Authenticator);
    let lead = move || {
        t(kind
            .get()
            .pick(msg("verify-lead-totp"), msg("verify-lead-backup")))()
    };
    view! {
        <PageTitle id=msg("verify-title") />
        <section class="card auth-card" aria-labelledby="verify-title">
            <h1 id="verify-title">{t("verify-title")}</h1>
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
            <p>
                <A href="/login">{t("verify-start-over")}</A>
            </p>
        </section>
    }
}
