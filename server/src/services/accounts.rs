//! Sign-up, log-in and password changes.

use app::{
    api::{
        AccountView, TwoFactorStatus,
        backend::{Accounts, UserId},
    },
    error::{AppError, Field, Problem},
};
use async_trait::async_trait;
use sqlx::AnyPool;

use super::{
    internal,
    passwords::Passwords,
    validation::{self, Problems},
};
use crate::storage::{self, users};

#[derive(Clone)]
pub struct AccountService {
    pool: AnyPool,
    passwords: Passwords,
}

impl AccountService {
    pub fn new(pool: AnyPool, passwords: Passwords) -> Self {
        Self { pool, passwords }
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
        let id = users::insert(&self.pool, &email, &hash, storage::now())
            .await
            .map_err(internal("insert user"))?
            .ok_or_else(|| AppError::field(Field::Email, Problem::EmailTaken))?;
        tracing::info!(user = id, "account created");
        Ok(UserId(id))
    }

    async fn log_in(&self, email: &str, password: &str) -> Result<UserId, AppError> {
        let mut problems = Problems::default();
        problems.check(Field::Email, validation::present(email));
        problems.check(Field::Password, validation::present(password));
        problems.into_result()?;

        let user = users::by_email(&self.pool, &validation::normalize_email(email))
            .await
            .map_err(internal("find user by email"))?;
        let hash = user.as_ref().map(|u| u.password_hash.as_str());
        if self.passwords.verify(password, hash).await? {
            let user = user.ok_or(AppError::Internal)?;
            tracing::info!(user = user.id, "password accepted");
            Ok(UserId(user.id))
        } else {
            tracing::info!(known_account = user.is_some(), "password rejected");
            Err(AppError::InvalidCredentials)
        }
    }

    async fn change_password(
        &self,
        user: UserId,
        current: &str,
        new: &str,
    ) -> Result<(), AppError> {
        let row = users::by_id(&self.pool, user.0)
            .await
            .map_err(internal("find user by id"))?
            .ok_or(AppError::Unauthorized)?;
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
            .passwords
            .verify(current, Some(&row.password_hash))
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
            storage::now(),
        )
        .await
        .map_err(internal("replace password hash"))?;
        if !replaced {
            // Changed concurrently: the current password given here is no longer current.
            return Err(AppError::field(Field::CurrentPassword, Problem::Incorrect));
        }
        tracing::info!(user = row.id, "password changed");
        Ok(())
    }

    async fn confirm_password(&self, user: UserId, password: &str) -> Result<String, AppError> {
        validation::present(password).map_err(|p| AppError::field(Field::CurrentPassword, p))?;
        let row = users::by_id(&self.pool, user.0)
            .await
            .map_err(internal("find user by id"))?
            .ok_or(AppError::Unauthorized)?;
        if self
            .passwords
            .verify(password, Some(&row.password_hash))
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
