//! Signing in, as one service: the password step, the pending login that waits for a factor
//! (in the database, on the injected clock, its wrong codes counted atomically), the factor
//! step and the completion (logged; the session is the adapter's to sign in).

use std::sync::Arc;

use async_trait::async_trait;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{
    Client, UserId,
    events::EventKind,
    login::{LoginError, LoginStep, MAX_CODE_FAILURES, PENDING_TTL_SECS, PendingLogin, SignedIn},
    ports::Login,
};
use sha2::{Digest, Sha256};

use super::{
    accounts::AccountService, faults::db, security::SecurityService, two_factor::TwoFactorService,
};
use crate::{
    clock::Clock,
    storage::{Db, pending_logins},
};

#[derive(Clone)]
pub struct LoginService {
    pool: Db,
    clock: Arc<dyn Clock>,
    accounts: AccountService,
    two_factor: TwoFactorService,
    security: Arc<SecurityService>,
}

impl LoginService {
    pub fn new(
        pool: Db,
        clock: Arc<dyn Clock>,
        accounts: AccountService,
        two_factor: TwoFactorService,
        security: Arc<SecurityService>,
    ) -> Self {
        Self {
            pool,
            clock,
            accounts,
            two_factor,
            security,
        }
    }

    /// A pending login started before this is expired.
    fn oldest_live_start(&self) -> i64 {
        self.clock.now() - PENDING_TTL_SECS
    }

    /// The login is complete: logged, and handed to the adapter for the session.
    async fn complete(&self, signed_in: SignedIn, client: &Client) -> Result<SignedIn, LoginError> {
        self.security
            .record(signed_in.user, EventKind::LoginSucceeded, None, client)
            .await?;
        Ok(signed_in)
    }

    /// Removes pending logins that have expired; returns how many (the server's clean-up).
    pub async fn delete_expired(&self) -> Result<u64, domain::Fault> {
        pending_logins::delete_expired(&self.pool, self.oldest_live_start())
            .await
            .map_err(db("delete expired pending logins"))
    }
}

/// The key of a pending login's row: a SHA-256 of the token in the session.
fn token_hash(pending: &PendingLogin) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(pending.0.as_bytes()))
}

#[async_trait]
impl Login for LoginService {
    async fn password(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<LoginStep, LoginError> {
        let accepted = self
            .accounts
            .check_login_password(email, password, client)
            .await?;
        if !accepted.two_factor {
            let signed_in = SignedIn {
                user: accepted.user,
                language: accepted.language,
                backup_codes_left: None,
                epoch: accepted.epoch,
            };
            return Ok(LoginStep::SignedIn(self.complete(signed_in, client).await?));
        }
        let pending = PendingLogin(URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>()));
        pending_logins::insert(
            &self.pool,
            &token_hash(&pending),
            accepted.user.0,
            accepted.language.as_deref(),
            accepted.epoch,
            self.clock.now(),
        )
        .await
        .map_err(db("start pending login"))?;
        Ok(LoginStep::FactorNeeded(pending))
    }

    async fn factor(
        &self,
        pending: &PendingLogin,
        code: &str,
        client: &Client,
    ) -> Result<SignedIn, LoginError> {
        let hash = token_hash(pending);
        let live = pending_logins::Live {
            id_hash: &hash,
            started_after: self.oldest_live_start(),
            max_failures: MAX_CODE_FAILURES,
        };
        let row = pending_logins::live(&self.pool, &live)
            .await
            .map_err(db("read pending login"))?
            .ok_or(LoginError::Expired)?;
        let user = UserId(row.user_id);
        match self.two_factor.verify(user, code, client).await {
            Ok(verified) => {
                // One completion per pending login, also when two requests race with codes.
                if !pending_logins::delete(&self.pool, &hash)
                    .await
                    .map_err(db("end pending login"))?
                {
                    return Err(LoginError::Expired);
                }
                let signed_in = SignedIn {
                    user,
                    language: row.language,
                    backup_codes_left: verified.backup_codes_left,
                    epoch: row.epoch,
                };
                self.complete(signed_in, client).await
            }
            Err(err) => {
                let err = LoginError::from(err);
                if matches!(err, LoginError::InvalidCode | LoginError::CodeAlreadyUsed)
                    && !pending_logins::count_failure(&self.pool, &live)
                        .await
                        .map_err(db("count wrong code"))?
                {
                    return Err(LoginError::Expired);
                }
                Err(err)
            }
        }
    }
}
