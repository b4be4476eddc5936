//! Answering a form with a security key: a button that starts a key check, lets the browser
//! ask the key, and sends the form with the key's answer.

use leptos::{html, prelude::*, task::spawn_local};

use crate::{
    api::keys::{start_key_check, start_login_key, start_passkey},
    error::AppError,
    i18n::t,
    webauthn,
};

/// Which key check a [`KeyAnswer`] starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCheck {
    /// One of the signed-in account's keys (a sensitive change).
    Account,
    /// One of the keys of this browser's pending login (the second step).
    Login,
    /// Any passkey of this site (signing in without the password).
    Passkey,
}

/// Starts `check` and asks the browser for the key's answer (WebAuthn's JSON form). Its code
/// is a piece of the browser bundle of its own, loaded at the first click, so that a page that
/// offers a key does not load the ceremony with the page.
#[lazy]
async fn ask_key(check: KeyCheck) -> Result<String, AppError> {
    let options = match check {
        KeyCheck::Account => start_key_check().await,
        KeyCheck::Login => start_login_key().await,
        KeyCheck::Passkey => start_passkey().await,
    }?;
    webauthn::get(&options).await
}

/// A button (shown once the page is interactive) that answers the form it is in with a
/// security key: it starts `check`, asks the browser for the key's answer, puts it into the
/// form's `key_response` field and sends the form. A cancelled or failed ceremony sets
/// `error` and leaves the form as it was, so that its other ways stay open.
#[component]
pub fn KeyAnswer(
    check: KeyCheck,
    /// Fluent id of the label, and of the label while the key is asked.
    label: &'static str,
    pending_label: &'static str,
    error: RwSignal<Option<AppError>>,
    #[prop(default = "button button-secondary")] class: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    let busy = RwSignal::new(false);
    let ask = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let answer = ask_key(check).await;
            busy.set(false);
            match (answer, input.get_untracked()) {
                (Ok(json), Some(field)) => {
                    field.set_value(&json);
                    if let Some(form) = field.form() {
                        let _ = form.request_submit();
                    }
                    // The form's data was read when it was sent: a later send is a code's.
                    field.set_value("");
                }
                (Err(err), _) => error.set(Some(err)),
                (Ok(_), None) => {}
            }
        });
    };
    view! {
        <input type="hidden" name="key_response" value="" node_ref=input />
        <button
            type="button"
            class=format!("{class} js-only")
            data-testid=testid
            disabled=move || busy.get()
            aria-busy=move || busy.get().to_string()
            on:click=ask
        >
            <span class="spinner" aria-hidden="true" class:hidden=move || !busy.get()></span>
            {move || if busy.get() { t(pending_label)() } else { t(label)() }}
        </button>
    }
}

/// The error to show for a form that can be answered with a key: the key's (until the form
/// is sent again), else the form's.
pub fn with_key_error(
    key_error: RwSignal<Option<AppError>>,
    form_error: Signal<Option<AppError>>,
    pending: Signal<bool>,
) -> Signal<Option<AppError>> {
    Effect::new(move || {
        if pending.get() {
            key_error.set(None);
        }
    });
    Signal::derive(move || key_error.get().or_else(|| form_error.get()))
}
