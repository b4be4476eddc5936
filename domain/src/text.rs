//! What text needs on both sides, without Fluent itself: the marker for message ids, the
//! values of message variables, the languages of Twofold, and calendar dates. The pages
//! translate with the page's language (`app::i18n`), the server with an account's (mail, the
//! security log in mail); both name messages the same way.

/// `locales/languages.txt`: the languages of Twofold with their names in themselves, one folder
/// each under `locales/` (translators add a language there, without touching the code).
const LANGUAGES_FILE: &str = include_str!("../../locales/languages.txt");

/// The pseudo-locale (accented and longer, generated from en-US): offered in development
/// builds only, for finding cut-off and untranslated text.
pub const PSEUDO_LANGUAGE: (&str, &str) = ("en-XA", "Ƥšéûðö (en-XA)");

/// The language of the source texts, and of text for someone whose language is unknown.
pub const DEFAULT_LANGUAGE: &str = "en-US";

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

/// The languages a user can choose (the pseudo-locale too in development builds).
pub fn selectable_languages() -> impl Iterator<Item = (&'static str, &'static str)> {
    languages()
        .iter()
        .copied()
        .chain(cfg!(debug_assertions).then_some(PSEUDO_LANGUAGE))
}

pub fn is_selectable(language: &str) -> bool {
    selectable_languages().any(|(id, _)| id == language)
}

/// Marks a Fluent message id that is passed around before it is translated (a component's
/// `label`, an error's or an event's message id). Returns `id` unchanged; the locale check
/// (`cargo run -p locale-check`) finds message ids in the code by this marker and by the
/// functions that translate, so every id must go through one of them.
pub const fn msg(id: &'static str) -> &'static str {
    id
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

/// Something that translates a message with arguments: a page's language or an account's.
pub type Translate<'a> = dyn Fn(&'static str, &[(&'static str, Arg)]) -> String + 'a;

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

/// The variables of the message `date-long` for a day (unix seconds, UTC): its year, month
/// and day as numbers, which each language's message writes its own way.
pub fn date_args(unix: i64) -> [(&'static str, Arg); 3] {
    let (year, month, day) = civil_date(unix);
    [
        ("year", year.into()),
        ("month", month.into()),
        ("day", day.into()),
    ]
}

/// Fluent's form of message variables.
#[cfg(feature = "fluent")]
pub fn fluent_args(
    args: &[(&'static str, Arg)],
) -> std::collections::HashMap<
    std::borrow::Cow<'static, str>,
    fluent_templates::fluent_bundle::FluentValue<'static>,
> {
    use fluent_templates::fluent_bundle::FluentValue;
    args.iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            (std::borrow::Cow::Borrowed(*name), value)
        })
        .collect()
}

#[cfg(feature = "fluent")]
fluent_templates::static_loader! {
    static SERVER_TEXTS = {
        locales: "../locales",
        fallback_language: "en-US",
        // Plain text (e-mails, logs): no Unicode isolation marks around variables.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Text written for a user outside a page (a notification, the security log in a mail), in
/// the user's language (`language`, as kept on the account); English when it is unknown.
#[cfg(feature = "fluent")]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(951_782_400), (2000, 2, 29));
        assert_eq!(civil_date(1_795_564_800), (2026, 11, 25));
        assert_eq!(civil_date(-86_400), (1969, 12, 31));
    }

    #[test]
    fn the_language_list_names_every_language_once() {
        let ids: Vec<&str> = languages().iter().map(|(id, _)| *id).collect();
        assert!(ids.contains(&DEFAULT_LANGUAGE));
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
        assert!(is_selectable("de-DE"));
        assert!(!is_selectable("xx-YY"));
    }

    #[cfg(feature = "fluent")]
    #[test]
    fn server_texts_follow_the_users_language_and_plurals() {
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
    fn the_language_list_names_every_locale_folder() {
        // The checkout the tests run in (cargo names it), else where they were built.
        let dir = std::env::var("CARGO_MANIFEST_DIR")
            .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
        let root = std::path::Path::new(&dir).parent().expect("the repository");
        let mut folders: Vec<String> = std::fs::read_dir(root.join("locales"))
            .expect("locales/")
            .map(|e| e.expect("locales/").path())
            .filter(|p| p.is_dir())
            .map(|p| {
                p.file_name()
                    .expect("locales/")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        folders.sort();
        let mut listed: Vec<String> = languages()
            .iter()
            .map(|(id, _)| (*id).to_owned())
            .chain([PSEUDO_LANGUAGE.0.to_owned()])
            .collect();
        listed.sort();
        assert_eq!(folders, listed);
        assert_eq!(languages().len(), 13);
        assert!(languages().contains(&("ar", "العربية")));
    }
}
