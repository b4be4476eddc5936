//! Which build the code comes from. The server renders [`MARK`] into every page, and the
//! browser bundle (which contains the same text) hydrates only a page whose mark is its own;
//! the server refuses to start beside a bundle that lacks its mark (`server::site`). A server
//! and a bundle built from different sources (or in different profiles) would otherwise fail
//! in the browser with hydration errors.

/// The id of this build (computed by `app/build.rs` from the sources and the profile) as it
/// appears in the page and in the browser bundle: the prefix lets the server find it in the
/// bundle's bytes.
pub const MARK: &str = concat!("twofold-build:", env!("TWOFOLD_BUILD_ID"), ";");

/// The prefix of [`MARK`].
pub const MARK_PREFIX: &str = "twofold-build:";

/// The `<meta name>` that carries [`MARK`] in every page.
pub const META_NAME: &str = "twofold-build";

/// The selector of that `<meta>` (spelled out: no formatting code in the browser bundle).
#[cfg(feature = "hydrate")]
const META_SELECTOR: &str = "meta[name=\"twofold-build\"]";

/// Whether the page was rendered by a server of this build; logs an error in the browser's
/// console when not (the page then stays as the server rendered it).
#[cfg(feature = "hydrate")]
pub fn page_matches() -> bool {
    let page = leptos::prelude::document()
        .query_selector(META_SELECTOR)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    let matches = page.as_deref() == Some(MARK);
    if !matches {
        leptos::logging::error!(
            "Twofold: this page and its script come from different builds; not hydrating"
        );
    }
    matches
}
