//! The code mailed when an account sets up its first factor (an authenticator app or a key):
//! it shows that whoever sets the factor up also reads the account's mail.

use leptos::prelude::*;

use crate::{
    browser,
    error::AppError,
    i18n::{Texts, msg, t, t_args},
};

/// The messages of [`MailedCodeField`] for an island, with the account's address.
pub fn mailed_code_texts(email: &str) -> Texts {
    Texts::of(&[msg("mailed-code-label")]).with(
        msg("mailed-code-lead"),
        &[("email", email.to_owned().into())],
    )
}

/// The input for the mailed code (form field `mailed_code`), with where it was sent and for
/// how long it works. `id` distinguishes the dialogs' inputs.
#[component]
pub fn MailedCodeField(
    id: &'static str,
    email: String,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lead_id = format!("{id}-lead");
    let invalid = move || matches!(error.get(), Some(AppError::MailedCodeWrong)).then_some("true");
    // A wrong mailed code puts the cursor where the fix goes.
    Effect::new(move || {
        if invalid().is_some() {
            browser::focus_first(&[id]);
        }
    });
    view! {
        <div class="field" class:field-invalid=move || invalid().is_some()>
            <label for=id>{t("mailed-code-label")}</label>
            <input
                id=id
                name="mailed_code"
                type="text"
                class="code-input"
                autocomplete="one-time-code"
                inputmode="numeric"
                spellcheck="false"
                maxlength=32
                required=true
                aria-describedby=lead_id.clone()
                aria-invalid=invalid
                data-testid="mailed-code"
            />
            <p class="field-hint" id=lead_id data-testid="mailed-code-lead">
                {t_args("mailed-code-lead", [("email", email.into())])}
            </p>
        </div>
    }
}
