use leptos::prelude::*;

use crate::{
    browser,
    error::AppError,
    i18n::{msg, t},
};

/// The messages of [`CodeField`] and [`CodeToggle`] (for an island's [`crate::i18n::Texts`]).
pub const CODE_TEXTS: &[&str] = &[
    msg("code-label-authenticator"),
    msg("code-label-backup"),
    msg("code-use-backup"),
    msg("code-use-authenticator"),
];

/// Which code the user says they are entering. The input accepts both kinds whatever the
/// choice; it changes the wording and the keyboard only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CodeKind {
    #[default]
    Authenticator,
    Backup,
}

impl CodeKind {
    /// Picks the Fluent id for this kind.
    pub fn pick(self, authenticator: &'static str, backup: &'static str) -> &'static str {
        match self {
            Self::Authenticator => authenticator,
            Self::Backup => backup,
        }
    }

    fn other(self) -> Self {
        match self {
            Self::Authenticator => Self::Backup,
            Self::Backup => Self::Authenticator,
        }
    }
}

/// The input for an authenticator or backup code (form field `code`).
#[component]
pub fn CodeField(
    /// The input's id (a page can have several code fields).
    id: &'static str,
    #[prop(into)] kind: Signal<CodeKind>,
    #[prop(into)] error: Signal<Option<AppError>>,
    /// Id of text that explains what to enter.
    #[prop(optional_no_strip)]
    describedby: Option<&'static str>,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    let invalid = move || {
        matches!(
            error.get(),
            Some(AppError::InvalidCode | AppError::CodeAlreadyUsed)
        )
        .then_some("true")
    };
    view! {
        <div class="field" class:field-invalid=move || invalid().is_some()>
            <label for=id>
                {move || t(kind.get().pick(msg("code-label-authenticator"), msg("code-label-backup")))()}
            </label>
            <input
                id=id
                name="code"
                type="text"
                class="code-input"
                autocomplete="one-time-code"
                inputmode=move || kind.get().pick("numeric", "text")
                autocapitalize="characters"
                spellcheck="false"
                maxlength=64
                required=true
                autofocus=autofocus
                aria-describedby=describedby
                aria-invalid=invalid
            />
        </div>
    }
}

/// Switches between "authenticator code" and "backup code" and puts the cursor back into the
/// code input `field`. Shown only once the page is interactive.
#[component]
pub fn CodeToggle(kind: RwSignal<CodeKind>, field: &'static str) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button-link js-only"
            data-testid="code-toggle"
            on:click=move |_| {
                kind.update(|k| *k = k.other());
                browser::focus_first(&[field]);
            }
        >
            {move || t(kind.get().pick(msg("code-use-backup"), msg("code-use-authenticator")))()}
        </button>
    }
}
