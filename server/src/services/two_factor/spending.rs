//! Spending a proof — an authenticator code's time step, a backup code (each by one
//! conditional update) or a key's answer — and the backup codes: how many are left, new sets
//! stored keyed by their account.

use domain::{
    Fault, UserId,
    error::FactorError,
    factor::{BackupCodes, FactorKind, TwoFactorStatus},
    proof::Proof,
};
use sqlx::AnyConnection;

use super::TwoFactorService;
use crate::{
    services::{
        codes,
        faults::{db, fault},
    },
    storage::factors as store,
};

impl TwoFactorService {
    /// Spends `proof`: a code on `conn` (a transaction, for callers that change more: an
    /// authenticator code's time step or a backup code), or a key's ceremony (checked before
    /// anything else of the transaction happens). Returns which kind of factor it was.
    pub(super) async fn redeem(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        proof: &Proof,
        now: i64,
    ) -> Result<FactorKind, FactorError> {
        match proof {
            Proof::Key { ceremony, response } => {
                self.keys.check_assertion(user, ceremony, response).await?;
                Ok(FactorKind::SecurityKey)
            }
            Proof::Authenticator(digits) => {
                // An account whose factors are keys has no authenticator code to match.
                let credential = match self.confirmed_credential(user).await {
                    Err(FactorError::NotEnrolled) => return Err(FactorError::InvalidCode),
                    other => other?,
                };
                let step = self.matching_step(user, &credential, digits, now)?;
                if store::use_step(conn, user.0, step)
                    .await
                    .map_err(db("use TOTP step"))?
                {
                    Ok(FactorKind::Authenticator)
                } else {
                    Err(FactorError::CodeAlreadyUsed)
                }
            }
            Proof::BackupCode(normalized) => {
                let hashes = (
                    self.hasher.hash(user.0, normalized),
                    self.hasher.hash_v1(normalized),
                );
                let (Some(hash), Some(earlier)) = hashes else {
                    return Err(FactorError::InvalidCode);
                };
                if store::consume_backup_code(conn, user.0, [&hash, &earlier], now)
                    .await
                    .map_err(db("consume backup code"))?
                {
                    Ok(FactorKind::BackupCode)
                } else {
                    // Unknown and spent codes look the same: no hint which codes exist.
                    Err(FactorError::InvalidCode)
                }
            }
            Proof::Unreadable => Err(FactorError::InvalidCode),
        }
    }

    /// Replaces the backup codes of `user` (two-factor on since `since`, with an authenticator
    /// app or not) with new ones.
    pub(super) async fn new_backup_codes(
        &self,
        conn: &mut AnyConnection,
        user: UserId,
        since: i64,
        authenticator: bool,
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
                authenticator,
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
