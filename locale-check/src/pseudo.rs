//! The pseudo-locale: generated from the source locale, checked by generating it again.

use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement, Resource, Variant};

use crate::{
    Kind, PSEUDO_LOCALE, Problem, SOURCE_LOCALE,
    files::{file_name, sorted_entries},
};

pub(crate) fn check_pseudo(locales_dir: &Path, problems: &mut Vec<Problem>) -> std::io::Result<()> {
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
                detail: "run `cargo run -p locale-check -- --write-pseudo`".into(),
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
        "# Generated from en-US by `cargo run -p locale-check -- --write-pseudo`.\n\
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

#[cfg(test)]
mod tests {
    use super::*;

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
