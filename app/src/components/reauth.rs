//! The password and a code (authenticator or backup, with a toggle) that sensitive changes ask
//! for.

use leptos::prelude::*;

use crate::{
    components::{
        alert::ErrorAlert,
        code::{CodeField, CodeKind, CodeToggle},
        field::{PasswordField, UsernameHint},
    },
    error::{AppError, Field},
    i18n::msg,
};

pub const REAUTH_TEXTS: &[&str] = &[msg("field-current-password")];

/// The password and a code (authenticator or backup, with a toggle) that sensitive changes ask
/// for.
#[component]
pub fn ReauthFields(
    /// Distinguishes the ids of this form's inputs.
    form: &'static str,
    /// The code input's id.
    code_id: &'static str,
    /// The account's email, for password managers (not sent).
    email: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let kind = RwSignal::new(CodeKind::Authenticator);
    view! {
        <CurrentPassword form email error />
        <CodeField id=code_id kind error />
        <p class="field-aside">
            <CodeToggle kind field=code_id />
        </p>
    }
}

/// The form's error and the current password (with the account's email for password
/// managers), which every sensitive change asks for first.
#[component]
pub fn CurrentPassword(
    /// Distinguishes the id of this form's input.
    form: &'static str,
    email: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <ErrorAlert error />
        <UsernameHint email />
        <PasswordField
            form
            name="current_password"
            label=msg("field-current-password")
            field=Field::CurrentPassword
            error
            autocomplete="current-password"
            autofocus=true
        />
    }
}
