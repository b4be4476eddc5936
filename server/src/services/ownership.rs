//! Who owns an address: a sign-up that answers the same for a new and a taken address, the
//! mailed links (confirming the address with the password chosen at sign-up — an account
//! signs in only once that is done —, choosing a new password, moving to a new address),
//! a password reset that still asks for the second factor, and a change of address that
//! happens only when the new address confirms it.
//!
//! A link carries a random 256-bit token; the database keeps only its SHA-256
//! (`email_links`), one live link per account and purpose, spent by one conditional DELETE in
//! the transaction of what it does. Every link also dies with any change of the account's
//! sign-in factors or of its address (the credential epoch), and a reset link with a sign-in.
//! Tokens appear only in the mail; the pages that links open never log their query.

use async_trait::async_trait;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{
    Client, Fault, Field, Problem, UserId,
    error::{AccountError, LimitError},
    events::EventKind,
    keys::{KeyChallenge, Proof},
    ownership::{
        AddressConfirmed, AddressLink, FORGOT_PASSWORD_PAGE, LinkError, LinkPurpose, ResetForm,
    },
    ports::{Accounts, Ownership, TwoFactor},
    text::{Arg, is_selectable, msg, server_text},
};
use sha2::{Digest, Sha256};

use super::{
    accounts::{AccountService, SignUp},
    faults::db,
    guard::Guard,
    limits::{Policy, password_scope, per_hour},
    mail::Mailer,
    security::letter,
    two_factor::TwoFactorService,
    validation::{self, Problems},
};
use crate::storage::{
    Db, email_links, pending_logins, sessions,
    users::{self, UserRow},
};

/// Reset links asked for from one client address per hour (for any addresses).
const RESETS_FROM_ADDRESS: Policy = per_hour(20);
/// Reset links asked for one address per hour from one client network (whether or not it has
/// an account); a live link is replaced only once however many are asked for.
const RESETS_OF_ADDRESS: Policy = per_hour(5);
/// Confirmation links mailed again, and changes of address asked for, per account and hour.
const LINKS_OF_ACCOUNT: Policy = per_hour(5);
/// Mails to a taken address about a sign-up with it, per account and hour (more are not
/// sent; the answer stays the same).
const SIGN_UP_NOTICES: Policy = per_hour(3);

fn token_hash(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// A limit scope named by `kind` and a hash of `what` (an address is never stored in clear).
fn scope(kind: &str, what: &str) -> String {
    format!("{kind}:{}", token_hash(what))
}

/// Begins the transaction of what `link` does, having spent it first: `Expired` when another
/// request spent or replaced it meanwhile. Commit the transaction with the change.
async fn spend<'c>(
    conn: &'c mut crate::storage::DbConnection,
    link: &email_links::LinkRow,
    token: &str,
) -> Result<sqlx::Transaction<'c, sqlx::Any>, LinkError> {
    let mut tx = sqlx::Connection::begin(&mut **conn)
        .await
        .map_err(db("begin"))?;
    if email_links::take(&mut tx, link.id, &token_hash(token))
        .await
        .map_err(db("spend mailed link"))?
    {
        Ok(tx)
    } else {
        Err(LinkError::Expired)
    }
}

#[derive(Clone)]
pub struct OwnershipService {
    pool: Db,
    accounts: AccountService,
    two_factor: TwoFactorService,
    guard: Guard,
    mailer: Mailer,
    /// Where links lead (`TWOFOLD_PUBLIC_URL`).
    public_url: url::Url,
}

/// One mail with a link: its texts, in the recipient's language.
struct LinkMail<'a> {
    to: &'a str,
    language: Option<&'a str>,
    subject: &'static str,
    body: &'static str,
    /// What the recipient does if it was not them.
    not_you: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl OwnershipService {
    pub fn new(
        pool: Db,
        accounts: AccountService,
        two_factor: TwoFactorService,
        mailer: Mailer,
        public_url: url::Url,
    ) -> Self {
        let guard = accounts.guard().clone();
        Self {
            pool,
            accounts,
            two_factor,
            guard,
            mailer,
            public_url,
        }
    }

    /// A new link of `purpose` for the account (replacing the one before); returns its URL,
    /// or `None` when a live reset link stays (it was replaced as often as it may be).
    async fn new_link(
        &self,
        user: &UserRow,
        purpose: LinkPurpose,
        new_email: Option<&str>,
    ) -> Result<Option<String>, Fault> {
        let token = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
        let made = email_links::replace(
            &self.pool,
            email_links::NewLink {
                user: user.id,
                purpose,
                token_hash: &token_hash(&token),
                new_email,
                epoch: user.credential_epoch,
                now: self.guard.now(),
            },
        )
        .await
        .map_err(db("store mailed link"))?;
        Ok(made.then(|| self.url(purpose.page(), Some(&token))))
    }

    /// `page` of this deployment, with a token.
    fn url(&self, page: &str, token: Option<&str>) -> String {
        let mut url = self.public_url.clone();
        url.set_path(page);
        url.set_query(token.map(|t| format!("token={t}")).as_deref());
        url.to_string()
    }

    /// Queues a mail: the greeting, the body, the link (if any) and how long it works, what
    /// to do if it was not them, the signature.
    async fn send(
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
    async fn send_confirmation(&self, user: &UserRow) -> Result<(), Fault> {
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
    async fn sign_up_mail_allowed(&self, owner: &UserRow) -> Result<bool, Fault> {
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
    async fn tell_owner_of_sign_up(
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

    /// Counts one more in each scope, refusing past its limit.
    async fn count(&self, scopes: Vec<(String, Policy)>) -> Result<(), LimitError> {
        for attempt in self.guard.limiter.admit_all(scopes).await? {
            self.guard.limiter.failed(attempt);
        }
        Ok(())
    }

    /// The live link of one of `purposes` with this token, and its account.
    async fn link(
        &self,
        purposes: &[LinkPurpose],
        token: &str,
    ) -> Result<(LinkPurpose, email_links::LinkRow, UserRow), LinkError> {
        if token.is_empty() || token.len() > 100 {
            return Err(LinkError::Expired);
        }
        let (purpose, link) =
            email_links::find(&self.pool, purposes, &token_hash(token), self.guard.now())
                .await
                .map_err(db("find mailed link"))?
                .ok_or(LinkError::Expired)?;
        let user = users::by_id(&self.pool, link.user_id)
            .await
            .map_err(db("find user of link"))?
            .ok_or(LinkError::Expired)?;
        Ok((purpose, link, user))
    }

    /// Mails the reset link of `user` (in the background of the request, see `request_reset`).
    async fn send_reset(&self, user: &UserRow, language: Option<&str>) -> Result<(), Fault> {
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
    async fn send_change(&self, user: &UserRow, new_email: &str) -> Result<(), Fault> {
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

    /// Ends every session and pending login of the account (after a reset).
    async fn end_sessions(&self, user: i64) -> Result<u64, Fault> {
        pending_logins::delete_of_user(&self.pool, user)
            .await
            .map_err(db("end pending logins"))?;
        sessions::delete_all_but(&self.pool, user, None, self.guard.now())
            .await
            .map_err(db("end sessions"))
    }
}

#[async_trait]
impl Ownership for OwnershipService {
    async fn sign_up(
        &self,
        email: &str,
        password: &str,
        language: Option<&str>,
        client: &Client,
    ) -> Result<(), AccountError> {
        let language = language.filter(|l| is_selectable(l));
        match self
            .accounts
            .sign_up(email, password, language, client)
            .await?
        {
            SignUp::Created(user) => {
                let row = self.accounts.user(user).await?;
                self.send_confirmation(&row).await?;
            }
            SignUp::Taken { owner, hash } => {
                tracing::info!(user = owner.id, "sign-up with a taken address");
                if !self.sign_up_mail_allowed(&owner).await? {
                    return Ok(());
                }
                if owner.email_verified_at.is_none() {
                    // Never confirmed: this sign-up's password is the one the link confirms
                    // (the mailbox's owner may have forgotten the first, and whoever chose
                    // the first cannot confirm without the mailbox).
                    self.accounts
                        .set_unconfirmed_password(owner.id, &hash)
                        .await?;
                    self.send_confirmation(&owner).await?;
                } else {
                    self.tell_owner_of_sign_up(&owner, language).await?;
                }
            }
        }
        Ok(())
    }

    async fn resend_confirmation(
        &self,
        user: UserId,
        _client: &Client,
    ) -> Result<(), AccountError> {
        let row = self.accounts.user(user).await?;
        if row.email_verified_at.is_some() {
            return Ok(());
        }
        self.count(vec![(format!("confirm-mail:{}", row.id), LINKS_OF_ACCOUNT)])
            .await?;
        self.send_confirmation(&row).await?;
        Ok(())
    }

    async fn address_link(&self, token: &str) -> Result<AddressLink, LinkError> {
        let (purpose, link, user) = self
            .link(&[LinkPurpose::Verify, LinkPurpose::ChangeAddress], token)
            .await?;
        Ok(AddressLink {
            email: link.new_email.unwrap_or(user.email),
            change: purpose == LinkPurpose::ChangeAddress,
        })
    }

    async fn confirm_address(
        &self,
        token: &str,
        password: &str,
        client: &Client,
    ) -> Result<AddressConfirmed, LinkError> {
        let (purpose, link, user) = self
            .link(&[LinkPurpose::Verify, LinkPurpose::ChangeAddress], token)
            .await?;
        if purpose == LinkPurpose::Verify
            && !self.accounts.password_is(&user, password, client).await?
        {
            return Err(AccountError::field(Field::Password, Problem::Incorrect).into());
        }
        let now = self.guard.now();
        let mut conn = self.pool.acquire().await.map_err(db("connect"))?;
        let mut tx = spend(&mut conn, &link, token).await?;
        let done = match (purpose, link.new_email.as_deref()) {
            (LinkPurpose::ChangeAddress, Some(new_email)) => {
                if !users::change_email(&mut tx, user.id, new_email, now)
                    .await
                    .map_err(db("change address"))?
                {
                    // Another account took the address meanwhile.
                    return Err(LinkError::Expired);
                }
                AddressConfirmed::Changed
            }
            _ => {
                users::confirm_address(&mut tx, user.id, now)
                    .await
                    .map_err(db("confirm address"))?;
                AddressConfirmed::Verified
            }
        };
        tx.commit().await.map_err(db("commit"))?;
        let kind = match done {
            AddressConfirmed::Verified => EventKind::AddressConfirmed,
            AddressConfirmed::Changed => EventKind::AddressChanged,
        };
        tracing::info!(user = user.id, event = kind.as_str(), "mailed link used");
        // The log's mail goes to the account's address, now the new one; the old address
        // hears of it too (whoever still reads it can no longer use anything sent there).
        self.guard
            .security
            .record(UserId(user.id), kind, None, client)
            .await?;
        if let (AddressConfirmed::Changed, Some(new_email)) = (done, link.new_email) {
            let mail = LinkMail {
                to: &user.email,
                language: user.language.as_deref(),
                subject: msg("mail-address-changed-subject"),
                body: msg("mail-address-changed-body"),
                not_you: msg("mail-not-you"),
                args: vec![("email", Arg::from(new_email))],
            };
            self.send(mail, None).await?;
        }
        Ok(done)
    }

    async fn request_reset(
        &self,
        email: &str,
        language: Option<&str>,
        client: &Client,
    ) -> Result<(), AccountError> {
        let email = validation::normalize_email(email);
        let mut problems = Problems::default();
        problems.check(Field::Email, validation::email(&email));
        problems.into_result().map_err(AccountError::Invalid)?;
        let mut scopes = Vec::with_capacity(2);
        if let Some(ip) = &client.ip {
            scopes.push((
                format!("reset-ip:{}", super::limits::address_key(ip)),
                RESETS_FROM_ADDRESS,
            ));
        }
        // Per asker: nobody can spend the owner's own requests.
        let asker = client
            .ip
            .as_deref()
            .map_or_else(|| "unknown".to_owned(), super::limits::address_key);
        scopes.push((
            format!("{}@{asker}", scope("reset", &email)),
            RESETS_OF_ADDRESS,
        ));
        self.count(scopes).await?;
        let user = users::by_email(&self.pool, &email)
            .await
            .map_err(db("find user by email"))?;
        if let Some(user) = user {
            // In the background: the answer comes as soon for an address without an account.
            let this = self.clone();
            let language = language.filter(|l| is_selectable(l)).map(str::to_owned);
            tokio::spawn(async move {
                if let Err(err) = this.send_reset(&user, language.as_deref()).await {
                    tracing::error!(error = ?err, user = user.id, "mailing a reset link");
                }
            });
        }
        Ok(())
    }

    async fn reset_form(&self, token: &str) -> Result<ResetForm, LinkError> {
        let (_, _, user) = self.link(&[LinkPurpose::Reset], token).await?;
        let factors = if user.two_factor_enabled_at.is_some() {
            Some(self.two_factor.factors(UserId(user.id)).await?)
        } else {
            None
        };
        Ok(ResetForm {
            email: user.email,
            factors,
        })
    }

    async fn start_reset_key(&self, token: &str) -> Result<KeyChallenge, LinkError> {
        let (_, _, user) = self.link(&[LinkPurpose::Reset], token).await?;
        Ok(self.two_factor.start_key_check(UserId(user.id)).await?)
    }

    async fn reset_password(
        &self,
        token: &str,
        new_password: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), LinkError> {
        let (_, link, user) = self.link(&[LinkPurpose::Reset], token).await?;
        validation::new_password(new_password, &user.email)
            .map_err(|problem| AccountError::field(Field::NewPassword, problem))?;
        if user.two_factor_enabled_at.is_some() {
            self.two_factor
                .verify(UserId(user.id), proof, client)
                .await?;
        }
        let hash = self.accounts.passwords().hash(new_password).await?;
        let mut conn = self.pool.acquire().await.map_err(db("connect"))?;
        let mut tx = spend(&mut conn, &link, token).await?;
        users::reset_password_hash(&mut tx, user.id, &hash, self.guard.now())
            .await
            .map_err(db("reset password"))?;
        tx.commit().await.map_err(db("commit"))?;
        drop(conn);
        let ended = self.end_sessions(user.id).await?;
        // Whoever kept the account's password delays up is not slowing down its new password.
        self.guard
            .limiter
            .clear_all(&password_scope(&user.email))
            .await?;
        tracing::info!(user = user.id, sessions_ended = ended, "password reset");
        self.guard
            .security
            .record(UserId(user.id), EventKind::PasswordReset, None, client)
            .await?;
        Ok(())
    }

    async fn change_address(
        &self,
        user: UserId,
        password: &str,
        new_email: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), LinkError> {
        let row = self.accounts.user(user).await?;
        let new_email = validation::normalize_email(new_email);
        let mut problems = Problems::default();
        problems.check(
            Field::Email,
            validation::email(&new_email).and_then(|()| {
                if new_email == row.email {
                    Err(Problem::SameAddress)
                } else {
                    Ok(())
                }
            }),
        );
        problems.check(Field::CurrentPassword, validation::present(password));
        problems.into_result().map_err(AccountError::Invalid)?;
        self.accounts
            .confirm_password(user, password, client)
            .await?;
        if row.two_factor_enabled_at.is_some() {
            self.two_factor.verify(user, proof, client).await?;
        }
        self.count(vec![(
            format!("address-change:{}", row.id),
            LINKS_OF_ACCOUNT,
        )])
        .await?;
        self.send_change(&row, &new_email).await?;
        self.guard
            .security
            .record_about(user, EventKind::AddressChangeAsked, &new_email, client)
            .await?;
        Ok(())
    }
}
