//! Translations: Fluent files under `locales/`, negotiated from the `twofold_lang` cookie or the
//! `Accept-Language` header on the server, and from the same cookie or the browser's languages
//! when hydrating.

pub use domain::text::{
    Arg, Translate, civil_date, date_args, is_selectable, msg, selectable_languages,
};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_fluent::I18n;
use leptos_fluent::leptos_fluent;
use leptos_meta::Title;

/// The cookie that keeps the chosen language (read by the server and the browser).
pub const LANGUAGE_COOKIE: &str = "twofold_lang";

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "../locales",
        default_language: "en-US",
        sync_html_tag_lang: true,
        // `dir` comes from `HtmlDir` below: leptos-fluent says "auto" for some languages
        // (Japanese, Korean, Chinese), where the page is left to right.
        sync_html_tag_dir: false,
        // The same name as LANGUAGE_COOKIE (the macro needs a literal).
        cookie_name: "twofold_lang",
        cookie_attrs: "SameSite=Lax; Path=/; Max-Age=31536000",
        initial_language_from_cookie: true,
        initial_language_from_accept_language_header: true,
        initial_language_from_navigator: true,
        initial_language_from_navigator_to_cookie: true,
        set_language_to_cookie: true,
    }
}

/// `<html dir>`: `rtl` for languages written right to left, `ltr` for every other.
#[component]
pub fn HtmlDir() -> impl IntoView {
    let i18n = expect_context::<leptos_fluent::I18n>();
    view! { <leptos_meta::Html attr:dir=move || html_dir(i18n.language.get().dir) /> }
}

/// The `dir` of a language: never `auto`, which would leave the browser to guess.
pub fn html_dir(direction: &leptos_fluent::WritingDirection) -> &'static str {
    match direction {
        leptos_fluent::WritingDirection::Rtl => "rtl",
        leptos_fluent::WritingDirection::Ltr | leptos_fluent::WritingDirection::Auto => "ltr",
    }
}

/// The page title (`<title>`): the message `id` followed by the brand. Pages are rendered on
/// the server, so the title is plain text (no signal to outlive the request).
#[component]
pub fn PageTitle(id: &'static str) -> impl IntoView {
    view! { <Title text=t(id)() /> }
}

/// A message in the current language: a closure to use as a view or attribute (or call for
/// the text). On the server it translates with the page's Fluent context; in the browser it
/// reads the [`Texts`] the islands brought (the browser bundle carries no Fluent).
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    #[cfg(feature = "ssr")]
    {
        let i18n = expect_context::<I18n>();
        move || i18n.tr(id)
    }
    #[cfg(not(feature = "ssr"))]
    {
        move || browser_texts::get(id, &[])
    }
}

/// A message with variables, e.g. `t_args("settings-two-factor-on-since", [("date", date.into())])`;
/// like [`t`], a closure. In the browser the message must have been rendered with the same
/// values on the server ([`Texts::with`]).
pub fn t_args<const N: usize>(
    id: &'static str,
    args: [(&'static str, Arg); N],
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let translate = translator();
    move || translate(id, &args)
}

/// Translates messages with arguments built at run time, in the page's language.
pub fn translator()
-> impl Fn(&'static str, &[(&'static str, Arg)]) -> String + Copy + Send + Sync + 'static {
    #[cfg(feature = "ssr")]
    {
        let i18n = expect_context::<I18n>();
        move |id, args| i18n.tr_with_args(id, &domain::text::fluent_args(args))
    }
    #[cfg(not(feature = "ssr"))]
    {
        browser_texts::get
    }
}

/// Where a message with arguments is kept among [`Texts`]: its id, then its arguments.
fn text_key(id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut key = id.to_owned();
    for (name, value) in args {
        key.push_str(&format!(" {name}={value}"));
    }
    key
}

/// The messages an island shows, translated on the server in the page's language and sent
/// with the island's props: the browser bundle has no Fluent and no translations, only what
/// the islands of the page need. Every island takes one and calls [`Texts::provide`] first.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// These messages (without variables).
    pub fn of(ids: &[&'static str]) -> Self {
        let translate = translator();
        Self(
            ids.iter()
                .map(|id| ((*id).to_owned(), translate(id, &[])))
                .collect(),
        )
    }

    /// Adds a message rendered with these values of its variables.
    #[must_use]
    pub fn with(mut self, id: &'static str, args: &[(&'static str, Arg)]) -> Self {
        self.0.push((text_key(id, args), translator()(id, args)));
        self
    }

    /// The messages `build` gathers, in the page's language. On the server they are translated
    /// once per language and `name` (which names `build`), then reused for every page.
    pub fn cached(name: &'static str, build: fn() -> Self) -> Self {
        #[cfg(feature = "ssr")]
        {
            use std::sync::{LazyLock, Mutex, PoisonError};
            type Cache = std::collections::HashMap<(&'static str, &'static str), Texts>;
            static CACHE: LazyLock<Mutex<Cache>> = LazyLock::new(Mutex::default);
            let language = expect_context::<I18n>().language.get_untracked().id;
            CACHE
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry((name, language))
                .or_insert_with(build)
                .clone()
        }
        #[cfg(not(feature = "ssr"))]
        {
            let _ = name;
            build()
        }
    }

    /// Adds the messages of `other`.
    #[must_use]
    /// These messages and `other`'s (a message both name is kept once).
    pub fn and(mut self, other: Self) -> Self {
        for (id, text) in other.0 {
            if !self.0.iter().any(|(known, _)| *known == id) {
                self.0.push((id, text));
            }
        }
        self
    }

    /// Makes these messages available to [`t`] in the browser; nothing to do on the server,
    /// where [`t`] translates directly.
    pub fn provide(self) {
        #[cfg(not(feature = "ssr"))]
        browser_texts::add(self.0);
    }
}

/// The browser's side of [`Texts`]: every island's messages in one table (the page has one
/// language).
#[cfg(not(feature = "ssr"))]
mod browser_texts {
    use std::{cell::RefCell, collections::HashMap};

    use super::{Arg, text_key};

    thread_local! {
        static TEXTS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }

    pub fn add(texts: Vec<(String, String)>) {
        TEXTS.with_borrow_mut(|table| table.extend(texts));
    }

    /// The message; a missing one is an error in the island's list (logged, so that the
    /// browser tests fail on it) and shows its key.
    pub fn get(id: &'static str, args: &[(&'static str, Arg)]) -> String {
        let key = text_key(id, args);
        TEXTS
            .with_borrow(|table| table.get(&key).cloned())
            .unwrap_or_else(|| {
                leptos::logging::error!("no text for {key} in this island's Texts");
                key
            })
    }
}

/// A day (unix seconds, UTC) written out the way the current language writes dates
/// (message `date-long`, with the year, month and day as numbers).
pub fn long_date(unix: i64) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    t_args("date-long", date_args(unix))
}
