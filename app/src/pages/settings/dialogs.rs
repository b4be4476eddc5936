//! Every dialog of the settings page is one piece of the browser bundle, loaded the first time
//! any of them is opened (see [`lazy_dialog`](crate::components::dialog::lazy_dialog)): the page
//! loads only what shows at first, and the dialogs share their code with each other rather
//! than each carrying its own copy of what they have in common.

use leptos::prelude::*;

use super::{
    add_key_dialog::AddKeyDialog,
    disable_dialog::DisableDialog,
    factors::FactorSummary,
    regenerate_dialog::RegenerateDialog,
    remove_dialog::{RemoveFactorDialog, Removing},
    setup_dialog::SetupDialog,
};

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
