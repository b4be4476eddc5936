mod address;
mod applications;
mod two_factor;

use leptos::prelude::*;
use leptos_router::components::Redirect;

use self::{
    address::{ChangeAddressSection, UnconfirmedBanner},
    applications::{ApplicationsSection, SetUpForApplication, connected, waiting},
    two_factor::TwoFactorSection,
};
use domain::{account::AccountView, policy::Requirement};

use crate::{
    api::{
        account::ChangePassword,
        auth::{last_error, use_auth},
    },
    components::{
        alert::ErrorAlert,
        field::{PasswordField, UsernameHint},
        submit::SubmitButton,
    },
    error::{AppError, Field},
    form::{Form, FormAction},
    i18n::{PageTitle, msg, t},
    redirect::login_url_for,
};

/// Account settings; visitors who are not signed in are sent to the login page and back.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let auth = use_auth();
    let apps = connected();
    let waiting = waiting();
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match auth.account.await {
                    Ok(Some(account)) => view! { <Settings account apps waiting /> }.into_any(),
                    Ok(None) | Err(AppError::Unauthorized) => {
                        view! { <Redirect path=login_url_for("/settings") /> }.into_any()
                    }
                    Err(err) => {
                        view! {
                            <p class="alert alert-error" role="alert">{err.message()}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The settings. While the account must set two-factor up before anything else (the
/// deployment's policy), only the two-factor section is there.
#[component]
fn Settings(
    account: AccountView,
    apps: Resource<Result<Vec<domain::application::ConnectedApp>, AppError>>,
    waiting: Resource<Result<Option<(String, String)>, AppError>>,
) -> impl IntoView {
    let set_up_first = account.requirement == Requirement::SetUpNow;
    view! {
        <PageTitle id=msg("settings-title") />
        <div class="settings">
            <h1>{t("settings-title")}</h1>
            <SetUpForApplication waiting on=account.two_factor.since.is_some() />
            <AccountSection account=account.clone() set_up_first />
            <TwoFactorSection
                status=account.two_factor
                keys=account.keys.clone()
                email=account.email.clone()
                default_key_name=this_browser()
                required=account.requirement.is_required()
            />
            {(!set_up_first).then(|| view! {
                <section class="card" aria-labelledby="password-heading">
                    <h2 id="password-heading">{t("settings-password-heading")}</h2>
                    <ChangePasswordForm email=account.email.clone() />
                </section>
                <section class="card" aria-labelledby="activity-heading">
                    <h2 id="activity-heading">{t("settings-activity-heading")}</h2>
                    <ul class="link-list">
                        <li><a href="/settings/sessions">{t("sessions-title")}</a></li>
                        <li><a href="/settings/security-log">{t("security-log-title")}</a></li>
                    </ul>
                </section>
                <ApplicationsSection apps />
            })}
        </div>
    }
}

/// The account's address: whether it is confirmed, and the way to change it.
#[component]
fn AccountSection(account: AccountView, set_up_first: bool) -> impl IntoView {
    view! {
        {(!account.address_confirmed)
            .then(|| view! { <UnconfirmedBanner email=account.email.clone() /> })}
        <section class="card" aria-labelledby="account-heading">
            <h2 id="account-heading">{t("settings-account-heading")}</h2>
            <dl class="facts">
                <dt>{t("field-email")}</dt>
                <dd data-testid="account-email">{account.email.clone()}</dd>
            </dl>
            {(!set_up_first).then(|| view! {
                <ChangeAddressSection
                    email=account.email.clone()
                    two_factor=account.two_factor.since.is_some()
                    factors=account.two_factor.factors
                />
            })}
        </section>
    }
    .into_any()
}

/// This browser and system as the page names them ("Chrome on Linux"), from the request.
fn this_browser() -> String {
    #[cfg(feature = "ssr")]
    {
        let agent = crate::api::context::client().user_agent.unwrap_or_default();
        let browser = domain::security::Browser::from_user_agent(&agent);
        domain::security::describe_browser(&browser, &crate::i18n::translator())
            // Fluent's isolation marks around the names: no place in a field's value.
            .replace(['\u{2068}', '\u{2069}'], "")
    }
    #[cfg(not(feature = "ssr"))]
    String::new()
}

/// A plain form, without an island: it posts, and the settings come back, confirming the change
/// at the top, or with the problem next to its field, the password fields empty again and the
/// first one focused.
#[component]
fn ChangePasswordForm(email: String) -> impl IntoView {
    let action = FormAction::<ChangePassword>::new();
    let failed = action.value().with_untracked(|v| matches!(v, Some(Err(_))));
    let error = last_error(action);
    view! {
        <Form action attr:novalidate=true attr:aria-labelledby="password-heading">
            <ErrorAlert error />
            <UsernameHint email />
            <PasswordField
                name="current_password"
                label=msg("field-current-password")
                field=Field::CurrentPassword
                error
                autocomplete="current-password"
                autofocus=failed
            />
            <PasswordField
                name="new_password"
                label=msg("field-new-password")
                field=Field::NewPassword
                error
                autocomplete="new-password"
            />
            <SubmitButton
                label=msg("settings-password-submit")
                pending_label=msg("settings-password-pending")
                pending=action.pending()
            />
        </Form>
    }
}
