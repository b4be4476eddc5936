use domain::url::percent_encode;
use leptos::prelude::*;

use crate::{
    browser,
    components::{copy::CopyButton, dialog::focus_on_mount},
    i18n::{Texts, msg, t, t_args},
};

/// The messages of [`BackupCodesView`] for the account `email` (for an island's [`Texts`]).
pub fn backup_codes_texts(email: &str) -> Texts {
    Texts::of(&[
        msg("backup-codes-title"),
        msg("backup-codes-lead"),
        msg("backup-codes-list-label"),
        msg("backup-codes-copy"),
        msg("backup-codes-download"),
        msg("backup-codes-print"),
        msg("backup-codes-saved"),
        msg("backup-codes-done"),
        msg("backup-codes-file-note"),
    ])
    .with(
        msg("backup-codes-file-heading"),
        &[("email", email.to_owned().into())],
    )
}

/// A new set of backup codes, shown this once: copy all, download as text, print. `Done` is
/// enabled only once the user ticks "I have saved these codes". The view is created afresh
/// each time codes are shown, so the box always starts unticked.
#[component]
pub fn BackupCodesView(
    codes: Vec<String>,
    /// The account the codes belong to (named in the downloaded file).
    email: String,
    /// The id of the view's heading.
    heading_id: &'static str,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let saved = RwSignal::new(false);
    focus_on_mount(heading_id);
    let listing = codes.join("\n");
    let file_text = {
        let heading = t_args("backup-codes-file-heading", [("email", email.into())]);
        let note = t("backup-codes-file-note");
        let listing = listing.clone();
        Signal::derive(move || {
            // Plain text: without the isolation marks Fluent puts around the email.
            let heading = heading().replace(['\u{2068}', '\u{2069}'], "");
            format!("{heading}\n{}\n\n{listing}\n", note())
        })
    };
    let download_href = move || {
        format!(
            "data:text/plain;charset=utf-8,{}",
            percent_encode(&file_text.get(), false)
        )
    };
    view! {
        <div class="backup-codes-view printable">
            <h3 id=heading_id tabindex="-1">{t("backup-codes-title")}</h3>
            <p id="backup-codes-lead">{t("backup-codes-lead")}</p>
            <ol class="backup-codes" aria-label=t("backup-codes-list-label") data-testid="backup-codes">
                {codes
                    .into_iter()
                    .map(|code| view! { <li><code translate="no">{code}</code></li> })
                    .collect_view()}
            </ol>
            <div class="button-row no-print">
                <CopyButton text=listing label=msg("backup-codes-copy") testid="copy-codes" />
                <a
                    class="button button-secondary"
                    href=download_href
                    download="twofold-backup-codes.txt"
                    data-testid="download-codes"
                >
                    {t("backup-codes-download")}
                </a>
                <button type="button" class="button button-secondary" on:click=|_| browser::print()>
                    {t("backup-codes-print")}
                </button>
            </div>
            <label class="checkbox no-print">
                <input
                    type="checkbox"
                    data-testid="codes-saved"
                    prop:checked=move || saved.get()
                    on:change=move |ev| saved.set(event_target_checked(&ev))
                />
                {t("backup-codes-saved")}
            </label>
            <div class="dialog-actions no-print">
                <button
                    type="button"
                    class="button button-primary"
                    disabled=move || !saved.get()
                    data-testid="codes-done"
                    on:click=move |_| on_done.run(())
                >
                    {t("backup-codes-done")}
                </button>
            </div>
        </div>
    }
}
