use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    api::auth::use_auth,
    components::{alert::ErrorAlert, submit::SubmitButton},
    i18n::{PageTitle, t},
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
    let (backup, set_backup) = signal(false);
    let pick = move |totp: &'static str, backup_id: &'static str| {
        move || t(if backup.get() { backup_id } else { totp }).get()
    };
    view! {
        <PageTitle id="verify-title" />
        <section class="card auth-card" aria-labelledby="verify-title">
            <h1 id="verify-title">{t("verify-title")}</h1>
            <p class="lead" id="verify-lead">{pick("verify-lead-totp", "verify-lead-backup")}</p>
            <ActionForm action attr:novalidate=true attr:aria-labelledby="verify-title">
                <ErrorAlert error />
                <input type="hidden" name="next" value=next />
                <div class="field">
                    <label for="field-code">{pick("verify-label-totp", "verify-label-backup")}</label>
                    <input
                        id="field-code"
                        name="code"
                        type="text"
                        autocomplete="one-time-code"
                        inputmode=move || if backup.get() { "text" } else { "numeric" }
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength=64
                        required=true
                        autofocus=true
                        aria-describedby="verify-lead"
                        aria-invalid=move || error.get().map(|_| "true")
                    />
                </div>
                <SubmitButton label="verify-submit" pending_label="verify-pending" pending=action.pending() />
            </ActionForm>
            <p class="card-footer">
                <button
                    type="button"
                    class="button button-link js-only"
                    aria-pressed=move || backup.get().to_string()
                    data-testid="code-toggle"
                    on:click=move |_| set_backup.update(|b| *b = !*b)
                >
                    {pick("verify-use-backup", "verify-use-totp")}
                </button>
            </p>
            <p>
                <A href="/login">{t("verify-start-over")}</A>
            </p>
        </section>
    }
}
