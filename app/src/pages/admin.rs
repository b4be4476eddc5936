//! The administrator page (`/admin`): the accounts found by address, with their two-factor,
//! last sign-in and locks, and the actions (reset two-factor, lift locks, sign out everywhere);
//! the deployment's two-factor policy. Acting needs the password and a factor within the last
//! 10 minutes: until then the page asks for them first. Every form works without JavaScript.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use domain::factor::{FactorKind, FactorSet};
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_query_map};

use domain::{
    admin::AdminUser,
    policy::{MAX_GRACE_DAYS, Policy, RequiredOf},
};

use crate::{
    api::admin::{ADMIN_PAGE, AdminAct, AdminConfirm, AdminSetPolicy, admin_state, admin_users},
    api::auth::use_auth,
    components::{
        alert::ErrorAlert,
        factors::factor_names,
        reauth::{ReauthFields, reauth_texts},
        submit::SubmitButton,
    },
    error::AppError,
    form::{Form, FormAction},
    i18n::{PageTitle, Texts, msg, t, t_args},
    island,
    pages::{
        admin_apps::{self, ApplicationsSection},
        security_log::{date_time, time_element},
    },
    redirect::login_url_for,
};

#[component]
pub fn AdminPage() -> impl IntoView {
    let query = use_query_map().with_untracked(|q| q.get("q").unwrap_or_default());
    let auth = use_auth();
    let state = Resource::new(|| (), |()| admin_state());
    let users = {
        let query = query.clone();
        Resource::new(move || query.clone(), admin_users)
    };
    let apps = admin_apps::overview();
    view! {
        <PageTitle id=msg("admin-title") />
        <div class="settings admin">
            <h1>{t("admin-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || {
                    let query = query.clone();
                    Suspend::new(async move {
                        // The administrator's own factors, for the confirmation's inputs.
                        let me = auth.account.await.ok().flatten();
                        // Refused (`ConfirmationRequired`) until the session confirms.
                        let apps = apps.await.ok();
                        match (state.await, users.await) {
                            (Err(AppError::Unauthorized), _) | (_, Err(AppError::Unauthorized)) => {
                                view! { <Redirect path=login_url_for(ADMIN_PAGE) /> }.into_any()
                            }
                            // Until the session confirms, no account is listed.
                            (Ok(state), users @ (Ok(_) | Err(AppError::ConfirmationRequired))) => view! {
                                {(!state.confirmed).then(|| {
                                    // Without the account, the inputs of an authenticator app.
                                    let (email, factors) = me.map_or_else(
                                        || (String::new(), FactorSet::default().with(FactorKind::Authenticator, true)),
                                        |me| (me.email, me.two_factor.factors),
                                    );
                                    view! { <ConfirmSection email factors /> }
                                })}
                                {users.ok().map(|users| view! {
                                    <AccountsSection query users confirmed=state.confirmed />
                                })}
                                {apps.map(|overview| view! { <ApplicationsSection overview /> })}
                                <PolicySection policy=state.policy confirmed=state.confirmed />
                            }
                                .into_any(),
                            (Err(err), _) | (_, Err(err)) => view! {
                                <p class="alert alert-error" role="alert">{err.message()}</p>
                            }
                                .into_any(),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
}

/// The password and a factor, asked before acting when the last check is too old.
#[component]
fn ConfirmSection(email: String, factors: FactorSet) -> impl IntoView {
    let texts = Texts::of(CONFIRM_TEXTS)
        .and(reauth_texts())
        .and(AppError::texts());
    view! {
        <section class="card" aria-labelledby="admin-confirm-heading">
            <h2 id="admin-confirm-heading">{t("admin-confirm-heading")}</h2>
            <p class="muted" id="admin-confirm-lead">{t("admin-confirm-lead")}</p>
            <ConfirmForm email factors texts />
        </section>
    }
}

const CONFIRM_TEXTS: &[&str] = &[msg("admin-confirm-submit"), msg("admin-confirm-pending")];

#[island(lazy)]
fn ConfirmForm(email: String, factors: FactorSet, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<AdminConfirm>("confirm_form", texts);
    view! {
        <Form action attr:novalidate=true attr:aria-labelledby="admin-confirm-heading">
            <ErrorAlert error />
            <ReauthFields
                form="admin-confirm"
                code_id="admin-confirm-code"
                email
                error
                factors
                pending=action.pending()
            />
            <SubmitButton
                label=msg("admin-confirm-submit")
                pending_label=msg("admin-confirm-pending")
                pending=action.pending()
            />
        </Form>
    }
}

/// The search, and the accounts found with their actions (once confirmed).
#[component]
fn AccountsSection(query: String, users: Vec<AdminUser>, confirmed: bool) -> impl IntoView {
    let act = FormAction::<AdminAct>::new();
    view! {
        <section class="card" aria-labelledby="admin-accounts-heading">
            <h2 id="admin-accounts-heading">{t("admin-accounts-heading")}</h2>
            <form method="get" action=ADMIN_PAGE class="admin-search" role="search">
                <div class="field">
                    <label for="admin-q">{t("admin-search-label")}</label>
                    <input id="admin-q" name="q" type="search" value=query autocomplete="off" />
                </div>
                <button type="submit" class="button button-secondary">{t("admin-search-submit")}</button>
            </form>
            <ErrorAlert error=crate::api::auth::last_error(act) />
            {if users.is_empty() {
                view! { <p class="muted" data-testid="admin-none">{t("admin-none-found")}</p> }.into_any()
            } else {
                view! {
                    <ul class="session-list" data-testid="admin-accounts">
                        {users
                            .into_iter()
                            .map(|user| view! { <AccountItem user confirmed act /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn AccountItem(user: AdminUser, confirmed: bool, act: FormAction<AdminAct>) -> impl IntoView {
    let two_factor = match user.two_factor_since {
        None => t("admin-two-factor-off")().into_any(),
        Some(since) => {
            let factors = factor_names(user.factors, user.keys);
            let on = t_args("admin-two-factor-on", [("date", date_time(since)().into())])();
            format!("{on} ({})", factors.join(", ")).into_any()
        }
    };
    let email = user.email.clone();
    view! {
        <li class="card session" data-testid="admin-account">
            <p class="session-browser">
                <strong data-testid="admin-account-email">{user.email.clone()}</strong>
                {user.administrator.then(|| view! { <span class="badge">{t("admin-role-administrator")}</span> })}
                {user.locked.then(|| view! { <span class="badge" data-testid="admin-locked">{t("admin-locked")}</span> })}
            </p>
            <dl class="facts">
                <dt>{t("admin-col-two-factor")}</dt>
                <dd data-testid="admin-two-factor">{two_factor}</dd>
                <dt>{t("admin-col-last-sign-in")}</dt>
                <dd>
                    {match user.last_sign_in {
                        Some(at) => time_element(at).into_any(),
                        None => t("admin-never")().into_any(),
                    }}
                </dd>
            </dl>
            {confirmed.then(|| {
                let actions = [
                    ("reset-two-factor", msg("admin-reset")),
                    ("unlock", msg("admin-unlock")),
                    ("sign-out-everywhere", msg("admin-sign-out")),
                ];
                view! {
                    <div class="button-row">
                        {actions
                            .into_iter()
                            .map(|(action, label)| {
                                let name = format!("{} {email}", t(label)());
                                let email = email.clone();
                                view! {
                                    <Form action=act attr:class="inline-form">
                                        <input type="hidden" name="email" value=email />
                                        <input type="hidden" name="action" value=action />
                                        <button type="submit" class="button button-secondary" aria-label=name data-testid=action>
                                            {t(label)}
                                        </button>
                                    </Form>
                                }
                            })
                            .collect_view()}
                    </div>
                }
            })}
        </li>
    }
}

/// The deployment's two-factor policy; changed once confirmed.
#[component]
fn PolicySection(policy: Policy, confirmed: bool) -> impl IntoView {
    let save = FormAction::<AdminSetPolicy>::new();
    let options = [
        (RequiredOf::Nobody, msg("admin-policy-nobody")),
        (RequiredOf::Everyone, msg("admin-policy-everyone")),
        (
            RequiredOf::Administrators,
            msg("admin-policy-administrators"),
        ),
    ];
    view! {
        <section class="card" aria-labelledby="admin-policy-heading">
            <h2 id="admin-policy-heading">{t("admin-policy-heading")}</h2>
            <Form action=save attr:novalidate=true attr:aria-labelledby="admin-policy-heading">
                <ErrorAlert error=crate::api::auth::last_error(save) />
                <div class="field">
                    <label for="admin-required-of">{t("admin-policy-required-of")}</label>
                    <select id="admin-required-of" name="required_of" disabled=!confirmed>
                        {options
                            .into_iter()
                            .map(|(of, label)| view! {
                                <option value=of.as_str() selected=of == policy.required_of>{t(label)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="admin-grace">{t("admin-policy-grace")}</label>
                    <input
                        id="admin-grace"
                        name="grace_days"
                        type="number"
                        min="0"
                        max=MAX_GRACE_DAYS
                        value=policy.grace_days
                        disabled=!confirmed
                    />
                </div>
                {confirmed.then(|| view! {
                    <SubmitButton
                        label=msg("admin-policy-submit")
                        pending_label=msg("admin-policy-pending")
                        pending=save.pending()
                    />
                })}
            </Form>
        </section>
    }
}
