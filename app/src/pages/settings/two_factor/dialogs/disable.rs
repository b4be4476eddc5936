//! Turning two-factor off, with the password and a factor (a code or a key).

use domain::factor::FactorKind;
use leptos::prelude::*;

use crate::pages::settings::two_factor::factors::{FactorSummary, SECTION_HEADING};
use crate::{
    api::{auth::last_error, two_factor::DisableTwoFactor},
    components::{
        dialog::{DialogActions, Modal},
        reauth::ReauthFields,
        submit::SubmitButton,
    },
    form::{Form, FormAction},
    i18n::{msg, t},
};

pub(super) const DISABLE_TEXTS: &[&str] = &[
    msg("disable-title"),
    msg("disable-lead"),
    msg("disable-lead-key"),
    msg("disable-submit"),
    msg("disable-pending"),
];

/// Turning two-factor off with the password and a factor (a code or a key). Success
/// loads the settings again (the server function redirects there).
#[component]
pub(super) fn DisableDialog(
    open: RwSignal<bool>,
    email: String,
    factors: FactorSummary,
) -> impl IntoView {
    // Without an authenticator app, the factor is a key or a backup code.
    let lead = if factors.factors.has(FactorKind::Authenticator) {
        msg("disable-lead")
    } else {
        msg("disable-lead-key")
    };
    let disable = FormAction::<DisableTwoFactor>::new();
    let on_close = move || disable.clear();
    let close = move || open.set(false);
    view! {
        <Modal
            open
            labelledby="disable-title"
            return_focus=&["disable-2fa", SECTION_HEADING]
            on_close
            testid="disable-dialog"
        >
            <h2 id="disable-title">{t("disable-title")}</h2>
            {
                let email = email.clone();
                view! {
                    <Form action=disable attr:novalidate=true attr:aria-labelledby="disable-title">
                        <p class="lead" id="disable-lead">{t(lead)}</p>
                        <ReauthFields
                            form="disable"
                            code_id="disable-code"
                            email
                            error=last_error(disable)
                            factors=factors.factors
                            pending=disable.pending()
                        />
                        <DialogActions on_cancel=close>
                            <SubmitButton
                                label=msg("disable-submit")
                                pending_label=msg("disable-pending")
                                pending=disable.pending()
                                class="button button-danger"
                            />
                        </DialogActions>
                    </Form>
                }
            }
        </Modal>
    }
}
