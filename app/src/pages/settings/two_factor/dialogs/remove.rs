//! Removing one factor — a security key or passkey, or the authenticator app — with the
//! password and a factor (the one being removed will do). Success loads the settings again
//! (the server functions redirect there).

use domain::factor::{FactorKind, FactorSet};
use leptos::{prelude::*, server_fn::ServerFn};

use crate::pages::settings::two_factor::factors::SECTION_HEADING;
use crate::{
    api::{auth::last_error, keys::RemoveKey, two_factor::RemoveAuthenticator},
    components::{
        dialog::{DialogActions, Modal},
        reauth::ReauthFields,
        submit::SubmitButton,
    },
    error::AppError,
    form::{Form, FormAction},
    i18n::{msg, t},
};

/// The factor a removal dialog removes.
#[derive(Debug, Clone)]
pub(super) enum Removing {
    Key { id: i64, name: String },
    Authenticator,
}

/// What a removal dialog says and how its elements are named.
struct Words {
    /// Also the id of the dialog's heading and the prefix of its other ids.
    title: &'static str,
    lead: &'static str,
    submit: &'static str,
    pending: &'static str,
    form: &'static str,
    code_id: &'static str,
    testid: &'static str,
}

/// Every message of the removal dialogs, for the islands that open them.
pub(super) const REMOVE_TEXTS: &[&str] = &[
    msg("settings-key-remove"),
    msg("remove-key-title"),
    msg("remove-key-lead"),
    msg("remove-key-last"),
    msg("remove-key-submit"),
    msg("remove-key-pending"),
    msg("settings-authenticator-remove"),
    msg("remove-authenticator-title"),
    msg("remove-authenticator-lead"),
    msg("remove-authenticator-submit"),
];

/// Removing `removing`; `last` when it is the account's only factor, `authenticator` when the
/// account has an app (its codes confirm the removal).
#[component]
pub(super) fn RemoveFactorDialog(
    open: RwSignal<bool>,
    removing: Removing,
    last: bool,
    authenticator: bool,
    email: String,
) -> impl IntoView {
    match removing {
        Removing::Key { id, name } => removal(
            open,
            FormAction::<RemoveKey>::new(),
            &Words {
                title: msg("remove-key-title"),
                lead: msg("remove-key-lead"),
                submit: msg("remove-key-submit"),
                pending: msg("remove-key-pending"),
                form: "remove-key",
                code_id: "remove-key-code",
                testid: "remove-key-dialog",
            },
            Some((id, name)),
            (last, authenticator),
            email,
        ),
        Removing::Authenticator => removal(
            open,
            FormAction::<RemoveAuthenticator>::new(),
            &Words {
                title: msg("remove-authenticator-title"),
                lead: msg("remove-authenticator-lead"),
                submit: msg("remove-authenticator-submit"),
                pending: msg("remove-key-pending"),
                form: "remove-authenticator",
                code_id: "remove-authenticator-code",
                testid: "remove-authenticator-dialog",
            },
            None,
            (last, authenticator),
            email,
        ),
    }
}

fn removal<S>(
    open: RwSignal<bool>,
    action: FormAction<S>,
    words: &Words,
    key: Option<(i64, String)>,
    (last, authenticator): (bool, bool),
    email: String,
) -> AnyView
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
{
    let close = move || open.set(false);
    let Words {
        title,
        lead,
        submit,
        pending,
        form,
        code_id,
        testid,
    } = *words;
    view! {
        <Modal
            open
            labelledby=title
            return_focus=&[SECTION_HEADING]
            on_close=move || action.clear()
            testid=testid
        >
            <h2 id=title>{t(title)}</h2>
            {
                let (key, email) = (key.clone(), email.clone());
                view! {
            <Form action attr:novalidate=true attr:aria-labelledby=title>
                {key.as_ref().map(|(_, name)| view! { <p class="key-name">{name.clone()}</p> })}
                <p class="lead">{t(lead)}</p>
                {last.then(|| view! {
                    <p class="alert alert-warning" data-testid="remove-key-last">{t("remove-key-last")}</p>
                })}
                {key.map(|(id, _)| view! { <input type="hidden" name="key" value=id /> })}
                <ReauthFields
                    form
                    code_id
                    email
                    error=last_error(action)
                    factors=FactorSet::default()
                        .with(FactorKind::Key, true)
                        .with(FactorKind::Authenticator, authenticator)
                    pending=action.pending()
                />
                <DialogActions on_cancel=close>
                    <SubmitButton
                        label=submit
                        pending_label=pending
                        pending=action.pending()
                        class="button button-danger"
                    />
                </DialogActions>
            </Form>
                }
            }
        </Modal>
    }
    .into_any()
}
