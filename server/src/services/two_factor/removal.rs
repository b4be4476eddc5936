//! Removing factors as use cases: the password a change asks for again, the refusal while the
//! deployment's policy requires two-factor, and the transaction that spends the proof, removes
//! one factor or all of them and ends every other session of the account (raising its
//! credential epoch once), then the log of what ended.

use domain::{
    Asker, Changed, UserId, account::SignedOutElsewhere, error::FactorError, events::EventKind,
    proof::Proof,
};
use sqlx::Connection;

use super::TwoFactorService;
use crate::{
    services::{
        factors::{Factors, Removal},
        faults::db,
        sessions::{end_others, record_ended},
    },
    storage::factors as store,
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

    /// Turns two-factor authentication off, authorised by a factor: the secret, the keys and
    /// every backup code are deleted in the transaction that spends a code.
    pub(super) async fn remove_factors(
        &self,
        asker: Asker<'_>,
        proof: &Proof,
        now: i64,
    ) -> Result<Changed<()>, FactorError> {
        let user = asker.user;
        let mut conn = self.connection().await?;
        Factors::load(&mut conn, user).await?.on_since()?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        self.redeem(&mut tx, user, proof, now).await?;
        let elsewhere = self.commit_removal(tx, asker, true).await?;
        tracing::info!(user = user.0, "two-factor authentication disabled");
        Ok(Changed {
            made: (),
            elsewhere,
        })
    }

    /// Removes one factor in the transaction that spends `proof` (which may be that factor);
    /// when it was the last, two-factor goes off with it (the backup codes too) — unless it is
    /// `required`, which refuses (should another factor have gone since the caller looked).
    /// Returns whether two-factor is still on.
    pub(super) async fn remove_factor(
        &self,
        asker: Asker<'_>,
        removal: Removal,
        proof: &Proof,
        required: bool,
    ) -> Result<Changed<bool>, FactorError> {
        let user = asker.user;
        let now = self.guard.now();
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        self.redeem(&mut tx, user, proof, now).await?;
        if !removal.delete(&mut tx, user).await? {
            return Err(FactorError::NotEnrolled);
        }
        let still_on = Factors::load(&mut tx, user).await?.is_on();
        if !still_on && required {
            return Err(FactorError::Required);
        }
        let elsewhere = self.commit_removal(tx, asker, !still_on).await?;
        tracing::info!(user = user.0, ?removal, still_on, "factor removed");
        Ok(Changed {
            made: still_on,
            elsewhere,
        })
    }

    /// Ends a transaction that removed factors: with `all_off`, every factor and backup code
    /// goes (two-factor is off); every other session ends; committed.
    pub(super) async fn commit_removal(
        &self,
        mut tx: sqlx::Transaction<'_, sqlx::Any>,
        asker: Asker<'_>,
        all_off: bool,
    ) -> Result<SignedOutElsewhere, FactorError> {
        if all_off {
            store::delete_all(&mut tx, asker.user.0)
                .await
                .map_err(db("delete second factor"))?;
        }
        let elsewhere = self.end_others(&mut tx, asker).await?;
        tx.commit().await.map_err(db("commit factor removal"))?;
        Ok(elsewhere)
    }

    /// Ends, on the change's transaction, every other session of the asker's account.
    pub(super) async fn end_others(
        &self,
        conn: &mut sqlx::AnyConnection,
        asker: Asker<'_>,
    ) -> Result<SignedOutElsewhere, FactorError> {
        Ok(end_others(conn, asker, self.guard.now()).await?)
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
}
