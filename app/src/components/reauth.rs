//! The password and a factor (an authenticator or backup code, with a toggle, or a security
//! key where the account has one) that sensitive changes ask for.

use domain::factor::FactorSet;
use leptos::prelude::*;

use crate::{
    components::{
        alert::ErrorAlert,
        code::CODE_TEXTS,
        factors::{AsideFactorInputs, FACTOR_TEXTS, KeyButton, first_code},
        field::{PasswordField, UsernameHint},
        key::{KeyCheck, with_key_error},
    },
    error::{AppError, Field},
    i18n::{Texts, msg},
};

const REAUTH_TEXTS: &[&str] = &[
    msg("field-current-password"),
    msg("reauth-use-key"),
    msg("reauth-use-key-pending"),
];

/// The messages of [`ReauthFields`] (for an island's [`Texts`]).
pub fn reauth_texts() -> Texts {
    Texts::of(REAUTH_TEXTS)
        .and(Texts::of(FACTOR_TEXTS))
        .and(Texts::of(CODE_TEXTS))
}

/// The password and a factor that sensitive changes ask for, from the account's `factors`
/// (see [`AsideFactorInputs`]): where it has a key, the key sends the form at once.
#[component]
pub fn ReauthFields(
    /// Distinguishes the ids of this form's inputs.
    form: &'static str,
    /// The code input's id.
    code_id: &'static str,
    /// The account's email, for password managers (not sent).
    email: String,
    error: Signal<Option<AppError>>,
    factors: FactorSet,
    /// Whether the form is being sent.
    #[prop(into, default = Signal::stored(false))]
    pending: Signal<bool>,
) -> impl IntoView {
    let key_error = RwSignal::new(None);
    let error = with_key_error(key_error, error, pending);
    let key = KeyButton {
        check: KeyCheck::Account,
        label: msg("reauth-use-key"),
        pending_label: msg("reauth-use-key-pending"),
        testid: "reauth-use-key",
    };
    let lead = format!("{form}-key-lead");
    view! {
        <CurrentPassword form email error />
        <AsideFactorInputs factors key lead code_id kind=RwSignal::new(first_code(factors)) error key_error />
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
