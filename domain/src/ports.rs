//! The services the pages call, implemented by the server. Each method is one operation a user
//! performs, with every rule that applies to it (attempt limits, the security log, mail):
//! the pages' server functions only take the session and the input, call one method and map
//! the result.

use std::sync::Arc;

use async_trait::async_trait;

use crate::{
    account::{AccountView, Asker, Changed, Client, SignedOutElsewhere, UserId},
    admin::{AdminAction, AdminError, AdminUser, SealedSecret, ShownSecret},
    application::{Application, ConnectedApp, Registration},
    error::{AccountError, FactorError, Fault},
    factor::{AuthenticatorSetup, BackupCodes},
    keys::{Ceremony, KeyAdded, KeyChallenge, KeyInfo},
    login::{LoginError, LoginFactors, LoginStep, PendingLogin, SignedIn},
    ownership::{AddressConfirmed, AddressLink, LinkError, ResetForm},
    policy::{Policy, RequiredOf, Requirement},
    proof::Proof,
    security::{SecurityLogPage, SessionInfo, TrustedBrowserInfo},
};

#[async_trait]
pub trait Accounts: Send + Sync + 'static {
    /// Replaces the password after checking the current one; every other session of the
    /// account ends with it (in one transaction).
    async fn change_password(
        &self,
        asker: Asker<'_>,
        current: &str,
        new: &str,
    ) -> Result<Changed<()>, AccountError>;
    /// Stores the user's language (a selectable locale id).
    async fn set_language(&self, user: UserId, language: &str) -> Result<(), Fault>;
    /// The account as the settings page shows it; `None` if it no longer exists.
    /// `known`: what the two-factor policy asks of the account, when the request read it
    /// already (the server's policy gate does); the policy is then not read again.
    async fn account(
        &self,
        user: UserId,
        known: Option<Requirement>,
    ) -> Result<Option<AccountView>, Fault>;
    /// What the deployment's two-factor policy asks of the account now (every page shows it).
    async fn requirement(&self, user: UserId) -> Result<Requirement, Fault>;
}

/// Who owns an address: sign-up, the mailed links, the password reset, a change of address.
/// Every link is mailed (in the account's language) and only its hash is stored.
#[async_trait]
pub trait Ownership: Send + Sync + 'static {
    /// Signs up: a new address gets an account (unconfirmed, in `language` when given) and a
    /// link confirming the address; a taken address gets a mail telling its owner that
    /// someone tried, with the way to reset the password. The answer, and the work before
    /// it, are the same either way. Nobody is signed in.
    async fn sign_up(
        &self,
        email: &str,
        password: &str,
        language: Option<&str>,
        client: &Client,
    ) -> Result<(), AccountError>;
    /// Mails the confirmation link of the signed-in account again (a new link replaces the
    /// one before); limited per account.
    async fn resend_confirmation(&self, user: UserId, client: &Client) -> Result<(), AccountError>;
    /// What a confirmation link confirms, before it is used.
    async fn address_link(&self, token: &str) -> Result<AddressLink, LinkError>;
    /// Uses a confirmation link: the address is confirmed (with the `password` chosen at
    /// sign-up: whoever reads the mailbox does not confirm an account someone else chose the
    /// password of), or the account moves to it (`password` unused).
    async fn confirm_address(
        &self,
        token: &str,
        password: &str,
        client: &Client,
    ) -> Result<AddressConfirmed, LinkError>;
    /// Mails a reset link to the account of `email`, if there is one; the answer, and its
    /// time, are the same either way. Limited per client address and per address asked for.
    async fn request_reset(
        &self,
        email: &str,
        language: Option<&str>,
        client: &Client,
    ) -> Result<(), AccountError>;
    /// What a reset link opens.
    async fn reset_form(&self, token: &str) -> Result<ResetForm, LinkError>;
    /// Starts checking one of the keys of a reset link's account.
    async fn start_reset_key(&self, token: &str) -> Result<KeyChallenge, LinkError>;
    /// Uses a reset link: with two-factor on, `proof` (a code, a backup code or a key's
    /// answer) is checked first, within the account's attempt limit. The new password then
    /// takes effect, every session, pending login and trusted browser of the account ends,
    /// and the owner is told (security log, mail).
    async fn reset_password(
        &self,
        token: &str,
        new_password: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), LinkError>;
    /// Asks to move the signed-in account to `new_email`, with its password (and, while
    /// two-factor is on, `proof`): a confirmation link goes to the new address, a notice to
    /// the current one. The address changes only when the link is used. The answer is the
    /// same whether or not the new address is taken.
    async fn change_address(
        &self,
        user: UserId,
        password: &str,
        new_email: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), LinkError>;
}

/// Signing in: the password, then (when the account has two-factor) a factor.
#[async_trait]
pub trait Login: Send + Sync + 'static {
    /// The password step. Unknown emails cost the same as wrong passwords; failures are
    /// limited per account and per client address.
    async fn password(
        &self,
        email: &str,
        password: &str,
        client: &Client,
    ) -> Result<LoginStep, LoginError>;
    /// The factor step of a pending login: an authenticator or backup code (one input for
    /// both), or a key's answer to [`Login::start_key`]. A wrong one counts towards the
    /// pending login's and the account's limits; the pending login ends when it succeeds,
    /// expires or has too many wrong answers.
    /// With `trust`, the browser is trusted from then on (where the deployment allows it): it
    /// signs in to the account with the password alone, until the trust expires or any change
    /// of the account's sign-in factors ends it.
    async fn factor(
        &self,
        pending: &PendingLogin,
        proof: &Proof,
        trust: bool,
        client: &Client,
    ) -> Result<SignedIn, LoginError>;
    /// Which factors the pending login's account has (the verify page offers a key first);
    /// `Expired` if the pending login is over.
    async fn factors(&self, pending: &PendingLogin) -> Result<LoginFactors, LoginError>;
    /// Starts checking one of the pending login's keys.
    async fn start_key(&self, pending: &PendingLogin) -> Result<KeyChallenge, LoginError>;
    /// Starts signing in with a passkey, without the password: the browser offers the
    /// passkeys it has for this site. Limited per client address (each start stores a
    /// ceremony).
    async fn start_passkey(&self, client: &Client) -> Result<KeyChallenge, LoginError>;
    /// Signs in with the passkey's answer to [`Login::start_passkey`]: with user verification,
    /// it counts as both factors. Refusals count towards the client's limits and the answering
    /// key's, never the account's.
    async fn passkey(
        &self,
        ceremony: &Ceremony,
        response: &str,
        client: &Client,
    ) -> Result<SignedIn, LoginError>;
}

/// Managing two-factor: the authenticator app, backup codes, turning it off. Every change of
/// the account's factors is one transaction that also ends every other session and pending
/// login of the account (the asker's session stays, under the new credential epoch), and is
/// logged and mailed. Every method that takes a proof counts a wrong one towards the account's
/// lock; every method that takes the password checks it first, within its attempt limits.
#[async_trait]
pub trait TwoFactor: Send + Sync + 'static {
    /// Starts setting up an authenticator app with a new pending secret (two-factor stays off
    /// until confirmed). While two-factor is on (with a key), adding the app changes the
    /// account's factors, so `proof` (a key's answer or a backup code) is checked first, within
    /// the attempt limit; while it is off, `proof` is not looked at and a code is mailed to the
    /// account's address instead (five an hour), which `confirm_authenticator` then takes.
    async fn start_authenticator(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<AuthenticatorSetup, FactorError>;
    /// Turns two-factor on with a first valid code (and, for the account's first factor, the
    /// code mailed by `start_authenticator`); makes the backup codes, shown once (none when a
    /// key had turned two-factor on already).
    async fn confirm_authenticator(
        &self,
        asker: Asker<'_>,
        code: &str,
        mailed_code: &str,
    ) -> Result<Changed<BackupCodes>, FactorError>;
    /// Discards a set-up that was started but not confirmed.
    async fn cancel_authenticator(&self, user: UserId) -> Result<(), FactorError>;
    /// Replaces the backup codes, authorised by the password and a factor.
    async fn regenerate_backup_codes(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<Changed<BackupCodes>, FactorError>;
    /// Turns two-factor off (every factor and backup code goes), authorised by the password
    /// and a factor; refused while the deployment requires two-factor of the account.
    async fn disable(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<Changed<()>, FactorError>;
    /// Removes the authenticator app, authorised by the password and a factor (which may be
    /// its own code). Removing the last factor turns two-factor off (refused while the
    /// deployment requires it). Makes whether two-factor is still on.
    async fn remove_authenticator(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<Changed<bool>, FactorError>;
    /// Starts a check with one of the account's keys, for a [`Proof::Key`].
    async fn start_key_check(&self, user: UserId) -> Result<KeyChallenge, FactorError>;
    /// Checks the answer of one of the account's keys (no other factor), within the attempt
    /// limit: an application asked for a key in this sign-in.
    async fn check_key(
        &self,
        user: UserId,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), FactorError>;
}

/// Security keys and passkeys on the settings page, as the account's factors: the same rules as
/// [`TwoFactor`]'s changes.
#[async_trait]
pub trait Keys: Send + Sync + 'static {
    /// Starts adding a key (the account's address is the name the authenticator may show),
    /// after the password. While two-factor is on, `proof` must be one of the account's
    /// factors; while it is off, a code is mailed to the account's address, which
    /// `finish_add` then takes.
    async fn start_add(
        &self,
        asker: Asker<'_>,
        password: &str,
        proof: &Proof,
    ) -> Result<KeyChallenge, FactorError>;
    /// Finishes adding a key with the browser's answer; the first factor of the account turns
    /// two-factor on (with the code mailed by `start_add`) and comes with backup codes.
    async fn finish_add(
        &self,
        asker: Asker<'_>,
        ceremony: &Ceremony,
        response: &str,
        name: &str,
        mailed_code: &str,
    ) -> Result<Changed<KeyAdded>, FactorError>;
    async fn rename(&self, user: UserId, key: i64, name: &str) -> Result<(), FactorError>;
    /// Removes a key, authorised by the password and a factor (which may be this key).
    /// Removing the last factor turns two-factor off. Makes whether two-factor is still on.
    async fn remove(
        &self,
        asker: Asker<'_>,
        password: &str,
        key: i64,
        proof: &Proof,
    ) -> Result<Changed<bool>, FactorError>;
    async fn keys(&self, user: UserId) -> Result<Vec<KeyInfo>, FactorError>;
}

/// The account's security log.
#[async_trait]
pub trait SecurityLog: Send + Sync + 'static {
    /// One page of the log, newest first (`page` counts from 0).
    async fn log(&self, user: UserId, page: u32) -> Result<SecurityLogPage, Fault>;
}

/// Where the user is signed in: the sessions page's sessions and trusted browsers, and ending
/// them (each logged in the security log).
#[async_trait]
pub trait Sessions: Send + Sync + 'static {
    /// The user's sessions; `current` is the id of the session asking.
    async fn sessions(
        &self,
        user: UserId,
        current: Option<&str>,
    ) -> Result<Vec<SessionInfo>, Fault>;
    /// Ends one of the user's sessions (by its handle from [`Sessions::sessions`]) and logs
    /// it; `false` if there is no such session.
    async fn sign_out_session(
        &self,
        user: UserId,
        handle: &str,
        client: &Client,
    ) -> Result<bool, Fault>;
    /// The browsers that sign in to the account with the password alone, newest first.
    async fn trusted_browsers(&self, user: UserId) -> Result<Vec<TrustedBrowserInfo>, Fault>;
    /// Stops trusting one of them (by its id from [`Sessions::trusted_browsers`]) and logs it;
    /// `false` if there is no such browser.
    async fn stop_trusting(&self, user: UserId, id: i64, client: &Client) -> Result<bool, Fault>;
    /// Ends every session of the asker's account but the asker's own, and every pending login:
    /// raises the account's credential epoch (which the asker's session must then carry) and
    /// deletes the rows in one transaction; logs it.
    async fn sign_out_other_sessions(&self, asker: Asker<'_>) -> Result<SignedOutElsewhere, Fault>;
}

/// The applications that sign the account in through Twofold (OpenID Connect).
#[async_trait]
pub trait Connections: Send + Sync + 'static {
    /// The applications the account signed in to, the most recently used first.
    async fn connected(&self, user: UserId) -> Result<Vec<ConnectedApp>, Fault>;
    /// Disconnects one (by its client id): its consent, and every code and token it holds for
    /// the account, end; logged. `false` if it was not connected.
    async fn disconnect(
        &self,
        user: UserId,
        client_id: &str,
        client: &Client,
    ) -> Result<bool, Fault>;
}

/// The administrator page. Every method first checks that `admin` holds the administrator
/// role (and has two-factor on); the actions (`act`, `set_policy`) are written to the
/// administrator's own log and, naming them, to the account's, which is mailed.
#[async_trait]
pub trait Administration: Send + Sync + 'static {
    /// The accounts whose address contains `query`, by address (at most
    /// [`crate::admin::MAX_LISTED`]).
    async fn users(&self, admin: UserId, query: &str) -> Result<Vec<AdminUser>, AdminError>;
    async fn policy(&self, admin: UserId) -> Result<Policy, AdminError>;
    /// Checks the administrator's password and a factor again (before acting, when the last
    /// check is older than [`crate::admin::SUDO_SECS`]).
    async fn confirm(
        &self,
        admin: UserId,
        password: &str,
        proof: &Proof,
        client: &Client,
    ) -> Result<(), AdminError>;
    async fn act(
        &self,
        admin: UserId,
        email: &str,
        action: AdminAction,
        client: &Client,
    ) -> Result<(), AdminError>;
    async fn set_policy(
        &self,
        admin: UserId,
        required_of: RequiredOf,
        grace_days: i64,
        client: &Client,
    ) -> Result<Policy, AdminError>;
    /// The registered applications, by name.
    async fn applications(&self, admin: UserId) -> Result<Vec<Application>, AdminError>;
    /// Registers an application; a confidential client's secret comes sealed for `admin`.
    async fn add_application(
        &self,
        admin: UserId,
        registration: Registration,
        client: &Client,
    ) -> Result<(Application, Option<SealedSecret>), AdminError>;
    /// A new secret for a confidential client (the old one stops working), sealed for `admin`.
    async fn rotate_application_secret(
        &self,
        admin: UserId,
        client_id: &str,
        client: &Client,
    ) -> Result<SealedSecret, AdminError>;
    /// Removes an application with its codes, tokens and consents.
    async fn remove_application(
        &self,
        admin: UserId,
        client_id: &str,
        client: &Client,
    ) -> Result<(), AdminError>;
    /// Opens a secret sealed for `admin`, to show it once.
    async fn open_secret(
        &self,
        admin: UserId,
        sealed: &SealedSecret,
    ) -> Result<ShownSecret, AdminError>;
}

/// Everything the pages' server functions use.
#[derive(Clone)]
pub struct Services {
    pub accounts: Arc<dyn Accounts>,
    pub ownership: Arc<dyn Ownership>,
    pub login: Arc<dyn Login>,
    pub two_factor: Arc<dyn TwoFactor>,
    pub keys: Arc<dyn Keys>,
    pub security_log: Arc<dyn SecurityLog>,
    pub sessions: Arc<dyn Sessions>,
    pub admin: Arc<dyn Administration>,
    pub connections: Arc<dyn Connections>,
    pub session_lifetime: crate::session::SessionLifetime,
}
