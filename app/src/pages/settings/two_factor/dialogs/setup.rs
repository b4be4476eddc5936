//! Turning two-factor on: the password, the QR code with the key for typing and the first
//! code (with the code mailed to the account), then the backup codes.

use leptos::prelude::*;

use crate::pages::settings::two_factor::factors::{FactorSummary, SECTION_HEADING};
use domain::factor::BackupCodes;

use crate::{
    api::{
        auth::last_error,
        two_factor::{ConfirmTwoFactor, StartTwoFactor, cancel_two_factor},
    },
    browser,
    components::{
        alert::ErrorAlert,
        backup_codes::BackupCodesView,
        code::{CodeField, CodeKind},
        copy::CopyButton,
        dialog::{DialogActions, Modal, focus_on_mount},
        mailed_code::MailedCodeField,
        reauth::{CurrentPassword, ReauthFields},
        submit::SubmitButton,
    },
    form::{Form, FormAction},
    i18n::{msg, t},
    redirect::SETTINGS,
};

pub(super) const SETUP_TEXTS: &[&str] = &[
    msg("field-current-password"),
    msg("setup-title"),
    msg("setup-password-lead"),
    msg("setup-factor-lead"),
    msg("setup-password-submit"),
    msg("setup-password-pending"),
    msg("setup-scan-lead"),
    msg("setup-qr-label"),
    msg("setup-key-label"),
    msg("setup-copy-key"),
    msg("setup-code-lead"),
    msg("setup-confirm-submit"),
    msg("setup-confirm-pending"),
    msg("setup-add-submit"),
    msg("settings-authenticator-add"),
    msg("add-key-pending"),
];

/// Setting up an authenticator app: the password (and, while two-factor is on with a key, a
/// factor), then the QR code, manual key and first code, then — for the account's first
/// factor — the backup codes. Closing it before the first code is accepted discards the
/// pending secret.
#[component]
pub(super) fn SetupDialog(
    open: RwSignal<bool>,
    email: String,
    factors: FactorSummary,
) -> impl IntoView {
    let start = FormAction::<StartTwoFactor>::new();
    let confirm = FormAction::<ConfirmTwoFactor>::new();
    let codes = move || confirm.value().get().and_then(Result::ok);
    // With a key, two-factor had its backup codes already: the settings confirm the app.
    Effect::new(move || {
        if codes().is_some_and(|codes| codes.codes.is_empty()) {
            browser::go_to(SETTINGS);
        }
    });
    let on_close = move || {
        match confirm.value().get_untracked() {
            // On: the settings show the new status and confirm the change.
            Some(Ok(_)) => browser::go_to(SETTINGS),
            _ if matches!(start.value().get_untracked(), Some(Ok(_))) => {
                leptos::task::spawn_local(async {
                    if let Err(err) = cancel_two_factor().await {
                        leptos::logging::error!("could not discard a set-up: {err}");
                    }
                });
            }
            _ => {}
        }
        start.clear();
        confirm.clear();
    };
    let close = move || open.set(false);
    // While two-factor is on (with a key), the app is added to it rather than turning it on.
    let words = if factors.on {
        Words::ADD
    } else {
        Words::TURN_ON
    };
    view! {
        <Modal
            open
            labelledby="setup-title"
            return_focus=&["enable-2fa", SECTION_HEADING]
            locked=Signal::derive(move || codes().is_some())
            on_close
            testid="setup-dialog"
        >
            <h2 id="setup-title">{t(words.title)}</h2>
            {
                let email = email.clone();
                move || match (start.value().get(), codes()) {
                    (_, Some(BackupCodes { codes, .. })) if !codes.is_empty() => {
                        view! {
                            <BackupCodesView codes email=email.clone() heading_id="setup-codes-title" on_done=close />
                        }
                            .into_any()
                    }
                    (_, Some(_)) => view! { <p class="loading">{t(words.pending)}</p> }.into_any(),
                    (Some(Ok(setup)), None) => {
                        // The account's first factor: a code went to its address.
                        let mailed_to = (!factors.on).then(|| email.clone());
                        view! {
                            <ScanStep qr_svg=setup.qr_svg manual_key=setup.manual_key mailed_to confirm words on_cancel=close />
                        }
                            .into_any()
                    }
                    _ => {
                        let email = email.clone();
                        let error = last_error(start);
                        let (lead, fields) = if factors.on {
                            (
                                msg("setup-factor-lead"),
                                view! {
                                    <ReauthFields form="setup" code_id="setup-factor-code" email error factors=factors.factors pending=start.pending() />
                                }
                                    .into_any(),
                            )
                        } else {
                            (msg("setup-password-lead"), view! { <CurrentPassword form="setup" email error /> }.into_any())
                        };
                        view! {
                            <Form action=start attr:novalidate=true attr:aria-labelledby="setup-title">
                                <p class="lead">{t(lead)}</p>
                                {fields}
                                <DialogActions on_cancel=close>
                                    <SubmitButton label=msg("setup-password-submit") pending_label=msg("setup-password-pending") pending=start.pending() />
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

/// The dialog's title and the label of its last button (with its busy label), which say
/// whether the app turns two-factor on or is added to it.
#[derive(Clone, Copy)]
struct Words {
    title: &'static str,
    submit: &'static str,
    pending: &'static str,
}

impl Words {
    const TURN_ON: Self = Self {
        title: msg("setup-title"),
        submit: msg("setup-confirm-submit"),
        pending: msg("setup-confirm-pending"),
    };
    const ADD: Self = Self {
        title: msg("settings-authenticator-add"),
        submit: msg("setup-add-submit"),
        pending: msg("add-key-pending"),
    };
}

/// The QR code, the same key for typing, and the first code that turns two-factor on (or
/// adds the app to it) — with the code mailed to `mailed_to` for the account's first factor.
#[component]
fn ScanStep(
    qr_svg: String,
    manual_key: String,
    mailed_to: Option<String>,
    confirm: FormAction<ConfirmTwoFactor>,
    words: Words,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let error = last_error(confirm);
    let compact_key = manual_key.replace(' ', "");
    focus_on_mount("setup-code");
    view! {
        <ol class="steps">
            <li>
                <p id="setup-scan-lead">{t("setup-scan-lead")}</p>
                <div class="qr" role="img" aria-label=t("setup-qr-label") inner_html=qr_svg></div>
                <p class="manual-key-label" id="setup-key-label">{t("setup-key-label")}</p>
                <p class="manual-key">
                    <code translate="no" aria-labelledby="setup-key-label" data-testid="manual-key">{manual_key}</code>
                    <CopyButton text=compact_key label=msg("setup-copy-key") testid="copy-key" />
                </p>
            </li>
            <li>
                <Form action=confirm attr:novalidate=true attr:aria-labelledby="setup-title">
                    <p id="setup-code-lead">{t("setup-code-lead")}</p>
                    <ErrorAlert error />
                    <CodeField id="setup-code" kind=CodeKind::Authenticator error describedby=Some("setup-code-lead") />
                    {mailed_to.map(|email| view! { <MailedCodeField id="setup-mailed-code" email error /> })}
                    <DialogActions on_cancel>
                        <SubmitButton label=words.submit pending_label=words.pending pending=confirm.pending() />
                    </DialogActions>
                </Form>
            </li>
        </ol>
    }
}
