//! The two-factor section of the settings page and its dialogs: turning it on (password, QR
//! code and first code, backup codes), making new backup codes, and turning it off.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use leptos::prelude::*;

use super::{
    SECTION_HEADING,
    disable_dialog::{DISABLE_TEXTS, DisableDialog},
    regenerate_dialog::{REGENERATE_TEXTS, RegenerateDialog},
    setup_dialog::{SETUP_TEXTS, SetupDialog},
};
use domain::factor::TwoFactorStatus;

use crate::{
    components::{
        backup_codes::backup_codes_texts,
        code::CODE_TEXTS,
        copy::COPY_TEXTS,
        dialog::{DIALOG_TEXTS, lazy_dialog},
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
pub fn TwoFactorSection(status: TwoFactorStatus, email: String) -> impl IntoView {
    let status_text = match status.since {
        Some(since) => on_since(since).into_any(),
        None => t("settings-two-factor-off")().into_any(),
    };
    let texts = Texts::of(CONTROLS_TEXTS)
        .and(Texts::of(SETUP_TEXTS))
        .and(Texts::of(REGENERATE_TEXTS))
        .and(Texts::of(DISABLE_TEXTS))
        .and(Texts::of(REAUTH_TEXTS))
        .and(Texts::of(DIALOG_TEXTS))
        .and(Texts::of(CODE_TEXTS))
        .and(Texts::of(COPY_TEXTS))
        .and(backup_codes_texts(&email))
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
            <TwoFactorControls on=status.is_on() email texts />
        </section>
    }
}

/// The buttons' own messages; each dialog lists its own next to it.
const CONTROLS_TEXTS: &[&str] = &[
    msg("settings-two-factor-enable"),
    msg("settings-two-factor-regenerate"),
    msg("settings-two-factor-disable"),
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
                    {t("settings-two-factor-regenerate")}
                </button>
                <button id="disable-2fa" type="button" class="button button-danger" on:click=open(disable_open)>
                    {t("settings-two-factor-disable")}
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
                    {t("settings-two-factor-enable")}
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
