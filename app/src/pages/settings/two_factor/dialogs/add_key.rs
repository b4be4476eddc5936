//! Adding a security key or passkey: the password (and a factor while two-factor is on), the
//! browser's ceremony, then a name (with the code mailed to the account for its first factor);
//! the first factor of the account shows its backup codes.

use leptos::{prelude::*, task::spawn_local};

use crate::pages::settings::two_factor::factors::{FactorSummary, SECTION_HEADING};
use domain::keys::{KeyAdded, MAX_KEY_NAME};

use crate::{
    api::{
        auth::last_error,
        keys::{FinishAddKey, StartAddKey},
    },
    browser,
    components::{
        alert::ErrorAlert,
        backup_codes::BackupCodesView,
        dialog::{DialogActions, Modal, focus_on_mount},
        mailed_code::MailedCodeField,
        reauth::{CurrentPassword, ReauthFields},
        submit::SubmitButton,
    },
    error::AppError,
    form::{Form, FormAction},
    i18n::{msg, t},
    redirect::SETTINGS,
    webauthn,
};

pub(super) const ADD_KEY_TEXTS: &[&str] = &[
    msg("add-key-title"),
    msg("add-key-password-lead"),
    msg("add-key-factor-lead"),
    msg("add-key-continue"),
    msg("add-key-continue-pending"),
    msg("add-key-touch"),
    msg("add-key-retry"),
    msg("add-key-name-lead"),
    msg("add-key-name-label"),
    msg("add-key-submit"),
    msg("add-key-pending"),
];

/// Where the browser's part of adding a key is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ceremony {
    /// Waiting for the key (or the user).
    Asking,
    /// The key's answer, to be named and sent.
    Answered(String),
    Failed(AppError),
}

/// Adding a key: password (and a factor while two-factor is on), the browser's ceremony, a
/// name (`default_name` is this browser and system), then — for the account's first factor —
/// the backup codes. Other outcomes load the settings again, which confirm the change.
#[component]
pub(super) fn AddKeyDialog(
    open: RwSignal<bool>,
    email: String,
    /// The account's factors (while two-factor is on, one of them is asked for too).
    factors: FactorSummary,
    default_name: String,
) -> impl IntoView {
    let on = factors.on;
    let start = FormAction::<StartAddKey>::new();
    let finish = FormAction::<FinishAddKey>::new();
    let ceremony = RwSignal::new(None::<Ceremony>);
    let ask = move |options: String| {
        ceremony.set(Some(Ceremony::Asking));
        spawn_local(async move {
            ceremony.set(Some(match webauthn::create(&options).await {
                Ok(answer) => Ceremony::Answered(answer),
                Err(err) => Ceremony::Failed(err),
            }));
        });
    };
    // The password was right: the browser asks for the key at once.
    Effect::new(move || {
        if let Some(Ok(options)) = start.value().get() {
            ask(options);
        }
    });
    let added = move || finish.value().get().and_then(Result::ok);
    Effect::new(move || {
        if let Some(KeyAdded {
            backup_codes: None, ..
        }) = added()
        {
            browser::go_to(SETTINGS);
        }
    });
    let on_close = move || {
        if added().is_some() {
            browser::go_to(SETTINGS);
        }
        start.clear();
        finish.clear();
        ceremony.set(None);
    };
    let close = move || open.set(false);
    view! {
        <Modal
            open
            labelledby="add-key-title"
            return_focus=&["add-key", SECTION_HEADING]
            locked=Signal::derive(move || added().is_some())
            on_close
            testid="add-key-dialog"
        >
            <h2 id="add-key-title">{t("add-key-title")}</h2>
            {
                let email = email.clone();
                let default_name = default_name.clone();
                move || match (added(), ceremony.get()) {
                    (Some(KeyAdded { backup_codes: Some(codes), .. }), _) => {
                        view! {
                            <BackupCodesView codes=codes.codes email=email.clone() heading_id="add-key-codes-title" on_done=close />
                        }
                            .into_any()
                    }
                    (Some(_), _) => view! { <p class="loading">{t("add-key-pending")}</p> }.into_any(),
                    (None, Some(Ceremony::Answered(answer))) => {
                        // The account's first factor: a code went to its address.
                        let mailed_to = (!on).then(|| email.clone());
                        view! { <NameStep answer finish default_name=default_name.clone() mailed_to on_cancel=close /> }.into_any()
                    }
                    (None, Some(Ceremony::Asking)) => {
                        view! {
                            <p class="lead" role="status" data-testid="add-key-touch">{t("add-key-touch")}</p>
                            <DialogActions on_cancel=close />
                        }
                            .into_any()
                    }
                    (None, Some(Ceremony::Failed(err))) => {
                        let retry = move |_| {
                            if let Some(Ok(options)) = start.value().get_untracked() {
                                ask(options);
                            }
                        };
                        view! {
                            <ErrorAlert error=Signal::stored(Some(err)) />
                            <DialogActions on_cancel=close>
                                <button type="button" class="button button-primary" data-testid="add-key-retry" on:click=retry>
                                    {t("add-key-retry")}
                                </button>
                            </DialogActions>
                        }
                            .into_any()
                    }
                    (None, None) => {
                        let email = email.clone();
                        let error = last_error(start);
                        let lead = if on { msg("add-key-factor-lead") } else { msg("add-key-password-lead") };
                        let fields = if on {
                            view! {
                                <ReauthFields form="add-key" code_id="add-key-code" email error factors=factors.factors pending=start.pending() />
                            }
                                .into_any()
                        } else {
                            view! { <CurrentPassword form="add-key" email error /> }.into_any()
                        };
                        view! {
                            <Form action=start attr:novalidate=true attr:aria-labelledby="add-key-title">
                                <p class="lead">{t(lead)}</p>
                                {fields}
                                <DialogActions on_cancel=close>
                                    <SubmitButton label=msg("add-key-continue") pending_label=msg("add-key-continue-pending") pending=start.pending() />
                                </DialogActions>
                            </Form>
                        }
                            .into_any()
                    }
                }
            }
        </Modal>
    }
}

/// The key answered: a name for it (this browser and system unless changed) and, for the
/// account's first factor, the code mailed to `mailed_to`; then it is added.
#[component]
fn NameStep(
    answer: String,
    finish: FormAction<FinishAddKey>,
    default_name: String,
    mailed_to: Option<String>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let error = last_error(finish);
    focus_on_mount("add-key-name");
    view! {
        <Form action=finish attr:novalidate=true attr:aria-labelledby="add-key-title">
            <p class="lead" id="add-key-name-lead">{t("add-key-name-lead")}</p>
            <ErrorAlert error />
            <input type="hidden" name="key_response" value=answer />
            <div class="field">
                <label for="add-key-name">{t("add-key-name-label")}</label>
                <input
                    id="add-key-name"
                    name="name"
                    type="text"
                    value=default_name
                    maxlength=MAX_KEY_NAME
                    required=true
                    autocomplete="off"
                    aria-describedby="add-key-name-lead"
                />
            </div>
            {mailed_to.map(|email| view! { <MailedCodeField id="add-key-mailed-code" email error /> })}
            <DialogActions on_cancel>
                <SubmitButton label=msg("add-key-submit") pending_label=msg("add-key-pending") pending=finish.pending() />
            </DialogActions>
        </Form>
    }
}
