//! The two-factor section of the settings page and its dialogs: its factors (an authenticator
//! app, security keys and passkeys), adding them (password, QR code and first code, or the
//! browser's key ceremony; backup codes with the first factor), making new backup codes, and
//! turning it off.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

mod dialogs;
mod factors;
mod keys;

use domain::{
    factor::{FactorKind, TwoFactorStatus},
    keys::KeyInfo,
};
use leptos::prelude::*;

use self::{
    dialogs::{Offer, dialog_texts, offers, settings_dialog},
    factors::{FactorSummary, SECTION_HEADING},
    keys::KeysList,
};

use crate::{
    components::{
        backup_codes::backup_codes_texts,
        code::CODE_TEXTS,
        copy::COPY_TEXTS,
        dialog::{DIALOG_TEXTS, lazy_dialog},
        factors::FactorStatus,
        mailed_code::mailed_code_texts,
        reauth::reauth_texts,
    },
    error::AppError,
    i18n::{Texts, long_date, t, t_args},
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
    let texts = dialog_texts()
        .and(reauth_texts())
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
            <FactorStatus factors=status.factors />
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

/// The buttons that open the dialogs (shown once the page is interactive) and the dialogs,
/// as [`offers`] lists them for the account.
#[island(lazy)]
fn TwoFactorControls(
    factors: FactorSummary,
    email: String,
    default_key_name: String,
    texts: Texts,
) -> impl IntoView {
    island::setup("two_factor_controls", texts);
    let offers: Vec<(RwSignal<bool>, Offer)> = offers(factors, &email, &default_key_name)
        .into_iter()
        .map(|offer| (RwSignal::new(false), offer))
        .collect();
    let buttons = offers
        .iter()
        .map(|(open, offer)| {
            let open = *open;
            view! {
                <button id=offer.id type="button" class=offer.class on:click=move |_| open.set(true)>
                    {t(offer.label)}
                </button>
            }
        })
        .collect_view();
    let dialogs = offers
        .into_iter()
        .map(|(open, Offer { dialog, .. })| {
            lazy_dialog(open, move || settings_dialog(open, dialog.clone()))
        })
        .collect_view();
    view! {
        <div class="button-row js-only">{buttons}</div>
        {dialogs}
    }
}
