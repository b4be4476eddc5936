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

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
    path::{Path, PathBuf},
};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, Variant,
};

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

fn read_file(file: &Path, text: &str, locale: &mut Locale, problems: &mut Vec<Problem>) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(Problem {
                    file: file.to_path_buf(),
                    // The start of the unreadable entry (the error itself may be at its end).
                    line: line_of(text, error.slice.map_or(error.pos.start, |s| s.start)),
                    kind: Kind::Syntax,
                    detail: format!("{:?}", error.kind),
                });
            }
            resource
        }
    };
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let nth = seen.entry(message.id.name).or_default();
        *nth += 1;
        let mut variables = BTreeSet::new();
        let mut words = String::new();
        let patterns = message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            collect(pattern, &mut variables, &mut words);
        }
        let line = definition_line(text, &id, *nth);
        if let Some(first) = locale.get(&id) {
            problems.push(Problem {
                file: file.to_path_buf(),
                line,
                kind: Kind::Duplicate,
                detail: format!(
                    "'{id}' (first at {}:{})",
                    file_name(&first.file),
                    first.line
                ),
            });
            continue;
        }
        locale.insert(
            id,
            Defined {
                file: file.to_path_buf(),
                line,
                variables,
                text: words,
            },
        );
    }
}

fn collect(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, words: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => words.push_str(value),
            PatternElement::Placeable { expression } => {
                collect_expression(expression, variables, words);
            }
        }
    }
}

fn collect_expression(
    expression: &Expression<&str>,
    variables: &mut BTreeSet<String>,
    words: &mut String,
) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, variables, words),
        Expression::Select { selector, variants } => {
            collect_inline(selector, variables, words);
            for variant in variants {
                collect(&variant.value, variables, words);
                words.push('\u{1f}');
            }
        }
    }
}

fn collect_inline(
    inline: &InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    words: &mut String,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                collect_inline(argument, variables, words);
            }
            for named in &arguments.named {
                collect_inline(&named.value, variables, words);
            }
        }
        InlineExpression::Placeable { expression } => {
            collect_expression(expression, variables, words);
        }
        InlineExpression::StringLiteral { value } => words.push_str(value),
        _ => {}
    }
}

fn compare(
    name: &str,
    locale: &Locale,
    source: &Locale,
    allowed: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    for (id, original) in source {
        let Some(translated) = locale.get(id) else {
            problems.push(Problem {
                file: original.file.clone(),
                line: original.line,
                kind: Kind::Missing,
                detail: format!("'{id}' is not translated in {name}"),
            });
            continue;
        };
        if translated.variables != original.variables {
            problems.push(Problem {
                file: translated.file.clone(),
                line: translated.line,
                kind: Kind::Variables,
                detail: format!(
                    "'{id}' uses {} where en-US uses {}",
                    list(&translated.variables),
                    list(&original.variables)
                ),
            });
        }
        if !allowed.contains(id)
            && !original.text.trim().is_empty()
            && translated.text.trim() == original.text.trim()
        {
            problems.push(Problem {
                file: translated.file.clone(),
                line: translated.line,
                kind: Kind::Untranslated,
                detail: format!("'{id}' (allow it in locales/{ALLOW_IDENTICAL_FILE} if right)"),
            });
        }
    }
    for (id, translated) in locale {
        if !source.contains_key(id) {
            problems.push(Problem {
                file: translated.file.clone(),
                line: translated.line,
                kind: Kind::Extra,
                detail: format!("'{id}'"),
            });
        }
    }
}

fn list(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "no variables".into();
    }
    variables
        .iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every locale folder (but the pseudo-locale) has a line in the languages file, and every line
/// a folder.
fn check_language_list(
    locales_dir: &Path,
    locales: &BTreeMap<String, Locale>,
    problems: &mut Vec<Problem>,
) -> std::io::Result<()> {
    let file = locales_dir.join(LANGUAGES_FILE);
    let Ok(text) = std::fs::read_to_string(&file) else {
        problems.push(Problem {
            file,
            line: 0,
            kind: Kind::LanguageList,
            detail: "the file is missing".into(),
        });
        return Ok(());
    };
    let mut listed = BTreeSet::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, name) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        if name.trim().is_empty() {
            problems.push(Problem {
                file: file.clone(),
                line: index + 1,
                kind: Kind::LanguageList,
                detail: format!("'{id}' has no name"),
            });
        }
        if !locales.contains_key(id) {
            problems.push(Problem {
                file: file.clone(),
                line: index + 1,
                kind: Kind::LanguageList,
                detail: format!("'{id}' has no folder locales/{id}"),
            });
        }
        listed.insert(id.to_owned());
    }
    for id in locales.keys() {
        if id != PSEUDO_LOCALE && !listed.contains(id) {
            problems.push(Problem {
                file: locales_dir.join(id),
                line: 0,
                kind: Kind::LanguageList,
                detail: format!("'{id}' is not listed in locales/{LANGUAGES_FILE}"),
            });
        }
    }
    Ok(())
}

/// Message ids the Rust sources use, with where.
pub fn used_ids(source_dirs: &[PathBuf]) -> std::io::Result<Vec<(String, PathBuf, usize)>> {
    let mut used = Vec::new();
    let mut files = Vec::new();
    for dir in source_dirs {
        rust_files(dir, &mut files)?;
    }
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        for (offset, id) in marked_ids(&text) {
            used.push((id, file.clone(), line_of(&text, offset)));
        }
    }
    Ok(used)
}

fn check_usage(
    source: &Locale,
    source_dirs: &[PathBuf],
    problems: &mut Vec<Problem>,
) -> std::io::Result<()> {
    let used = used_ids(source_dirs)?;
    let used_set: BTreeSet<&str> = used.iter().map(|(id, _, _)| id.as_str()).collect();
    for (id, file, line) in &used {
        if !source.contains_key(id) {
            problems.push(Problem {
                file: file.clone(),
                line: *line,
                kind: Kind::Undefined,
                detail: format!("'{id}'"),
            });
        }
    }
    for (id, defined) in source {
        if !used_set.contains(id.as_str()) {
            problems.push(Problem {
                file: defined.file.clone(),
                line: defined.line,
                kind: Kind::Unused,
                detail: format!("'{id}'"),
            });
        }
    }
    Ok(())
}

/// The string literals passed first to `t(`, `t_args(`, `msg(` and `server_text(`, with their
/// byte offsets.
fn marked_ids(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for marker in ["t(", "t_args(", "msg(", "server_text("] {
        let mut from = 0;
        while let Some(at) = text[from..].find(marker).map(|i| i + from) {
            from = at + marker.len();
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ':') {
                continue;
            }
            let rest = text[from..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue;
            };
            let Some(end) = literal.find('"') else {
                continue;
            };
            let offset = text.len() - rest.len();
            found.push((offset, literal[..end].to_owned()));
        }
    }
    found.sort();
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for path in sorted_entries(dir)? {
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

fn allow_identical(locales_dir: &Path) -> std::io::Result<BTreeSet<String>> {
    let path = locales_dir.join(ALLOW_IDENTICAL_FILE);
    if !path.exists() {
        return Ok(BTreeSet::new());
    }
    Ok(std::fs::read_to_string(path)?
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect())
}

fn check_pseudo(locales_dir: &Path, problems: &mut Vec<Problem>) -> std::io::Result<()> {
    for (file, expected) in pseudo_files(locales_dir)? {
        let actual = std::fs::read_to_string(&file).unwrap_or_default();
        if actual != expected {
            let line = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, e)| a != e)
                .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()))
                + 1;
            problems.push(Problem {
                file,
                line,
                kind: Kind::PseudoOutdated,
                detail: "run `cargo run -p server --bin locale-check -- --write-pseudo`".into(),
            });
        }
    }
    Ok(())
}

/// The pseudo-locale's files as the source locale's files generate them: `(path, contents)`.
pub fn pseudo_files(locales_dir: &Path) -> std::io::Result<Vec<(PathBuf, String)>> {
    let source_dir = locales_dir.join(SOURCE_LOCALE);
    let mut files = Vec::new();
    for file in sorted_entries(&source_dir)?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        let text = std::fs::read_to_string(&file)?;
        files.push((
            locales_dir.join(PSEUDO_LOCALE).join(file_name(&file)),
            pseudo_locale(&text),
        ));
    }
    Ok(files)
}

/// Turns a source-locale file into the pseudo-locale: every letter accented, vowels doubled
/// (about a third longer, like many translations), each message in brackets so that cut-off
/// text shows. Ids, variables and selectors stay as they are.
pub fn pseudo_locale(source: &str) -> String {
    let mut resource: Resource<String> = match fluent_syntax::parser::parse(source.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    for entry in &mut resource.body {
        if let Entry::Message(message) = entry {
            message.comment = None;
            if let Some(value) = &mut message.value {
                pseudo_pattern(value, true);
            }
            for attribute in &mut message.attributes {
                pseudo_pattern(&mut attribute.value, true);
            }
        }
    }
    resource
        .body
        .retain(|entry| matches!(entry, Entry::Message(_)));
    format!(
        "# Generated from en-US by `cargo run -p server --bin locale-check -- --write-pseudo`.\n\
         # Do not edit: change locales/en-US and regenerate.\n\n{}",
        fluent_syntax::serializer::serialize(&resource)
    )
}

fn pseudo_pattern(pattern: &mut Pattern<String>, brackets: bool) {
    // A pattern that starts with a selection is written on its own lines, where a line must not
    // start with "[": its variants get the brackets instead.
    let starts_with_select = matches!(
        pattern.elements.first(),
        Some(PatternElement::Placeable {
            expression: Expression::Select { .. }
        })
    );
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = pseudo_text(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => pseudo_variants(variants, brackets && starts_with_select),
            PatternElement::Placeable { .. } => {}
        }
    }
    if brackets && !starts_with_select {
        pattern.elements.insert(
            0,
            PatternElement::TextElement {
                value: "[".to_owned(),
            },
        );
        pattern.elements.push(PatternElement::TextElement {
            value: "]".to_owned(),
        });
    }
}

fn pseudo_variants(variants: &mut [Variant<String>], brackets: bool) {
    for variant in variants {
        pseudo_pattern(&mut variant.value, brackets);
    }
}

fn pseudo_text(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match FROM.find(c) {
            Some(i) => {
                let accented = TO.chars().nth(i).unwrap_or(c);
                out.push(accented);
                if "aeiouAEIOU".contains(c) {
                    out.push(accented);
                }
            }
            None => out.push(c),
        }
    }
    out
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line where message `id` is defined for the `nth` time (`id =` at the start of a line).
fn definition_line(text: &str, id: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .nth(nth.saturating_sub(1))
        .map_or(0, |(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_marked_ids_only() {
        let code = r#"t("a-b") t_args( "c-d", x) msg("e") print("no") x.t("no") format!("f-g")"#;
        let ids: Vec<String> = marked_ids(code).into_iter().map(|(_, id)| id).collect();
        assert_eq!(ids, ["a-b", "c-d", "e"]);
    }

    #[test]
    fn pseudo_locale_keeps_structure_and_lengthens() {
        let source = "# comment\nhello = Hello, { $name }!\ncount = { $n ->\n    [one] One file\n   *[other] { $n } files\n}\n";
        let pseudo = pseudo_locale(source);
        assert!(pseudo.contains("hello = [Ĥééļļöö, { $name }!]"), "{pseudo}");
        assert!(pseudo.contains("[one] [ÖÖñéé ƒîîļéé]"), "{pseudo}");
        assert!(pseudo.contains("*[other] [{ $n } ƒîîļééš]"), "{pseudo}");
        assert!(!pseudo.contains("# comment"), "{pseudo}");
        // It parses, and is stable.
        assert!(fluent_syntax::parser::parse(pseudo.as_str()).is_ok());
        assert_eq!(pseudo_locale(source), pseudo);
    }
}
