//! Twofold's user interface: pages, components and the server functions they call.
//!
//! Pages are rendered on the server (feature `ssr`); only their interactive parts, the islands
//! (`#[island]`), are compiled for the browser and hydrated there (feature `hydrate`).

pub mod api;
pub mod browser;
pub mod build;
pub mod components;
pub mod error;
pub mod form;
pub mod i18n;
pub mod island;
pub mod pages;
pub mod redirect;
pub mod webauthn;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    components::{
        header::{Header, NoticeBanner, PolicyBanner},
        language::LanguageSwitcher,
    },
    i18n::{HtmlDir, I18nProvider, t},
    pages::{
        admin::AdminPage,
        authorize::{ConsentPage, KeyPage, RefusedPage, SignOutPage},
        home::HomePage,
        login::LoginPage,
        not_found::NotFoundPage,
        recovery::{ConfirmAddressPage, ForgotPasswordPage, ResetPasswordPage},
        security_log::SecurityLogPage,
        sessions::SessionsPage,
        settings::SettingsPage,
        signup::SignupPage,
        verify::VerifyPage,
    },
};

/// The Content-Security-Policy of pages: scripts only from this origin or inline with this
/// response's nonce (the hydration script and [`MARK_JS`]), WebAssembly compiled from those scripts, no
/// plugins, no framing, forms only to this origin — and to `form_targets`, where a page whose
/// form leads back to an application (the sign-in, the consent) may end (a browser checks
/// `form-action` on the redirects after a form, too). The server sends it with every page, with
/// the nonce the page was rendered with.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: &str, form_targets: &[String]) -> String {
    let targets: String = form_targets.iter().map(|t| format!(" {t}")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'{targets}; frame-ancestors 'none'"
    )
}

/// The first script of every page: it marks `<html data-js>` before anything is drawn, so
/// that what is said only to browsers without JavaScript (`.no-js-only`) never shows in one
/// that runs it, not even until the page is hydrated; and a page without islands (which loads
/// no bundle) `<body data-hydrated="true">` once it is parsed, as the last island to hydrate
/// marks the others (see [`island`]).
const MARK_JS: &str = "document.documentElement.dataset.js = 1;\
addEventListener('DOMContentLoaded', () => { \
if (!document.querySelector('leptos-island')) document.body.dataset.hydrated = 'true'; });";

/// The HTML document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands mode: only the islands are hydrated, so only they carry hydration markers (what
    // Leptos's `HydrationScripts` sets; the bundle itself is announced by the first island,
    // see `island::preload`).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <meta name=build::META_NAME content=build::MARK />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <script nonce=leptos::nonce::use_nonce()>{MARK_JS}</script>
                <link id="leptos" rel="stylesheet" href=stylesheet />
                <AutoReload options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "ssr")]
    island::preload::provide();
    view! {
        <I18nProvider>
            <HtmlDir />
            <Title formatter=|page: String| format!("{page} · Twofold") />
            <Router>
                <Layout />
            </Router>
        </I18nProvider>
    }
}

/// Everything inside the router: the shared auth state, the header and the pages.
#[component]
fn Layout() -> impl IntoView {
    api::auth::provide_auth();
    view! {
        <a class="skip-link" href="#main">
            {t("skip-to-content")}
        </a>
        <Header />
        <main id="main" tabindex="-1">
            <NoticeBanner />
            <PolicyBanner />
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                // Async: without JavaScript, the notice at the top (a mail on its way, a new
                // password set) must be in the page as sent.
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                <Route path=path!("/login/verify") view=VerifyPage ssr=SsrMode::Async />
                <Route path=path!("/signup") view=SignupPage ssr=SsrMode::Async />
                <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/confirm-address") view=ConfirmAddressPage ssr=SsrMode::Async />
                <Route path=path!("/settings") view=SettingsPage ssr=SsrMode::Async />
                <Route path=path!("/settings/sessions") view=SessionsPage ssr=SsrMode::Async />
                <Route path=path!("/settings/security-log") view=SecurityLogPage ssr=SsrMode::Async />
                <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async />
                <Route path=path!("/authorize/refused") view=RefusedPage ssr=SsrMode::Async />
                <Route path=path!("/authorize/consent") view=ConsentPage ssr=SsrMode::Async />
                <Route path=path!("/authorize/sign-out") view=SignOutPage ssr=SsrMode::Async />
                <Route path=path!("/authorize/key") view=KeyPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <footer class="site-footer">
            <LanguageSwitcher />
        </footer>

    }
}
