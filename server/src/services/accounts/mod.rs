//! Sign-up, log-in and password changes.

mod checks;

use crate::services::{
    factors::Factors,
    sessions::{end_others, record_ended},
};
use async_trait::async_trait;
use domain::{
    Asker, Changed, Client, Fault, Field, Problem, UserId, account::AccountView,
    error::AccountError, events::EventKind, policy::Requirement, ports::Accounts,
    text::is_selectable,
};
use sqlx::Connection;

use super::{
    devices::{Devices, device_account},
    faults::db,
    guard::Guard,
    limits::{sign_up_scope, sign_ups_from_address},
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
}

#[async_trait]
impl Accounts for AccountService {
    async fn change_password(
        &self,
        asker: Asker<'_>,
        current: &str,
        new: &str,
    ) -> Result<Changed<()>, AccountError> {
        let (user, client) = (asker.user, asker.client);
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
        let now = self.guard.now();
        let mut conn = self.pool.acquire().await.map_err(db("connect"))?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        let replaced =
            users::replace_password_hash(&mut tx, row.id, &row.password_hash, &new_hash, now)
                .await
                .map_err(db("replace password hash"))?;
        if !replaced {
            // Changed concurrently: the current password given here is no longer current.
            return Err(AccountError::field(
                Field::CurrentPassword,
                Problem::Incorrect,
            ));
        }
        let elsewhere = end_others(&mut tx, asker, now).await?;
        tx.commit().await.map_err(db("commit password change"))?;
        tracing::info!(user = row.id, "password changed");
        let security = &self.guard.security;
        security
            .record(user, EventKind::PasswordChanged, None, client)
            .await?;
        record_ended(security, asker, elsewhere).await?;
        Ok(Changed {
            made: (),
            elsewhere,
        })
    }

    async fn set_language(&self, user: UserId, language: &str) -> Result<(), Fault> {
        users::set_language(&self.pool, user.0, language)
            .await
            .map_err(db("store language"))
    }

    async fn requirement(&self, user: UserId) -> Result<Requirement, Fault> {
        self.guard.policy.requirement(user).await
    }

    async fn account(
        &self,
        user: UserId,
        known: Option<Requirement>,
    ) -> Result<Option<AccountView>, Fault> {
        let Some(row) = users::by_id(&self.pool, user.0)
            .await
            .map_err(db("find user by id"))?
        else {
            return Ok(None);
        };
        let keys = security_keys::of_user(&self.pool, user.0)
            .await
            .map_err(db("list security keys"))?;
        let requirement = match known {
            Some(requirement) => requirement,
            None => self.guard.policy.requirement_of(&row).await?,
        };
        Ok(Some(AccountView {
            requirement,
            administrator: row.administrator && Factors::of(&row).is_on(),
            two_factor: Factors::of(&row).status(),
            email: row.email,
            keys: keys.iter().map(security_keys::KeyRow::info).collect(),
            language: row.language,
            address_confirmed: row.email_verified_at.is_some(),
        }))
    }
}

impl AccountService {
    /// Checks the password of a signed-in user before a sensitive change (within the
    /// password's attempt limits); returns the address.
    pub async fn confirm_password(
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
}
