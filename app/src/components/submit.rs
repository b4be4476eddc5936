use leptos::prelude::*;

use crate::i18n::t;

/// A submit button that shows that its form is being sent and cannot be sent twice meanwhile.
#[component]
pub fn SubmitButton(
    /// Fluent id of the label.
    label: &'static str,
    /// Fluent id of the label while sending.
    pending_label: &'static str,
    #[prop(into)] pending: Signal<bool>,
    #[prop(default = "button button-primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <button type="submit" class=class disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
            <span class="spinner" aria-hidden="true" class:hidden=move || !pending.get()></span>
            {move || if pending.get() { t(pending_label)() } else { t(label)() }}
        </button>
    }
}
