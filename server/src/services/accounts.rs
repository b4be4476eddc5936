//! Sign-up, log-in and password changes.

use app::{
    api::{
        AccountView, TwoFactorStatus,
        backend::{Accounts, Client, PasswordAccepted, UserId},
        security::EventKind,
    },
    error::{AppError, Field, Problem},
};
use async_trait::async_trait;

use super::{
    Guard, internal,
    limits::{PASSWORD, PASSWORD_FROM_ADDRESS, address_scope, password_scope},
    passwords::Passwords,
    validation::{self, Problems},
};
use crate::storage::{
    Db,
    users::{self, UserRow},
};

#[derive(Clone)]
pub struct AccountService {
    pool: Db,
    passwords: Passwords,
    guard: Guard,
}

impl AccountService {
    pub fn new(pool: Db, passwords: Passwords, guard: Guard) -> Self {
        Self {
            pool,
            passwords,
            guard,
        }
    }

    /// Checks `password` for the account `email` (normalised; `user` is its row if it exists)
    /// within the limits per account and per client address. Unknown accounts go through the
    /// same steps, so that neither answers nor timing tell them apart.
    async fn check_password(
        &self,
        email: &str,
        user: Option<&UserRow>,
        password: &str,
        client: &Client,
    ) -> Result<bool, AppError> {
        let limiter = &self.guard.limiter;
        let address = match &client.ip {
            Some(ip) => Some(
                limiter
                    .admit(address_scope(ip), PASSWORD_FROM_ADDRESS)
                    .await?,
            ),
            None => None,
        };
        let account = match limiter.admit(password_scope(email), PASSWORD).await {
            Ok(attempt) => attempt,
            Err(err) => {
                if let Some(address) = address {
                    limiter.unchecked(address).await?;
                }
                return Err(err);
            }
        };
        let verified = self
            .passwords
            .verify(password, user.map(|u| u.password_hash.as_str()))
            .await;
        match verified {
            Ok(true) => {
                limiter.succeeded(account).await?;
                if let Some(address) = address {
                    limiter.succeeded(address).await?;
                }
                Ok(true)
            }
            Ok(false) => {
                let lock = limiter.failed(account);
                if let Some(address) = address {
                    let _ = limiter.failed(address);
                }
                if let (Some(minutes), Some(user)) = (lock, user) {
                    self.guard
                        .security
                        .record(
                            UserId(user.id),
                            EventKind::Locked,
                            Some(i64::from(minutes)),
                            client,
                        )
                        .await?;
                }
                Ok(false)
            }
            Err(err) => {
                limiter.unchecked(account).await?;
                if let Some(address) = address {
                    limiter.unchecked(address).await?;
                }
                Err(err)
            }
        }
    }

    async fn user(&self, user: UserId) -> Result<UserRow, AppError> {
        users::by_id(&self.pool, user.0)
            .await
            .map_err(internal("find user by id"))?
            .ok_or(AppError::Unauthorized)
    }
}

#[async_trait]
impl Accounts for AccountService {
    async fn sign_up(&self, email: &str, password: &str) -> Result<UserId, AppError> {
        let email = validation::normalize_email(email);
        let mut problems = Problems::default();
        problems.check(Field::Email, validation::email(&email));
        problems.check(Field::Password, validation::new_password(password, &email));
        problems.into_result()?;

        let hash = self.passwords.hash(password).await?;
        let id = users::insert(&self.pool, &email, &hash, self.guard.now())
            .await
            .map_err(internal("insert user"))?
            .ok_or_else(|| AppError::field(Field::Email, Problem::EmailTaken))?;
        tracing::info!(user = id, "account created");
        Ok(UserId(id))
    }

    async fn log_in(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<PasswordAccepted, AppError> {
        let mut problems = Problems::default();
        problems.check(Field::Email, validation::present(email));
        problems.check(Field::Password, validation::present(password));
        problems.into_result()?;

        let email = validation::normalize_email(email);
        let user = users::by_email(&self.pool, &email)
            .await
            .map_err(internal("find user by email"))?;
        if self
            .check_password(&email, user.as_ref(), password, client)
            .await?
        {
            let user = user.ok_or(AppError::Internal)?;
            tracing::info!(user = user.id, "password accepted");
            return Ok(PasswordAccepted {
                user: UserId(user.id),
                two_factor: user.two_factor_enabled_at.is_some(),
                language: user.language,
            });
        }
        tracing::info!(known_account = user.is_some(), "password rejected");
        if let Some(user) = user {
            // Logged in the background: an unknown account must not answer any faster.
            let security = self.guard.security.clone();
            let client = client.clone();
            tokio::spawn(async move {
                if let Err(err) = security
                    .record(UserId(user.id), EventKind::LoginFailed, None, &client)
                    .await
                {
                    tracing::error!(error = ?err, "logging a failed login");
                }
            });
        }
        Err(AppError::InvalidCredentials)
    }

    async fn change_password(
        &self,
        user: UserId,
        current: &str,
        new: &str,
        client: &Client,
    ) -> Result<(), AppError> {
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
        problems.into_result()?;

        if !self
            .check_password(&row.email, Some(&row), current, client)
            .await?
        {
            return Err(AppError::field(Field::CurrentPassword, Problem::Incorrect));
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
        .map_err(internal("replace password hash"))?;
        if !replaced {
            // Changed concurrently: the current password given here is no longer current.
            return Err(AppError::field(Field::CurrentPassword, Problem::Incorrect));
        }
        tracing::info!(user = row.id, "password changed");
        self.guard
            .security
            .record(user, EventKind::PasswordChanged, None, client)
            .await
    }

    async fn confirm_password(
        &self,
        user: UserId,
        password: &str,
        client: &Client,
    ) -> Result<String, AppError> {
        validation::present(password).map_err(|p| AppError::field(Field::CurrentPassword, p))?;
        let row = self.user(user).await?;
        if self
            .check_password(&row.email, Some(&row), password, client)
            .await?
        {
            Ok(row.email)
        } else {
            Err(AppError::field(Field::CurrentPassword, Problem::Incorrect))
        }
    }

    async fn set_language(&self, user: UserId, language: &str) -> Result<(), AppError> {
        users::set_language(&self.pool, user.0, language)
            .await
            .map_err(internal("store language"))
    }

    async fn account(&self, user: UserId) -> Result<Option<AccountView>, AppError> {
        let row = users::by_id(&self.pool, user.0)
            .await
            .map_err(internal("find user by id"))?;
        Ok(row.map(|row| AccountView {
            email: row.email,
            two_factor: TwoFactorStatus {
                since: row.two_factor_enabled_at,
                backup_codes_left: row.backup_codes_left,
            },
            language: row.language,
        }))
    }
}
