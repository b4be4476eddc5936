//! The browser entry point: hydrates the interactive parts (islands) of the server-rendered page.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    if !app::build::page_matches() {
        return;
    }
    leptos::mount::hydrate_islands();
    // A page without islands is ready now; otherwise the last island to hydrate says so.
    app::island::ready::page_loaded();
}
