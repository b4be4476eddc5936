//! Reading the Fluent files, and comparing each locale with the source locale and the list of
//! languages.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::{
    ALLOW_IDENTICAL_FILE, Defined, Kind, LANGUAGES_FILE, Locale, PSEUDO_LOCALE, Problem,
    files::{definition_line, file_name, line_of},
};

pub(crate) fn read_file(file: &Path, text: &str, locale: &mut Locale, problems: &mut Vec<Problem>) {
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

pub(crate) fn compare(
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
pub(crate) fn check_language_list(
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
