//! What an operator does from the command line (`server admin …`): list accounts, reset the
//! second factor of a user who lost both phone and backup codes, lift an account's locks, and
//! re-encrypt every second-factor secret under the current key. What changes an account is
//! logged in its security log with the operator's name.

use crate::services::{factors::Factors, sessions::end_sessions};
use std::sync::Arc;

use domain::{
    Client, Fault, UserId,
    events::EventKind,
    policy::{Policy, RequiredOf},
    security::Actor,
};
use sqlx::Connection;

use super::{
    guard::Guard,
    limits::{factor_scope, password_scope},
    secret_box::SecretBox,
    security::SecurityService,
    validation,
};
use crate::storage::{
    Db, factors, policy,
    users::{self, UserSummary},
};

#[derive(Debug, thiserror::Error)]
pub enum OperatorError {
    #[error("no account with the email {0}")]
    NoSuchAccount(String),
    #[error(
        "{0} has no two-factor authentication; only an account with it can be an administrator"
    )]
    NoTwoFactor(String),
    #[error("the secret of user {user} cannot be opened: {reason}")]
    Unreadable { user: i64, reason: String },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Fault(#[from] Fault),
}

/// Who acts, for the security log: an operator on the command line, or an administrator on
/// the administrator page (with their browser's address).
#[derive(Debug, Clone)]
pub struct By {
    pub actor: Actor,
    pub client: Client,
}

impl By {
    pub fn operator(name: &str) -> Self {
        Self {
            actor: Actor::Operator(name.to_owned()),
            client: Client::default(),
        }
    }
}

/// What a reset did.
#[derive(Debug, PartialEq, Eq)]
pub struct Reset {
    /// Whether two-factor authentication (or a pending set-up) was there to remove.
    pub had_two_factor: bool,
    pub sessions_ended: u64,
}

/// What a key rotation did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rotation {
    pub reencrypted: usize,
    pub already_current: usize,
}

pub struct Operator {
    pool: Db,
    secrets: Arc<SecretBox>,
    guard: Guard,
}

impl Operator {
    pub fn new(pool: Db, secrets: Arc<SecretBox>, guard: Guard) -> Self {
        Self {
            pool,
            secrets,
            guard,
        }
    }

    pub fn now(&self) -> i64 {
        self.guard.now()
    }

    /// The security log (and its mail) the actions write to.
    pub fn security(&self) -> &SecurityService {
        &self.guard.security
    }

    pub async fn users(&self) -> Result<Vec<UserSummary>, OperatorError> {
        Ok(users::summaries(&self.pool, self.guard.now()).await?)
    }

    async fn user(&self, email: &str) -> Result<users::UserRow, OperatorError> {
        let email = validation::normalize_email(email);
        users::by_email(&self.pool, &email)
            .await?
            .ok_or(OperatorError::NoSuchAccount(email))
    }

    /// Removes the factors of the account `email`, ends all its sessions and pending logins
    /// and forgets its failed codes; an administrator loses the role (whoever sets up the next
    /// factor is not an administrator by it: an operator grants it again). The security log
    /// says so, naming who did it, and the user is mailed.
    pub async fn reset_two_factor(&self, email: &str, by: &By) -> Result<Reset, OperatorError> {
        let user = self.user(email).await?;
        let had_two_factor = factors::credential(&self.pool, user.id).await?.is_some();
        let mut conn = self.pool.acquire().await?;
        let mut tx = conn.begin().await?;
        factors::delete_all(&mut tx, user.id).await?;
        users::raise_epoch(&mut tx, user.id).await?;
        policy::clear_role(&mut tx, user.id).await?;
        tx.commit().await?;
        if user.administrator {
            self.acted(user.id, EventKind::AdministratorRevoked, None, by)
                .await?;
        }
        let sessions_ended = self.end_sessions(user.id).await?;
        self.guard.limiter.clear(&factor_scope(user.id)).await?;
        let detail = i64::try_from(sessions_ended).unwrap_or(i64::MAX);
        self.acted(user.id, EventKind::AdminReset, Some(detail), by)
            .await?;
        Ok(Reset {
            had_two_factor,
            sessions_ended,
        })
    }

    /// Lifts every lock and delay of the account `email` (its second factor, including
    /// suspended authenticator codes, and its password from unknown browsers), on every
    /// server at once; the security log says so, naming who did it, and the user is mailed.
    pub async fn unlock(&self, email: &str, by: &By) -> Result<(), OperatorError> {
        let user = self.user(email).await?;
        let limiter = &self.guard.limiter;
        limiter.clear(&factor_scope(user.id)).await?;
        limiter.clear_all(&password_scope(&user.email)).await?;
        self.acted(user.id, EventKind::AdminUnlocked, None, by)
            .await?;
        Ok(())
    }

    /// The deployment's two-factor policy.
    pub async fn policy(&self) -> Result<Policy, OperatorError> {
        Ok(self.guard.policy.policy().await?)
    }

    /// Sets the deployment's two-factor policy (by `operator`).
    pub async fn set_policy(
        &self,
        required_of: RequiredOf,
        grace_days: i64,
        by: &By,
    ) -> Result<Policy, OperatorError> {
        Ok(self
            .guard
            .policy
            .set(required_of, grace_days, &by.actor.to_column())
            .await?)
    }

    /// Ends every session and pending login of the account `email` (its owner suspects
    /// someone is signed in); the security log says so, naming who did it, and the user is
    /// mailed. Returns how many sessions ended.
    pub async fn sign_out_everywhere(&self, email: &str, by: &By) -> Result<u64, OperatorError> {
        let user = self.user(email).await?;
        let mut conn = self.pool.acquire().await?;
        users::raise_epoch(&mut conn, user.id).await?;
        drop(conn);
        let ended = self.end_sessions(user.id).await?;
        let detail = i64::try_from(ended).unwrap_or(i64::MAX);
        self.acted(user.id, EventKind::AdminSignedOut, Some(detail), by)
            .await?;
        Ok(ended)
    }

    /// Records what `by` did to the account of `user` in its security log (which mails the
    /// user where the event calls for it) and warns in the server's log.
    async fn acted(
        &self,
        user: i64,
        kind: EventKind,
        detail: Option<i64>,
        by: &By,
    ) -> Result<(), OperatorError> {
        self.guard
            .security
            .record_by(UserId(user), kind, detail, &by.actor, &by.client)
            .await?;
        tracing::warn!(user, by = ?by.actor, event = ?kind, detail, "an account changed by an operator or administrator");
        Ok(())
    }

    /// Deletes every session and pending login of `user`; how many sessions were live.
    async fn end_sessions(&self, user: i64) -> Result<u64, OperatorError> {
        let mut conn = self.pool.acquire().await?;
        Ok(end_sessions(&mut conn, user, None, self.guard.now()).await?)
    }

    /// Gives the account `email` the administrator role (only an account with two-factor on
    /// can hold it), or takes it away; its security log says so, naming `operator`.
    pub async fn set_administrator(
        &self,
        email: &str,
        administrator: bool,
        by: &By,
    ) -> Result<(), OperatorError> {
        let user = self.user(email).await?;
        if administrator && !Factors::of(&user).is_on() {
            return Err(OperatorError::NoTwoFactor(user.email));
        }
        let (role, kind) = if administrator {
            (Some(policy::ADMINISTRATOR), EventKind::AdministratorGranted)
        } else {
            (None, EventKind::AdministratorRevoked)
        };
        policy::set_role(&self.pool, user.id, role).await?;
        self.acted(user.id, kind, None, by).await?;
        Ok(())
    }

    /// Seals every second-factor secret not sealed with the current key again with it. Servers
    /// keep running meanwhile: each secret is replaced only if it did not change since it was
    /// read, and every server that has both keys opens either version.
    pub async fn rotate_totp_key(&self) -> Result<Rotation, OperatorError> {
        let current = self.secrets.current_key_id();
        let mut rotation = Rotation::default();
        for (user, sealed) in factors::all_sealed(&self.pool).await? {
            if SecretBox::key_id_of(&sealed) == Some(current) {
                rotation.already_current += 1;
                continue;
            }
            let unreadable = |reason: String| OperatorError::Unreadable { user, reason };
            let secret = self
                .secrets
                .open(user, &sealed)
                .map_err(|e| unreadable(e.to_string()))?;
            let resealed = self
                .secrets
                .seal(user, &secret)
                .map_err(|e| unreadable(e.to_string()))?;
            if factors::replace_sealed(&self.pool, user, &sealed, &resealed).await? {
                rotation.reencrypted += 1;
            } else {
                // Set up again meanwhile: the new secret was sealed with the current key.
                rotation.already_current += 1;
            }
        }
        tracing::info!(
            key_id = current,
            reencrypted = rotation.reencrypted,
            "second-factor secrets re-encrypted"
        );
        Ok(rotation)
    }
}
