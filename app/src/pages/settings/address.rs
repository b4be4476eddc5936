//! The account's address on the settings: whether it is confirmed (until it is, two-factor
//! waits, and the link can be mailed again), and moving the account to a new address.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;

use crate::{
    api::{
        auth::last_error,
        ownership::{ChangeAddress, ResendConfirmation},
    },
    components::{
        alert::ErrorAlert,
        code::CODE_TEXTS,
        field::TextField,
        reauth::{CurrentPassword, REAUTH_TEXTS, ReauthFields},
        submit::SubmitButton,
    },
    error::{AppError, Field},
    form::{Form, FormAction},
    i18n::{Texts, msg, t, t_args},
    island,
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

/// "Change address", folded until opened: the new address, the password and, while two-factor
/// is on, a factor.
#[component]
pub fn ChangeAddressSection(
    email: String,
    two_factor: bool,
    keys: bool,
    authenticator: bool,
) -> impl IntoView {
    // Open when the page came back from a failed post without JavaScript.
    let failed = FormAction::<ChangeAddress>::new()
        .value()
        .with_untracked(|v| matches!(v, Some(Err(_))));
    let texts = Texts::of(CHANGE_TEXTS)
        .and(Texts::of(REAUTH_TEXTS))
        .and(Texts::of(CODE_TEXTS))
        .and(AppError::texts());
    view! {
        <details class="fold" open=failed data-testid="change-address">
            <summary>{t("settings-address-change")}</summary>
            <p class="muted" id="change-address-lead">{t("settings-address-change-lead")}</p>
            <ChangeAddressForm email two_factor keys authenticator texts />
        </details>
    }
}

const CHANGE_TEXTS: &[&str] = &[
    msg("field-new-email"),
    msg("settings-address-change"),
    msg("settings-address-submit"),
    msg("settings-address-pending"),
];

#[island(lazy)]
fn ChangeAddressForm(
    email: String,
    two_factor: bool,
    keys: bool,
    authenticator: bool,
    texts: Texts,
) -> impl IntoView {
    let (action, error) = island::form::<ChangeAddress>(texts);
    view! {
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
            />
            {if two_factor {
                view! {
                    <ReauthFields
                        form="change-address"
                        code_id="change-address-code"
                        email
                        error
                        keys
                        authenticator
                        pending=action.pending()
                        first=false
                    />
                }
                    .into_any()
            } else {
                view! { <CurrentPassword form="change-address" email error first=false /> }
                    .into_any()
            }}
            <SubmitButton
                label=msg("settings-address-submit")
                pending_label=msg("settings-address-pending")
                pending=action.pending()
            />
        </Form>
    }
}
