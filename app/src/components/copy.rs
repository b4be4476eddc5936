use leptos::{prelude::*, task::spawn_local};

use crate::{
    browser,
    i18n::{msg, t},
};

/// The messages of [`CopyButton`] (its label comes from the caller).
pub const COPY_TEXTS: &[&str] = &[msg("copy-done"), msg("copy-failed")];

/// Copies `text` to the clipboard and says whether that worked (in a live region, so screen
/// readers hear it too).
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    /// Fluent id of the label.
    label: &'static str,
    #[prop(into, optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            outcome.set(Some(browser::copy_text(&text).await));
        });
    };
    let message = move || {
        outcome.get().map(|copied| {
            t(if copied {
                msg("copy-done")
            } else {
                msg("copy-failed")
            })()
        })
    };
    view! {
        <span class="copy">
            <button type="button" class="button button-secondary" data-testid=testid on:click=copy>
                {t(label)}
            </button>
            <span class="copy-outcome" role="status">{message}</span>
        </span>
    }
}
