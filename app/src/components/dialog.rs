use leptos::{html, prelude::*};

use crate::browser;

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
    Effect::new(move || {
        if let Some(el) = dialog.get() {
            if open.get() {
                // After the content is rendered, so that its `autofocus` input gets the focus.
                request_animation_frame(move || browser::show_modal(&el));
            } else {
                browser::close(&el);
            }
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="modal"
            aria-labelledby=labelledby
            data-testid=testid
            closedby=move || if locked.get() { "none" } else { "closerequest" }
            on:cancel=move |ev: web_sys::Event| {
                if locked.get_untracked() {
                    ev.prevent_default();
                }
            }
            on:close=move |_| {
                // Closed by the browser (Escape) or by `open`: bring the signal in line.
                open.set(false);
                on_close.run(());
                // Once the page has caught up with what `on_close` changed (the opener may be gone).
                request_animation_frame(move || browser::focus_first(return_focus));
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
