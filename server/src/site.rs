//! The browser assets a server serves must come from the same build as the server: the main
//! WebAssembly file of the site carries the build's mark (`app::build::MARK`), which is
//! compared at start-up. A server beside a bundle of other sources would serve pages that fail
//! to hydrate; it refuses to start instead.
//!
//! The scripts, WebAssembly and stylesheets are compressed once, ahead of time, at the highest
//! levels (brotli 11, gzip 9): [`precompress`] writes `<file>.br` and `<file>.gz` beside each,
//! and the server sends those to browsers that accept them.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

/// What the check found.
#[derive(Debug, PartialEq, Eq)]
pub enum Site {
    /// The bundle is of this build.
    Matches,
    /// There is no bundle (a server without browser assets: pages render, nothing hydrates).
    Missing(PathBuf),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "the browser assets in {path} come from another build ({found}) than this server ({expected}); \
     build both again (`cargo leptos build`), or point LEPTOS_SITE_ROOT at the site built with this server"
)]
pub struct Mismatch {
    pub path: PathBuf,
    pub found: String,
    pub expected: &'static str,
}

/// The folder cargo-leptos writes the bundle to (`<site root>/<pkg dir>`).
pub fn pkg_dir(options: &leptos::config::LeptosOptions) -> PathBuf {
    Path::new(&*options.site_root).join(&*options.site_pkg_dir)
}

/// The main WebAssembly file of the bundle in `pkg`, as cargo-leptos writes it.
pub fn bundle_path(pkg: &Path, output_name: &str) -> PathBuf {
    pkg.join(format!("{output_name}.wasm"))
}

/// Compares the bundle at `path` with this build.
pub fn check(path: &Path) -> Result<Site, Mismatch> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(Site::Missing(path.to_path_buf()));
    };
    match mark_in(&bytes) {
        Some(mark) if mark == app::build::MARK.as_bytes() => Ok(Site::Matches),
        found => Err(Mismatch {
            path: path.to_path_buf(),
            found: found.map_or_else(
                || "no build id".to_owned(),
                |mark| String::from_utf8_lossy(mark).into_owned(),
            ),
            expected: app::build::MARK,
        }),
    }
}

/// The files worth compressing ahead of time, by extension.
const COMPRESSIBLE: [&str; 3] = ["js", "wasm", "css"];

/// The best brotli level, for a release build's files (some hundred KiB in all: a few seconds
/// once). A development build's are some ten times larger and get a quick level instead.
const BEST_BROTLI: u32 = 11;
const QUICK_BROTLI: u32 = 5;
/// Files under the site's folder up to this size in all are compressed at [`BEST_BROTLI`].
const BEST_UP_TO_BYTES: u64 = 4 * 1024 * 1024;

fn brotli(bytes: &[u8], quality: u32) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: i32::try_from(quality).unwrap_or(11),
        lgwin: 18,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

fn gzip_9(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// The files under `dir` (and its folders) whose extension `keep` accepts.
fn files(dir: &Path, keep: &dyn Fn(&str) -> bool, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files(&path, keep, found)?;
        } else if keep(
            path.extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default(),
        ) {
            found.push(path);
        }
    }
    Ok(())
}

/// The scripts, WebAssembly and stylesheets under `dir` and its folders.
fn compressible(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    files(dir, &|extension| COMPRESSIBLE.contains(&extension), found)
}

/// The version of the bundle under `dir`: a digest of every file's name and contents (not of
/// the compressed copies, which follow from them), or `None` without a bundle. The browser
/// loads the bundle from `/pkg/<version>/`, so an address always names the same bytes and the
/// files may be kept for good (`immutable`); a new build gets new addresses.
pub fn version(dir: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};

    let mut found = Vec::new();
    files(
        dir,
        &|extension| !matches!(extension, "br" | "gz" | "tmp"),
        &mut found,
    )
    .ok()?;
    if found.is_empty() {
        return None;
    }
    found.sort();
    let mut digest = Sha256::new();
    for path in found {
        let bytes = std::fs::read(&path).ok()?;
        let name = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy();
        digest.update((name.len() as u64).to_le_bytes());
        digest.update(name.as_bytes());
        digest.update((bytes.len() as u64).to_le_bytes());
        digest.update(&bytes);
    }
    Some(
        digest.finalize()[..10]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect(),
    )
}

/// Writes a brotli and a gzip (level 9) copy beside every script, WebAssembly and stylesheet
/// file under `dir` (and its folders) that has none or an older one; returns how many copies
/// it wrote. Brotli is at its best level for a release build (see [`BEST_UP_TO_BYTES`]). Each
/// copy is written under a temporary name and renamed, so that a server reading it meanwhile
/// (another one starting beside the same site) never sees half.
pub fn precompress(dir: &Path) -> std::io::Result<usize> {
    let mut files = Vec::new();
    compressible(dir, &mut files)?;
    let mut total = 0;
    for file in &files {
        total += std::fs::metadata(file)?.len();
    }
    let quality = if total <= BEST_UP_TO_BYTES {
        BEST_BROTLI
    } else {
        QUICK_BROTLI
    };
    let mut written = 0;
    for path in files {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_owned();
        let modified = std::fs::metadata(&path)?.modified()?;
        let mut source: Option<Vec<u8>> = None;
        for suffix in ["br", "gz"] {
            let target = path.with_extension(format!("{extension}.{suffix}"));
            let fresh = std::fs::metadata(&target)
                .and_then(|m| m.modified())
                .is_ok_and(|at| at >= modified);
            if fresh {
                continue;
            }
            let bytes = match &source {
                Some(bytes) => bytes,
                None => source.insert(std::fs::read(&path)?),
            };
            let compressed = if suffix == "br" {
                brotli(bytes, quality)?
            } else {
                gzip_9(bytes)?
            };
            let temporary =
                path.with_extension(format!("{extension}.{suffix}.{}.tmp", std::process::id()));
            std::fs::write(&temporary, compressed)?;
            std::fs::rename(&temporary, &target)?;
            written += 1;
        }
    }
    Ok(written)
}

/// The build mark in a bundle's bytes (`twofold-build:<id>;`), if any.
fn mark_in(bytes: &[u8]) -> Option<&[u8]> {
    let prefix = app::build::MARK_PREFIX.as_bytes();
    let start = bytes.windows(prefix.len()).position(|w| w == prefix)?;
    let rest = &bytes[start..];
    let end = rest.iter().take(64).position(|&b| b == b';')?;
    Some(&rest[..=end])
}

/// The bundle's files under `/pkg/<version>/` (see [`version`]; none without a bundle):
/// the copies [`precompress`] made to browsers that accept them (and caches told that the
/// answer depends on it), kept for a year. Nothing else under `/pkg/` is found: an address of
/// another version names other bytes.
pub fn router(version: Option<&str>, bundle: &std::path::Path) -> axum::Router {
    let files = tower::ServiceBuilder::new()
        .layer(
            tower_http::set_header::SetResponseHeaderLayer::if_not_present(
                axum::http::header::VARY,
                axum::http::HeaderValue::from_static("accept-encoding"),
            ),
        )
        .map_response(|mut response: axum::http::Response<_>| {
            if response.status().is_success() {
                response.headers_mut().insert(
                    axum::http::header::CACHE_CONTROL,
                    axum::http::HeaderValue::from_static("public, max-age=31536000, immutable"),
                );
            }
            response
        })
        .service(
            tower_http::services::ServeDir::new(bundle)
                .precompressed_br()
                .precompressed_gzip(),
        );
    let not_found = axum::Router::new().fallback(|| async { axum::http::StatusCode::NOT_FOUND });
    match version {
        Some(version) => not_found.nest_service(&format!("/{version}"), files),
        None => not_found,
    }
}

/// Runs `server compress-site` as a child process and waits for it. Brotli's best level works
/// in buffers of several MiB, which the allocator would keep in a serving process for good;
/// they go back to the system with the child. Where it fails (a read-only site), the files are
/// compressed as they are sent instead.
pub async fn compress_in_a_child() {
    let compressed = tokio::task::spawn_blocking(|| {
        std::process::Command::new(std::env::current_exe()?)
            .arg("compress-site")
            .stdin(std::process::Stdio::null())
            .status()
    })
    .await;
    match compressed {
        Ok(Ok(status)) if status.success() => {}
        Ok(Ok(status)) => tracing::warn!(%status, "compressing the browser assets"),
        Ok(Err(err)) => tracing::warn!(error = %err, "compressing the browser assets"),
        Err(err) => tracing::warn!(error = %err, "compressing the browser assets"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_version_follows_every_file_of_the_bundle_but_not_its_compressed_copies() {
        let dir = tempfile::TempDir::new().unwrap();
        assert_eq!(version(dir.path()), None, "no bundle");
        assert_eq!(version(&dir.path().join("missing")), None);
        std::fs::write(dir.path().join("twofold.js"), "export {}").unwrap();
        std::fs::write(dir.path().join("chunk_1.wasm"), b"\0asm one").unwrap();
        let first = version(dir.path()).unwrap();
        assert_eq!(first.len(), 20);
        assert!(first.bytes().all(|b| b.is_ascii_hexdigit()));
        precompress(dir.path()).unwrap();
        assert_eq!(
            version(dir.path()).unwrap(),
            first,
            "compressed copies do not count"
        );
        std::fs::write(dir.path().join("chunk_1.wasm"), b"\0asm two").unwrap();
        let changed = version(dir.path()).unwrap();
        assert_ne!(changed, first, "a changed file");
        std::fs::rename(
            dir.path().join("chunk_1.wasm"),
            dir.path().join("chunk_2.wasm"),
        )
        .unwrap();
        assert_ne!(version(dir.path()).unwrap(), changed, "a renamed file");
    }

    #[test]
    fn scripts_wasm_and_styles_are_compressed_once_ahead_of_time() {
        use std::io::Read;
        let dir = tempfile::TempDir::new().unwrap();
        let text = "export function hydrate() { return 42; }\n".repeat(200);
        std::fs::write(dir.path().join("twofold.js"), &text).unwrap();
        std::fs::create_dir(dir.path().join("snippets")).unwrap();
        std::fs::write(dir.path().join("snippets/inline.js"), &text).unwrap();
        std::fs::write(dir.path().join("notes.txt"), &text).unwrap();
        assert_eq!(precompress(dir.path()).unwrap(), 4);

        let mut unbrotli = String::new();
        brotli::Decompressor::new(
            std::fs::File::open(dir.path().join("twofold.js.br")).unwrap(),
            4096,
        )
        .read_to_string(&mut unbrotli)
        .unwrap();
        assert_eq!(unbrotli, text);
        let mut ungzip = String::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(dir.path().join("snippets/inline.js.gz")).unwrap(),
        )
        .read_to_string(&mut ungzip)
        .unwrap();
        assert_eq!(ungzip, text);
        let compressed = std::fs::metadata(dir.path().join("twofold.js.br")).unwrap();
        assert!(compressed.len() < 200, "{} bytes", compressed.len());
        assert!(!dir.path().join("notes.txt.br").exists());

        // Nothing to do until a file changes.
        assert_eq!(precompress(dir.path()).unwrap(), 0);
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        let file = std::fs::File::options()
            .append(true)
            .open(dir.path().join("twofold.js"))
            .unwrap();
        file.set_modified(later).unwrap();
        assert_eq!(precompress(dir.path()).unwrap(), 2);
    }

    fn bundle_with(contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::TempDir::new().unwrap();
        let path = bundle_path(&dir.path().join("pkg"), "twofold");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        (dir, path)
    }

    #[test]
    fn a_bundle_of_this_build_matches() {
        let mut bytes = b"\0asm\x01\0\0\0 data ".to_vec();
        bytes.extend_from_slice(app::build::MARK.as_bytes());
        bytes.extend_from_slice(b" more data");
        let (_dir, path) = bundle_with(&bytes);
        assert_eq!(check(&path), Ok(Site::Matches));
    }

    #[test]
    fn a_bundle_of_another_build_is_refused() {
        let (_dir, path) = bundle_with(b"\0asm twofold-build:0123456789abcdef; rest");
        let err = check(&path).unwrap_err();
        assert_eq!(err.found, "twofold-build:0123456789abcdef;");
        assert!(err.to_string().contains("another build"), "{err}");
    }

    #[test]
    fn a_bundle_without_an_id_is_refused() {
        let (_dir, path) = bundle_with(b"\0asm nothing here");
        assert_eq!(check(&path).unwrap_err().found, "no build id");
    }

    #[test]
    fn no_bundle_is_reported_as_missing() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("pkg/twofold.wasm");
        assert_eq!(check(&path), Ok(Site::Missing(path.clone())));
    }
}
