use leptos::prelude::*;

use domain::{account::Notice, factor::TwoFactorStatus, policy::Requirement};

use crate::{
    api::{account::LogOut, auth::use_auth},
    form::{Form, FormAction},
    i18n::{msg, t, t_args},
};

#[component]
pub fn Header() -> impl IntoView {
    let auth = use_auth();
    let log_out = FormAction::<LogOut>::new();
    view! {
        <header class="site-header">
            <a href="/" class="brand">
                <span class="brand-mark" aria-hidden="true">"2"</span>
                {t("brand-name")}
            </a>
            <nav aria-label=t("nav-label")>
                <Transition>
                    {move || Suspend::new(async move {
                        if let Ok(Some(account)) = auth.header_account.await {
                            view! {
                                {account.administrator.then(|| view! { <a href="/admin">{t("nav-admin")}</a> })}
                                <a href="/settings">{t("nav-settings")}</a>
                                <Form action=log_out attr:class="inline-form">
                                    <button type="submit" class="button button-link" data-testid="log-out">
                                        {t("nav-log-out")}
                                    </button>
                                </Form>
                            }
                                .into_any()
                        } else {
                            view! {
                                <a href="/login">{t("nav-log-in")}</a>
                                <a href="/signup">{t("nav-sign-up")}</a>
                            }
                                .into_any()
                        }
                    })}
                </Transition>
            </nav>
        </header>
    }
}

/// What the deployment's two-factor policy asks of the signed-in account, on every page: during
/// the grace period, the days left and a link to the set-up; after it, that only the set-up is
/// open until a factor is confirmed (every other page sends the account to the settings).
#[component]
pub fn PolicyBanner() -> impl IntoView {
    let requirement = use_auth().requirement;
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match requirement.await {
                    Ok(Requirement::Grace { days_left }) => Some(view! {
                        <div class="banner banner-warning" role="status" data-testid="policy-banner">
                            <p>{t_args("policy-grace", [("days", days_left.into())])}</p>
                            <a href=SET_UP>{t("policy-grace-action")}</a>
                        </div>
                    }.into_any()),
                    Ok(Requirement::SetUpNow) => Some(view! {
                        <div class="banner banner-warning" role="status" data-testid="policy-banner">
                            <p>{t("policy-set-up-now")}</p>
                        </div>
                    }.into_any()),
                    _ => None,
                }
            })}
        </Suspense>
    }
}

/// The two-factor section of the settings.
const SET_UP: &str = "/settings#two-factor-heading";

/// The confirmation of the last change (see [`Notice`]), at the top of the page that follows
/// it. It takes the focus, so that screen readers read it first.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let notice = use_auth().notice;
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                notice.await.ok().flatten().map(|notice| view! { <NoticeView notice /> })
            })}
        </Suspense>
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    let (message, signed_out, testid) = match notice {
        Notice::BackupCodeUsed { left } => {
            return view! {
                <div
                    class="banner"
                    class:banner-warning=left <= TwoFactorStatus::FEW_BACKUP_CODES
                    role="status"
                    tabindex="-1"
                    autofocus=true
                    data-testid="notice"
                >
                    <p data-testid="backup-code-notice">
                        {t_args("backup-code-used", [("count", left.into())])}
                    </p>
                    <a href="/settings">{t("backup-code-used-action")}</a>
                </div>
            }
            .into_any();
        }
        Notice::TwoFactorEnabled { signed_out } => (
            msg("settings-two-factor-enabled"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::TwoFactorEnabledWithKey { signed_out } => (
            msg("settings-two-factor-enabled-key"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::TwoFactorDisabled { signed_out } => (
            msg("settings-two-factor-disabled"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::BackupCodesRegenerated { signed_out } => (
            msg("settings-backup-codes-regenerated"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::PasswordChanged { signed_out } => {
            (msg("settings-password-changed"), signed_out, "form-success")
        }
        Notice::KeyAdded { signed_out } => (
            msg("settings-key-added-notice"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::KeyRemoved { signed_out } => (
            msg("settings-key-removed-notice"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::AuthenticatorAdded { signed_out } => (
            msg("settings-authenticator-added"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::AuthenticatorRemoved { signed_out } => (
            msg("settings-authenticator-removed"),
            signed_out,
            "two-factor-notice",
        ),
        Notice::AdminDone => (msg("admin-done"), 0, "admin-notice"),
        Notice::PolicySaved => (msg("admin-policy-saved"), 0, "admin-notice"),
        Notice::SignUpSent => (msg("notice-sign-up-sent"), 0, "mail-notice"),
        Notice::ResetSent => (msg("notice-reset-sent"), 0, "mail-notice"),
        Notice::ConfirmationSent => (msg("notice-confirmation-sent"), 0, "mail-notice"),
        Notice::AddressChangeSent => (msg("notice-address-change-sent"), 0, "mail-notice"),
        Notice::AddressConfirmed => (msg("notice-address-confirmed"), 0, "address-notice"),
        Notice::AddressChanged => (msg("notice-address-changed"), 0, "address-notice"),
        Notice::PasswordReset => (msg("notice-password-reset"), 0, "password-reset-notice"),
    };
    view! {
        <div
            class="banner banner-success"
            role="status"
            tabindex="-1"
            autofocus=true
            data-testid="notice"
        >
            <p data-testid=testid>{t(message)}</p>
            {(signed_out > 0)
                .then(|| {
                    let count = i64::try_from(signed_out).unwrap_or(i64::MAX);
                    view! {
                        <p data-testid="signed-out-elsewhere">
                            {t_args("sessions-signed-out-elsewhere", [("count", count.into())])}
                        </p>
                    }
                })}
        </div>
    }
    .into_any()
}
