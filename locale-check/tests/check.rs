//! The locale check against fixture folders: a clean one, and one with every kind of problem.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use locale_check::{Kind, check};

fn fixture(name: &str) -> PathBuf {
    locale_check::crate_dir().join("tests/fixtures").join(name)
}

/// The problems as `file:line: kind: detail`, paths relative to the fixture.
fn report(name: &str) -> Vec<String> {
    let root = fixture(name);
    check(&root.join("locales"), &[root.join("src")])
        .unwrap()
        .into_iter()
        .map(|p| {
            let mut p = p;
            p.file = p.file.strip_prefix(&root).unwrap().to_path_buf();
            p.to_string()
        })
        .collect()
}

#[test]
fn a_clean_set_of_locales_passes() {
    assert_eq!(report("clean"), Vec::<String>::new());
}

#[test]
fn every_kind_of_problem_is_reported_with_file_and_line() {
    let expected = [
        "locales/de-DE/main.ftl:1: variables differ from en-US: 'hello' uses $user where en-US uses $name",
        "locales/de-DE/main.ftl:2: same text as en-US: 'same' (allow it in locales/allow-identical.txt if right)",
        "locales/de-DE/main.ftl:4: not in en-US: 'extra-key'",
        "locales/de-DE/main.ftl:5: defined twice: 'same' (first at main.ftl:2)",
        "locales/de-DE/main.ftl:6: syntax error:",
        "locales/en-US/main.ftl:3: missing: 'used-only-here' is not translated in de-DE",
        "locales/en-US/main.ftl:4: missing: 'never-used' is not translated in de-DE",
        "locales/en-US/main.ftl:4: defined but not used: 'never-used'",
        "locales/de-DE:0: language list: 'de-DE' is not listed in locales/languages.txt",
        "locales/en-XA/main.ftl:1: pseudo-locale out of date:",
        "locales/languages.txt:3: language list: 'xx-XX' has no folder locales/xx-XX",
        "src/lib.rs:5: used but not defined: 'not-defined'",
    ];
    let report = report("broken");
    for line in expected {
        assert!(
            report.iter().any(|r| r.starts_with(line)),
            "expected a line starting with {line:?} in\n{}",
            report.join("\n")
        );
    }
    assert_eq!(report.len(), expected.len(), "{}", report.join("\n"));
    // The allow-listed brand name is not reported although identical.
    assert!(!report.iter().any(|r| r.contains("'brand'")));
}

#[test]
fn the_checker_names_each_kind() {
    let root = fixture("broken");
    let kinds: std::collections::BTreeSet<Kind> = check(&root.join("locales"), &[root.join("src")])
        .unwrap()
        .into_iter()
        .map(|p| p.kind)
        .collect();
    assert_eq!(kinds.len(), 10, "{kinds:?}");
}

#[test]
fn the_real_locales_pass() {
    let dir = locale_check::crate_dir();
    let root = dir.parent().unwrap();
    let problems = check(&root.join("locales"), &locale_check::source_dirs(root)).unwrap();
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}
