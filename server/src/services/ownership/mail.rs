//! The mails of the ownership service: a link's mail in the recipient's language (the
//! greeting, the body, the link and how long it works, what to do if it was not them), and
//! the word to the owner of a taken address.

use domain::{
    Fault,
    error::LimitError,
    ownership::{FORGOT_PASSWORD_PAGE, LinkPurpose},
    text::{Arg, msg, server_text},
};

use super::{OwnershipService, SIGN_UP_NOTICES, links::scope};
use crate::{
    services::{faults::db, security::letter},
    storage::users::{self, UserRow},
};

/// One mail with a link: its texts, in the recipient's language.
pub(super) struct LinkMail<'a> {
    pub(super) to: &'a str,
    pub(super) language: Option<&'a str>,
    pub(super) subject: &'static str,
    pub(super) body: &'static str,
    /// What the recipient does if it was not them.
    pub(super) not_you: &'static str,
    pub(super) args: Vec<(&'static str, Arg)>,
}

impl OwnershipService {
    /// `page` of this deployment, with a token.
    pub(super) fn url(&self, page: &str, token: Option<&str>) -> String {
        let mut url = self.public_url.clone();
        url.set_path(page);
        url.set_query(token.map(|t| format!("token={t}")).as_deref());
        url.to_string()
    }

    /// Queues a mail: the greeting, the body, the link (if any) and how long it works, what
    /// to do if it was not them, the signature.
    pub(super) async fn send(
        &self,
        mail: LinkMail<'_>,
        link: Option<(&str, LinkPurpose)>,
    ) -> Result<(), Fault> {
        let text = |id: &'static str| server_text(id, mail.language, &mail.args);
        let mut paragraphs = vec![text(mail.body)];
        if let Some((url, purpose)) = link {
            paragraphs.push(url.to_owned());
            let expires = if purpose.lifetime_secs() <= 3600 {
                msg("mail-link-expires-hour")
            } else {
                msg("mail-link-expires-day")
            };
            paragraphs.push(server_text(expires, mail.language, &[]));
        }
        paragraphs.push(text(mail.not_you));
        let body = letter(mail.language, &paragraphs);
        self.mailer
            .enqueue(mail.to, &text(mail.subject), &body)
            .await
    }

    /// Mails the account a link confirming its address.
    pub(super) async fn send_confirmation(&self, user: &UserRow) -> Result<(), Fault> {
        let url = self
            .new_link(user, LinkPurpose::Verify, None)
            .await?
            .ok_or(Fault::Internal)?;
        let mail = LinkMail {
            to: &user.email,
            language: user.language.as_deref(),
            subject: msg("mail-confirm-subject"),
            body: msg("mail-confirm-body"),
            not_you: msg("mail-confirm-not-you"),
            args: vec![("email", Arg::from(user.email.clone()))],
        };
        self.send(mail, Some((&url, LinkPurpose::Verify))).await
    }

    /// Whether another mail about a sign-up with `owner`'s address may go out this hour (at
    /// most a few; the sign-up's answer is the same either way).
    pub(super) async fn sign_up_mail_allowed(&self, owner: &UserRow) -> Result<bool, Fault> {
        match self
            .guard
            .limiter
            .admit(scope("sign-up-notice", &owner.email), SIGN_UP_NOTICES)
            .await
        {
            Ok(attempt) => {
                self.guard.limiter.failed(attempt);
                Ok(true)
            }
            Err(LimitError::TooMany(_)) => Ok(false),
            Err(LimitError::Fault(fault)) => Err(fault),
        }
    }

    /// Tells the owner of a taken address that someone tried to sign up with it.
    pub(super) async fn tell_owner_of_sign_up(
        &self,
        owner: &UserRow,
        language: Option<&str>,
    ) -> Result<(), Fault> {
        let forgot = self.url(FORGOT_PASSWORD_PAGE, None);
        let mail = LinkMail {
            to: &owner.email,
            language: owner.language.as_deref().or(language),
            subject: msg("mail-sign-up-taken-subject"),
            body: msg("mail-sign-up-taken-body"),
            not_you: msg("mail-sign-up-taken-not-you"),
            args: vec![
                ("email", Arg::from(owner.email.clone())),
                ("link", Arg::from(forgot)),
            ],
        };
        self.send(mail, None).await
    }

    /// Mails the reset link of `user` (in the background of the request, see `request_reset`).
    pub(super) async fn send_reset(
        &self,
        user: &UserRow,
        language: Option<&str>,
    ) -> Result<(), Fault> {
        let Some(url) = self.new_link(user, LinkPurpose::Reset, None).await? else {
            tracing::info!(user = user.id, "reset asked for again; the live link stays");
            return Ok(());
        };
        let mail = LinkMail {
            to: &user.email,
            language: user.language.as_deref().or(language),
            subject: msg("mail-reset-subject"),
            body: msg("mail-reset-body"),
            not_you: msg("mail-reset-not-you"),
            args: vec![("email", Arg::from(user.email.clone()))],
        };
        self.send(mail, Some((&url, LinkPurpose::Reset))).await
    }

    /// The mails of a change of address: the link to the new address (or, when another
    /// account has it, a word to its owner that nothing changed), a notice to the current.
    pub(super) async fn send_change(&self, user: &UserRow, new_email: &str) -> Result<(), Fault> {
        let language = user.language.as_deref();
        let args = vec![
            ("email", Arg::from(new_email.to_owned())),
            ("old", Arg::from(user.email.clone())),
        ];
        let taken = users::by_email(&self.pool, new_email)
            .await
            .map_err(db("find user by email"))?;
        if let Some(other) = taken {
            let mail = LinkMail {
                to: new_email,
                language: other.language.as_deref().or(language),
                subject: msg("mail-change-taken-subject"),
                body: msg("mail-change-taken-body"),
                not_you: msg("mail-sign-up-taken-not-you"),
                args: args.clone(),
            };
            self.send(mail, None).await?;
        } else {
            let url = self
                .new_link(user, LinkPurpose::ChangeAddress, Some(new_email))
                .await?
                .ok_or(Fault::Internal)?;
            let mail = LinkMail {
                to: new_email,
                language,
                subject: msg("mail-change-subject"),
                body: msg("mail-change-body"),
                not_you: msg("mail-change-not-you"),
                args: args.clone(),
            };
            self.send(mail, Some((&url, LinkPurpose::ChangeAddress)))
                .await?;
        }
        let notice = LinkMail {
            to: &user.email,
            language,
            subject: msg("mail-change-notice-subject"),
            body: msg("mail-change-notice-body"),
            not_you: msg("mail-not-you"),
            args,
        };
        self.send(notice, None).await
    }
}
