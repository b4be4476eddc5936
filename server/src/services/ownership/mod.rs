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

use crate::services::{factors::Factors, sessions::end_sessions};
use async_trait::async_trait;
use domain::{
    Client, Fault, Field, Problem, UserId,
    error::AccountError,
    events::EventKind,
    keys::KeyChallenge,
    ownership::{AddressConfirmed, AddressLink, LinkError, LinkPurpose, ResetForm},
    ports::{Ownership, TwoFactor},
    proof::Proof,
    text::{Arg, is_selectable, msg},
};

use super::{
    accounts::{AccountService, SignUp},
    faults::db,
    guard::Guard,
    limits::{LimitRule, password_scope, per_hour},
    mail::Mailer,
    two_factor::TwoFactorService,
    validation::{self, Problems},
};
mod links;
mod mail;

use links::{scope, spend};
use mail::LinkMail;

use crate::storage::{Db, users};

/// Reset links asked for from one client address per hour (for any addresses).
const RESETS_FROM_ADDRESS: LimitRule = per_hour(20);
/// Reset links asked for one address per hour from one client network (whether or not it has
/// an account); a live link is replaced only once however many are asked for.
const RESETS_OF_ADDRESS: LimitRule = per_hour(5);
/// Confirmation links mailed again, and changes of address asked for, per account and hour.
const LINKS_OF_ACCOUNT: LimitRule = per_hour(5);
/// Mails to a taken address about a sign-up with it, per account and hour (more are not
/// sent; the answer stays the same).
const SIGN_UP_NOTICES: LimitRule = per_hour(3);

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

    /// Ends every session and pending login of the account (after a reset).
    async fn end_sessions(&self, user: i64) -> Result<u64, Fault> {
        let mut conn = self.pool.acquire().await.map_err(db("connect"))?;
        end_sessions(&mut conn, user, None, self.guard.now())
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
        let factors = Factors::of(&user);
        let factors = factors.is_on().then(|| factors.login());
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
        if Factors::of(&user).is_on() {
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
        if Factors::of(&row).is_on() {
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
