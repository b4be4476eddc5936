//! The browser entry point: hydrates the interactive parts (islands) of the server-rendered page.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    if !app::build::page_matches() {
        return;
    }
    // The last island to hydrate marks the page (a page without islands loads no bundle; the
    // page's first script marks it).
    leptos::mount::hydrate_islands();
}
