//! Signing in, as one service, every way: the password step, the pending login that waits for
//! a factor (in the database, on the injected clock, its wrong codes counted atomically), the
//! factor step (a code, a backup code or a key), a trusted browser, a passkey (`passkey.rs`),
//! and the completion (logged; the session is the adapter's to sign in).

use std::sync::Arc;

use async_trait::async_trait;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{
    Client, UserId,
    events::EventKind,
    keys::{Ceremony, KeyChallenge},
    login::{
        LoginError, LoginFactors, LoginStep, MAX_CODE_FAILURES, PENDING_TTL_SECS, PendingLogin,
        Proven, SignedIn,
    },
    ownership::LinkPurpose,
    ports::Login,
    proof::Proof,
};

mod passkey;

use super::{
    accounts::AccountService,
    faults::db,
    security::SecurityService,
    trust::{TrustUse, TrustedBrowsers},
    two_factor::TwoFactorService,
};
use crate::{
    clock::Clock,
    metrics::{self, SignInMethod},
    storage::{Db, email_links, pending_logins},
};

/// Signing in; built from its parts (each is the service of its own rule).
#[derive(Clone)]
pub struct LoginService {
    pub pool: Db,
    pub clock: Arc<dyn Clock>,
    pub accounts: AccountService,
    pub two_factor: TwoFactorService,
    pub security: Arc<SecurityService>,
    /// Browsers trusted to sign in with the password alone.
    pub trust: TrustedBrowsers,
}

impl LoginService {
    /// A pending login started before this is expired.
    fn oldest_live_start(&self) -> i64 {
        self.clock.now() - PENDING_TTL_SECS
    }

    /// The login is complete: logged, this browser known for the account from now on, and
    /// handed to the adapter for the session.
    async fn complete(
        &self,
        mut signed_in: SignedIn,
        client: &Client,
    ) -> Result<SignedIn, LoginError> {
        self.security
            .record(signed_in.user, EventKind::LoginSucceeded, None, client)
            .await?;
        // Whoever signs in knows the password: a reset link asked for before ends.
        email_links::end(&self.pool, signed_in.user.0, LinkPurpose::Reset)
            .await
            .map_err(db("end reset link"))?;
        if signed_in.device_cookie.is_none() {
            let (cookie, _) = self
                .accounts
                .device_cookie(signed_in.user, signed_in.epoch, client);
            signed_in.device_cookie = Some(cookie);
        }
        Ok(signed_in)
    }

    /// A wrong code in a pending login (counted there before it was checked, the
    /// `failures`-th). The third after the right password warns the owner that someone may
    /// know it; when the login can take no more, it ends and the log says the second step
    /// never came.
    async fn wrong_code(
        &self,
        user: UserId,
        hash: &str,
        failures: i64,
        client: &Client,
    ) -> Result<(), LoginError> {
        if failures == PASSWORD_KNOWN_AFTER {
            self.security
                .record(user, EventKind::PasswordKnown, None, client)
                .await?;
        }
        if failures >= MAX_CODE_FAILURES {
            pending_logins::delete(&self.pool, hash)
                .await
                .map_err(db("end pending login"))?;
            self.security
                .record(user, EventKind::SecondStepMissing, None, client)
                .await?;
            return Err(LoginError::Expired);
        }
        Ok(())
    }
}

impl LoginService {
    /// The live pending login of `pending`, with its row's key.
    async fn live(
        &self,
        pending: &PendingLogin,
    ) -> Result<(String, pending_logins::PendingRow), LoginError> {
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
        Ok((hash, row))
    }
}

impl LoginService {
    /// The trust of the client's browser for `user`, if any: its new cookie. The log says the
    /// browser was used (mailing the owner when it signs in from another network than last
    /// time), or that a copy of a replaced token ended every trust of the account.
    async fn use_trust(
        &self,
        user: UserId,
        epoch: i64,
        client: &Client,
    ) -> Result<Option<String>, LoginError> {
        let device = self.accounts.known_device(user, epoch, client);
        let used = self
            .trust
            .use_trust(user, epoch, device.as_deref(), client)
            .await?;
        let (kind, cookie) = match used {
            TrustUse::None => return Ok(None),
            TrustUse::Copied => (EventKind::TrustCopied, None),
            TrustUse::Used {
                cookie,
                new_network,
            } => (
                if new_network {
                    EventKind::TrustedBrowserNewNetwork
                } else {
                    EventKind::TrustedBrowserUsed
                },
                Some(cookie),
            ),
        };
        self.security.record(user, kind, None, client).await?;
        Ok(cookie)
    }
}

/// Wrong codes after the right password, in one login, that make the owner hear about it.
const PASSWORD_KNOWN_AFTER: i64 = 3;

/// The key of a pending login's row: a SHA-256 of the token in the session.
fn token_hash(pending: &PendingLogin) -> String {
    crate::storage::digest(&pending.0)
}

impl LoginService {
    async fn password_step(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<LoginStep, LoginError> {
        let accepted = self
            .accounts
            .check_login_password(email, password, client)
            .await?;
        let trusted = if accepted.two_factor {
            self.use_trust(accepted.user, accepted.epoch, client)
                .await?
        } else {
            None
        };
        if !accepted.two_factor || trusted.is_some() {
            let signed_in = SignedIn {
                user: accepted.user,
                language: accepted.language,
                backup_codes_left: None,
                epoch: accepted.epoch,
                proven: if trusted.is_some() {
                    Proven::TrustedBrowser
                } else {
                    Proven::Password
                },
                device_cookie: None,
                trust_cookie: trusted,
            };
            return Ok(LoginStep::SignedIn(self.complete(signed_in, client).await?));
        }
        let pending = PendingLogin(URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>()));
        let new = pending_logins::NewPending {
            id_hash: &token_hash(&pending),
            user: accepted.user.0,
            language: accepted.language.as_deref(),
            epoch: accepted.epoch,
            now: self.clock.now(),
            ip: client.ip.as_deref(),
            user_agent: client.user_agent.as_deref(),
        };
        pending_logins::insert(&self.pool, new)
            .await
            .map_err(db("start pending login"))?;
        Ok(LoginStep::FactorNeeded(pending))
    }

    async fn factor_step(
        &self,
        pending: &PendingLogin,
        proof: &Proof,
        trust: bool,
        client: &Client,
    ) -> Result<SignedIn, LoginError> {
        let (hash, row) = self.live(pending).await?;
        let live = pending_logins::Live {
            id_hash: &hash,
            started_after: self.oldest_live_start(),
            max_failures: MAX_CODE_FAILURES,
        };
        let user = UserId(row.user_id);
        // Counted before it is checked: parallel codes cannot exceed the pending login's.
        let failures = pending_logins::reserve(&self.pool, &live)
            .await
            .map_err(db("count code"))?
            .ok_or(LoginError::Expired)?;
        match self.two_factor.verify(user, proof, client).await {
            Ok(verified) => {
                // One completion per pending login, also when two requests race with codes.
                if !pending_logins::delete(&self.pool, &hash)
                    .await
                    .map_err(db("end pending login"))?
                {
                    return Err(LoginError::Expired);
                }
                // The trust is bound to this browser's device token, which the sign-in
                // gives it (or keeps).
                let (device_cookie, device) = self.accounts.device_cookie(user, row.epoch, client);
                let trust_cookie = if trust {
                    self.trust.trust(user, row.epoch, &device, client).await?
                } else {
                    None
                };
                if trust_cookie.is_some() {
                    self.security
                        .record(user, EventKind::BrowserTrusted, None, client)
                        .await?;
                }
                let signed_in = SignedIn {
                    user,
                    language: row.language,
                    backup_codes_left: verified.backup_codes_left,
                    epoch: row.epoch,
                    device_cookie: Some(device_cookie),
                    trust_cookie,
                    proven: match proof {
                        Proof::Key { .. } => Proven::PasswordAndKey,
                        _ => Proven::PasswordAndCode,
                    },
                };
                self.complete(signed_in, client).await
            }
            Err(err) => {
                let err = LoginError::from(err);
                if matches!(
                    err,
                    LoginError::InvalidCode | LoginError::CodeAlreadyUsed | LoginError::KeyRefused
                ) {
                    self.wrong_code(user, &hash, failures, client).await?;
                } else {
                    pending_logins::give_back(&self.pool, &hash)
                        .await
                        .map_err(db("give back code"))?;
                }
                Err(err)
            }
        }
    }
}

#[async_trait]
impl Login for LoginService {
    async fn password(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<LoginStep, LoginError> {
        let step = self.password_step(email, password, client).await;
        metrics::sign_in(
            SignInMethod::Password,
            step.as_ref().map(|step| match step {
                LoginStep::SignedIn(_) => "signed-in",
                LoginStep::FactorNeeded(_) => "factor-needed",
            }),
        );
        step
    }

    async fn factor(
        &self,
        pending: &PendingLogin,
        proof: &Proof,
        trust: bool,
        client: &Client,
    ) -> Result<SignedIn, LoginError> {
        let signed_in = self.factor_step(pending, proof, trust, client).await;
        metrics::sign_in(
            SignInMethod::Factor,
            signed_in.as_ref().map(|_| "signed-in"),
        );
        signed_in
    }

    async fn passkey(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<SignedIn, LoginError> {
        let signed_in = self.passkey_step(ceremony, response, client).await;
        metrics::sign_in(
            SignInMethod::Passkey,
            signed_in.as_ref().map(|_| "signed-in"),
        );
        signed_in
    }

    async fn factors(&self, pending: &PendingLogin) -> Result<LoginFactors, LoginError> {
        let (_, row) = self.live(pending).await?;
        let factors = self.two_factor.login_factors(UserId(row.user_id)).await?;
        Ok(LoginFactors {
            trust_days: self.trust.days(),
            ..factors
        })
    }

    async fn start_key(&self, pending: &PendingLogin) -> Result<KeyChallenge, LoginError> {
        let (_, row) = self.live(pending).await?;
        self.two_factor
            .key_checks()
            .start_assertion(UserId(row.user_id))
            .await
            .map_err(LoginError::from)
    }

    async fn start_passkey(&self, client: &Client) -> Result<KeyChallenge, LoginError> {
        self.start_discoverable(client).await
    }
}
