//! The applications that sign the account in through Twofold, each with its first and last
//! sign-in and "Disconnect" (a plain form, posted with or without JavaScript: the page loads
//! again), shown once there is one; and the banner of an application that requires two-factor
//! while the account turns it on, which leads back to it.

use leptos::prelude::*;

use domain::application::ConnectedApp;

use crate::{
    api::{
        authorize::waiting_set_up,
        connections::{DisconnectApplication, connected_applications},
    },
    error::AppError,
    form::{Form, FormAction},
    i18n::{t, t_args},
    pages::security_log::time_element,
};

/// The list, loaded once per page (by the page itself: the section is rendered again as the
/// account loads).
pub fn connected() -> Resource<Result<Vec<ConnectedApp>, AppError>> {
    Resource::new(|| (), |()| connected_applications())
}

#[component]
pub fn ApplicationsSection(apps: Resource<Result<Vec<ConnectedApp>, AppError>>) -> impl IntoView {
    let disconnect = FormAction::<DisconnectApplication>::new();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                apps.await
                    .ok()
                    .filter(|list| !list.is_empty())
                    .map(|list| view! { <Applications list disconnect /> })
            })}
        </Suspense>
    }
}

#[component]
fn Applications(
    list: Vec<ConnectedApp>,
    disconnect: FormAction<DisconnectApplication>,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="applications-heading">
            <h2 id="applications-heading">{t("settings-applications-heading")}</h2>
            <p class="muted">{t("settings-applications-lead")}</p>
            <ul class="session-list" data-testid="connected-applications">
                {list
                    .into_iter()
                    .map(|app| {
                        let label = t_args(
                            "settings-application-disconnect-label",
                            [("application", app.name.clone().into())],
                        );
                        view! {
                            <li class="session" data-testid="connected-application">
                                <p class="session-browser">
                                    <strong>{app.name}</strong>
                                </p>
                                <dl class="facts">
                                    <dt>{t("settings-application-first-used")}</dt>
                                    <dd>{time_element(app.first_used_at)}</dd>
                                    <dt>{t("settings-application-last-used")}</dt>
                                    <dd>{time_element(app.last_used_at)}</dd>
                                </dl>
                                <Form action=disconnect>
                                    <input type="hidden" name="client_id" value=app.client_id />
                                    <button
                                        type="submit"
                                        class="button button-secondary"
                                        aria-label=label
                                        disabled=move || disconnect.pending().get()
                                    >
                                        {t("settings-application-disconnect")}
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

/// The application request waiting for two-factor, loaded once per page.
pub fn waiting() -> Resource<Result<Option<(String, String)>, AppError>> {
    Resource::new(|| (), |()| waiting_set_up())
}

/// "App requires two-factor": until it is on, what to do; then the way back.
#[component]
pub fn SetUpForApplication(
    waiting: Resource<Result<Option<(String, String)>, AppError>>,
    on: bool,
) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let (handle, application) = waiting.await.ok().flatten()?;
                let app = [("application", application.into())];
                Some(if on {
                    view! {
                        <div class="banner" role="status" data-testid="set-up-for-application">
                            <p>{t_args("set-up-for-application-done", app.clone())}</p>
                            <a
                                href=format!("{}?request={handle}", domain::application::CONTINUE_PATH)
                                class="button button-primary"
                                data-testid="back-to-application"
                            >
                                {t_args("set-up-for-application-continue", app)}
                            </a>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <div class="banner banner-warning" role="status" data-testid="set-up-for-application">
                            <p>{t_args("set-up-for-application", app)}</p>
                        </div>
                    }
                    .into_any()
                })
            })}
        </Suspense>
    }
}
