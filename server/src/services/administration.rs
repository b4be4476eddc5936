//! The administrator page's service: the administrator role checked on every call, the
//! accounts found by address, the administrator's password and factor checked again before
//! acting, and the actions of the command line (`admin.rs`) done in the administrator's
//! name — written to both security logs and mailed to the account's owner.

use crate::services::factors::Factors;
use async_trait::async_trait;
use base64::{Engine, engine::general_purpose::STANDARD};
use domain::{
    Client, Fault, UserId,
    admin::{AdminAction, AdminError, AdminUser, MAX_LISTED, SealedSecret, ShownSecret},
    application::{Application, Registration},
    events::EventKind,
    policy::{Policy, RequiredOf},
    ports::Administration,
    proof::Proof,
    security::Actor,
};

use super::{
    accounts::AccountService,
    applications::{ApplicationError, Applications, ClientSecret},
    faults::db,
    limits::{factor_scope, password_scope},
    operator::{self, By, Operator},
    secret_box::SecretBox,
    two_factor::TwoFactorService,
};
use crate::storage::{Db, limits, users};
use std::sync::Arc;

pub struct AdminConsole {
    pub pool: Db,
    pub operator: Operator,
    pub accounts: AccountService,
    pub two_factor: TwoFactorService,
    pub applications: Applications,
    /// Seals the client secrets made here until the page shows them.
    pub secrets: Arc<SecretBox>,
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

impl From<ApplicationError> for AdminError {
    fn from(err: ApplicationError) -> Self {
        match err {
            ApplicationError::NameInvalid
            | ApplicationError::RedirectUriCount
            | ApplicationError::UriInvalid(_) => Self::ApplicationInvalid,
            ApplicationError::NoSuchApplication(_) | ApplicationError::PublicClient(_) => {
                Self::NoSuchApplication
            }
            ApplicationError::Fault(fault) => Self::Fault(fault),
            ApplicationError::Database(err) => {
                tracing::error!(error = %err, "applications");
                Self::Fault(Fault::Internal)
            }
        }
    }
}

impl AdminConsole {
    /// `secret` of `client_id`, sealed for `admin`.
    fn seal(
        &self,
        admin: UserId,
        client_id: &str,
        secret: &ClientSecret,
    ) -> Result<SealedSecret, AdminError> {
        let sealed = self
            .secrets
            .seal(admin.0, secret.0.as_bytes())
            .map_err(|err| {
                tracing::error!(error = %err, "seal a client secret");
                Fault::Internal
            })?;
        Ok(SealedSecret {
            client_id: client_id.to_owned(),
            sealed: STANDARD.encode(sealed),
        })
    }

    /// Writes `kind` about the application `name` to the administrator's own log.
    async fn log_application(
        &self,
        admin: UserId,
        kind: EventKind,
        name: &str,
        client: &Client,
    ) -> Result<(), AdminError> {
        self.operator
            .security()
            .record_application(admin, kind, name, client)
            .await?;
        Ok(())
    }

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

    async fn applications(&self, admin: UserId) -> Result<Vec<Application>, AdminError> {
        self.administrator(admin).await?;
        Ok(self.applications.list().await?)
    }

    async fn add_application(
        &self,
        admin: UserId,
        registration: Registration,
        client: &Client,
    ) -> Result<(Application, Option<SealedSecret>), AdminError> {
        let by = self.administrator(admin).await?;
        let (app, secret) = self.applications.add(registration, &by).await?;
        let sealed = secret
            .map(|secret| self.seal(admin, &app.client_id, &secret))
            .transpose()?;
        self.log_application(admin, EventKind::ApplicationAdded, &app.name, client)
            .await?;
        Ok((app, sealed))
    }

    async fn rotate_application_secret(
        &self,
        admin: UserId,
        client_id: &str,
        client: &Client,
    ) -> Result<SealedSecret, AdminError> {
        let by = self.administrator(admin).await?;
        let app = self.applications.show(client_id).await?;
        let secret = self.applications.rotate_secret(client_id, &by).await?;
        let sealed = self.seal(admin, client_id, &secret)?;
        self.log_application(
            admin,
            EventKind::ApplicationSecretRotated,
            &app.name,
            client,
        )
        .await?;
        Ok(sealed)
    }

    async fn remove_application(
        &self,
        admin: UserId,
        client_id: &str,
        client: &Client,
    ) -> Result<(), AdminError> {
        let by = self.administrator(admin).await?;
        let app = self.applications.show(client_id).await?;
        self.applications.remove(client_id, &by).await?;
        self.log_application(admin, EventKind::ApplicationRemoved, &app.name, client)
            .await
    }

    async fn open_secret(
        &self,
        admin: UserId,
        sealed: &SealedSecret,
    ) -> Result<ShownSecret, AdminError> {
        self.administrator(admin).await?;
        let app = self.applications.show(&sealed.client_id).await?;
        let secret = STANDARD
            .decode(&sealed.sealed)
            .ok()
            .and_then(|bytes| self.secrets.open(admin.0, &bytes).ok())
            .and_then(|plain| String::from_utf8(plain.to_vec()).ok())
            .ok_or_else(|| {
                tracing::error!(client_id = %sealed.client_id, "open a sealed client secret");
                Fault::Internal
            })?;
        Ok(ShownSecret {
            client_id: app.client_id,
            name: app.name,
            secret,
        })
    }
}
