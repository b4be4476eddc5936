//! Files and lines.

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
};

use crate::ALLOW_IDENTICAL_FILE;

pub(crate) fn allow_identical(locales_dir: &Path) -> std::io::Result<BTreeSet<String>> {
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

pub(crate) fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line where message `id` is defined for the `nth` time (`id =` at the start of a line).
pub(crate) fn definition_line(text: &str, id: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .nth(nth.saturating_sub(1))
        .map_or(0, |(i, _)| i + 1)
}
