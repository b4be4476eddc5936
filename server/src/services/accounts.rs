//! Sign-up, log-in and password changes.

use async_trait::async_trait;
use domain::{
    Client, Fault, Field, Problem, UserId,
    account::AccountView,
    error::{AccountError, LimitError},
    events::EventKind,
    factor::TwoFactorStatus,
    policy::Requirement,
    ports::Accounts,
    text::is_selectable,
};

use super::{
    devices::{Devices, device_account},
    faults::db,
    guard::Guard,
    limits::{
        Attempt, KNOWN_BROWSER, PASSWORD, PASSWORD_OF_ACCOUNT, address_scopes, device_scope,
        password_network_scope, password_scope, sign_up_scope, sign_ups_from_address,
    },
    passwords::{For, Passwords},
    validation::{self, Problems},
};
use crate::storage::{
    Db, keys as security_keys,
    users::{self, UserRow},
};

/// An account whose password was right, with what the login needs next (read together with
/// the password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordAccepted {
    pub user: UserId,
    /// A factor is needed before the session is signed in.
    pub two_factor: bool,
    /// The language the account chose, if any.
    pub language: Option<String>,
    /// The account's credential epoch, read with the password hash.
    pub epoch: i64,
}

/// What a sign-up did.
#[derive(Debug)]
pub enum SignUp {
    Created(UserId),
    /// The address has an account already: this one, and the hash of the password this
    /// sign-up chose.
    Taken {
        owner: Box<UserRow>,
        hash: String,
    },
}

#[derive(Clone)]
pub struct AccountService {
    pool: Db,
    passwords: Passwords,
    guard: Guard,
    devices: Devices,
    /// Sign-ups allowed per client address and hour (`TWOFOLD_SIGN_UPS_PER_HOUR`).
    sign_ups_per_hour: u32,
}

impl AccountService {
    pub fn new(
        pool: Db,
        passwords: Passwords,
        guard: Guard,
        devices: Devices,
        sign_ups_per_hour: u32,
    ) -> Self {
        Self {
            pool,
            passwords,
            guard,
            devices,
            sign_ups_per_hour,
        }
    }

    /// Checks `password` for the account `email` (normalised; `user` is its row if it exists)
    /// within the attempt limits. From a browser that completed a sign-in to this account
    /// before (its device cookie says so) only that browser's own failures count; from any
    /// other, the account's from the client's network, the account's from every network (a
    /// far higher ceiling) and the client address's. Unknown accounts go through the same
    /// steps, so that neither answers nor timing tell them apart.
    async fn check_password(
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

    /// The `Set-Cookie` that makes this browser known for `user` under the credential `epoch`
    /// (after a completed sign-in), and the id of its token for the account.
    pub fn device_cookie(&self, user: UserId, epoch: i64, client: &Client) -> (String, String) {
        self.devices
            .remember(client.device.as_ref(), &device_account(user, epoch))
    }

    /// The id of this browser's token for `user` under `epoch`, if its device cookie has one.
    pub fn known_device(&self, user: UserId, epoch: i64, client: &Client) -> Option<String> {
        self.devices
            .known(client.device.as_ref(), &device_account(user, epoch))
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

    /// Gives an account whose address is not confirmed yet the password of a newer sign-up
    /// with its address (`hash`); nothing for a confirmed account.
    pub async fn set_unconfirmed_password(&self, user: i64, hash: &str) -> Result<(), Fault> {
        users::set_unconfirmed_password(&self.pool, user, hash)
            .await
            .map_err(db("replace unconfirmed password"))
    }

    /// The limits, the security log and the policy this service works with.
    pub fn guard(&self) -> &Guard {
        &self.guard
    }

    /// The hashing of passwords (shared by every service that hashes one).
    pub fn passwords(&self) -> &Passwords {
        &self.passwords
    }

    /// Makes an account for `email` (in `language` when it is a selectable one), unless the
    /// address is taken. Either way the password is hashed and the sign-up counts against
    /// the client address's hour, so that both cost the same.
    pub async fn sign_up(
        &self,
        email: &str,
        password: &str,
        language: Option<&str>,
        client: &Client,
    ) -> Result<SignUp, AccountError> {
        let email = validation::normalize_email(email);
        let mut problems = Problems::default();
        problems.check(Field::Email, validation::email(&email));
        problems.check(Field::Password, validation::new_password(password, &email));
        problems.into_result().map_err(AccountError::Invalid)?;

        // Every sign-up that gets this far counts against the client address's hour, made or
        // not (each costs a password hash).
        let limiter = &self.guard.limiter;
        let attempt = match &client.ip {
            Some(ip) => Some(
                limiter
                    .admit(
                        sign_up_scope(ip),
                        sign_ups_from_address(self.sign_ups_per_hour),
                    )
                    .await?,
            ),
            None => None,
        };
        let hashed = self.passwords.hash_for(For::Stranger, password).await;
        if let Some(attempt) = attempt {
            match &hashed {
                Ok(_) => {
                    limiter.failed(attempt);
                }
                Err(_) => limiter.unchecked(attempt).await?,
            }
        }
        let hash = hashed?;
        let Some(id) = users::insert(&self.pool, &email, &hash, self.guard.now())
            .await
            .map_err(db("insert user"))?
        else {
            let owner = users::by_email(&self.pool, &email)
                .await
                .map_err(db("find user by email"))?
                .ok_or(Fault::Internal)?;
            return Ok(SignUp::Taken {
                owner: Box::new(owner),
                hash,
            });
        };
        tracing::info!(user = id, "account created");
        if let Some(language) = language.filter(|l| is_selectable(l)) {
            self.set_language(UserId(id), language).await?;
        }
        Ok(SignUp::Created(UserId(id)))
    }

    /// The account's row; `Gone` if it no longer exists.
    pub async fn user(&self, user: UserId) -> Result<UserRow, AccountError> {
        users::by_id(&self.pool, user.0)
            .await
            .map_err(db("find user by id"))?
            .ok_or(AccountError::Gone)
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
                two_factor: user.two_factor_enabled_at.is_some(),
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

#[async_trait]
impl Accounts for AccountService {
    async fn change_password(
        &self,
        user: UserId,
        current: &str,
        new: &str,
        client: &Client,
    ) -> Result<(), AccountError> {
        let row = self.user(user).await?;
        let mut problems = Problems::default();
        problems.check(Field::CurrentPassword, validation::present(current));
        problems.check(
            Field::NewPassword,
            validation::new_password(new, &row.email).and_then(|()| {
                if new == current {
                    Err(Problem::SameAsCurrent)
                } else {
                    Ok(())
                }
            }),
        );
        problems.into_result().map_err(AccountError::Invalid)?;

        if !self
            .check_password(&row.email, Some(&row), current, client)
            .await?
        {
            return Err(AccountError::field(
                Field::CurrentPassword,
                Problem::Incorrect,
            ));
        }
        let new_hash = self.passwords.hash(new).await?;
        let replaced = users::replace_password_hash(
            &self.pool,
            row.id,
            &row.password_hash,
            &new_hash,
            self.guard.now(),
        )
        .await
        .map_err(db("replace password hash"))?;
        if !replaced {
            // Changed concurrently: the current password given here is no longer current.
            return Err(AccountError::field(
                Field::CurrentPassword,
                Problem::Incorrect,
            ));
        }
        tracing::info!(user = row.id, "password changed");
        self.guard
            .security
            .record(user, EventKind::PasswordChanged, None, client)
            .await?;
        Ok(())
    }

    async fn confirm_password(
        &self,
        user: UserId,
        password: &str,
        client: &Client,
    ) -> Result<String, AccountError> {
        validation::present(password)
            .map_err(|p| AccountError::field(Field::CurrentPassword, p))?;
        let row = self.user(user).await?;
        if self
            .check_password(&row.email, Some(&row), password, client)
            .await?
        {
            Ok(row.email)
        } else {
            Err(AccountError::field(
                Field::CurrentPassword,
                Problem::Incorrect,
            ))
        }
    }

    async fn set_language(&self, user: UserId, language: &str) -> Result<(), Fault> {
        users::set_language(&self.pool, user.0, language)
            .await
            .map_err(db("store language"))
    }

    async fn requirement(&self, user: UserId) -> Result<Requirement, Fault> {
        self.guard.policy.requirement(user).await
    }

    async fn account(&self, user: UserId) -> Result<Option<AccountView>, Fault> {
        let Some(row) = users::by_id(&self.pool, user.0)
            .await
            .map_err(db("find user by id"))?
        else {
            return Ok(None);
        };
        let keys = security_keys::of_user(&self.pool, user.0)
            .await
            .map_err(db("list security keys"))?;
        let requirement = self.guard.policy.requirement_of(&row).await?;
        Ok(Some(AccountView {
            requirement,
            administrator: row.administrator && row.two_factor_enabled_at.is_some(),
            email: row.email,
            two_factor: TwoFactorStatus {
                since: row.two_factor_enabled_at,
                authenticator: row.authenticator,
                backup_codes_left: row.backup_codes_left,
            },
            keys: keys.iter().map(security_keys::KeyRow::info).collect(),
            language: row.language,
            address_confirmed: row.email_verified_at.is_some(),
        }))
    }
}
