//! The browser entry point: hydrates the interactive parts (islands) of the server-rendered page.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // A page without islands is ready now; otherwise the last island to hydrate says so.
    app::island::ready::page_loaded();
}
