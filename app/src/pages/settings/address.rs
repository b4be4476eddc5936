//! The account's address on the settings: whether it is confirmed (until it is, two-factor
//! waits, and the link can be mailed again), and moving the account to a new address.

use domain::factor::FactorSet;
use leptos::prelude::*;

use crate::{
    api::{
        auth::last_error,
        ownership::{ChangeAddress, ResendConfirmation},
    },
    components::{
        alert::ErrorAlert, code::CodeField, factors::first_code, field::TextField,
        reauth::CurrentPassword, submit::SubmitButton,
    },
    error::Field,
    form::{Form, FormAction},
    i18n::{msg, t, t_args},
};

/// At the top of the settings while the address is not confirmed: why it matters, and the
/// link again (a plain form: it works without JavaScript).
#[component]
pub fn UnconfirmedBanner(email: String) -> impl IntoView {
    let action = FormAction::<ResendConfirmation>::new();
    let error = last_error(action);
    view! {
        <div class="banner banner-warning" role="status" data-testid="unconfirmed-banner">
            <p>{t_args("settings-address-unconfirmed", [("email", email.into())])}</p>
            <Form action attr:class="inline-form">
                <ErrorAlert error />
                <SubmitButton
                    label=msg("settings-address-resend")
                    pending_label=msg("settings-address-resending")
                    pending=action.pending()
                    class="button button-secondary"
                />
            </Form>
        </div>
    }
}

/// "Change email address", folded until opened: the new address, the password and, while
/// two-factor is on, a code (an authenticator or a backup code: the input takes either). A plain
/// form, without an island: it costs the settings page no code in the browser (a key is not
/// offered here; a key-only account gives one of its backup codes).
#[component]
pub fn ChangeAddressSection(email: String, two_factor: bool, factors: FactorSet) -> impl IntoView {
    let action = FormAction::<ChangeAddress>::new();
    // Open, with the problem shown, when the page came back from a failed post.
    let failed = action.value().with_untracked(|v| matches!(v, Some(Err(_))));
    let error = last_error(action);
    let kind = first_code(factors);
    view! {
        <details class="fold" open=failed data-testid="change-address">
            <summary>{t("settings-address-change")}</summary>
            <p class="muted" id="change-address-lead">{t("settings-address-change-lead")}</p>
            <Form action attr:novalidate=true attr:aria-describedby="change-address-lead">
                <ErrorAlert error />
                <TextField
                    name="new_email"
                    form="change-address"
                    label=msg("field-new-email")
                    field=Field::Email
                    error
                    input_type="email"
                    autocomplete="email"
                    maxlength=254
                    autofocus=failed
                />
                <CurrentPassword form="change-address" email error first=false />
                {two_factor.then(|| view! { <CodeField id="change-address-code" kind error /> })}
                <SubmitButton
                    label=msg("settings-address-submit")
                    pending_label=msg("settings-address-pending")
                    pending=action.pending()
                />
            </Form>
        </details>
    }
}
