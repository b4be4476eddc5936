//! The locale check: reads every Fluent file under `locales/` and the Rust sources, and reports
//! each problem a translator or developer must fix, as `file:line: problem`.
//!
//! - syntax errors, and a message defined twice in one locale;
//! - messages missing from a locale (against the source locale, en-US), and extra ones;
//! - messages the code uses (through `t("…")`, `t_args("…", …)`, `msg("…")` or
//!   `server_text("…", …)`) that the source
//!   locale does not define, and messages it defines that the code never uses;
//! - messages whose variables (`{ $name }`) differ from the source locale's;
//! - messages left identical to the source locale, except those in `allow-identical.txt`;
//! - a pseudo-locale file that is not what the source locale generates (see [`pseudo_locale`]).

mod files;
mod messages;
mod pseudo;
mod usage;

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
    path::{Path, PathBuf},
};

use files::{allow_identical, file_name, sorted_entries};
use messages::{check_language_list, compare, read_file};
use pseudo::check_pseudo;
pub use pseudo::{pseudo_files, pseudo_locale};
use usage::check_usage;
pub use usage::used_ids;

/// The locale every other locale translates.
pub const SOURCE_LOCALE: &str = "en-US";
/// The generated pseudo-locale (accented, about a third longer) for finding truncation and
/// hard-coded text.
pub const PSEUDO_LOCALE: &str = "en-XA";
/// Message ids that may read the same in every language (one per line, `#` comments).
pub const ALLOW_IDENTICAL_FILE: &str = "allow-identical.txt";
/// The languages the switcher offers: `id  Native name` per line (see `app::i18n`).
pub const LANGUAGES_FILE: &str = "languages.txt";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Syntax,
    Duplicate,
    Missing,
    Extra,
    Undefined,
    Unused,
    Variables,
    Untranslated,
    PseudoOutdated,
    LanguageList,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Syntax => "syntax error",
            Self::Duplicate => "defined twice",
            Self::Missing => "missing",
            Self::Extra => "not in en-US",
            Self::Undefined => "used but not defined",
            Self::Unused => "defined but not used",
            Self::Variables => "variables differ from en-US",
            Self::Untranslated => "same text as en-US",
            Self::PseudoOutdated => "pseudo-locale out of date",
            Self::LanguageList => "language list",
        })
    }
}

/// One problem, at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub kind: Kind,
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.kind,
            self.detail
        )
    }
}

/// A message as one locale defines it.
#[derive(Debug, Clone)]
struct Defined {
    file: PathBuf,
    line: usize,
    variables: BTreeSet<String>,
    /// The message's text elements, to tell untranslated copies.
    text: String,
}

type Locale = BTreeMap<String, Defined>;

/// Where the code that names messages lives, relative to the repository: the pages, the core
/// (the security log's and the errors' texts) and the services that write mail.
pub const SOURCE_DIRS: [&str; 3] = ["app/src", "domain/src", "server/src/services"];

/// This crate's folder: as cargo names it when it runs the tool or its tests (the checkout
/// they run in), else where it was built.
pub fn crate_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// [`SOURCE_DIRS`] under the repository `root`.
pub fn source_dirs(root: &Path) -> Vec<PathBuf> {
    SOURCE_DIRS.iter().map(|dir| root.join(dir)).collect()
}

/// Checks `locales_dir` (one folder per locale) against the Rust sources under `source_dirs`.
pub fn check(locales_dir: &Path, source_dirs: &[PathBuf]) -> std::io::Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut locales = BTreeMap::new();
    for dir in sorted_entries(locales_dir)?
        .into_iter()
        .filter(|p| p.is_dir())
    {
        let name = file_name(&dir);
        let mut locale = Locale::new();
        for file in sorted_entries(&dir)?
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let text = std::fs::read_to_string(&file)?;
            read_file(&file, &text, &mut locale, &mut problems);
        }
        locales.insert(name, locale);
    }
    let Some(source) = locales.get(SOURCE_LOCALE) else {
        problems.push(Problem {
            file: locales_dir.join(SOURCE_LOCALE),
            line: 0,
            kind: Kind::Missing,
            detail: "the source locale folder".into(),
        });
        return Ok(problems);
    };
    let allowed = allow_identical(locales_dir)?;
    // The pseudo-locale is checked by regenerating it, which covers completeness too.
    for (name, locale) in &locales {
        if name != SOURCE_LOCALE && name != PSEUDO_LOCALE {
            compare(name, locale, source, &allowed, &mut problems);
        }
    }
    check_usage(source, source_dirs, &mut problems)?;
    check_language_list(locales_dir, &locales, &mut problems)?;
    if locales.contains_key(PSEUDO_LOCALE) {
        check_pseudo(locales_dir, &mut problems)?;
    }
    problems.sort();
    Ok(problems)
}
