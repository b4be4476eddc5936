//! The checks behind the two-factor service's operations, without limits or logging (the
//! service wraps each in them): setting up an authenticator app, adding and removing factors,
//! the account's two-factor status. Spending a code and the backup codes are in `spending`.

use domain::{
    Asker, Changed, UserId,
    account::SignedOutElsewhere,
    error::FactorError,
    factor::{AuthenticatorSetup, BackupCodes, FactorKind, Verified},
    proof::Proof,
};
use sqlx::Connection;

use super::TwoFactorService;
use crate::{
    services::{
        factors::{Factors, Removal},
        faults::{db, fault},
        qr, totp,
    },
    storage::{DbConnection, factors as store, keys as key_store},
};

impl TwoFactorService {
    /// Ends a transaction that removed factors: with `all_off`, every factor and backup code
    /// goes (two-factor is off); every other session ends; committed.
    async fn commit_removal(
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
        let removed = match removal {
            Removal::Key(key) => key_store::delete(&mut tx, user.0, key).await,
            Removal::Authenticator => store::delete_authenticator(&mut tx, user.0).await,
        }
        .map_err(db("remove factor"))?;
        if !removed {
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

    /// Starts (or restarts) setting up an authenticator app with a new secret; two-factor
    /// authentication stays off until [`finish_setup`](Self::finish_setup).
    pub(super) async fn begin_setup(
        &self,
        user: UserId,
        email: &str,
        now: i64,
    ) -> Result<AuthenticatorSetup, FactorError> {
        let secret = zeroize::Zeroizing::new(totp::new_secret().map_err(fault("new TOTP secret"))?);
        let sealed = self
            .secrets
            .seal(user.0, &secret[..])
            .map_err(fault("seal TOTP secret"))?;
        let mut conn = self.connection().await?;
        if !store::put_pending(&mut conn, user.0, &sealed, now)
            .await
            .map_err(db("store pending TOTP secret"))?
        {
            return Err(FactorError::AlreadyEnrolled);
        }
        let uri = totp::otpauth_uri(&self.issuer, email, &secret[..]);
        Ok(AuthenticatorSetup {
            qr_svg: qr::svg(&uri).map_err(fault("render QR code"))?,
            manual_key: totp::grouped_key(&secret[..]),
        })
    }

    /// Confirms the pending secret if `code` is valid for it. For the account's `first_factor`
    /// this turns two-factor on and returns the first set of backup codes (shown once); with a
    /// key, two-factor is on and keeps its codes (none returned). One transaction: all of it or
    /// none.
    pub(super) async fn finish_setup(
        &self,
        asker: Asker<'_>,
        code: &str,
        first_factor: bool,
        now: i64,
    ) -> Result<Changed<BackupCodes>, FactorError> {
        let user = asker.user;
        let credential = self.credential(user).await?;
        if credential.confirmed_at.is_some() {
            return Err(FactorError::AlreadyEnrolled);
        }
        let Proof::Authenticator(digits) = Proof::code(code) else {
            return Err(FactorError::InvalidCode);
        };
        let step = self.matching_step(user, &credential, &digits, now)?;
        let mut conn = self.connection().await?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        if !store::confirm(&mut tx, user.0, step, now)
            .await
            .map_err(db("confirm TOTP credential"))?
        {
            return Err(FactorError::CodeAlreadyUsed);
        }
        let (codes, elsewhere) = self
            .factor_added(tx, asker, first_factor, true, now)
            .await?;
        tracing::info!(user = user.0, first_factor, "authenticator app added");
        let codes = match codes {
            Some(codes) => codes,
            None => BackupCodes {
                codes: Vec::new(),
                status: self.factors(user).await?.status(),
                signed_out_elsewhere: elsewhere.sessions,
            },
        };
        Ok(Changed {
            made: codes,
            elsewhere,
        })
    }

    /// Ends the transaction that added a factor: the account's first factor comes with backup
    /// codes (an `authenticator` app or not), and every other session ends.
    pub(super) async fn factor_added(
        &self,
        mut tx: sqlx::Transaction<'_, sqlx::Any>,
        asker: Asker<'_>,
        first_factor: bool,
        authenticator: bool,
        now: i64,
    ) -> Result<(Option<BackupCodes>, SignedOutElsewhere), FactorError> {
        let mut codes = if first_factor {
            Some(
                self.new_backup_codes(&mut tx, asker.user, now, authenticator)
                    .await?,
            )
        } else {
            None
        };
        let elsewhere = self.end_others(&mut tx, asker).await?;
        tx.commit().await.map_err(db("commit new factor"))?;
        if let Some(codes) = &mut codes {
            codes.signed_out_elsewhere = elsewhere.sessions;
        }
        Ok((codes, elsewhere))
    }

    /// Checks an authenticator code, a backup code (one input accepts both) or a key's answer.
    /// An authenticator code's time step, a backup code and a key's ceremony are accepted once
    /// only, also under concurrency.
    pub(super) async fn check(
        &self,
        user: UserId,
        proof: &Proof,
        now: i64,
    ) -> Result<Verified, FactorError> {
        let mut conn = self.connection().await?;
        Factors::load(&mut conn, user).await?.admits(proof)?;
        let factor = self.redeem(&mut conn, user, proof, now).await?;
        if factor != FactorKind::BackupCode {
            return Ok(Verified {
                factor,
                backup_codes_left: None,
            });
        }
        let left = Factors::load(&mut conn, user)
            .await?
            .status()
            .backup_codes_left;
        tracing::info!(user = user.0, left, "backup code used");
        Ok(Verified {
            factor: FactorKind::BackupCode,
            backup_codes_left: Some(left),
        })
    }

    /// A new set of backup codes, authorised by a factor; the old codes stop working in the
    /// same transaction that spends a code.
    pub(super) async fn renew_backup_codes(
        &self,
        asker: Asker<'_>,
        proof: &Proof,
        now: i64,
    ) -> Result<Changed<BackupCodes>, FactorError> {
        let user = asker.user;
        let mut conn = self.connection().await?;
        let factors = Factors::load(&mut conn, user).await?;
        let since = factors.on_since()?;
        let mut tx = conn.begin().await.map_err(db("begin"))?;
        self.redeem(&mut tx, user, proof, now).await?;
        let mut codes = self
            .new_backup_codes(&mut tx, user, since, factors.authenticator())
            .await?;
        let elsewhere = self.end_others(&mut tx, asker).await?;
        tx.commit().await.map_err(db("commit backup codes"))?;
        tracing::info!(user = user.0, "backup codes regenerated");
        codes.signed_out_elsewhere = elsewhere.sessions;
        Ok(Changed {
            made: codes,
            elsewhere,
        })
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

    pub(super) async fn connection(&self) -> Result<DbConnection, FactorError> {
        Ok(self
            .pool
            .acquire()
            .await
            .map_err(db("database connection"))?)
    }

    /// The account's factors now.
    pub(super) async fn factors(&self, user: UserId) -> Result<Factors, FactorError> {
        Factors::load(&mut *self.connection().await?, user).await
    }

    pub(super) async fn confirmed_credential(
        &self,
        user: UserId,
    ) -> Result<store::Credential, FactorError> {
        let credential = self.credential(user).await?;
        if credential.confirmed_at.is_none() {
            return Err(FactorError::NotEnrolled);
        }
        Ok(credential)
    }

    pub(super) async fn credential(&self, user: UserId) -> Result<store::Credential, FactorError> {
        store::credential(&self.pool, user.0)
            .await
            .map_err(db("load TOTP credential"))?
            .ok_or(FactorError::NotEnrolled)
    }

    pub(super) fn matching_step(
        &self,
        user: UserId,
        credential: &store::Credential,
        digits: &str,
        now: i64,
    ) -> Result<i64, FactorError> {
        let secret = self
            .secrets
            .open(user.0, &credential.sealed_secret)
            .map_err(fault("open TOTP secret"))?;
        let now = u64::try_from(now).map_err(fault("clock before 1970"))?;
        let step = totp::matching_step(&secret, digits, now).ok_or(FactorError::InvalidCode)?;
        Ok(i64::try_from(step).map_err(fault("time step out of range"))?)
    }
}
