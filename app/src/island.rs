//! What every island (the interactive parts of a page, `#[island]`) does first.

use leptos::{prelude::*, server_fn::ServerFn};

use crate::{
    api::auth::{last_error, pick_up_form_error},
    error::AppError,
    form::FormAction,
    i18n::Texts,
};

/// Sets up the island `name` (its function's name in snake case, e.g. `"login_form"` for
/// `LoginForm`): its messages for [`crate::i18n::t`]; on the server, the page's head asks for
/// every piece of the browser bundle the island needs (see [`preload`]); in the browser, once
/// every island of the page is hydrated, `<body data-hydrated="true">`, which tells tests (and
/// styles) that the page reacts to input. Islands are loaded and hydrated one after the other,
/// each in its own piece of the browser bundle.
pub fn setup(name: &str, texts: Texts) {
    texts.provide();
    #[cfg(feature = "ssr")]
    preload::island(name);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = name;
        // A server function that redirects (a sign-in, a change that ends on the settings)
        // loads that page; set once, by the first island.
        let _ = leptos::server_fn::redirect::set_redirect_hook(crate::browser::go_to);
        Effect::new(ready::island_hydrated);
    }
}

/// Sets up an island that is one form posting `S`: [`setup`], the error a post without
/// JavaScript came back with, and the form's action with its last error.
pub fn form<S>(name: &str, texts: Texts) -> (FormAction<S>, Signal<Option<AppError>>)
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    setup(name, texts);
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
        let hydrated = HYDRATED.get() + 1;
        HYDRATED.set(hydrated);
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

/// No waterfall, and no bundle where nothing is interactive: the first island a page renders
/// puts the bundle in the page's head (its script and WebAssembly, preloaded, and the script
/// that hydrates the islands, `island_script.js`); each island adds the pieces of the split
/// bundle it needs (the split loader and its pieces, from the split bundle's manifest). The
/// browser fetches them all at once and finds them ready when the islands load; a page
/// without islands loads no script or WebAssembly at all. The server provides the [`Bundle`]
/// to every page.
#[cfg(feature = "ssr")]
pub mod preload {
    use std::{
        collections::{HashMap, HashSet},
        path::Path,
        sync::{Arc, Mutex},
    };

    use leptos::prelude::*;
    use leptos_meta::{Link, Script};

    /// The split loader that cargo-leptos writes beside the bundle.
    const LOADER: &str = "__wasm_split.______________________.js";
    /// Its list of the pieces each lazy function (each island's `<name>_loader_<hash>`) needs.
    const MANIFEST: &str = "__wasm_split_manifest.json";
    const ISLAND_SCRIPT: &str = include_str!("island_script.js");

    /// Where the browser finds the bundle, and the pieces of each lazy island.
    #[derive(Clone, Debug)]
    pub struct Bundle(Arc<Parts>);

    /// Everything a page may announce, worked out once when the server starts.
    #[derive(Debug)]
    struct Parts {
        /// The bundle's script and WebAssembly, and the split loader its script imports (a
        /// split bundle).
        main: Vec<String>,
        /// The script that hydrates the page's islands (without its comments).
        script: String,
        /// The pieces each lazy island loads, by the island's name (`signup_form` for the
        /// manifest's `signup_form_loader_<hash>`); empty for a bundle that is not split.
        islands: HashMap<String, Vec<String>>,
    }

    impl Bundle {
        /// The bundle `name` (`<name>.js`, `<name>.wasm`) in `dir`, served at `public` (e.g.
        /// `/pkg/<version>`), with its split manifest if it has one.
        pub fn read(dir: &Path, public: &str, name: &str) -> Self {
            let public = public.trim_end_matches('/');
            let split = dir.join(LOADER).is_file();
            let manifest: HashMap<String, Vec<String>> = if split {
                std::fs::read_to_string(dir.join(MANIFEST))
                    .ok()
                    .and_then(|text| {
                        serde_json::from_str(&text)
                            .inspect_err(|err| {
                                tracing::warn!(error = %err, "the split manifest is unreadable");
                            })
                            .ok()
                    })
                    .unwrap_or_default()
            } else {
                HashMap::new()
            };
            let islands = manifest
                .into_iter()
                .filter_map(|(key, pieces)| {
                    let (island, _hash) = key.rsplit_once("_loader_")?;
                    let hrefs = pieces
                        .iter()
                        .map(|piece| format!("{public}/{piece}.wasm"))
                        .collect();
                    Some((island.to_owned(), hrefs))
                })
                .collect();
            let code: Vec<&str> = ISLAND_SCRIPT
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with("//"))
                .collect();
            let mut main = vec![
                format!("{public}/{name}.js"),
                format!("{public}/{name}.wasm"),
            ];
            if split {
                main.push(format!("{public}/{LOADER}"));
            }
            Self(Arc::new(Parts {
                main,
                script: format!("{}({public:?}, {name:?});", code.join("\n")),
                islands,
            }))
        }

        /// The bundle's script (first) and WebAssembly, and the split loader of a split bundle.
        pub fn main(&self) -> &[String] {
            &self.0.main
        }

        /// The pieces the island `name` loads: none for an island that is not lazy (its code is
        /// in the bundle itself) or a bundle that is not split.
        pub fn island(&self, name: &str) -> &[String] {
            self.0.islands.get(name).map_or(&[], Vec::as_slice)
        }

        fn script(&self) -> &str {
            &self.0.script
        }
    }

    /// The addresses already announced by this page (a page may hold an island more than once).
    #[derive(Clone, Default)]
    pub struct Announced(Arc<Mutex<HashSet<String>>>);

    /// Provided once per page, above its islands.
    pub fn provide() {
        provide_context(Announced::default());
    }

    /// Announces the bundle (first island of the page) and the pieces of the island `name` (a
    /// lazy one) in the page's head.
    pub fn island(name: &str) {
        let Some(bundle) = use_context::<Bundle>() else {
            return;
        };
        let announced = use_context::<Announced>().unwrap_or_default();
        let Ok(mut announced) = announced.0.lock() else {
            return;
        };
        if !announced.contains(&bundle.main()[0]) {
            // Registered with the page's head (`MetaTags`), not rendered here.
            for href in bundle.main() {
                announced.insert(href.clone());
                preload(href.clone());
            }
            let code = bundle.script().to_owned();
            _ = view! { <Script type_="module">{code}</Script> }.to_html();
        }
        for href in bundle.island(name) {
            if announced.insert(href.clone()) {
                preload(href.clone());
            }
        }
    }

    /// A `modulepreload` of a script, a `preload` of WebAssembly (fetched by script, hence
    /// `crossorigin`: the fetch asks the same way).
    fn preload(href: String) {
        _ = if href.ends_with(".js") {
            view! { <Link rel="modulepreload" href crossorigin="anonymous" /> }.to_html()
        } else {
            view! {
                <Link
                    rel="preload"
                    href
                    as_="fetch"
                    type_="application/wasm"
                    crossorigin="anonymous"
                />
            }
            .to_html()
        };
    }

    #[cfg(test)]
    mod tests {
        #![allow(clippy::unwrap_used)]

        use super::*;

        #[test]
        fn an_island_loads_its_pieces_from_the_versioned_folder() {
            let dir = tempfile::TempDir::new().unwrap();
            let whole = Bundle::read(dir.path(), "/pkg/v1", "twofold");
            assert_eq!(whole.main(), ["/pkg/v1/twofold.js", "/pkg/v1/twofold.wasm"]);
            assert!(whole.island("signup_form").is_empty(), "no split bundle");
            assert!(whole.script().ends_with(r#"("/pkg/v1", "twofold");"#));
            assert!(!whole.script().contains("//"), "no comments");
            std::fs::write(dir.path().join(LOADER), "export {}").unwrap();
            std::fs::write(
                dir.path().join(MANIFEST),
                r#"{"signup_form_loader_1": ["chunk_1", "split_signup_form_loader_1"],
                    "signup_form_extra_loader_2": ["chunk_9"],
                    "settings_dialog_3": ["chunk_4"]}"#,
            )
            .unwrap();
            let split = Bundle::read(dir.path(), "/pkg/v1/", "twofold");
            assert_eq!(
                split.main(),
                [
                    "/pkg/v1/twofold.js",
                    "/pkg/v1/twofold.wasm",
                    "/pkg/v1/__wasm_split.______________________.js"
                ],
                "the bundle's script imports the split loader"
            );
            assert_eq!(
                split.island("signup_form"),
                [
                    "/pkg/v1/chunk_1.wasm",
                    "/pkg/v1/split_signup_form_loader_1.wasm",
                ]
            );
            assert_eq!(split.island("signup_form_extra"), ["/pkg/v1/chunk_9.wasm"]);
            assert!(
                split.island("login_form").is_empty(),
                "an island that is not lazy"
            );
            assert!(
                split.island("settings_dialog").is_empty(),
                "a lazy function that is not an island"
            );
        }
    }
}
