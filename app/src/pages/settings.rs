use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::{
    api::{AccountView, auth::use_auth},
    components::{
        alert::{ErrorAlert, SuccessAlert},
        field::PasswordField,
        submit::SubmitButton,
    },
    error::{AppError, Field},
    i18n::{PageTitle, t, t_args},
    redirect::login_url_for,
};

/// Account settings; visitors who are not signed in are sent to the login page and back.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let auth = use_auth();
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match auth.account.await {
                    Ok(Some(account)) => view! { <Settings account /> }.into_any(),
                    Ok(None) | Err(AppError::Unauthorized) => {
                        view! { <Redirect path=login_url_for("/settings") /> }.into_any()
                    }
                    Err(err) => {
                        view! {
                            <p class="alert alert-error" role="alert">{t(err.message_id())}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn Settings(account: AccountView) -> impl IntoView {
    view! {
        <PageTitle id="settings-title" />
        <div class="settings">
            <h1>{t("settings-title")}</h1>
            <section class="card" aria-labelledby="account-heading">
                <h2 id="account-heading">{t("settings-account-heading")}</h2>
                <dl class="facts">
                    <dt>{t("field-email")}</dt>
                    <dd data-testid="account-email">{account.email.clone()}</dd>
                </dl>
            </section>
            <TwoFactorStatus since=account.two_factor_since />
            <ChangePasswordForm email=account.email.clone() />
        </div>
    }
}

#[component]
fn TwoFactorStatus(since: Option<i64>) -> impl IntoView {
    let status = match since {
        Some(since) => t_args("settings-2fa-on-since", [("date", iso_date(since).into())]),
        None => t("settings-2fa-off"),
    };
    view! {
        <section class="card" aria-labelledby="two-factor-heading">
            <h2 id="two-factor-heading">{t("settings-2fa-heading")}</h2>
            <p class="status" class:status-on=since.is_some() data-testid="two-factor-status">
                <span class="status-dot" aria-hidden="true"></span>
                {status}
            </p>
            <p class="muted">{t("settings-2fa-explainer")}</p>
        </section>
    }
}

#[component]
fn ChangePasswordForm(email: String) -> impl IntoView {
    let action = use_auth().change_password;
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = Signal::derive(move || matches!(action.value().get(), Some(Ok(()))));
    view! {
        <section class="card" aria-labelledby="password-heading">
            <h2 id="password-heading">{t("settings-password-heading")}</h2>
            <ActionForm action attr:novalidate=true attr:aria-labelledby="password-heading">
                <ErrorAlert error />
                <SuccessAlert show=done message="settings-password-changed" />
                // Tells password managers which account the new password belongs to (not sent).
                <input type="email" autocomplete="username" value=email hidden=true readonly=true />
                <PasswordField
                    name="current_password"
                    label="field-current-password"
                    field=Field::CurrentPassword
                    error
                    autocomplete="current-password"
                />
                <PasswordField
                    name="new_password"
                    label="field-new-password"
                    field=Field::NewPassword
                    error
                    autocomplete="new-password"
                />
                <SubmitButton
                    label="settings-password-submit"
                    pending_label="settings-password-pending"
                    pending=action.pending()
                />
            </ActionForm>
        </section>
    }
}

/// `YYYY-MM-DD` (UTC) for unix seconds.
fn iso_date(unix: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::iso_date;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_795_564_800), "2026-11-25");
    }
}
