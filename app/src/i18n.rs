//! Translations: Fluent files under `locales/`, negotiated from the `twofold_lang` cookie or the
//! `Accept-Language` header on the server, and from the same cookie or the browser's languages
//! when hydrating.

#[cfg(feature = "ssr")]
use std::{borrow::Cow, collections::HashMap};

#[cfg(feature = "ssr")]
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_fluent::I18n;
use leptos_fluent::leptos_fluent;
use leptos_meta::Title;

/// `locales/languages.txt`: the languages of Twofold with their names in themselves, one folder
/// each under `locales/` (translators add a language there, without touching the code).
const LANGUAGES_FILE: &str = include_str!("../../locales/languages.txt");

/// The languages of Twofold as `(id, native name)`, in the order of `locales/languages.txt`.
pub fn languages() -> &'static [(&'static str, &'static str)] {
    static LIST: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    LIST.get_or_init(|| parse_languages(LANGUAGES_FILE))
}

/// Reads the languages file format: `id  Native name` per line, `#` comments.
pub fn parse_languages(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once(char::is_whitespace))
        .map(|(id, name)| (id, name.trim()))
        .collect()
}

/// The pseudo-locale (accented and longer, generated from en-US): offered in development
/// builds only, for finding cut-off and untranslated text.
pub const PSEUDO_LANGUAGE: (&str, &str) = ("en-XA", "Ƥšéûðö (en-XA)");

/// The cookie that keeps the chosen language (read by the server and the browser).
pub const LANGUAGE_COOKIE: &str = "twofold_lang";

/// The languages the switcher offers.
pub fn selectable_languages() -> impl Iterator<Item = (&'static str, &'static str)> {
    languages()
        .iter()
        .copied()
        .chain(cfg!(debug_assertions).then_some(PSEUDO_LANGUAGE))
}

pub fn is_selectable(language: &str) -> bool {
    selectable_languages().any(|(id, _)| id == language)
}

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

/// Marks a Fluent message id that is passed around before it is translated (a component's
/// `label`, an error's message id). Returns `id` unchanged; the locale check
/// (`cargo run -p server --bin locale-check`) finds message ids in the code by this marker and
/// by [`t`] and [`t_args`], so every id the app uses must go through one of the three.
pub const fn msg(id: &'static str) -> &'static str {
    id
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

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Number(number) => write!(f, "{number}"),
        }
    }
}

/// A message with variables, e.g. `t_args("settings-2fa-on-since", [("date", date.into())])`;
/// like [`t`], a closure. In the browser the message must have been rendered with the same
/// values on the server ([`Texts::with`]).
pub fn t_args<const N: usize>(
    id: &'static str,
    args: [(&'static str, Arg); N],
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let translate = translator();
    move || translate(id, &args)
}

/// Something that translates a message with arguments: the page's language ([`translator`]) or
/// an account's (`server_text`).
pub type Translate<'a> = dyn Fn(&'static str, &[(&'static str, Arg)]) -> String + 'a;

/// Translates messages with arguments built at run time, in the page's language.
pub fn translator()
-> impl Fn(&'static str, &[(&'static str, Arg)]) -> String + Copy + Send + Sync + 'static {
    #[cfg(feature = "ssr")]
    {
        let i18n = expect_context::<I18n>();
        move |id, args| i18n.tr_with_args(id, &fluent_args(args))
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
            type Cache = HashMap<(&'static str, &'static str), Texts>;
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
    pub fn and(mut self, other: Self) -> Self {
        self.0.extend(other.0);
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

#[cfg(feature = "ssr")]
fn fluent_args(args: &[(&'static str, Arg)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect()
}

#[cfg(feature = "ssr")]
fluent_templates::static_loader! {
    static SERVER_TEXTS = {
        locales: "../locales",
        fallback_language: "en-US",
        // Plain text (e-mails, logs): no Unicode isolation marks around variables.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Text the server writes for a user outside a page (a notification, a log entry), in the
/// user's language (`language`, as kept on the account); English when it is unknown.
#[cfg(feature = "ssr")]
pub fn server_text(
    id: &'static str,
    language: Option<&str>,
    args: &[(&'static str, Arg)],
) -> String {
    use fluent_templates::{LanguageIdentifier, Loader};
    let language = language
        .filter(|l| is_selectable(l))
        .and_then(|l| l.parse::<LanguageIdentifier>().ok())
        .unwrap_or_else(|| fluent_templates::langid!("en-US"));
    SERVER_TEXTS.lookup_with_args(&language, id, &fluent_args(args))
}

/// A day (unix seconds, UTC) written out the way the current language writes dates
/// (message `date-long`, with the year, month and day as numbers).
pub fn long_date(unix: i64) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let (year, month, day) = civil_date(unix);
    t_args(
        "date-long",
        [
            ("year", year.into()),
            ("month", month.into()),
            ("day", day.into()),
        ],
    )
}

/// The (year, month, day) of unix seconds, UTC (Howard Hinnant's days-to-civil algorithm).
pub fn civil_date(unix: i64) -> (i64, i64, i64) {
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[cfg(feature = "ssr")]
    #[test]
    fn server_texts_follow_the_users_language_and_plurals() {
        use super::server_text;
        let left = |language, count: i64| {
            server_text(
                "settings-backup-codes-left",
                language,
                &[("count", count.into())],
            )
        };
        assert_eq!(left(Some("de-DE"), 3), "Sie haben noch 3 Backup-Codes.");
        assert_eq!(left(Some("ar"), 2), "تبقّى لديك رمزان احتياطيان.");
        assert_eq!(left(Some("pl-PL"), 5), "Zostało Ci 5 kodów zapasowych.");
        assert_eq!(left(Some("pl-PL"), 3), "Zostały Ci 3 kody zapasowe.");
        assert_eq!(left(None, 1), "You have one backup code left.");
        assert_eq!(left(Some("xx-YY"), 7), "You have 7 backup codes left.");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(951_782_400), (2000, 2, 29));
        assert_eq!(civil_date(1_795_564_800), (2026, 11, 25));
        assert_eq!(civil_date(-86_400), (1969, 12, 31));
    }
}
