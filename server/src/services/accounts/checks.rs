//! Passwords checked within the attempt limits: at login, before a change, and for a
//! confirmation link.

use crate::services::factors::Factors;
use domain::{
    Client, Fault, Field, UserId,
    error::{AccountError, LimitError},
    events::EventKind,
};

use super::{AccountService, PasswordAccepted};
use crate::{
    services::{
        faults::db,
        limits::{
            Attempt, KNOWN_BROWSER, PASSWORD, PASSWORD_OF_ACCOUNT, address_scopes, device_scope,
            password_network_scope, password_scope,
        },
        passwords::For,
        validation::{self, Problems},
    },
    storage::users::{self, UserRow},
};

impl AccountService {
    /// Checks `password` for the account `email` (normalised; `user` is its row if it exists)
    /// within the attempt limits. From a browser that completed a sign-in to this account
    /// before (its device cookie says so) only that browser's own failures count; from any
    /// other, the account's from the client's network, the account's from every network (a
    /// far higher ceiling) and the client address's. Unknown accounts go through the same
    /// steps, so that neither answers nor timing tell them apart.
    pub(super) async fn check_password(
        &self,
        email: &str,
        user: Option<&UserRow>,
        password: &str,
        client: &Client,
    ) -> Result<bool, AccountError> {
        let limiter = &self.guard.limiter;
        let (caller, attempts) = match self.known_browser_attempt(user, client).await? {
            Some(attempt) => (For::Known, vec![attempt]),
            None => {
                let mut scopes = Vec::with_capacity(3);
                if let Some(ip) = &client.ip {
                    scopes.extend(address_scopes(ip));
                }
                scopes.push((
                    password_network_scope(email, client.ip.as_deref()),
                    PASSWORD,
                ));
                scopes.push((password_scope(email), PASSWORD_OF_ACCOUNT));
                (For::Stranger, limiter.admit_all(scopes).await?)
            }
        };
        let verified = self
            .passwords
            .verify_for(caller, password, user.map(|u| u.password_hash.as_str()))
            .await;
        match verified {
            Ok(true) => {
                for attempt in attempts {
                    limiter.succeeded(attempt).await?;
                }
                Ok(true)
            }
            Ok(false) => {
                // Every attempt is reported (none may stay unreported), then any alarm.
                let failures: Vec<_> = attempts.into_iter().map(|a| limiter.failed(a)).collect();
                let alarm = failures.iter().any(|failure| failure.alarm);
                if let (true, Some(user)) = (alarm, user) {
                    self.in_background(UserId(user.id), EventKind::PasswordsSlowed, client);
                }
                Ok(false)
            }
            Err(err) => {
                for attempt in attempts {
                    limiter.unchecked(attempt).await?;
                }
                Err(err.into())
            }
        }
    }

    /// The attempt of a browser whose device cookie names `user`, within its own limit; `None`
    /// for any other browser, or one whose own limit refuses (it counts as unknown then).
    async fn known_browser_attempt(
        &self,
        user: Option<&UserRow>,
        client: &Client,
    ) -> Result<Option<Attempt>, AccountError> {
        let Some(token) =
            user.and_then(|u| self.known_device(UserId(u.id), u.credential_epoch, client))
        else {
            return Ok(None);
        };
        match self
            .guard
            .limiter
            .admit(device_scope(&token), KNOWN_BROWSER)
            .await
        {
            Ok(attempt) => Ok(Some(attempt)),
            Err(LimitError::TooMany(_)) => Ok(None),
            Err(LimitError::Fault(fault)) => Err(fault.into()),
        }
    }

    /// Logs (and mails, where the kind does) without making the caller wait: the answer for
    /// an unknown account, which logs nothing, must not come any sooner.
    fn in_background(&self, user: UserId, kind: EventKind, client: &Client) {
        let security = self.guard.security.clone();
        let client = client.clone();
        tokio::spawn(async move {
            if let Err(err) = security.record(user, kind, None, &client).await {
                tracing::error!(error = ?err, event = kind.as_str(), "logging a password failure");
            }
        });
    }

    /// Whether `password` is the account's, within the attempt limits of a login.
    pub async fn password_is(
        &self,
        user: &UserRow,
        password: &str,
        client: &Client,
    ) -> Result<bool, AccountError> {
        self.check_password(&user.email, Some(user), password, client)
            .await
    }

    /// The password step of a login. Unknown emails cost the same as wrong passwords;
    /// failures are limited per account and per client address.
    pub async fn check_login_password(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<PasswordAccepted, AccountError> {
        let mut problems = Problems::default();
        problems.check(Field::Email, validation::present(email));
        problems.check(Field::Password, validation::present(password));
        problems.into_result().map_err(AccountError::Invalid)?;

        let email = validation::normalize_email(email);
        // An account whose address is not confirmed yet does not sign in: it is checked like
        // an unknown one (same answer, same work), so that a sign-up followed by a login tells
        // nobody whether the address was free.
        let user = users::by_email(&self.pool, &email)
            .await
            .map_err(db("find user by email"))?
            .filter(|user| user.email_verified_at.is_some());
        if self
            .check_password(&email, user.as_ref(), password, client)
            .await?
        {
            let user = user.ok_or(Fault::Internal)?;
            tracing::info!(user = user.id, "password accepted");
            return Ok(PasswordAccepted {
                user: UserId(user.id),
                two_factor: Factors::of(&user).is_on(),
                language: user.language,
                epoch: user.credential_epoch,
            });
        }
        tracing::info!(known_account = user.is_some(), "password rejected");
        if let Some(user) = user {
            self.in_background(UserId(user.id), EventKind::LoginFailed, client);
        }
        Err(AccountError::InvalidCredentials)
    }
}
