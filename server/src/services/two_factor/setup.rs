//! Adding factors: setting up an authenticator app (a pending secret, confirmed by a first
//! code), the transaction that ends adding any factor (the first comes with backup codes; every
//! other session ends), and new sets of backup codes.

use domain::{
    Asker, Changed, Fault, UserId,
    account::SignedOutElsewhere,
    error::FactorError,
    factor::{AuthenticatorSetup, BackupCodes, FactorKind, FactorSet, TwoFactorStatus},
    proof::Proof,
};
use sqlx::{AnyConnection, Connection};

use super::TwoFactorService;
use crate::{
    services::{
        codes,
        factors::Factors,
        faults::{db, fault},
        qr, totp,
    },
    storage::factors as store,
};

impl TwoFactorService {
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
            .factor_added(tx, asker, first_factor, FactorKind::Authenticator, now)
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

    /// Ends the transaction that added a factor of `kind`: the account's first factor comes with
    /// backup codes, and every other session ends.
    pub(super) async fn factor_added(
        &self,
        mut tx: sqlx::Transaction<'_, sqlx::Any>,
        asker: Asker<'_>,
        first_factor: bool,
        kind: FactorKind,
        now: i64,
    ) -> Result<(Option<BackupCodes>, SignedOutElsewhere), FactorError> {
        let mut codes = if first_factor {
            let factors = FactorSet::default().with(kind, true);
            Some(
                self.new_backup_codes(&mut tx, asker.user, now, factors)
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
            .new_backup_codes(&mut tx, user, since, factors.set())
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

    /// Replaces the backup codes of `user` (two-factor on since `since`, with `factors`) with
    /// new ones.
    pub(super) async fn new_backup_codes(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        since: i64,
        factors: FactorSet,
    ) -> Result<BackupCodes, FactorError> {
        let codes = codes::generate_backup_codes();
        let hashes = self.hashes(user, &codes)?;
        store::replace_backup_codes(conn, user.0, &hashes)
            .await
            .map_err(db("store backup codes"))?;
        let backup_codes_left = i64::try_from(codes.len()).map_err(fault("code count"))?;
        Ok(BackupCodes {
            codes,
            status: TwoFactorStatus {
                since: Some(since),
                factors,
                backup_codes_left,
            },
            signed_out_elsewhere: 0,
        })
    }

    pub(super) fn hashes(
        &self,
        user: UserId,
        codes: &[String],
    ) -> Result<Vec<String>, FactorError> {
        codes
            .iter()
            .map(|code| {
                self.hasher
                    .hash(user.0, code)
                    .ok_or(FactorError::Fault(Fault::Internal))
            })
            .collect()
    }
}
