//! What every island (the interactive parts of a page, `#[island]`) does first.

use leptos::{prelude::*, server_fn::ServerFn};

use crate::{
    api::auth::{last_error, pick_up_form_error},
    error::AppError,
    form::FormAction,
    i18n::Texts,
};

/// Sets up an island: its messages for [`crate::i18n::t`], and, once every island of the page
/// is hydrated, `<body data-hydrated="true">`, which tells tests (and styles) that the page
/// reacts to input. Islands are loaded and hydrated one after the other, each in its own piece
/// of the browser bundle.
pub fn setup(texts: Texts) {
    texts.provide();
    #[cfg(not(feature = "ssr"))]
    {
        // A server function that redirects (a sign-in, a change that ends on the settings)
        // loads that page; set once, by the first island.
        let _ = leptos::server_fn::redirect::set_redirect_hook(crate::browser::go_to);
        Effect::new(ready::island_hydrated);
    }
}

/// Sets up an island that is one form posting `S`: [`setup`], the error a post without
/// JavaScript came back with, and the form's action with its last error.
pub fn form<S>(texts: Texts) -> (FormAction<S>, Signal<Option<AppError>>)
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    setup(texts);
    pick_up_form_error();
    let action = FormAction::<S>::new();
    (action, last_error(action))
}

#[cfg(not(feature = "ssr"))]
pub mod ready {
    use std::cell::Cell;

    thread_local! {
        static HYDRATED: Cell<u32> = const { Cell::new(0) };
    }

    /// Counts a hydrated island; marks the page once all are.
    pub fn island_hydrated() {
        let count = HYDRATED.get() + 1;
        HYDRATED.set(count);
        mark_if_done(count);
    }

    /// Marks the page at once when it has no islands.
    pub fn page_loaded() {
        mark_if_done(HYDRATED.get());
    }

    fn mark_if_done(hydrated: u32) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let islands = document
            .query_selector_all("leptos-island")
            .map_or(0, |list| list.length());
        if hydrated >= islands
            && let Some(body) = document.body()
        {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    }
}
