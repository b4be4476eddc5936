//! The pages of the mailed links and of a forgotten password: asking for a reset link
//! (`/forgot-password`), choosing a new password with it (`/reset-password?token=…`, with a
//! factor when the account has two-factor on), and confirming an address
//! (`/confirm-address?token=…`: the one given at sign-up, or the new one of a change). A link's
//! page changes nothing until its button is pressed (mail scanners open links too). Every
//! form works without JavaScript, but a security key.

// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use domain::{
    factor::FactorKind,
    login::LoginFactors,
    ownership::{AddressLink, FORGOT_PASSWORD_PAGE},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::ownership::{
        ConfirmAddress, RequestReset, ResetPassword, address_link_info, reset_link_form,
    },
    components::{
        alert::ErrorAlert,
        code::CODE_TEXTS,
        factors::{FACTOR_TEXTS, KeyButton, StepFactorInputs, first_code},
        field::{EmailField, PasswordField, SignInPasswordField, UsernameHint},
        key::{KeyCheck, with_key_error},
        submit::SubmitButton,
    },
    error::{AppError, Field},
    form::{Form, FormAction},
    i18n::{PageTitle, Texts, msg, t, t_args},
    island,
};

/// The language the page is shown in (a mail for an account that chose none is in it).
fn page_language() -> String {
    expect_context::<leptos_fluent::I18n>()
        .language
        .get_untracked()
        .id
        .to_owned()
}

/// The link's token, from the page's query.
fn token() -> String {
    use_query_map().with_untracked(|q| q.get("token").unwrap_or_default())
}

/// "Forgot your password?": the address; the answer is the same for any address.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    view! {
        <PageTitle id=msg("forgot-title") />
        <section class="card auth-card" aria-labelledby="forgot-title">
            <h1 id="forgot-title">{t("forgot-title")}</h1>
            <p class="lead">{t("forgot-lead")}</p>
            <ForgotForm
                language=page_language()
                texts=Texts::of(FORGOT_TEXTS).and(AppError::texts())
            />
            <p class="card-footer">
                <a href="/login">{t("forgot-back")}</a>
            </p>
        </section>
    }
}

const FORGOT_TEXTS: &[&str] = &[
    msg("field-email"),
    msg("forgot-submit"),
    msg("forgot-pending"),
];

#[island(lazy)]
fn ForgotForm(language: String, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<RequestReset>("forgot_form", texts);
    view! {
        <Form action attr:novalidate=true attr:aria-labelledby="forgot-title">
            <ErrorAlert error />
            <input type="hidden" name="language" value=language />
            <EmailField error autocomplete="username" />
            <SubmitButton
                label=msg("forgot-submit")
                pending_label=msg("forgot-pending")
                pending=action.pending()
            />
        </Form>
    }
}

/// A link that no longer works: what to do instead.
#[component]
fn LinkExpired(#[prop(optional)] reset: bool) -> impl IntoView {
    view! {
        <p class="alert alert-error" role="alert" data-testid="link-expired">
            {t("error-link-expired")}
        </p>
        {if reset {
            view! { <p><a href=FORGOT_PASSWORD_PAGE>{t("reset-ask-again")}</a></p> }.into_any()
        } else {
            view! { <p><a href="/settings">{t("confirm-address-settings")}</a></p> }.into_any()
        }}
    }
}

/// "Choose a new password", opened by a reset link.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let token = token();
    let form = {
        let token = token.clone();
        Resource::new(move || token.clone(), reset_link_form)
    };
    let texts = Texts::of(RESET_TEXTS)
        .and(Texts::of(FACTOR_TEXTS))
        .and(Texts::of(CODE_TEXTS))
        .and(AppError::texts());
    view! {
        <PageTitle id=msg("reset-title") />
        <section class="card auth-card" aria-labelledby="reset-title">
            <h1 id="reset-title">{t("reset-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || {
                    let token = token.clone();
                    let texts = texts.clone();
                    Suspend::new(async move {
                        match form.await {
                            Ok(form) => view! {
                                {form.factors.is_some_and(|f| f.factors.has(FactorKind::Key)).then(|| view! {
                                    <p class="alert alert-warning no-js-only">{t("verify-key-needs-js")}</p>
                                })}
                                <ResetForm token email=form.email factors=form.factors texts />
                            }
                                .into_any(),
                            Err(AppError::LinkExpired) => view! { <LinkExpired reset=true /> }.into_any(),
                            Err(err) => view! {
                                <p class="alert alert-error" role="alert">{err.message()}</p>
                            }
                                .into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

const RESET_TEXTS: &[&str] = &[
    msg("field-new-password"),
    msg("field-password-hint"),
    msg("reset-lead"),
    msg("reset-lead-two-factor"),
    msg("reset-use-key"),
    msg("reset-use-key-pending"),
    msg("reset-submit"),
    msg("reset-pending"),
];

/// The new password and, when the account has two-factor on, a factor: its key (sends the
/// form), or an authenticator or backup code.
#[island(lazy)]
fn ResetForm(
    token: String,
    email: String,
    factors: Option<LoginFactors>,
    texts: Texts,
) -> impl IntoView {
    let (action, error) = island::form::<ResetPassword>("reset_form", texts);
    let key_error = RwSignal::new(None);
    let error = with_key_error(key_error, error, action.pending());
    let key = KeyButton {
        check: KeyCheck::Reset(token.clone()),
        label: msg("reset-use-key"),
        pending_label: msg("reset-use-key-pending"),
        testid: "reset-use-key",
    };
    view! {
        <p class="lead" id="reset-lead">
            {if factors.is_some() { t("reset-lead-two-factor") } else { t("reset-lead") }}
        </p>
        <Form action attr:novalidate=true attr:aria-labelledby="reset-title">
            <ErrorAlert error />
            <input type="hidden" name="token" value=token />
            <UsernameHint email />
            <PasswordField
                name="new_password"
                label=msg("field-new-password")
                field=Field::NewPassword
                error
                autocomplete="new-password"
                autofocus=true
            />
            {factors.map(|LoginFactors { factors, .. }| view! {
                <StepFactorInputs
                    factors
                    key
                    key_class="button button-secondary button-wide"
                    code_id="reset-code"
                    kind=RwSignal::new(first_code(factors))
                    error
                    key_error
                    describedby=Some("reset-lead")
                />
            })}
            <SubmitButton
                label=msg("reset-submit")
                pending_label=msg("reset-pending")
                pending=action.pending()
            />
        </Form>
    }
}

/// Confirms an address, opened by the link mailed to it: the address, and a button.
#[component]
pub fn ConfirmAddressPage() -> impl IntoView {
    let token = token();
    let link = {
        let token = token.clone();
        Resource::new(move || token.clone(), address_link_info)
    };
    view! {
        <PageTitle id=msg("confirm-address-title") />
        <section class="card auth-card" aria-labelledby="confirm-address-title">
            <h1 id="confirm-address-title">{t("confirm-address-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match link.await {
                            Ok(link) => view! { <ConfirmAddressForm token link /> }.into_any(),
                            Err(AppError::LinkExpired) => view! { <LinkExpired /> }.into_any(),
                            Err(err) => view! {
                                <p class="alert alert-error" role="alert">{err.message()}</p>
                            }
                                .into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

/// A plain form (no island): the press posts, and the next page confirms it. Confirming the
/// address given at sign-up asks for the password chosen then.
#[component]
fn ConfirmAddressForm(token: String, link: AddressLink) -> impl IntoView {
    let action = FormAction::<ConfirmAddress>::new();
    let error = crate::api::auth::last_error(action);
    let (lead, submit) = if link.change {
        (
            msg("confirm-address-change-lead"),
            msg("confirm-address-change-submit"),
        )
    } else {
        (msg("confirm-address-lead"), msg("confirm-address-submit"))
    };
    // The address given at sign-up is confirmed with the password chosen then.
    let password = (!link.change).then(|| {
        let email = link.email.clone();
        view! {
            <UsernameHint email />
            <SignInPasswordField error autofocus=true />
        }
    });
    view! {
        <p class="lead" data-testid="confirm-address-lead">
            {t_args(lead, [("email", link.email.into())])}
        </p>
        <Form action attr:aria-labelledby="confirm-address-title">
            <ErrorAlert error />
            <input type="hidden" name="token" value=token />
            {password}
            <SubmitButton
                label=submit
                pending_label=msg("confirm-address-pending")
                pending=action.pending()
            />
        </Form>
    }
}
