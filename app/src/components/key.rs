//! Answering a form with a security key: a button that starts a key check, lets the browser
//! ask the key, and sends the form with the key's answer.

use leptos::{html, prelude::*, task::spawn_local};

use crate::{
    api::{
        keys::{passkey_sign_in, start_key_check, start_login_key, start_passkey},
        ownership::start_reset_key,
    },
    error::AppError,
    i18n::t,
    webauthn,
};

/// Which key check a [`KeyAnswer`] starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyCheck {
    /// One of the signed-in account's keys (a sensitive change).
    Account,
    /// One of the keys of this browser's pending login (the second step).
    Login,
    /// One of the keys of the account of a reset link (its token).
    Reset(String),
}

/// What a key ceremony is for: answering a form (`check` gives the challenge), or signing in
/// with a passkey (then `next` is where the browser goes).
enum KeyTask {
    Answer(KeyCheck),
    SignIn(String),
}

/// Runs a key ceremony: starts it on the server, lets the browser ask the key, and gives the
/// key's answer (WebAuthn's JSON form) for a form, or sends a passkey's answer itself (the
/// server's redirect then leaves the page; nothing to give). All key ceremonies are one piece
/// of the browser bundle, loaded at the first click, so that a page that offers a key does
/// not load the ceremony with the page.
#[lazy]
async fn run_key_task(task: KeyTask) -> Result<Option<String>, AppError> {
    let options = match &task {
        KeyTask::Answer(KeyCheck::Account) => start_key_check().await,
        KeyTask::Answer(KeyCheck::Login) => start_login_key().await,
        KeyTask::Answer(KeyCheck::Reset(token)) => start_reset_key(token.clone()).await,
        KeyTask::SignIn(_) => start_passkey().await,
    }?;
    let answer = webauthn::get(&options).await?;
    match task {
        KeyTask::Answer(_) => Ok(Some(answer)),
        KeyTask::SignIn(next) => passkey_sign_in(answer, Some(next)).await.map(|()| None),
    }
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
    let answer = move || {
        let check = check.clone();
        async move {
            let json = run_key_task(KeyTask::Answer(check))
                .await?
                .unwrap_or_default();
            if let Some(field) = input.get_untracked() {
                field.set_value(&json);
                if let Some(form) = field.form() {
                    let _ = form.request_submit();
                }
                // The form's data was read when it was sent: a later send is a code's.
                field.set_value("");
            }
            Ok(())
        }
    };
    view! {
        <input type="hidden" name="key_response" value="" node_ref=input />
        {ceremony_button(Ceremony { label, pending_label, class, testid, error }, answer)}
    }
}

/// Signs in with a passkey instead of the email and password (a button shown once the page
/// is interactive): the browser offers the passkeys it has for this site, and a right answer
/// goes to `next`. The code behind it is loaded at the first click.
#[component]
pub fn PasskeyButton(
    next: String,
    label: &'static str,
    pending_label: &'static str,
    error: RwSignal<Option<AppError>>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let sign_in = move || {
        let next = next.clone();
        async move { run_key_task(KeyTask::SignIn(next)).await.map(|_| ()) }
    };
    let class = "button button-secondary button-wide";
    ceremony_button(
        Ceremony {
            label,
            pending_label,
            class,
            testid,
            error,
        },
        sign_in,
    )
}

/// What a ceremony button says and where its failure goes.
#[derive(Clone, Copy)]
struct Ceremony {
    /// Fluent ids of the label, and of the label while the ceremony runs.
    label: &'static str,
    pending_label: &'static str,
    class: &'static str,
    testid: Option<&'static str>,
    error: RwSignal<Option<AppError>>,
}

/// A button that runs `run` (a key ceremony) once at a time, busy meanwhile; its failure goes
/// to the ceremony's `error`, which a new press clears.
fn ceremony_button<F, Fut>(ceremony: Ceremony, run: F) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<(), AppError>> + 'static,
{
    let Ceremony {
        label,
        pending_label,
        class,
        testid,
        error,
    } = ceremony;
    let busy = RwSignal::new(false);
    let press = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let running = run();
        spawn_local(async move {
            let outcome = running.await;
            busy.set(false);
            if let Err(err) = outcome {
                error.set(Some(err));
            }
        });
    };
    view! {
        <button
            type="button"
            class=format!("{class} js-only")
            data-testid=testid
            disabled=move || busy.get()
            aria-busy=move || busy.get().to_string()
            on:click=press
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
