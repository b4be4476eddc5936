//! The administrator page's applications (OpenID Connect clients): each with its client id,
//! addresses and rules, a new secret and removal (each behind a fold that says what happens),
//! and the form that registers one. A client secret made by the last form is shown once, at
//! the top. Plain forms: the page loads again after each, with or without JavaScript.

use leptos::prelude::*;

use domain::{
    admin::ShownSecret,
    application::{AppRequirement, Application, SigningAlgorithm},
};

use crate::{
    api::{
        admin_apps::{
            AdminAddApplication, AdminRemoveApplication, AdminRotateSecret, ApplicationsOverview,
            admin_applications,
        },
        auth::last_error,
    },
    components::{alert::ErrorAlert, submit::SubmitButton},
    error::AppError,
    form::{Form, FormAction},
    i18n::{msg, t, t_args},
    pages::security_log::time_element,
};

/// The section's data, loaded once per page (it takes the secret to show from the session).
pub fn overview() -> Resource<Result<ApplicationsOverview, AppError>> {
    Resource::new(|| (), |()| admin_applications())
}

/// What a requirement is called on the page.
fn requirement_label(require: AppRequirement) -> &'static str {
    match require {
        AppRequirement::SignedIn => msg("admin-app-require-signed-in"),
        AppRequirement::TwoFactor => msg("admin-app-require-two-factor"),
        AppRequirement::Key => msg("admin-app-require-key"),
    }
}

#[component]
pub fn ApplicationsSection(overview: ApplicationsOverview) -> impl IntoView {
    let add = FormAction::<AdminAddApplication>::new();
    let rotate = FormAction::<AdminRotateSecret>::new();
    let remove = FormAction::<AdminRemoveApplication>::new();
    let add_failed = add.value().get_untracked().is_some_and(|r| r.is_err());
    let ApplicationsOverview { apps, secret } = overview;
    view! {
        <section class="card" id="applications" aria-labelledby="admin-apps-heading">
            <h2 id="admin-apps-heading">{t("admin-apps-heading")}</h2>
            <p class="muted">{t("admin-apps-lead")}</p>
            {secret.map(|secret| view! { <SecretShown secret /> })}
            <ErrorAlert error=last_error(rotate) />
            <ErrorAlert error=last_error(remove) />
            {if apps.is_empty() {
                view! { <p class="muted" data-testid="admin-apps-none">{t("admin-apps-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="session-list" data-testid="admin-applications">
                        {apps
                            .into_iter()
                            .map(|app| view! { <ApplicationItem app rotate remove /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <details class="fold" open=add_failed data-testid="admin-app-add">
                <summary>{t("admin-app-add-heading")}</summary>
                <AddForm add />
            </details>
        </section>
    }
}

/// The client id and secret just made, with the warning that the secret shows only now.
#[component]
fn SecretShown(secret: ShownSecret) -> impl IntoView {
    let heading = t_args(
        "admin-app-secret-heading",
        [("application", secret.name.into())],
    );
    view! {
        <div class="banner" role="status" data-testid="admin-app-secret">
            <p><strong>{heading}</strong></p>
            <dl class="facts">
                <dt>{t("admin-app-client-id")}</dt>
                <dd><code translate="no">{secret.client_id}</code></dd>
                <dt>{t("admin-app-secret")}</dt>
                <dd><code translate="no" data-testid="admin-app-secret-value">{secret.secret}</code></dd>
            </dl>
            <p>{t("admin-app-secret-once")}</p>
        </div>
    }
}

#[component]
fn ApplicationItem(
    app: Application,
    rotate: FormAction<AdminRotateSecret>,
    remove: FormAction<AdminRemoveApplication>,
) -> impl IntoView {
    let named = |id: &'static str| t_args(id, [("application", app.name.clone().into())]);
    let (rotate_warning, remove_warning, remove_label) = (
        named(msg("admin-app-rotate-warning")),
        named(msg("admin-app-remove-warning")),
        named(msg("admin-app-remove-submit")),
    );
    let addresses = |uris: Vec<String>| {
        let codes = uris
            .into_iter()
            .map(|uri| view! { <code translate="no">{uri}</code> })
            .collect_view();
        view! { <dd class="addresses">{codes}</dd> }
    };
    let kind = if app.public {
        msg("admin-app-public")
    } else {
        msg("admin-app-confidential")
    };
    let consent = if app.consent {
        msg("admin-app-consent-asked")
    } else {
        msg("admin-app-consent-not-asked")
    };
    let client_id = app.client_id.clone();
    view! {
        <li class="session" data-testid="admin-application">
            <p class="session-browser">
                <strong data-testid="admin-app-name">{app.name.clone()}</strong>
                " "
                <span class="badge">{t(kind)}</span>
            </p>
            <dl class="facts">
                <dt>{t("admin-app-client-id")}</dt>
                <dd><code translate="no" data-testid="admin-app-client-id">{app.client_id.clone()}</code></dd>
                <dt>{t("admin-app-requires")}</dt>
                <dd>{t(requirement_label(app.require))}</dd>
                <dt>{t("admin-app-consent")}</dt>
                <dd>{t(consent)}</dd>
                <dt>{t("admin-app-signing")}</dt>
                <dd translate="no">{app.signing.as_str()}</dd>
                <dt>{t("admin-app-redirect-uris")}</dt>
                {addresses(app.redirect_uris)}
                {(!app.post_logout_uris.is_empty()).then(|| view! {
                    <dt>{t("admin-app-post-logout-uris")}</dt>
                    {addresses(app.post_logout_uris)}
                })}
                <dt>{t("admin-app-created")}</dt>
                <dd>{time_element(app.created_at)}</dd>
            </dl>
            {(!app.public).then(|| {
                let client_id = client_id.clone();
                view! {
                    <details class="fold" data-testid="admin-app-rotate">
                        <summary>{t("admin-app-rotate")}</summary>
                        <p>{rotate_warning}</p>
                        <Form action=rotate>
                            <input type="hidden" name="client_id" value=client_id />
                            <button type="submit" class="button button-secondary">
                                {t("admin-app-rotate-submit")}
                            </button>
                        </Form>
                    </details>
                }
            })}
            <details class="fold" data-testid="admin-app-remove">
                <summary>{t("admin-app-remove")}</summary>
                <p>{remove_warning}</p>
                <Form action=remove>
                    <input type="hidden" name="client_id" value=client_id />
                    <button type="submit" class="button button-danger">{remove_label}</button>
                </Form>
            </details>
        </li>
    }
}

/// Registering an application: its name, addresses (one per line) and rules.
#[component]
fn AddForm(add: FormAction<AdminAddApplication>) -> impl IntoView {
    let requirements = AppRequirement::ALL.map(|r| (r.as_str(), requirement_label(r)));
    view! {
        <Form action=add attr:novalidate=true attr:aria-label=move || t("admin-app-add-heading")()>
            <ErrorAlert error=last_error(add) />
            <div class="field">
                <label for="admin-app-name">{t("admin-app-name")}</label>
                <input id="admin-app-name" name="name" type="text" required maxlength="64" autocomplete="off" />
            </div>
            <div class="field">
                <label for="admin-app-redirect">{t("admin-app-redirect-uris")}</label>
                <textarea id="admin-app-redirect" name="redirect_uris" rows="2" required aria-describedby="admin-app-uris-hint" dir="ltr" spellcheck="false"></textarea>
                <p class="field-hint" id="admin-app-uris-hint">{t("admin-app-uris-hint")}</p>
            </div>
            <div class="field">
                <label for="admin-app-post-logout">{t("admin-app-post-logout-uris")}</label>
                <textarea id="admin-app-post-logout" name="post_logout_uris" rows="2" aria-describedby="admin-app-uris-hint" dir="ltr" spellcheck="false"></textarea>
            </div>
            <div class="field">
                <label for="admin-app-require">{t("admin-app-requires")}</label>
                <select id="admin-app-require" name="require">
                    {requirements
                        .into_iter()
                        .map(|(value, label)| view! { <option value=value>{t(label)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="admin-app-signing">{t("admin-app-signing")}</label>
                <select id="admin-app-signing" name="signing">
                    {SigningAlgorithm::ALL
                        .into_iter()
                        .map(|alg| view! { <option value=alg.as_str()>{alg.as_str()}</option> })
                        .collect_view()}
                </select>
            </div>
            <label class="checkbox">
                <input type="checkbox" name="public" data-testid="admin-app-public" />
                {t("admin-app-public-label")}
            </label>
            <label class="checkbox">
                <input type="checkbox" name="consent" data-testid="admin-app-consent" />
                {t("admin-app-consent-label")}
            </label>
            <SubmitButton
                label=msg("admin-app-add-submit")
                pending_label=msg("admin-app-add-pending")
                pending=add.pending()
            />
        </Form>
    }
}
