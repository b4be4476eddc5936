//! The dialogs of the two-factor section and the buttons that open them: what the section
//! offers an account is this module's list ([`offers`]), so a new factor's dialog is its file
//! and its lines here. Every dialog is one piece of the browser bundle, loaded the first time
//! any of them is opened (see [`lazy_dialog`](crate::components::dialog::lazy_dialog)): the page
//! loads only what shows at first, and the dialogs share their code with each other rather
//! than each carrying its own copy of what they have in common.

mod add_key;
mod disable;
mod regenerate;
mod remove;
mod setup;

use domain::factor::FactorKind;
use leptos::prelude::*;

use self::{
    add_key::{ADD_KEY_TEXTS, AddKeyDialog},
    disable::{DISABLE_TEXTS, DisableDialog},
    regenerate::{REGENERATE_TEXTS, RegenerateDialog},
    remove::{RemoveFactorDialog, Removing},
    setup::{SETUP_TEXTS, SetupDialog},
};
use super::factors::FactorSummary;
use crate::i18n::{Texts, msg};

/// A dialog of the settings page with what it shows. Each has the account's address (for the
/// password manager's hidden username field).
#[derive(Debug, Clone)]
pub(super) enum SettingsDialog {
    /// Setting up an authenticator app.
    Setup {
        email: String,
        factors: FactorSummary,
    },
    /// Adding a security key or passkey; `default_name` is this browser and system.
    AddKey {
        email: String,
        factors: FactorSummary,
        default_name: String,
    },
    /// Making new backup codes.
    Regenerate {
        email: String,
        factors: FactorSummary,
    },
    /// Turning two-factor off.
    Disable {
        email: String,
        factors: FactorSummary,
    },
    /// Removing one key; `last` when it is the account's only factor, `authenticator` when the
    /// account also has an app.
    RemoveKey {
        email: String,
        id: i64,
        name: String,
        last: bool,
        authenticator: bool,
    },
    /// Removing the authenticator app (offered while keys remain).
    RemoveAuthenticator { email: String },
}

/// The messages of the dialog that removes a factor (for the keys' list too).
pub(super) const REMOVE_TEXTS: &[&str] = remove::REMOVE_TEXTS;

/// The messages of every dialog, for the section's island.
pub(super) fn dialog_texts() -> Texts {
    [
        SETUP_TEXTS,
        ADD_KEY_TEXTS,
        REGENERATE_TEXTS,
        DISABLE_TEXTS,
        REMOVE_TEXTS,
    ]
    .into_iter()
    .fold(Texts::of(OFFER_TEXTS), |texts, ids| {
        texts.and(Texts::of(ids))
    })
}

/// The buttons' own messages.
const OFFER_TEXTS: &[&str] = &[
    msg("settings-two-factor-enable"),
    msg("settings-authenticator-add"),
    msg("settings-keys-add"),
    msg("settings-two-factor-regenerate"),
    msg("settings-two-factor-disable"),
    msg("settings-authenticator-remove"),
];

/// A button of the section and the dialog it opens.
pub(super) struct Offer {
    pub id: &'static str,
    /// Fluent id of the button's label.
    pub label: &'static str,
    pub class: &'static str,
    pub dialog: SettingsDialog,
}

/// What the section offers an account with `factors`, in the order of its buttons: setting up
/// an authenticator app (while it has none), adding a key, and — while two-factor is on — new
/// backup codes, removing the app (while keys remain) and turning it off (unless required).
pub(super) fn offers(factors: FactorSummary, email: &str, default_key_name: &str) -> Vec<Offer> {
    let email = email.to_owned();
    let on = factors.on;
    let has = |kind| factors.factors.has(kind);
    let mut offers = Vec::new();
    if !has(FactorKind::Authenticator) {
        offers.push(Offer {
            id: "enable-2fa",
            label: if on {
                msg("settings-authenticator-add")
            } else {
                msg("settings-two-factor-enable")
            },
            class: if on {
                "button button-secondary"
            } else {
                "button button-primary"
            },
            dialog: SettingsDialog::Setup {
                email: email.clone(),
                factors,
            },
        });
    }
    offers.push(Offer {
        id: "add-key",
        label: msg("settings-keys-add"),
        class: "button button-secondary",
        dialog: SettingsDialog::AddKey {
            email: email.clone(),
            factors,
            default_name: default_key_name.to_owned(),
        },
    });
    if on {
        offers.push(Offer {
            id: "regenerate-codes",
            label: msg("settings-two-factor-regenerate"),
            class: "button button-secondary",
            dialog: SettingsDialog::Regenerate {
                email: email.clone(),
                factors,
            },
        });
    }
    if has(FactorKind::Authenticator) && has(FactorKind::Key) {
        offers.push(Offer {
            id: "remove-authenticator",
            label: msg("settings-authenticator-remove"),
            class: "button button-secondary",
            dialog: SettingsDialog::RemoveAuthenticator {
                email: email.clone(),
            },
        });
    }
    if on && !factors.required {
        offers.push(Offer {
            id: "disable-2fa",
            label: msg("settings-two-factor-disable"),
            class: "button button-danger",
            dialog: SettingsDialog::Disable { email, factors },
        });
    }
    offers
}

/// The view of `dialog`, a modal created open that `open` closes.
#[lazy]
pub(super) fn settings_dialog(open: RwSignal<bool>, dialog: SettingsDialog) -> AnyView {
    match dialog {
        SettingsDialog::Setup { email, factors } => {
            view! { <SetupDialog open email factors /> }.into_any()
        }
        SettingsDialog::AddKey {
            email,
            factors,
            default_name,
        } => view! { <AddKeyDialog open email factors default_name /> }.into_any(),
        SettingsDialog::Regenerate { email, factors } => {
            view! { <RegenerateDialog open email factors /> }.into_any()
        }
        SettingsDialog::Disable { email, factors } => {
            view! { <DisableDialog open email factors /> }.into_any()
        }
        SettingsDialog::RemoveKey {
            email,
            id,
            name,
            last,
            authenticator,
        } => {
            let removing = Removing::Key { id, name };
            view! { <RemoveFactorDialog open removing last authenticator email /> }.into_any()
        }
        SettingsDialog::RemoveAuthenticator { email } => {
            let removing = Removing::Authenticator;
            view! { <RemoveFactorDialog open removing last=false authenticator=true email /> }
                .into_any()
        }
    }
}
