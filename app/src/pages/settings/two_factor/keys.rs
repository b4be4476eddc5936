//! The security keys and passkeys of the two-factor section: the list (rendered on the server,
//! with a rename form that works without JavaScript), and for each key the button and dialog
//! that remove it (an island).

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;

use super::{
    dialogs::REMOVE_TEXTS,
    dialogs::{SettingsDialog, settings_dialog},
};
use domain::keys::{KeyInfo, MAX_KEY_NAME};

use crate::{
    api::{auth::last_error, keys::RenameKey},
    components::{
        alert::ErrorAlert,
        code::CODE_TEXTS,
        dialog::{DIALOG_TEXTS, lazy_dialog},
        reauth::reauth_texts,
        submit::SubmitButton,
    },
    error::AppError,
    form::{Form, FormAction},
    i18n::{Texts, long_date, msg, t, t_args},
    island,
};

/// The account's keys, each with when it was added and last used, a rename form and the
/// button that removes it. `last_factor` says that the only key is also the only factor (not
/// removable while two-factor is `required`); `authenticator`, whether the account has an
/// authenticator app (its codes confirm a removal).
#[component]
pub(super) fn KeysList(
    keys: Vec<KeyInfo>,
    last_factor: bool,
    required: bool,
    authenticator: bool,
    email: String,
) -> impl IntoView {
    let rename = FormAction::<RenameKey>::new();
    let texts = Texts::of(REMOVE_TEXTS)
        .and(reauth_texts())
        .and(Texts::of(DIALOG_TEXTS))
        .and(Texts::of(CODE_TEXTS))
        .and(AppError::texts());
    view! {
        <h3 id="keys-heading">{t("settings-keys-heading")}</h3>
        <ErrorAlert error=last_error(rename) />
        {if keys.is_empty() {
            view! { <p class="muted" data-testid="no-keys">{t("settings-keys-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="key-list" aria-labelledby="keys-heading">
                    {keys
                        .into_iter()
                        .map(move |key| {
                            view! {
                                <KeyItem key rename last=last_factor required authenticator email=email.clone() texts=texts.clone() />
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
    .into_any()
}

#[component]
fn KeyItem(
    key: KeyInfo,
    rename: FormAction<RenameKey>,
    last: bool,
    required: bool,
    authenticator: bool,
    email: String,
    texts: Texts,
) -> impl IntoView {
    let used = match key.last_used_at {
        Some(at) => t_args("settings-key-last-used", [("date", long_date(at)().into())])(),
        None => t("settings-key-never-used")(),
    };
    let rename_id = format!("key-name-{}", key.id);
    let name = key.name.clone();
    view! {
        <li class="key" data-testid="key">
            <p class="key-name" data-testid="key-name">{key.name.clone()}</p>
            <p class="muted key-dates">
                {t_args("settings-key-added", [("date", long_date(key.added_at)().into())])}
                " · "
                {used}
            </p>
            <div class="key-actions">
                <details class="key-rename">
                    <summary>{t("settings-key-rename")}</summary>
                    <Form action=rename attr:novalidate=true>
                        <input type="hidden" name="key" value=key.id />
                        <div class="field">
                            <label for=rename_id.clone()>{t("settings-key-rename-label")}</label>
                            <input
                                id=rename_id
                                name="name"
                                type="text"
                                value=key.name.clone()
                                maxlength=MAX_KEY_NAME
                                required=true
                                autocomplete="off"
                            />
                        </div>
                        <SubmitButton
                            label=msg("settings-key-rename-submit")
                            pending_label=msg("settings-key-rename-pending")
                            pending=rename.pending()
                            class="button button-secondary"
                        />
                    </Form>
                </details>
                {(!(last && required))
                    .then(|| view! { <RemoveKeyControl id=key.id name last authenticator email texts /> })}
            </div>
        </li>
    }
}

/// The button that removes one key (shown once the page is interactive), and its dialog.
#[island(lazy)]
fn RemoveKeyControl(
    id: i64,
    name: String,
    last: bool,
    authenticator: bool,
    email: String,
    texts: Texts,
) -> impl IntoView {
    island::setup("remove_key_control", texts);
    let open = RwSignal::new(false);
    let button_id = format!("remove-key-{id}");
    let label = format!("{} {name}", t("settings-key-remove")());
    view! {
        <button
            id=button_id
            type="button"
            class="button button-danger js-only"
            aria-label=label
            data-testid="remove-key"
            on:click=move |_| open.set(true)
        >
            {t("settings-key-remove")}
        </button>
        {lazy_dialog(open, move || {
            settings_dialog(
                open,
                SettingsDialog::RemoveKey {
                    email: email.clone(),
                    id,
                    name: name.clone(),
                    last,
                    authenticator,
                },
            )
        })}
    }
}
