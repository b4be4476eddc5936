//! Computes the build id (`TWOFOLD_BUILD_ID`): a hash of everything the browser bundle and the
//! server's rendering are compiled from (the app's and the entry point's sources, the
//! dependency lock, the manifests) and of the profile. The server and its browser bundle are
//! built from the same sources exactly when their ids are equal (see `app::build`).

use std::{
    fs,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

/// What the id covers, relative to the workspace root: folders (every file in them) and files.
const INPUTS: &[&str] = &[
    "app/src",
    "app/Cargo.toml",
    "frontend/src",
    "frontend/Cargo.toml",
    "Cargo.toml",
    "Cargo.lock",
    ".cargo/config.toml",
];

fn files_under(path: &Path, found: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for entry in entries {
            files_under(&entry, found);
        }
    } else if path.is_file() {
        found.push(path.to_path_buf());
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let root = Path::new(&manifest)
        .parent()
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let mut hash = Sha256::new();
    hash.update(std::env::var("PROFILE").unwrap_or_default());
    for input in INPUTS {
        let path = root.join(input);
        println!("cargo:rerun-if-changed={}", path.display());
        let mut files = Vec::new();
        files_under(&path, &mut files);
        for file in files {
            let name = file.strip_prefix(&root).unwrap_or(&file).to_string_lossy();
            hash.update(name.as_bytes());
            hash.update([0]);
            hash.update(fs::read(&file).unwrap_or_default());
            hash.update([0]);
        }
    }
    let id: String = hash.finalize()[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    println!("cargo:rustc-env=TWOFOLD_BUILD_ID={id}");
}
