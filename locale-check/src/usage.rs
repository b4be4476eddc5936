//! The message ids the Rust sources use, against those the source locale defines.

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
};

use crate::{
    Kind, Locale, Problem,
    files::{line_of, sorted_entries},
};

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

pub(crate) fn check_usage(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_marked_ids_only() {
        let code = r#"t("a-b") t_args( "c-d", x) msg("e") print("no") x.t("no") format!("f-g")"#;
        let ids: Vec<String> = marked_ids(code).into_iter().map(|(_, id)| id).collect();
        assert_eq!(ids, ["a-b", "c-d", "e"]);
    }
}
