//! The password and a factor (an authenticator or backup code, with a toggle, or a security
//! key where the account has one) that sensitive changes ask for.

use leptos::prelude::*;

use crate::{
    components::{
        alert::ErrorAlert,
        code::{CodeField, CodeKind, CodeToggle},
        field::{PasswordField, UsernameHint},
        key::{KeyAnswer, KeyCheck, with_key_error},
    },
    error::{AppError, Field},
    i18n::{msg, t},
};

pub const REAUTH_TEXTS: &[&str] = &[
    msg("field-current-password"),
    msg("reauth-key-lead"),
    msg("reauth-use-key"),
    msg("reauth-use-key-pending"),
];

/// The password and a factor that sensitive changes ask for: an authenticator or backup code
/// (with a toggle; only a backup code where the account has no authenticator app), or — where
/// the account has a key — the key, which sends the form at once.
#[component]
pub fn ReauthFields(
    /// Distinguishes the ids of this form's inputs.
    form: &'static str,
    /// The code input's id.
    code_id: &'static str,
    /// The account's email, for password managers (not sent).
    email: String,
    error: Signal<Option<AppError>>,
    /// Whether the account has a security key (then it is offered too).
    #[prop(optional)]
    keys: bool,
    /// Whether the account has an authenticator app (else a backup code is the only code).
    #[prop(default = true)]
    authenticator: bool,
    /// Whether the form is being sent.
    #[prop(into, default = Signal::stored(false))]
    pending: Signal<bool>,
) -> impl IntoView {
    let kind = RwSignal::new(if authenticator {
        CodeKind::Authenticator
    } else {
        CodeKind::Backup
    });
    let key_error = RwSignal::new(None);
    let error = with_key_error(key_error, error, pending);
    view! {
        <CurrentPassword form email error />
        {keys.then(|| view! {
            <p class="field-aside js-only" id=format!("{form}-key-lead")>{t("reauth-key-lead")}</p>
            <p class="field-aside">
                <KeyAnswer
                    check=KeyCheck::Account
                    label=msg("reauth-use-key")
                    pending_label=msg("reauth-use-key-pending")
                    error=key_error
                    testid="reauth-use-key"
                />
            </p>
        })}
        <CodeField id=code_id kind error />
        {authenticator.then(|| view! {
            <p class="field-aside">
                <CodeToggle kind field=code_id />
            </p>
        })}
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
    /// Whether the password is the form's first input (then it shows the form's error and
    /// takes the focus); `false` where the form has inputs of its own before it.
    #[prop(default = true)]
    first: bool,
) -> impl IntoView {
    view! {
        {first.then(|| view! { <ErrorAlert error /> })}
        <UsernameHint email />
        <PasswordField
            form
            name="current_password"
            label=msg("field-current-password")
            field=Field::CurrentPassword
            error
            autocomplete="current-password"
            autofocus=first
        />
    }
}
