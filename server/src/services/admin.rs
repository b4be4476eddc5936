//! What an operator does from the command line (`server admin …`): list accounts, reset the
//! second factor of a user who lost both phone and backup codes, and re-encrypt every
//! second-factor secret under the current key.

use std::sync::Arc;

use domain::{Client, Fault, UserId, events::EventKind};
use sqlx::Connection;

use super::{guard::Guard, limits::factor_scope, secret_box::SecretBox, validation};
use crate::storage::{
    Db, factors, pending_logins, sessions,
    users::{self, UserSummary},
};

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("no account with the email {0}")]
    NoSuchAccount(String),
    #[error("the secret of user {user} cannot be opened: {reason}")]
    Unreadable { user: i64, reason: String },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Fault(#[from] Fault),
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

pub struct Admin {
    pool: Db,
    secrets: Arc<SecretBox>,
    guard: Guard,
}

impl Admin {
    pub fn new(pool: Db, secrets: Arc<SecretBox>, guard: Guard) -> Self {
        Self {
            pool,
            secrets,
            guard,
        }
    }

    pub async fn users(&self) -> Result<Vec<UserSummary>, AdminError> {
        Ok(users::summaries(&self.pool, self.guard.now()).await?)
    }

    /// Removes the factors of the account `email`, ends all its sessions and pending logins
    /// and forgets its failed codes; the security log says so, and the user is mailed.
    pub async fn reset_two_factor(&self, email: &str) -> Result<Reset, AdminError> {
        let email = validation::normalize_email(email);
        let user = users::by_email(&self.pool, &email)
            .await?
            .ok_or_else(|| AdminError::NoSuchAccount(email.clone()))?;
        let had_two_factor = factors::credential(&self.pool, user.id).await?.is_some();
        let mut conn = self.pool.acquire().await?;
        let mut tx = conn.begin().await?;
        factors::delete_all(&mut tx, user.id).await?;
        users::raise_epoch(&mut tx, user.id).await?;
        tx.commit().await?;
        pending_logins::delete_of_user(&self.pool, user.id).await?;
        let sessions_ended =
            sessions::delete_all_but(&self.pool, user.id, None, self.guard.now()).await?;
        self.guard.limiter.clear(&factor_scope(user.id)).await?;
        let detail = i64::try_from(sessions_ended).unwrap_or(i64::MAX);
        self.guard
            .security
            .record(
                UserId(user.id),
                EventKind::AdminReset,
                Some(detail),
                &Client::default(),
            )
            .await?;
        tracing::warn!(
            user = user.id,
            "two-factor authentication reset by an administrator"
        );
        Ok(Reset {
            had_two_factor,
            sessions_ended,
        })
    }

    /// Seals every second-factor secret not sealed with the current key again with it. Servers
    /// keep running meanwhile: each secret is replaced only if it did not change since it was
    /// read, and every server that has both keys opens either version.
    pub async fn rotate_totp_key(&self) -> Result<Rotation, AdminError> {
        let current = self.secrets.current_key_id();
        let mut rotation = Rotation::default();
        for (user, sealed) in factors::all_sealed(&self.pool).await? {
            if SecretBox::key_id_of(&sealed) == Some(current) {
                rotation.already_current += 1;
                continue;
            }
            let unreadable = |reason: String| AdminError::Unreadable { user, reason };
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
