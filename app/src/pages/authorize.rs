// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

//! Twofold's pages for applications' requests: the consent page (what the application asks to
//! share), the page asking whether to sign out (both plain forms, posted without JavaScript
//! too), the page asking for a security key or passkey, and the page for a request that cannot go back to its application — it names no
//! registered application, or an address not registered for it (RFC 6749 §4.1.2.1: never
//! redirected), or it waited too long.

use domain::{
    application::{CONSENT_ANSWER, SIGN_OUT_ANSWER},
    session::ConsentAsked,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::authorize::{StepUpKey, key_asked, waiting_consent},
    components::{
        alert::ErrorAlert,
        key::{KeyAnswer, KeyCheck},
    },
    error::AppError,
    form::Form,
    i18n::{PageTitle, Texts, msg, t, t_args},
    island,
};

/// Why, from the `reason` the server put in the address: its message and HTTP status.
fn reason(reason: &str) -> (&'static str, u16) {
    match reason {
        "client" => (msg("authorize-refused-client"), 400),
        "redirect" => (msg("authorize-refused-redirect"), 400),
        "logout" => (msg("authorize-refused-logout"), 400),
        "unavailable" => (msg("error-unavailable"), 503),
        _ => (msg("authorize-refused-expired"), 400),
    }
}

#[component]
pub fn RefusedPage() -> impl IntoView {
    let (text, status) =
        use_query_map().with_untracked(|q| reason(&q.get("reason").unwrap_or_default()));
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(status),
    ) {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <PageTitle id=msg("authorize-refused-title") />
        <Refused text />
    }
}

#[component]
fn Refused(text: &'static str) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="refused-title">
            <h1 id="refused-title">{t("authorize-refused-title")}</h1>
            <p data-testid="refused-reason">{t(text)}</p>
            <p>
                <a href="/" class="button button-primary">{t("not-found-home")}</a>
            </p>
        </section>
    }
}

#[component]
pub fn ConsentPage() -> impl IntoView {
    let handle = use_query_map().with_untracked(|q| q.get("request").unwrap_or_default());
    let asked = Resource::new(|| (), {
        let handle = handle.clone();
        move |()| waiting_consent(handle.clone())
    });
    view! {
        <PageTitle id=msg("consent-title") />
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || {
                let handle = handle.clone();
                Suspend::new(async move {
                    match asked.await {
                        Ok(Some(asked)) => view! { <Consent asked handle /> }.into_any(),
                        _ => view! { <Refused text=msg("authorize-refused-expired") /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// What each scope shares, in the user's words.
fn scope_text(scope: &str) -> Option<&'static str> {
    match scope {
        "openid" => Some(msg("consent-scope-openid")),
        "email" => Some(msg("consent-scope-email")),
        "profile" => Some(msg("consent-scope-profile")),
        "groups" => Some(msg("consent-scope-groups")),
        "offline_access" => Some(msg("consent-scope-offline-access")),
        _ => None,
    }
}

/// The consent page's two answers: the value posted, the button's class and its label.
const DECISIONS: [(&str, &str, &str); 2] = [
    ("allow", "button button-primary", msg("consent-allow")),
    ("deny", "button button-secondary", msg("consent-deny")),
];

#[component]
fn Consent(asked: ConsentAsked, handle: String) -> impl IntoView {
    let application = asked.application;
    let shared = asked
        .scopes
        .iter()
        .filter_map(|scope| scope_text(scope))
        .map(|id| view! { <li>{t(id)}</li> })
        .collect_view();
    view! {
        <section class="card auth-card" aria-labelledby="consent-title">
            <h1 id="consent-title">
                {t_args("consent-heading", [("application", application.clone().into())])}
            </h1>
            <p>{t_args("consent-lead", [("application", application.into())])}</p>
            <ul class="consent-scopes" data-testid="consent-scopes">
                {shared}
            </ul>
            <form method="post" action=CONSENT_ANSWER class="consent-actions">
                <input type="hidden" name="request" value=handle />
                {DECISIONS
                    .map(|(decision, class, label)| {
                        view! {
                            <button
                                type="submit"
                                name="decision"
                                value=decision
                                class=class
                                data-testid=format!("consent-{decision}")
                            >
                                {t(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </form>
        </section>
    }
}

/// An application asked to sign the user out without an ID token of the account signed in
/// here: the user decides. The form posts back what the application sent (checked again).
#[component]
pub fn SignOutPage() -> impl IntoView {
    let carried: Vec<(&'static str, String)> = use_query_map().with_untracked(|q| {
        ["client_id", "post_logout_redirect_uri", "state"]
            .into_iter()
            .filter_map(|name| q.get(name).map(|value| (name, value)))
            .collect()
    });
    view! {
        <PageTitle id=msg("sign-out-title") />
        <section class="card auth-card" aria-labelledby="sign-out-title">
            <h1 id="sign-out-title">{t("sign-out-title")}</h1>
            <p>{t("sign-out-lead")}</p>
            <form method="post" action=SIGN_OUT_ANSWER class="consent-actions">
                {carried
                    .into_iter()
                    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                    .collect_view()}
                <button type="submit" class="button button-primary" data-testid="sign-out-confirm">
                    {t("sign-out-confirm")}
                </button>
                <a href=crate::redirect::SETTINGS class="button button-secondary">
                    {t("sign-out-stay")}
                </a>
            </form>
        </section>
    }
}

/// An application asks for a security key or passkey in this sign-in: the user answers with
/// one (WebAuthn needs JavaScript), even in a trusted browser, then goes back to it.
#[component]
pub fn KeyPage() -> impl IntoView {
    let handle = use_query_map().with_untracked(|q| q.get("request").unwrap_or_default());
    let asked = Resource::new(|| (), {
        let handle = handle.clone();
        move |()| key_asked(handle.clone())
    });
    view! {
        <PageTitle id=msg("key-step-up-title") />
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || {
                let handle = handle.clone();
                Suspend::new(async move {
                    match asked.await {
                        Ok(Some(application)) => view! {
                            <section class="card auth-card" aria-labelledby="key-title">
                                <h1 id="key-title">{t("key-step-up-title")}</h1>
                                <p>{t_args("key-step-up-lead", [("application", application.into())])}</p>
                                <KeyStepUpForm
                                    request=handle
                                    texts=Texts::of(KEY_STEP_UP_TEXTS).and(AppError::texts())
                                />
                                <p class="muted no-js-only">{t("key-step-up-needs-js")}</p>
                            </section>
                        }
                        .into_any(),
                        _ => view! { <Refused text=msg("authorize-refused-expired") /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

const KEY_STEP_UP_TEXTS: &[&str] = &[msg("key-step-up-button"), msg("key-step-up-pending")];

/// The key's button, which sends the key's answer with the request's handle.
#[island]
fn KeyStepUpForm(request: String, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<StepUpKey>("key_step_up", texts);
    let key_error = RwSignal::new(None);
    let shown = Signal::derive(move || key_error.get().or_else(|| error.get()));
    view! {
        <Form action attr:aria-labelledby="key-title">
            <ErrorAlert error=shown />
            <input type="hidden" name="request" value=request />
            <KeyAnswer
                check=KeyCheck::Account
                label=msg("key-step-up-button")
                pending_label=msg("key-step-up-pending")
                error=key_error
                class="button button-primary button-wide"
                testid="key-step-up"
            />
        </Form>
    }
}
