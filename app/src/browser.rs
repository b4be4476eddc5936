//! The few browser APIs the pages call directly. Only event handlers and effects use them, and
//! those never run on the server.

use leptos::logging;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};

/// Opens `dialog` as a modal (focus moves into it, the rest of the page becomes inert).
pub fn show_modal(dialog: &HtmlDialogElement) {
    if !dialog.open()
        && let Err(err) = dialog.show_modal()
    {
        logging::error!("could not open a dialog: {err:?}");
    }
}

pub fn close(dialog: &HtmlDialogElement) {
    if dialog.open() {
        dialog.close();
    }
}

/// Focuses the first of the elements with these ids that is on the page.
pub fn focus_first(ids: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = ids.iter().find_map(|id| {
        document
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    });
    if let Some(el) = target {
        let _ = el.focus();
    }
}

/// Loads `path` (a page of this site) in place of the current page.
pub fn go_to(path: &str) {
    if let Some(window) = web_sys::window()
        && let Err(err) = window.location().assign(path)
    {
        logging::error!("could not load {path}: {err:?}");
    }
}

/// Puts `text` on the clipboard; `false` if the browser refused (or offers no clipboard here).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // The clipboard exists only in secure contexts (HTTPS and localhost).
    if !window.is_secure_context() {
        return false;
    }
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(Err(err)) = web_sys::window().map(|w| w.print()) {
        logging::error!("could not print: {err:?}");
    }
}
