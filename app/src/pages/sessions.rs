//! Where the account is signed in: each session's browser, address, sign-in time and last
//! activity, with "sign out" for each other session and for all of them at once; and the
//! browsers trusted to sign in with the password alone, with "stop trusting".

use leptos::prelude::*;
use leptos_router::components::Redirect;

use domain::security::{Browser, SessionInfo, TrustedBrowserInfo, describe_browser};

use crate::{
    api::security::{
        SignOutOtherSessions, SignOutSession, StopTrusting, list_sessions, list_trusted_browsers,
    },
    components::{alert::ErrorAlert, submit::SubmitButton},
    error::AppError,
    form::{Form, FormAction},
    i18n::{PageTitle, msg, t, translator},
    pages::security_log::{BackToSettings, time_element},
    redirect::login_url_for,
};

const PATH: &str = "/settings/sessions";

#[component]
pub fn SessionsPage() -> impl IntoView {
    let sign_out_one = FormAction::<SignOutSession>::new();
    let sign_out_others = FormAction::<SignOutOtherSessions>::new();
    let stop_trusting = FormAction::<StopTrusting>::new();
    let trusted = Resource::new(
        move || stop_trusting.version().get(),
        |_| list_trusted_browsers(),
    );
    let sessions = Resource::new(
        move || {
            (
                sign_out_one.version().get(),
                sign_out_others.version().get(),
            )
        },
        |_| list_sessions(),
    );
    let error = Signal::derive(move || {
        sign_out_one
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| sign_out_others.value().get().and_then(Result::err))
            .or_else(|| stop_trusting.value().get().and_then(Result::err))
    });
    view! {
        <PageTitle id=msg("sessions-title") />
        <div class="settings">
            <BackToSettings />
            <h1>{t("sessions-title")}</h1>
            <p class="muted">{t("sessions-lead")}</p>
            <ErrorAlert error />
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match sessions.await {
                        Ok(list) => view! { <SessionList list sign_out_one sign_out_others /> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path=login_url_for(PATH) /> }.into_any(),
                        Err(err) => view! { <p class="alert alert-error" role="alert">{err.message()}</p> }.into_any(),
                    }
                })}
            </Suspense>
            <Suspense>
                {move || Suspend::new(async move {
                    trusted
                        .await
                        .ok()
                        .filter(|list| !list.is_empty())
                        .map(|list| view! { <TrustedList list stop_trusting /> })
                })}
            </Suspense>
        </div>
    }
}

/// The browsers trusted at the code step, each with "stop trusting".
#[component]
fn TrustedList(
    list: Vec<TrustedBrowserInfo>,
    stop_trusting: FormAction<StopTrusting>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="trusted-heading">
            <h2 id="trusted-heading">{t("trusted-heading")}</h2>
            <p class="muted">{t("trusted-lead")}</p>
            <ul class="session-list" data-testid="trusted-browsers">
                {list
                    .into_iter()
                    .map(|trusted| {
                        view! {
                            <li class="card session" data-testid="trusted-browser">
                                <p class="session-browser">
                                    <strong>{browser_name(trusted.browser)}</strong>
                                </p>
                                <dl class="facts">
                                    <dt>{t("sessions-address")}</dt>
                                    <dd>{address(trusted.ip)}</dd>
                                    <dt>{t("trusted-since")}</dt>
                                    <dd>{time_element(trusted.trusted_at)}</dd>
                                    <dt>{t("trusted-last-used")}</dt>
                                    <dd>
                                        {match trusted.last_used_at {
                                            Some(at) => time_element(at).into_any(),
                                            None => t("trusted-never-used")().into_any(),
                                        }}
                                    </dd>
                                    <dt>{t("trusted-until")}</dt>
                                    <dd>{time_element(trusted.expires_at)}</dd>
                                </dl>
                                <Form action=stop_trusting>
                                    <input type="hidden" name="id" value=trusted.id />
                                    <button type="submit" class="button button-secondary" disabled=move || stop_trusting.pending().get()>
                                        {t("trusted-stop")}
                                    </button>
                                </Form>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// "Firefox on Linux", or that the browser is unknown.
fn browser_name(browser: Option<Browser>) -> impl Fn() -> String + Send + Sync + 'static {
    let tr = translator();
    move || match &browser {
        Some(browser) => describe_browser(browser, &tr),
        None => tr(msg("browser-unknown"), &[]),
    }
}

/// The address, or that it is unknown.
fn address(ip: Option<String>) -> impl Fn() -> String + Send + Sync + 'static {
    let tr = translator();
    move || {
        ip.clone()
            .unwrap_or_else(|| tr(msg("address-unknown"), &[]))
    }
}

#[component]
fn SessionList(
    list: Vec<SessionInfo>,
    sign_out_one: FormAction<SignOutSession>,
    sign_out_others: FormAction<SignOutOtherSessions>,
) -> impl IntoView {
    let others = list.iter().filter(|s| !s.current).count();
    view! {
        <ul class="session-list" data-testid="sessions">
            {list
                .into_iter()
                .map(|session| view! { <SessionItem session sign_out_one /> })
                .collect_view()}
        </ul>
        {(others > 0)
            .then(|| {
                view! {
                    <Form action=sign_out_others>
                        <SubmitButton
                            label=msg("sessions-sign-out-others")
                            pending_label=msg("sessions-signing-out")
                            pending=sign_out_others.pending()
                            class="button button-danger"
                        />
                    </Form>
                }
            })}
        {(others == 0).then(|| view! { <p class="muted" data-testid="no-other-sessions">{t("sessions-none-elsewhere")}</p> })}
    }
}

#[component]
fn SessionItem(session: SessionInfo, sign_out_one: FormAction<SignOutSession>) -> impl IntoView {
    let browser_text = browser_name(session.browser.clone());
    let ip_text = address(session.ip.clone());
    let handle = session.handle.clone();
    view! {
        <li class="card session" data-testid="session" data-current=session.current.to_string()>
            <p class="session-browser">
                <strong>{browser_text}</strong>
                {session.current.then(|| view! { <span class="badge">{t("sessions-this-one")}</span> })}
            </p>
            <dl class="facts">
                <dt>{t("sessions-address")}</dt>
                <dd data-testid="session-ip">{ip_text}</dd>
                <dt>{t("sessions-signed-in")}</dt>
                <dd>{time_element(session.signed_in_at)}</dd>
                <dt>{t("sessions-last-seen")}</dt>
                <dd>{time_element(session.last_seen_at)}</dd>
            </dl>
            {(!session.current)
                .then(|| {
                    view! {
                        <Form action=sign_out_one>
                            <input type="hidden" name="handle" value=handle.clone() />
                            <button type="submit" class="button button-secondary" disabled=move || sign_out_one.pending().get()>
                                {t("sessions-sign-out")}
                            </button>
                        </Form>
                    }
                })}
        </li>
    }
}
