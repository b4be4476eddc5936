//! The two-factor section of the settings page and its dialogs: turning it on (password, QR
//! code and first code, backup codes), making new backup codes, and turning it off.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;

use crate::{
    api::{
        BackupCodes, TwoFactorStatus,
        auth::last_error,
        two_factor::{
            CancelTwoFactor, ConfirmTwoFactor, DisableTwoFactor, RegenerateBackupCodes,
            StartTwoFactor,
        },
    },
    browser,
    components::{
        alert::ErrorAlert,
        backup_codes::{BackupCodesView, backup_codes_texts},
        code::{CODE_TEXTS, CodeField, CodeKind, CodeToggle},
        copy::{COPY_TEXTS, CopyButton},
        dialog::{Modal, focus_on_mount, lazy_dialog},
        field::{PasswordField, UsernameHint},
        submit::SubmitButton,
    },
    error::{AppError, Field},
    i18n::{Texts, long_date, msg, t, t_args},
    island,
    pages::security_log::iso_datetime,
    redirect::SETTINGS,
};

/// Where focus goes when a dialog closes and the button that opened it is gone.
const SECTION_HEADING: &str = "two-factor-heading";

/// "Two-factor authentication is on since …", with the date as a `<time>` element (the
/// sentence is translated around a marker where the date goes).
fn on_since(since: i64) -> impl IntoView {
    const DATE: &str = "\u{E000}";
    let sentence = t_args("settings-2fa-on-since", [("date", DATE.to_owned().into())])();
    let (before, after) = sentence.split_once(DATE).unwrap_or((sentence.as_str(), ""));
    // Fluent's isolation marks around the date are the `<time>` element's to give (the style
    // isolates it), not stray characters beside it.
    let before = before.trim_end_matches('\u{2068}').to_owned();
    let after = after.trim_start_matches('\u{2069}').to_owned();
    view! {
        {before}
        <time datetime=iso_datetime(since)>{long_date(since)()}</time>
        {after}
    }
}

/// The two-factor section of the settings: the status (rendered on the server) and the
/// buttons with their dialogs (an island). A change ends with the settings loaded again, which
/// then show the new status and confirm the change at the top.
#[component]
pub fn TwoFactorSection(status: TwoFactorStatus, email: String) -> impl IntoView {
    let status_text = match status.since {
        Some(since) => on_since(since).into_any(),
        None => t("settings-2fa-off")().into_any(),
    };
    let texts = Texts::of(CONTROLS_TEXTS)
        .and(Texts::of(CODE_TEXTS))
        .and(Texts::of(COPY_TEXTS))
        .and(backup_codes_texts(&email))
        .and(AppError::texts());
    view! {
        <section class="card" aria-labelledby=SECTION_HEADING>
            <h2 id=SECTION_HEADING tabindex="-1">{t("settings-2fa-heading")}</h2>
            <p class="status" class:status-on=status.is_on() data-testid="two-factor-status">
                <span class="status-dot" aria-hidden="true"></span>
                <span>{status_text}</span>
            </p>
            {if status.is_on() {
                view! {
                    <p data-testid="backup-codes-left">
                        {t_args(
                            "settings-backup-codes-left",
                            [("count", status.backup_codes_left.into())],
                        )}
                    </p>
                    {status
                        .few_backup_codes_left()
                        .then(|| {
                            view! {
                                <p class="alert alert-warning" data-testid="backup-codes-warning">
                                    {t("settings-backup-codes-few")}
                                </p>
                            }
                        })}
                }
                    .into_any()
            } else {
                view! { <p class="muted">{t("settings-2fa-explainer")}</p> }.into_any()
            }}
            <TwoFactorControls on=status.is_on() email texts />
        </section>
    }
}

const CONTROLS_TEXTS: &[&str] = &[
    msg("settings-2fa-enable"),
    msg("settings-2fa-regenerate"),
    msg("settings-2fa-disable"),
    msg("dialog-cancel"),
    msg("field-current-password"),
    msg("setup-title"),
    msg("setup-password-lead"),
    msg("setup-password-submit"),
    msg("setup-password-pending"),
    msg("setup-scan-lead"),
    msg("setup-qr-label"),
    msg("setup-key-label"),
    msg("setup-copy-key"),
    msg("setup-code-lead"),
    msg("setup-confirm-submit"),
    msg("setup-confirm-pending"),
    msg("regenerate-title"),
    msg("regenerate-lead"),
    msg("regenerate-submit"),
    msg("regenerate-pending"),
    msg("disable-title"),
    msg("disable-lead"),
    msg("disable-submit"),
    msg("disable-pending"),
];

/// The buttons that open the dialogs (shown once the page is interactive) and the dialogs:
/// set-up while two-factor is off, new backup codes and turning it off while it is on.
#[island(lazy)]
fn TwoFactorControls(on: bool, email: String, texts: Texts) -> impl IntoView {
    island::setup(texts);
    let setup_open = RwSignal::new(false);
    let regenerate_open = RwSignal::new(false);
    let disable_open = RwSignal::new(false);
    let open = |dialog: RwSignal<bool>| move |_| dialog.set(true);
    if on {
        view! {
            <div class="button-row js-only">
                <button id="regenerate-codes" type="button" class="button button-secondary" on:click=open(regenerate_open)>
                    {t("settings-2fa-regenerate")}
                </button>
                <button id="disable-2fa" type="button" class="button button-danger" on:click=open(disable_open)>
                    {t("settings-2fa-disable")}
                </button>
            </div>
            {
                let email = email.clone();
                lazy_dialog(regenerate_open, move || regenerate_dialog(regenerate_open, email.clone()))
            }
            {lazy_dialog(disable_open, move || disable_dialog(disable_open, email.clone()))}
        }
            .into_any()
    } else {
        view! {
            <div class="button-row js-only">
                <button id="enable-2fa" type="button" class="button button-primary" on:click=open(setup_open)>
                    {t("settings-2fa-enable")}
                </button>
            </div>
            {lazy_dialog(setup_open, move || setup_dialog(setup_open, email.clone()))}
        }
            .into_any()
    }
}

// Each dialog is loaded when it is first opened (see `lazy_dialog`).
#[lazy]
fn setup_dialog(open: RwSignal<bool>, email: String) -> AnyView {
    view! { <SetupDialog open email /> }.into_any()
}

#[lazy]
fn regenerate_dialog(open: RwSignal<bool>, email: String) -> AnyView {
    view! { <RegenerateDialog open email /> }.into_any()
}

#[lazy]
fn disable_dialog(open: RwSignal<bool>, email: String) -> AnyView {
    view! { <DisableDialog open email /> }.into_any()
}

/// Turning two-factor on: the password, then the QR code, manual key and first code, then the
/// backup codes. Closing it before the first code is accepted discards the pending secret.
#[component]
fn SetupDialog(open: RwSignal<bool>, email: String) -> impl IntoView {
    let start = ServerAction::<StartTwoFactor>::new();
    let confirm = ServerAction::<ConfirmTwoFactor>::new();
    let cancel = ServerAction::<CancelTwoFactor>::new();
    let codes = move || confirm.value().get().and_then(Result::ok);
    let on_close = move || {
        match confirm.value().get_untracked() {
            // On: the settings show the new status and confirm the change.
            Some(Ok(_)) => browser::go_to(SETTINGS),
            _ if matches!(start.value().get_untracked(), Some(Ok(_))) => {
                cancel.dispatch(CancelTwoFactor {});
            }
            _ => {}
        }
        start.clear();
        confirm.clear();
    };
    let close = move || open.set(false);
    view! {
        <Modal
            open
            labelledby="setup-title"
            return_focus=&["enable-2fa", SECTION_HEADING]
            locked=Signal::derive(move || codes().is_some())
            on_close
            testid="setup-dialog"
        >
            <h2 id="setup-title">{t("setup-title")}</h2>
            {
                let email = email.clone();
                move || match (start.value().get(), codes()) {
                    (_, Some(BackupCodes { codes, .. })) => {
                        view! {
                            <BackupCodesView codes email=email.clone() heading_id="setup-codes-title" on_done=close />
                        }
                            .into_any()
                    }
                    (Some(Ok(setup)), None) => {
                        view! {
                            <ScanStep qr_svg=setup.qr_svg manual_key=setup.manual_key confirm on_cancel=close />
                        }
                            .into_any()
                    }
                    _ => {
                        let email = email.clone();
                        let error = last_error(start);
                        view! {
                            <ActionForm action=start attr:novalidate=true attr:aria-labelledby="setup-title">
                                <p class="lead">{t("setup-password-lead")}</p>
                                <ErrorAlert error />
                                <UsernameHint email />
                                <PasswordField
                                    form="setup"
                                    name="current_password"
                                    label=msg("field-current-password")
                                    field=Field::CurrentPassword
                                    error
                                    autocomplete="current-password"
                                    autofocus=true
                                />
                                <DialogActions on_cancel=close>
                                    <SubmitButton label=msg("setup-password-submit") pending_label=msg("setup-password-pending") pending=start.pending() />
                                </DialogActions>
                            </ActionForm>
                        }
                            .into_any()
                    }
                }
            }
        </Modal>
    }
}

/// The QR code, the same key for typing, and the first code that turns two-factor on.
#[component]
fn ScanStep(
    qr_svg: String,
    manual_key: String,
    confirm: ServerAction<ConfirmTwoFactor>,
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
                <ActionForm action=confirm attr:novalidate=true attr:aria-labelledby="setup-title">
                    <p id="setup-code-lead">{t("setup-code-lead")}</p>
                    <ErrorAlert error />
                    <CodeField id="setup-code" kind=CodeKind::Authenticator error describedby="setup-code-lead" />
                    <DialogActions on_cancel>
                        <SubmitButton label=msg("setup-confirm-submit") pending_label=msg("setup-confirm-pending") pending=confirm.pending() />
                    </DialogActions>
                </ActionForm>
            </li>
        </ol>
    }
}

/// New backup codes with the password and a code; then the codes, once.
#[component]
fn RegenerateDialog(open: RwSignal<bool>, email: String) -> impl IntoView {
    let regenerate = ServerAction::<RegenerateBackupCodes>::new();
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
                            <ActionForm action=regenerate attr:novalidate=true attr:aria-labelledby="regenerate-title">
                                <p class="lead" id="regenerate-lead">{t("regenerate-lead")}</p>
                                <ReauthFields
                                    form="regenerate"
                                    code_id="regenerate-code"
                                    email
                                    error=last_error(regenerate)
                                />
                                <DialogActions on_cancel=close>
                                    <SubmitButton label=msg("regenerate-submit") pending_label=msg("regenerate-pending") pending=regenerate.pending() />
                                </DialogActions>
                            </ActionForm>
                        }
                            .into_any()
                    }
                }
            }
        </Modal>
    }
}

/// Turning two-factor off with the password and an authenticator or backup code. Success
/// loads the settings again (the server function redirects there).
#[component]
fn DisableDialog(open: RwSignal<bool>, email: String) -> impl IntoView {
    let disable = ServerAction::<DisableTwoFactor>::new();
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
                    <ActionForm action=disable attr:novalidate=true attr:aria-labelledby="disable-title">
                        <p class="lead" id="disable-lead">{t("disable-lead")}</p>
                        <ReauthFields
                            form="disable"
                            code_id="disable-code"
                            email
                            error=last_error(disable)
                        />
                        <DialogActions on_cancel=close>
                            <SubmitButton
                                label=msg("disable-submit")
                                pending_label=msg("disable-pending")
                                pending=disable.pending()
                                class="button button-danger"
                            />
                        </DialogActions>
                    </ActionForm>
                }
            }
        </Modal>
    }
}

/// The password and a code (authenticator or backup, with a toggle) that sensitive changes ask
/// for.
#[component]
fn ReauthFields(
    /// Distinguishes the ids of this form's inputs.
    form: &'static str,
    /// The code input's id.
    code_id: &'static str,
    /// The account's email, for password managers (not sent).
    email: String,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let kind = RwSignal::new(CodeKind::Authenticator);
    view! {
        <ErrorAlert error />
        <UsernameHint email />
        <PasswordField
            form
            name="current_password"
            label=msg("field-current-password")
            field=Field::CurrentPassword
            error
            autocomplete="current-password"
            autofocus=true
        />
        <CodeField id=code_id kind error />
        <p class="field-aside">
            <CodeToggle kind field=code_id />
        </p>
    }
}

/// Cancel and the form's main button, at the bottom of a dialog.
#[component]
fn DialogActions(#[prop(into)] on_cancel: Callback<()>, children: Children) -> impl IntoView {
    view! {
        <div class="dialog-actions">
            <button type="button" class="button button-secondary" on:click=move |_| on_cancel.run(())>
                {t("dialog-cancel")}
            </button>
            {children()}
        </div>
    }
}
