//! The two-factor section of the settings page and its dialogs: its factors (an authenticator
//! app, security keys and passkeys), adding them (password, QR code and first code, or the
//! browser's key ceremony; backup codes with the first factor), making new backup codes, and
//! turning it off.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use domain::factor::FactorKind;
use leptos::prelude::*;

use super::{
    add_key_dialog::ADD_KEY_TEXTS,
    dialogs::{SettingsDialog, settings_dialog},
    disable_dialog::DISABLE_TEXTS,
    factors::{FactorSummary, SECTION_HEADING},
    keys::KeysList,
    regenerate_dialog::REGENERATE_TEXTS,
    remove_dialog::REMOVE_TEXTS,
    setup_dialog::SETUP_TEXTS,
};
use domain::{factor::TwoFactorStatus, keys::KeyInfo};

use crate::{
    components::{
        backup_codes::backup_codes_texts,
        code::CODE_TEXTS,
        copy::COPY_TEXTS,
        dialog::{DIALOG_TEXTS, lazy_dialog},
        mailed_code::mailed_code_texts,
        reauth::REAUTH_TEXTS,
    },
    error::AppError,
    i18n::{Texts, long_date, msg, t, t_args},
    island,
    pages::security_log::iso_datetime,
};

/// "Two-factor authentication is on since …", with the date as a `<time>` element (the
/// sentence is translated around a marker where the date goes).
fn on_since(since: i64) -> impl IntoView {
    const DATE: &str = "\u{E000}";
    let sentence = t_args(
        "settings-two-factor-on-since",
        [("date", DATE.to_owned().into())],
    )();
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
pub fn TwoFactorSection(
    status: TwoFactorStatus,
    keys: Vec<KeyInfo>,
    email: String,
    /// This browser and system, the name a new key gets unless the user changes it.
    default_key_name: String,
    /// Whether the deployment's policy requires two-factor of the account (then it cannot be
    /// turned off, nor its last factor removed).
    required: bool,
) -> impl IntoView {
    let key_count = keys.len();
    let authenticator = status.factors.has(FactorKind::Authenticator);
    let factors = FactorSummary {
        on: status.is_on(),
        factors: status.factors,
        required,
    };
    let status_text = match status.since {
        Some(since) => on_since(since).into_any(),
        None => t("settings-two-factor-off")().into_any(),
    };
    let texts = Texts::of(CONTROLS_TEXTS)
        .and(Texts::of(SETUP_TEXTS))
        .and(Texts::of(REGENERATE_TEXTS))
        .and(Texts::of(DISABLE_TEXTS))
        .and(Texts::of(ADD_KEY_TEXTS))
        .and(Texts::of(REMOVE_TEXTS))
        .and(Texts::of(REAUTH_TEXTS))
        .and(Texts::of(DIALOG_TEXTS))
        .and(Texts::of(CODE_TEXTS))
        .and(Texts::of(COPY_TEXTS))
        .and(backup_codes_texts(&email))
        .and(mailed_code_texts(&email))
        .and(AppError::texts());
    view! {
        <section class="card" aria-labelledby=SECTION_HEADING>
            <h2 id=SECTION_HEADING tabindex="-1">{t("settings-two-factor-heading")}</h2>
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
                    {required
                        .then(|| {
                            view! {
                                <p class="muted" data-testid="two-factor-required">
                                    {t("settings-two-factor-required")}
                                </p>
                            }
                        })}
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
                view! { <p class="muted">{t("settings-two-factor-explainer")}</p> }.into_any()
            }}
            <h3 id="authenticator-heading">{t("settings-authenticator-heading")}</h3>
            <p data-testid="authenticator-status">
                {if authenticator {
                    t("settings-authenticator-on")
                } else {
                    t("settings-authenticator-off")
                }}
            </p>
            <KeysList
                keys
                last_factor=!authenticator && key_count == 1
                required
                authenticator
                email=email.clone()
            />
            <p class="muted no-js-only">{t("settings-keys-need-js")}</p>
            <TwoFactorControls factors email default_key_name texts />
        </section>
    }
    // A view type this deep overflows the compiler's limits in the page around it.
    .into_any()
}

/// The buttons' own messages; each dialog lists its own next to it.
const CONTROLS_TEXTS: &[&str] = &[
    msg("settings-two-factor-enable"),
    msg("settings-authenticator-add"),
    msg("settings-keys-add"),
    msg("settings-two-factor-regenerate"),
    msg("settings-two-factor-disable"),
    msg("settings-authenticator-remove"),
];

/// The buttons that open the dialogs (shown once the page is interactive) and the dialogs:
/// setting up an authenticator app (while the account has none), adding a key, and — while
/// two-factor is on — new backup codes and turning it off.
#[island(lazy)]
fn TwoFactorControls(
    factors: FactorSummary,
    email: String,
    default_key_name: String,
    texts: Texts,
) -> impl IntoView {
    island::setup("two_factor_controls", texts);
    let setup_open = RwSignal::new(false);
    let add_key_open = RwSignal::new(false);
    let regenerate_open = RwSignal::new(false);
    let disable_open = RwSignal::new(false);
    let remove_app_open = RwSignal::new(false);
    let open = |dialog: RwSignal<bool>| move |_| dialog.set(true);
    let on = factors.on;
    let setup_label = if on {
        msg("settings-authenticator-add")
    } else {
        msg("settings-two-factor-enable")
    };
    let setup_class = if on {
        "button button-secondary"
    } else {
        "button button-primary"
    };
    view! {
        <div class="button-row js-only">
            {(!factors.factors.has(FactorKind::Authenticator)).then(|| view! {
                <button id="enable-2fa" type="button" class=setup_class on:click=open(setup_open)>
                    {t(setup_label)}
                </button>
            })}
            <button id="add-key" type="button" class="button button-secondary" on:click=open(add_key_open)>
                {t("settings-keys-add")}
            </button>
            {on.then(|| view! {
                <button id="regenerate-codes" type="button" class="button button-secondary" on:click=open(regenerate_open)>
                    {t("settings-two-factor-regenerate")}
                </button>
            })}
            {(factors.factors.has(FactorKind::Authenticator) && factors.factors.has(FactorKind::Key)).then(|| view! {
                <button id="remove-authenticator" type="button" class="button button-secondary" on:click=open(remove_app_open)>
                    {t("settings-authenticator-remove")}
                </button>
            })}
            {(on && !factors.required).then(|| view! {
                <button id="disable-2fa" type="button" class="button button-danger" on:click=open(disable_open)>
                    {t("settings-two-factor-disable")}
                </button>
            })}
        </div>
        {
            let email = email.clone();
            lazy_dialog(setup_open, move || {
                settings_dialog(setup_open, SettingsDialog::Setup { email: email.clone(), factors })
            })
        }
        {
            let email = email.clone();
            lazy_dialog(add_key_open, move || {
                let default_name = default_key_name.clone();
                settings_dialog(
                    add_key_open,
                    SettingsDialog::AddKey { email: email.clone(), factors, default_name },
                )
            })
        }
        {
            let email = email.clone();
            lazy_dialog(regenerate_open, move || {
                settings_dialog(
                    regenerate_open,
                    SettingsDialog::Regenerate { email: email.clone(), factors },
                )
            })
        }
        {
            let email = email.clone();
            lazy_dialog(remove_app_open, move || {
                settings_dialog(
                    remove_app_open,
                    SettingsDialog::RemoveAuthenticator { email: email.clone() },
                )
            })
        }
        {lazy_dialog(disable_open, move || {
            settings_dialog(disable_open, SettingsDialog::Disable { email: email.clone(), factors })
        })}
    }
}
