// The code `#[island]` generates keeps the hydrated view alive with `mem::forget` (an island
// is never unmounted).
#![allow(clippy::mem_forget)]

use domain::{factor::FactorKind, login::LoginFactors};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::{account::VerifyLogin, keys::pending_login_factors},
    components::{
        alert::ErrorAlert,
        code::CODE_TEXTS,
        factors::{FACTOR_TEXTS, FactorToggle, KeyButton, StepFactorInputs, first_code, step_lead},
        key::{KeyCheck, with_key_error},
        submit::SubmitButton,
    },
    error::AppError,
    form::Form,
    i18n::{PageTitle, Texts, msg, t, t_args},
    island,
};

/// The second step of logging in. Where the account has a security key, it is offered first;
/// one input takes an authenticator code or a backup code (only a backup code where the
/// account has no authenticator app). The toggle only changes the wording and the keyboard,
/// so it is shown only once the page is interactive (`js-only`; without JavaScript, either
/// code works all the same, and the page says that keys need it).
#[component]
pub fn VerifyPage() -> impl IntoView {
    let next = use_query_map().with_untracked(|q| q.get("next").unwrap_or_default());
    let factors = Resource::new(|| (), |()| pending_login_factors());
    let texts = Texts::of(VERIFY_FORM_TEXTS)
        .and(Texts::of(FACTOR_TEXTS))
        .and(Texts::of(CODE_TEXTS))
        .and(AppError::texts());
    view! {
        <PageTitle id=msg("verify-title") />
        <section class="card auth-card" aria-labelledby="verify-title">
            <h1 id="verify-title">{t("verify-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {
                    let next = next.clone();
                    let texts = texts.clone();
                    move || {
                        let next = next.clone();
                        let texts = texts.clone();
                        Suspend::new(async move {
                            // A login that is over still shows the form: sending it says so.
                            let factors = factors.await.unwrap_or_else(|_| LoginFactors::unknown());
                            let texts = if factors.trust_days > 0 {
                                texts.with(
                                    "verify-trust",
                                    &[("days", i64::from(factors.trust_days).into())],
                                )
                            } else {
                                texts
                            };
                            view! {
                                {factors.factors.has(FactorKind::Key).then(|| view! {
                                    <p class="alert alert-warning no-js-only">{t("verify-key-needs-js")}</p>
                                })}
                                <VerifyForm next factors texts />
                            }
                        })
                    }
                }
            </Suspense>
            <p>
                <a href="/login">{t("verify-start-over")}</a>
            </p>
        </section>
    }
}

const VERIFY_FORM_TEXTS: &[&str] = &[
    msg("verify-use-key"),
    msg("verify-use-key-pending"),
    msg("verify-submit"),
    msg("verify-pending"),
];

/// The code step's form (authenticator code, backup code or security key). Not lazy: see
/// [`super::login`]'s island.
#[island]
fn VerifyForm(next: String, factors: LoginFactors, texts: Texts) -> impl IntoView {
    let (action, error) = island::form::<VerifyLogin>("verify_form", texts);
    let key_error = RwSignal::new(None);
    let error = with_key_error(key_error, error, action.pending());
    let LoginFactors {
        factors,
        trust_days,
    } = factors;
    let has_key = factors.has(FactorKind::Key);
    let kind = RwSignal::new(first_code(factors));
    let lead = move || t(step_lead(factors, kind.get()))();
    let key = KeyButton {
        check: KeyCheck::Login,
        label: msg("verify-use-key"),
        pending_label: msg("verify-use-key-pending"),
        testid: "verify-use-key",
    };
    view! {
        <p class="lead" id="verify-lead">{lead}</p>
        <Form action attr:novalidate=true attr:aria-labelledby="verify-title">
            <ErrorAlert error />
            <input type="hidden" name="next" value=next />
            <StepFactorInputs
                factors
                key
                key_class="button button-primary button-wide"
                code_id="field-code"
                kind
                error
                key_error
                describedby=Some("verify-lead")
                autofocus=!has_key
                toggle=false
            />
            {(trust_days > 0).then(|| view! {
                <label class="checkbox">
                    <input type="checkbox" name="trust" value="1" data-testid="trust-browser" />
                    {t_args("verify-trust", [("days", i64::from(trust_days).into())])}
                </label>
            })}
            <SubmitButton
                label=msg("verify-submit")
                pending_label=msg("verify-pending")
                pending=action.pending()
                class=if has_key { "button button-secondary" } else { "button button-primary" }
            />
        </Form>
        <FactorToggle factors kind field="field-code" class="card-footer" />
    }
}
