//! The security log: what happened to the account, newest first, a page at a time.

use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_query_map};

use domain::security::{Actor, SecurityEvent, describe_browser};

use crate::{
    api::security::security_log,
    error::AppError,
    i18n::{Arg, PageTitle, civil_date, long_date, msg, t, t_args, translator},
    redirect::login_url_for,
};

/// A moment as the pages show it: the date in the page's language and the time (UTC).
pub fn date_time(unix: i64) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let date = long_date(unix);
    let seconds = unix.rem_euclid(86_400);
    let time = format!("{:02}:{:02}", seconds / 3600, seconds % 3600 / 60);
    move || {
        t_args(
            "date-time-utc",
            [("date", date().into()), ("time", time.clone().into())],
        )()
    }
}

/// A moment as a `<time>` element: [`date_time`] as its text, the UTC instant as its
/// `datetime`.
pub fn time_element(unix: i64) -> impl IntoView {
    view! { <time datetime=iso_datetime(unix)>{date_time(unix)}</time> }
}

/// Unix seconds as an ISO 8601 instant (`2026-12-01T08:30:00Z`), for `<time datetime>`.
pub fn iso_datetime(unix: i64) -> String {
    let (year, month, day) = civil_date(unix);
    let s = unix.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// The link back to the settings page, above the pages under it.
#[component]
pub fn BackToSettings() -> impl IntoView {
    view! {
        <p class="back-link">
            <a href="/settings">{t("settings-back")}</a>
        </p>
    }
}

#[component]
pub fn SecurityLogPage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0)
    });
    let log = Resource::new(move || page.get(), security_log);
    view! {
        <PageTitle id=msg("security-log-title") />
        <div class="settings">
            <BackToSettings />
            <h1>{t("security-log-title")}</h1>
            <p class="muted">{t("security-log-lead")}</p>
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match log.await {
                        Ok(log) => {
                            let page = log.page;
                            let empty = log.events.is_empty();
                            view! {
                                {empty.then(|| view! { <p class="muted" data-testid="security-log-empty">{t("security-log-empty")}</p> })}
                                <ol class="event-list" data-testid="security-log">
                                    {log.events.into_iter().map(|event| view! { <EventItem event /> }).collect_view()}
                                </ol>
                                <nav class="pager" aria-label=t("security-log-pages")>
                                    {(page > 0).then(|| view! {
                                        <a href=format!("/settings/security-log?page={}", page - 1) rel="prev">{t("security-log-newer")}</a>
                                    })}
                                    {log.has_more.then(|| view! {
                                        <a href=format!("/settings/security-log?page={}", page + 1) rel="next" data-testid="older">{t("security-log-older")}</a>
                                    })}
                                </nav>
                            }
                                .into_any()
                        }
                        Err(AppError::Unauthorized) => {
                            view! { <Redirect path=login_url_for("/settings/security-log") /> }.into_any()
                        }
                        Err(err) => view! { <p class="alert alert-error" role="alert">{err.message()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn EventItem(event: SecurityEvent) -> impl IntoView {
    let tr = translator();
    let kind = event.kind;
    let detail = event.detail.unwrap_or(0);
    let subject = event.subject.clone().unwrap_or_default();
    let text = move || {
        tr(
            kind.message_id(),
            &[
                ("count", Arg::from(detail)),
                ("minutes", Arg::from(detail)),
                ("email", Arg::from(subject.clone())),
                ("application", Arg::from(subject.clone())),
            ],
        )
    };
    let browser = event.browser.clone();
    let actor = event.actor.clone();
    let source = {
        let ip = event.ip.clone();
        move || {
            match &actor {
                Some(Actor::Operator(operator)) => {
                    return tr(
                        msg("security-log-operator"),
                        &[("operator", operator.clone().into())],
                    );
                }
                Some(Actor::Administrator(email)) => {
                    return tr(
                        msg("security-log-administrator"),
                        &[("email", email.clone().into())],
                    );
                }
                None => {}
            }
            let browser = browser
                .as_ref()
                .map(|b| describe_browser(b, &tr))
                .unwrap_or_else(|| tr(msg("browser-unknown"), &[]));
            let ip = ip
                .clone()
                .unwrap_or_else(|| tr(msg("address-unknown"), &[]));
            tr(
                msg("security-log-source"),
                &[("ip", ip.into()), ("browser", browser.into())],
            )
        }
    };
    view! {
        <li class="event" class:event-alarming=kind.is_alarming() data-testid="event" data-kind=kind.as_str()>
            <p class="event-what">{text}</p>
            <p class="event-meta muted">
                {time_element(event.at)}
                " · "
                {source}
            </p>
        </li>
    }
}
