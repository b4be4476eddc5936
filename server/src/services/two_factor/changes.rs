//! A change of the account's factors as one use case: the password first, then (within the
//! attempt limit) the proof, the change itself and the end of every other session in one
//! transaction, then the log of what ended.

use domain::{
    Asker, Changed, UserId, account::SignedOutElsewhere, error::FactorError, events::EventKind,
    proof::Proof,
};

use super::TwoFactorService;
use crate::services::{
    factors::Removal,
    sessions::{end_others, record_ended},
};

impl TwoFactorService {
    /// Checks the password the change asks for again (within its attempt limits); returns the
    /// account's address.
    pub(super) async fn password(
        &self,
        asker: Asker<'_>,
        password: &str,
    ) -> Result<String, FactorError> {
        Ok(self
            .accounts
            .confirm_password(asker.user, password, asker.client)
            .await?)
    }

    /// After a change committed: logs that the other sessions ended with it.
    pub(super) async fn ended_others<T>(
        &self,
        asker: Asker<'_>,
        changed: Changed<T>,
    ) -> Result<Changed<T>, FactorError> {
        record_ended(&self.guard.security, asker, changed.elsewhere).await?;
        Ok(changed)
    }

    /// Ends, on the change's transaction, every other session of the asker's account.
    pub(super) async fn end_others(
        &self,
        conn: &mut sqlx::AnyConnection,
        asker: Asker<'_>,
    ) -> Result<SignedOutElsewhere, FactorError> {
        Ok(end_others(conn, asker, self.guard.now()).await?)
    }

    /// Refuses, before any factor is spent, to leave the account without a factor while the
    /// deployment's policy requires two-factor of `user` (unless `remain_on`). Returns whether
    /// it is required (the removal's transaction checks again).
    pub(super) async fn refuse_unless(
        &self,
        user: UserId,
        remain_on: bool,
    ) -> Result<bool, FactorError> {
        let required = self.guard.policy.requirement(user).await?.is_required();
        if required && !remain_on {
            return Err(FactorError::Required);
        }
        Ok(required)
    }

    /// Removes one factor (the password was checked), authorised by `proof`, which may be that
    /// factor's own; the last factor's removal turns two-factor off. Logged as the removal of
    /// that factor, or as two-factor turned off.
    pub(super) async fn remove(
        &self,
        asker: Asker<'_>,
        removal: Removal,
        proof: &Proof,
    ) -> Result<Changed<bool>, FactorError> {
        let factors = self.factors(asker.user).await?;
        if !factors.has(removal) {
            return Err(match removal {
                Removal::Authenticator => FactorError::NotEnrolled,
                Removal::Key(_) => FactorError::NoSuchKey,
            });
        }
        let required = self
            .refuse_unless(asker.user, factors.remain_without(removal))
            .await?;
        let check = self.remove_factor(asker, removal, proof, required);
        let changed = self
            .limited(asker.user, asker.client, None, proof, check)
            .await?;
        let kind = match (changed.made, removal) {
            (false, _) => EventKind::TwoFactorDisabled,
            (true, Removal::Authenticator) => EventKind::AuthenticatorRemoved,
            (true, Removal::Key(_)) => EventKind::KeyRemoved,
        };
        self.guard
            .security
            .record(asker.user, kind, None, asker.client)
            .await?;
        self.ended_others(asker, changed).await
    }
}
