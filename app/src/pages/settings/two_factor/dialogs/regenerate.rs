//! New backup codes, with the password and a factor; then the codes, once.

use leptos::prelude::*;

use crate::pages::settings::two_factor::factors::{FactorSummary, SECTION_HEADING};
use domain::factor::BackupCodes;

use crate::{
    api::{auth::last_error, two_factor::RegenerateBackupCodes},
    browser,
    components::{
        backup_codes::BackupCodesView,
        dialog::{DialogActions, Modal},
        reauth::ReauthFields,
        submit::SubmitButton,
    },
    form::{Form, FormAction},
    i18n::{msg, t},
    redirect::SETTINGS,
};

pub(super) const REGENERATE_TEXTS: &[&str] = &[
    msg("regenerate-title"),
    msg("regenerate-lead"),
    msg("regenerate-submit"),
    msg("regenerate-pending"),
];

/// New backup codes with the password and a code; then the codes, once.
#[component]
pub(super) fn RegenerateDialog(
    open: RwSignal<bool>,
    email: String,
    factors: FactorSummary,
) -> impl IntoView {
    let regenerate = FormAction::<RegenerateBackupCodes>::new();
    let codes = move || regenerate.value().get().and_then(Result::ok);
    let on_close = move || {
        if let Some(Ok(_)) = regenerate.value().get_untracked() {
            browser::go_to(SETTINGS);
        }
        regenerate.clear();
    };
    let close = move || open.set(false);
    view! {
        <Modal
            open
            labelledby="regenerate-title"
            return_focus=&["regenerate-codes", SECTION_HEADING]
            locked=Signal::derive(move || codes().is_some())
            on_close
            testid="regenerate-dialog"
        >
            <h2 id="regenerate-title">{t("regenerate-title")}</h2>
            {
                let email = email.clone();
                move || match codes() {
                    Some(BackupCodes { codes, .. }) => {
                        view! {
                            <BackupCodesView codes email=email.clone() heading_id="regenerate-codes-title" on_done=close />
                        }
                            .into_any()
                    }
                    None => {
                        let email = email.clone();
                        view! {
                            <Form action=regenerate attr:novalidate=true attr:aria-labelledby="regenerate-title">
                                <p class="lead" id="regenerate-lead">{t("regenerate-lead")}</p>
                                <ReauthFields
                                    form="regenerate"
                                    code_id="regenerate-code"
                                    email
                                    error=last_error(regenerate)
                                    factors=factors.factors
                                    pending=regenerate.pending()
                                />
                                <DialogActions on_cancel=close>
                                    <SubmitButton label=msg("regenerate-submit") pending_label=msg("regenerate-pending") pending=regenerate.pending() />
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
