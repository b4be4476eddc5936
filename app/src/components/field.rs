use leptos::prelude::*;

use crate::{
    error::{AppError, Field},
    i18n::{msg, t},
};

/// A labelled input with its validation message underneath, wired for assistive technology
/// (`aria-invalid`, `aria-describedby`).
#[component]
pub fn TextField(
    /// The form field name, also the server function argument.
    name: &'static str,
    /// Prefixes the input's id when a page has several forms with the same field.
    #[prop(default = "field")]
    form: &'static str,
    /// Fluent id of the label.
    label: &'static str,
    /// Which field the server's validation errors refer to.
    field: Field,
    /// The last error of the form's action.
    #[prop(into)]
    error: Signal<Option<AppError>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = 1024)] maxlength: usize,
    /// Fluent id of a hint shown under the input.
    #[prop(default = None)]
    hint: Option<&'static str>,
    #[prop(optional)] autofocus: bool,
    /// What the input holds at first.
    #[prop(default = None)]
    value: Option<String>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let problem = move || error.get().and_then(|e| e.problem_for(field));
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if problem().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || problem().is_some()>
            <label for=id.clone()>{t(label)}</label>
            <input
                id=id
                name=name
                type=input_type
                autocomplete=autocomplete
                maxlength=maxlength
                required=true
                autofocus=autofocus
                value=value
                aria-invalid=move || problem().map(|_| "true")
                aria-describedby=described_by
            />
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{t(hint)}</p> })}
            <p class="field-error" id=error_id data-testid=format!("error-{name}")>
                {move || problem().map(|p| t(crate::error::problem_message_id(p))())}
            </p>
        </div>
    }
}

/// The email address input of the login and sign-up forms.
#[component]
pub fn EmailField(
    #[prop(into)] error: Signal<Option<AppError>>,
    /// `username` when logging in, `email` when signing up.
    autocomplete: &'static str,
    /// The address to start with (an application's `login_hint`).
    #[prop(default = None)]
    value: Option<String>,
) -> impl IntoView {
    view! {
        <TextField
            name="email"
            label=msg("field-email")
            field=Field::Email
            error
            input_type="email"
            autocomplete
            maxlength=254
            autofocus=true
            value=value
        />
    }
}

/// A password input; `new-password` inputs show the password rules as a hint.
#[component]
pub fn PasswordField(
    #[prop(default = "field")] form: &'static str,
    name: &'static str,
    label: &'static str,
    field: Field,
    #[prop(into)] error: Signal<Option<AppError>>,
    /// `current-password` or `new-password`.
    autocomplete: &'static str,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    let hint = (autocomplete == "new-password").then_some(msg("field-password-hint"));
    view! {
        <TextField
            name
            form
            label
            field
            error
            input_type="password"
            autocomplete
            hint
            autofocus
        />
    }
}

/// The account's password, as a sign-in asks for it.
#[component]
pub fn SignInPasswordField(
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    view! {
        <PasswordField
            name="password"
            label=msg("field-password")
            field=Field::Password
            error
            autocomplete="current-password"
            autofocus
        />
    }
}

/// Tells password managers which account a password form belongs to: a hidden, read-only
/// username field without a name, so it is not sent.
#[component]
pub fn UsernameHint(email: String) -> impl IntoView {
    view! { <input type="email" autocomplete="username" value=email hidden=true readonly=true /> }
}
