//! How each kind of factor is asked for and named: the inputs of every form that takes a
//! factor (the sign-in's code step, a reset link's form, the dialogs of sensitive changes, the
//! administrator's confirmation), the code step's lead, and a factor's name in the
//! administrator's list. A new kind of factor is laid out here once, for all of them.

use domain::factor::{FactorKind, FactorSet};
use leptos::prelude::*;

use crate::{
    components::{
        code::{CodeField, CodeKind, CodeToggle},
        key::{KeyAnswer, KeyCheck},
    },
    error::AppError,
    i18n::{msg, t, t_args},
};

/// The messages of the factor inputs and [`step_lead`] (for an island's
/// [`crate::i18n::Texts`]); [`crate::components::code::CODE_TEXTS`] has the code's own.
pub const FACTOR_TEXTS: &[&str] = &[
    msg("verify-or-code"),
    msg("reauth-key-lead"),
    msg("verify-lead-totp"),
    msg("verify-lead-backup"),
    msg("verify-lead-key"),
    msg("verify-lead-key-only"),
];

/// The code an input starts with: an authenticator code where the account has the app, else
/// a backup code (the toggle offers the other).
pub fn first_code(factors: FactorSet) -> CodeKind {
    if factors.has(FactorKind::Authenticator) {
        CodeKind::Authenticator
    } else {
        CodeKind::Backup
    }
}

/// The code step's lead (a Fluent id): the key first where the account has one, else what the
/// input takes now.
pub fn step_lead(factors: FactorSet, kind: CodeKind) -> &'static str {
    match (
        factors.has(FactorKind::Key),
        factors.has(FactorKind::Authenticator),
    ) {
        (true, true) => msg("verify-lead-key"),
        (true, false) => msg("verify-lead-key-only"),
        (false, _) => kind.pick(msg("verify-lead-totp"), msg("verify-lead-backup")),
    }
}

/// A form's key button: which check it answers, its labels (Fluent ids) and test id.
#[derive(Debug, Clone)]
pub struct KeyButton {
    pub check: KeyCheck,
    pub label: &'static str,
    pub pending_label: &'static str,
    pub testid: &'static str,
}

impl KeyButton {
    /// The button, with `class`.
    fn answer(self, error: RwSignal<Option<AppError>>, class: &'static str) -> impl IntoView {
        let Self {
            check,
            label,
            pending_label,
            testid,
        } = self;
        view! { <KeyAnswer check label pending_label error class testid /> }
    }
}

/// The inputs of a factor in a step of its own (the sign-in's code step, a reset link's form):
/// the key button first (with `key_class`) where the account has a key, then the code input
/// (see [`code_inputs`]).
#[component]
pub fn StepFactorInputs(
    factors: FactorSet,
    key: KeyButton,
    key_class: &'static str,
    /// The code input's id.
    code_id: &'static str,
    kind: RwSignal<CodeKind>,
    /// The form's error, with the key's (see [`crate::components::key::with_key_error`]).
    error: Signal<Option<AppError>>,
    key_error: RwSignal<Option<AppError>>,
    /// Id of text that explains what to enter.
    #[prop(optional_no_strip)]
    describedby: Option<&'static str>,
    #[prop(optional)] autofocus: bool,
    /// Whether the toggle goes right below the code input (else the page puts a
    /// [`FactorToggle`] where it wants it).
    #[prop(default = true)]
    toggle: bool,
) -> impl IntoView {
    let key = factors.has(FactorKind::Key).then(|| {
        view! {
            <div class="key-first">{key.answer(key_error, key_class)}</div>
            <p class="divider js-only">{t("verify-or-code")}</p>
        }
    });
    let code = CodeInputs {
        factors,
        code_id,
        kind,
        error,
        describedby,
        autofocus,
        toggle,
    };
    view! {
        {key}
        {code_inputs(code)}
    }
}

/// The inputs of a factor below a password (the dialogs of sensitive changes): where the
/// account has a key, a line (id `lead`) saying that the key sends the form and the key
/// button; then the code input with its toggle (see [`code_inputs`]).
#[component]
pub fn AsideFactorInputs(
    factors: FactorSet,
    key: KeyButton,
    lead: String,
    /// The code input's id.
    code_id: &'static str,
    kind: RwSignal<CodeKind>,
    /// The form's error, with the key's (see [`crate::components::key::with_key_error`]).
    error: Signal<Option<AppError>>,
    key_error: RwSignal<Option<AppError>>,
) -> impl IntoView {
    let key = factors.has(FactorKind::Key).then(|| {
        view! {
            <p class="field-aside js-only" id=lead>{t("reauth-key-lead")}</p>
            <p class="field-aside">{key.answer(key_error, "button button-secondary")}</p>
        }
    });
    let code = CodeInputs {
        factors,
        code_id,
        kind,
        error,
        describedby: None,
        autofocus: false,
        toggle: true,
    };
    view! {
        {key}
        {code_inputs(code)}
    }
}

/// What the code input of [`StepFactorInputs`] and [`AsideFactorInputs`] is given.
#[derive(Clone, Copy)]
struct CodeInputs {
    factors: FactorSet,
    code_id: &'static str,
    kind: RwSignal<CodeKind>,
    error: Signal<Option<AppError>>,
    describedby: Option<&'static str>,
    autofocus: bool,
    toggle: bool,
}

/// The one code input that takes an authenticator or a backup code (`kind` only changes its
/// wording and keyboard), with the toggle below it if asked.
fn code_inputs(inputs: CodeInputs) -> impl IntoView {
    let CodeInputs {
        factors,
        code_id,
        kind,
        error,
        describedby,
        autofocus,
        toggle,
    } = inputs;
    view! {
        <CodeField id=code_id kind error describedby autofocus />
        {toggle.then(|| view! { <FactorToggle factors kind field=code_id class="field-aside" /> })}
    }
}

/// The toggle between an authenticator and a backup code, in a paragraph of `class`; only
/// where the account has an authenticator app (else a backup code is the only code).
#[component]
pub fn FactorToggle(
    factors: FactorSet,
    kind: RwSignal<CodeKind>,
    /// The code input's id.
    field: &'static str,
    class: &'static str,
) -> impl IntoView {
    factors.has(FactorKind::Authenticator).then(|| {
        view! {
            <p class=class>
                <CodeToggle kind field />
            </p>
        }
    })
}

/// The account's factors as the administrator's list names them ("authenticator app",
/// "2 security keys"); `keys` is how many keys it has.
pub fn factor_names(factors: FactorSet, keys: i64) -> Vec<String> {
    let mut names = Vec::new();
    if factors.has(FactorKind::Authenticator) {
        names.push(t("admin-factor-app")());
    }
    if keys > 0 {
        names.push(t_args("admin-factor-keys", [("count", keys.into())])());
    }
    names
}

/// What the settings' two-factor section says of each kind of factor the account has or not
/// (the keys have their own list below it).
#[component]
pub fn FactorStatus(factors: FactorSet) -> impl IntoView {
    let status = if factors.has(FactorKind::Authenticator) {
        msg("settings-authenticator-on")
    } else {
        msg("settings-authenticator-off")
    };
    view! {
        <h3 id="authenticator-heading">{t("settings-authenticator-heading")}</h3>
        <p data-testid="authenticator-status">{t(status)}</p>
    }
}
