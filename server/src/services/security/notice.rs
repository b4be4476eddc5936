//! The mail that tells an account's owner about an entry of their security log, in their
//! language: what happened, when, from where and with which browser, and what to do if it was
//! not them.

use crate::services::factors::Factors;
use domain::{
    Client, Fault, UserId,
    events::EventKind,
    security::{Browser, describe_browser},
    text::{Arg, civil_date, msg, server_text},
};

use super::SecurityService;
use crate::{services::faults::db, storage::users};

/// What a mail to an account's owner says: its subject, first paragraph, a code to enter (if
/// any, on a line of its own) and what to do if it was not them.
struct OwnerMail<'a> {
    subject: &'static str,
    body: &'static str,
    code: Option<&'a str>,
    not_you: &'static str,
    detail: Option<i64>,
    /// The application the entry is about, if any.
    application: Option<&'a str>,
}

impl SecurityService {
    pub(super) async fn notify(
        &self,
        user: UserId,
        kind: EventKind,
        detail: Option<i64>,
        application: Option<&str>,
        client: &Client,
        at: i64,
    ) -> Result<(), Fault> {
        let Some((subject, body)) = mail_texts(kind) else {
            return Ok(());
        };
        let Some(account) = self.account(user).await? else {
            return Ok(());
        };
        // Two-factor turned on with a key: the mail names the key, not an app.
        let body = if kind == EventKind::TwoFactorEnabled && !Factors::of(&account).authenticator()
        {
            msg("mail-two-factor-enabled-key-body")
        } else {
            body
        };
        let mail = OwnerMail {
            subject,
            body,
            code: None,
            not_you: msg("mail-not-you"),
            detail,
            application,
        };
        self.mail_owner(&account, &mail, client, at).await
    }

    /// Mails the account the code that confirms the factor being set up as its first (see
    /// `services::two_factor::mail_code`), with the time, network and browser of the request.
    pub async fn mail_factor_code(
        &self,
        user: UserId,
        code: &str,
        client: &Client,
    ) -> Result<(), Fault> {
        let Some(account) = self.account(user).await? else {
            return Ok(());
        };
        let mail = OwnerMail {
            subject: msg("mail-factor-code-subject"),
            body: msg("mail-factor-code-body"),
            code: Some(code),
            not_you: msg("mail-factor-code-not-you"),
            detail: None,
            application: None,
        };
        self.mail_owner(&account, &mail, client, self.now()).await
    }

    async fn account(&self, user: UserId) -> Result<Option<users::UserRow>, Fault> {
        users::by_id(&self.pool, user.0)
            .await
            .map_err(db("find user for mail"))
    }

    async fn mail_owner(
        &self,
        account: &users::UserRow,
        mail: &OwnerMail<'_>,
        client: &Client,
        at: i64,
    ) -> Result<(), Fault> {
        let language = account.language.as_deref();
        let text = |id: &'static str, args: &[(&'static str, Arg)]| server_text(id, language, args);
        let browser = client
            .user_agent
            .as_deref()
            .map(Browser::from_user_agent)
            .map_or_else(
                || text(msg("browser-unknown"), &[]),
                |b| describe_browser(&b, &text),
            );
        let unknown = || text(msg("mail-unknown"), &[]);
        let args = [
            ("email", Arg::from(account.email.clone())),
            ("count", Arg::from(mail.detail.unwrap_or(0))),
            ("minutes", Arg::from(mail.detail.unwrap_or(0))),
            ("time", Arg::from(utc_time(at))),
            ("ip", Arg::from(client.ip.clone().unwrap_or_else(unknown))),
            ("browser", Arg::from(browser)),
            (
                "application",
                Arg::from(mail.application.unwrap_or_default().to_owned()),
            ),
        ];
        let mut paragraphs = vec![text(mail.body, &args)];
        paragraphs.extend(mail.code.map(str::to_owned));
        paragraphs.push(format!(
            "{}\n{}",
            text(msg("mail-when"), &args),
            text(msg("mail-from"), &args)
        ));
        paragraphs.push(text(mail.not_you, &args));
        let body = letter(language, &paragraphs);
        let subject = text(mail.subject, &args);
        self.mailer.enqueue(&account.email, &subject, &body).await
    }
}

/// The body of a mail in `language`: the greeting, `paragraphs`, the signature.
pub fn letter(language: Option<&str>, paragraphs: &[String]) -> String {
    let mut parts = Vec::with_capacity(paragraphs.len() + 2);
    parts.push(server_text(msg("mail-greeting"), language, &[]));
    parts.extend_from_slice(paragraphs);
    parts.push(server_text(msg("mail-signature"), language, &[]));
    format!("{}\n", parts.join("\n\n"))
}

/// The subject and first paragraph of the mail about `kind`, if it sends one.
fn mail_texts(kind: EventKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        EventKind::TwoFactorEnabled => (
            msg("mail-two-factor-enabled-subject"),
            msg("mail-two-factor-enabled-body"),
        ),
        EventKind::TwoFactorDisabled => (
            msg("mail-two-factor-disabled-subject"),
            msg("mail-two-factor-disabled-body"),
        ),
        EventKind::BackupCodeUsed => (
            msg("mail-backup-code-used-subject"),
            msg("mail-backup-code-used-body"),
        ),
        EventKind::BackupCodesRegenerated => (
            msg("mail-backup-codes-regenerated-subject"),
            msg("mail-backup-codes-regenerated-body"),
        ),
        EventKind::Locked => (msg("mail-locked-subject"), msg("mail-locked-body")),
        EventKind::PasswordChanged => (
            msg("mail-password-changed-subject"),
            msg("mail-password-changed-body"),
        ),
        EventKind::AdminReset => (
            msg("mail-admin-reset-subject"),
            msg("mail-admin-reset-body"),
        ),
        EventKind::CodeReplayed => (
            msg("mail-code-replayed-subject"),
            msg("mail-code-replayed-body"),
        ),
        EventKind::PasswordKnown => (
            msg("mail-password-known-subject"),
            msg("mail-password-known-body"),
        ),
        EventKind::AuthenticatorSuspended => (
            msg("mail-authenticator-suspended-subject"),
            msg("mail-authenticator-suspended-body"),
        ),
        EventKind::PasswordsSlowed => (
            msg("mail-passwords-slowed-subject"),
            msg("mail-passwords-slowed-body"),
        ),
        EventKind::KeyAdded => (msg("mail-key-added-subject"), msg("mail-key-added-body")),
        EventKind::KeyRemoved => (
            msg("mail-key-removed-subject"),
            msg("mail-key-removed-body"),
        ),
        EventKind::AuthenticatorAdded => (
            msg("mail-authenticator-added-subject"),
            msg("mail-authenticator-added-body"),
        ),
        EventKind::AdminUnlocked => (
            msg("mail-admin-unlocked-subject"),
            msg("mail-admin-unlocked-body"),
        ),
        EventKind::AdminSignedOut => (
            msg("mail-admin-signed-out-subject"),
            msg("mail-admin-signed-out-body"),
        ),
        EventKind::AuthenticatorRemoved => (
            msg("mail-authenticator-removed-subject"),
            msg("mail-authenticator-removed-body"),
        ),
        EventKind::TrustCopied => (
            msg("mail-trust-copied-subject"),
            msg("mail-trust-copied-body"),
        ),
        EventKind::TrustedBrowserNewNetwork => (
            msg("mail-trusted-browser-new-network-subject"),
            msg("mail-trusted-browser-new-network-body"),
        ),
        EventKind::ApplicationConnected => (
            msg("mail-application-connected-subject"),
            msg("mail-application-connected-body"),
        ),
        EventKind::PasswordReset => (
            msg("mail-password-reset-subject"),
            msg("mail-password-reset-body"),
        ),
        EventKind::AddressChanged => (
            msg("mail-address-changed-subject"),
            msg("mail-address-changed-body"),
        ),
        EventKind::LoginSucceeded
        | EventKind::ApplicationDisconnected
        | EventKind::ApplicationAdded
        | EventKind::ApplicationSecretRotated
        | EventKind::ApplicationRemoved
        | EventKind::KeyRefused
        | EventKind::LoginFailed
        | EventKind::CodeRefused
        | EventKind::SessionsSignedOut
        | EventKind::SecondStepMissing
        | EventKind::BrowserTrusted
        | EventKind::TrustedBrowserUsed
        | EventKind::BrowserUntrusted
        | EventKind::AdministeredReset
        | EventKind::AdministeredUnlock
        | EventKind::AdministeredSignOut
        | EventKind::PolicyChanged
        | EventKind::AdministratorGranted
        | EventKind::AdministratorRevoked
        | EventKind::AddressConfirmed
        | EventKind::AddressChangeAsked => return None,
    })
}

/// `2026-11-25 21:30 UTC`: the same in every language, unambiguous.
fn utc_time(unix: i64) -> String {
    let (year, month, day) = civil_date(unix);
    let seconds = unix.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        seconds / 3600,
        seconds % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_mail_are_utc() {
        assert_eq!(utc_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_time(1_795_642_200), "2026-11-25 21:30 UTC");
    }

    #[test]
    fn every_notifying_event_has_a_mail() {
        for kind in EventKind::ALL {
            assert_eq!(mail_texts(kind).is_some(), kind.notifies(), "{kind:?}");
        }
    }
}
