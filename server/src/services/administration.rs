//! The administrator page's service: the administrator role checked on every call, the
//! accounts found by address, the administrator's password and factor checked again before
//! acting, and the actions of the command line (`admin.rs`) done in the administrator's
//! name — written to both security logs and mailed to the account's owner.

use crate::services::factors::Factors;
use async_trait::async_trait;
use domain::{
    Client, Fault, UserId,
    admin::{AdminAction, AdminError, AdminUser, MAX_LISTED},
    events::EventKind,
    policy::{Policy, RequiredOf},
    ports::Administration,
    proof::Proof,
    security::Actor,
};

use super::{
    accounts::AccountService,
    faults::db,
    limits::{factor_scope, password_scope},
    operator::{self, By, Operator},
    two_factor::TwoFactorService,
};
use crate::storage::{Db, limits, users};

pub struct AdminConsole {
    pub pool: Db,
    pub operator: Operator,
    pub accounts: AccountService,
    pub two_factor: TwoFactorService,
}

impl From<operator::OperatorError> for AdminError {
    fn from(err: operator::OperatorError) -> Self {
        match err {
            operator::OperatorError::NoSuchAccount(_) => Self::NoSuchAccount,
            operator::OperatorError::Fault(fault) => Self::Fault(fault),
            other => {
                tracing::error!(error = %other, "administrator action");
                Self::Fault(Fault::Internal)
            }
        }
    }
}

impl AdminConsole {
    /// The administrator's address, if `admin` holds the role and has two-factor on.
    async fn administrator(&self, admin: UserId) -> Result<String, AdminError> {
        let row = users::by_id(&self.pool, admin.0)
            .await
            .map_err(db("find administrator"))?;
        match row {
            Some(row) if row.administrator && Factors::of(&row).is_on() => Ok(row.email),
            _ => Err(AdminError::NotAdministrator),
        }
    }

    /// Whether the account's second factor or password is locked at `now`.
    async fn locked(&self, id: i64, email: &str, now: i64) -> Result<bool, Fault> {
        for scope in [factor_scope(id), password_scope(email)] {
            let until = limits::blocked_until(&self.pool, &scope)
                .await
                .map_err(db("read attempt limit"))?;
            if until > now {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

#[async_trait]
impl Administration for AdminConsole {
    async fn users(&self, admin: UserId, query: &str) -> Result<Vec<AdminUser>, AdminError> {
        self.administrator(admin).await?;
        let limit = i64::try_from(MAX_LISTED).unwrap_or(i64::MAX);
        let found = users::search(&self.pool, query, limit)
            .await
            .map_err(db("search accounts"))?;
        let now = self.operator.now();
        let mut listed = Vec::with_capacity(found.len());
        for user in found {
            let factors = Factors::from_row(user.factors);
            listed.push(AdminUser {
                locked: self.locked(user.id, &user.email, now).await?,
                email: user.email,
                two_factor_since: factors.since(),
                factors: factors.set(),
                keys: factors.keys(),
                last_sign_in: user.last_sign_in,
                administrator: user.administrator,
            });
        }
        Ok(listed)
    }

    async fn policy(&self, admin: UserId) -> Result<Policy, AdminError> {
        self.administrator(admin).await?;
        Ok(self.operator.policy().await?)
    }

    async fn confirm(
        &self,
        admin: UserId,
        password: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), AdminError> {
        self.administrator(admin).await?;
        self.accounts
            .confirm_password(admin, password, client)
            .await
            .map_err(AdminError::Account)?;
        self.two_factor
            .verify(admin, proof, client)
            .await
            .map_err(AdminError::Factor)?;
        Ok(())
    }

    async fn act(
        &self,
        admin: UserId,
        email: &str,
        action: AdminAction,
        client: &Client,
    ) -> Result<(), AdminError> {
        let by = By {
            actor: Actor::Administrator(self.administrator(admin).await?),
            client: client.clone(),
        };
        let done = match action {
            AdminAction::ResetTwoFactor => {
                self.operator.reset_two_factor(email, &by).await?;
                EventKind::AdministeredReset
            }
            AdminAction::Unlock => {
                self.operator.unlock(email, &by).await?;
                EventKind::AdministeredUnlock
            }
            AdminAction::SignOutEverywhere => {
                self.operator.sign_out_everywhere(email, &by).await?;
                EventKind::AdministeredSignOut
            }
        };
        let email = super::validation::normalize_email(email);
        self.operator
            .security()
            .record_about(admin, done, &email, client)
            .await?;
        Ok(())
    }

    async fn set_policy(
        &self,
        admin: UserId,
        required_of: RequiredOf,
        grace_days: i64,
        client: &Client,
    ) -> Result<Policy, AdminError> {
        let by = By {
            actor: Actor::Administrator(self.administrator(admin).await?),
            client: client.clone(),
        };
        let policy = self
            .operator
            .set_policy(required_of, grace_days, &by)
            .await?;
        self.operator
            .security()
            .record_about(
                admin,
                EventKind::PolicyChanged,
                required_of.as_str(),
                client,
            )
            .await?;
        Ok(policy)
    }
}
