use std::future::Future;

use leptos::{html, prelude::*};

use crate::{
    browser,
    i18n::{msg, t},
};

/// The messages of [`DialogActions`].
pub const DIALOG_TEXTS: &[&str] = &[msg("dialog-cancel")];

/// A modal `<dialog>`: opened and closed through `open`; Escape closes it unless `locked`.
/// Its content exists only while it is open, so every opening starts afresh and nothing typed
/// (a password, a key) stays in the page after closing. When it closes, focus goes back to the
/// first element of `return_focus` that still exists (the button that opened it, or a fallback
/// when that button is gone).
#[component]
pub fn Modal(
    open: RwSignal<bool>,
    /// The id of the dialog's heading (its accessible name).
    labelledby: &'static str,
    return_focus: &'static [&'static str],
    /// While true, the dialog cannot be dismissed with Escape (e.g. before the backup codes
    /// are saved).
    #[prop(into, default = Signal::stored(false))]
    locked: Signal<bool>,
    /// Runs each time the dialog closes, however it was closed.
    #[prop(into)]
    on_close: Callback<()>,
    #[prop(into, optional)] testid: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    // The dialog opens and closes only here, following `open`; the browser never closes it by
    // itself (`closedby="none"`, Escape handled below), so the element and the signal cannot
    // drift apart however fast the user is.
    // (Also when the dialog is created open: see `lazy_dialog`.)
    Effect::watch(
        move || open.get(),
        move |&is_open, was_open, _| {
            let Some(el) = dialog.get_untracked() else {
                return;
            };
            if was_open.is_none() && !is_open {
                return;
            }
            if is_open {
                // After the content is rendered, so that its `autofocus` input gets the focus.
                request_animation_frame(move || {
                    if open.get_untracked() {
                        browser::show_modal(&el);
                    }
                });
            } else {
                browser::close(&el);
                on_close.run(());
                // Once the page has caught up with what `on_close` changed (the opener may be
                // gone).
                request_animation_frame(move || browser::focus_first(return_focus));
            }
        },
        true,
    );
    view! {
        <dialog
            node_ref=dialog
            class="modal"
            aria-labelledby=labelledby
            data-testid=testid
            closedby="none"
            on:cancel=|ev: web_sys::Event| ev.prevent_default()
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    if !locked.get_untracked() {
                        open.set(false);
                    }
                }
            }
        >
            {move || open.get().then(|| children())}
        </dialog>
    }
}

/// Moves focus to the element with `id` once the calling component is on the page (for a
/// dialog's later steps; the first step uses `autofocus`).
pub fn focus_on_mount(id: &'static str) {
    Effect::new(move || browser::focus_first(&[id]));
}

/// A dialog whose code is a piece of the browser bundle of its own, loaded the first time
/// `open` turns true: `load` (a `#[lazy]` function) gives its view, a [`Modal`] created open.
/// Until then nothing of it is on the page, so a page loads only what shows at first.
pub fn lazy_dialog<Fut>(
    open: RwSignal<bool>,
    load: impl Fn() -> Fut + Send + Sync + 'static,
) -> impl IntoView
where
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let wanted =
        Memo::new(move |before: Option<&bool>| open.get() || before.copied() == Some(true));
    move || wanted.get().then(|| Suspend::new(load()))
}

/// Cancel and the form's main button, at the bottom of a dialog.
#[component]
pub fn DialogActions(
    #[prop(into)] on_cancel: Callback<()>,
    /// The main button, if the step has one.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="dialog-actions">
            <button type="button" class="button button-secondary" on:click=move |_| on_cancel.run(())>
                {t("dialog-cancel")}
            </button>
            {children.map(|children| children())}
        </div>
    }
}
