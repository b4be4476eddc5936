//! Translations: Fluent files under `locales/`, negotiated from the `twofold_lang` cookie or the
//! `Accept-Language` header on the server, and from the same cookie or the browser's languages
//! when hydrating.

use std::{borrow::Cow, collections::HashMap};

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_fluent::{I18n, leptos_fluent};
use leptos_meta::Title;

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "../locales",
        default_language: "en-US",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        cookie_name: "twofold_lang",
        cookie_attrs: "SameSite=Lax; Path=/; Max-Age=31536000",
        initial_language_from_cookie: true,
        initial_language_from_accept_language_header: true,
        initial_language_from_navigator: true,
        initial_language_from_navigator_to_cookie: true,
        set_language_to_cookie: true,
    }
}

/// The page title (`<title>`): the message `id` followed by the brand.
///
/// The title outlives the page that sets it, so it reads the language from the app-wide
/// context directly rather than from a signal owned by the page.
#[component]
pub fn PageTitle(id: &'static str) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! { <Title text=move || i18n.tr(id) /> }
}

/// Marks a Fluent message id that is passed around before it is translated (a component's
/// `label`, an error's message id). Returns `id` unchanged; the locale check
/// (`cargo run -p server --bin locale-check`) finds message ids in the code by this marker and
/// by [`t`] and [`t_args`], so every id the app uses must go through one of the three.
pub const fn msg(id: &'static str) -> &'static str {
    id
}

/// A message in the current language, updated when the language changes.
pub fn t(id: &'static str) -> Signal<String> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || i18n.tr(id))
}

/// A value for a Fluent variable. Numbers stay numbers so that Fluent can choose plural forms
/// and format them for the language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}

/// A message with variables, e.g. `t_args("settings-2fa-on-since", [("date", date.into())])`.
pub fn t_args<const N: usize>(id: &'static str, args: [(&'static str, Arg); N]) -> Signal<String> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Number(number) => FluentValue::from(*number),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        i18n.tr_with_args(id, &args)
    })
}
