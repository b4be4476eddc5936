//! The account's factors as one value, loaded once per operation: its authenticator app, its
//! keys and its backup codes. It alone answers whether two-factor is on and since when, what
//! removing a factor leaves, and what a proof may be checked against; storage only gives the
//! rows ([`FactorRow`]).

use domain::{
    UserId,
    error::FactorError,
    factor::{FactorKind, FactorSet, TwoFactorStatus},
    login::LoginFactors,
    policy::Standing,
    proof::Proof,
};
use sqlx::AnyConnection;

use super::faults::db;
use crate::storage::{
    factors::{self as store, FactorRow},
    keys,
    users::UserRow,
};

/// One factor to remove.
#[derive(Debug, Clone, Copy)]
pub enum Removal {
    /// A security key or passkey, by its id.
    Key(i64),
    /// The authenticator app.
    Authenticator,
}

impl Removal {
    /// Deletes the factor on `conn` (the removal's transaction); whether it was there.
    pub async fn delete(self, conn: &mut AnyConnection, user: UserId) -> Result<bool, FactorError> {
        let deleted = match self {
            Self::Key(key) => keys::delete(conn, user.0, key).await,
            Self::Authenticator => store::delete_authenticator(conn, user.0).await,
        };
        Ok(deleted.map_err(db("remove factor"))?)
    }
}

/// The factors of one account. Two-factor is on while the account has an authenticator app or
/// a key; backup codes come with the first of them and go with the last.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Factors {
    row: FactorRow,
    address_confirmed: bool,
}

impl Factors {
    /// The factors of the account `row`.
    pub fn of(row: &UserRow) -> Self {
        Self::new(row.factors, row.email_verified_at.is_some())
    }

    /// The factors stored as `row`, of an account whose address is confirmed or not.
    pub fn new(row: FactorRow, address_confirmed: bool) -> Self {
        Self {
            row,
            address_confirmed,
        }
    }

    /// The factors stored as `row`, without the account's address (adding one is refused).
    pub fn from_row(row: FactorRow) -> Self {
        Self::new(row, false)
    }

    /// The factors of `user` as `conn` sees them (within a change's transaction: what it
    /// changes). An account that is gone has none.
    pub async fn load(conn: &mut AnyConnection, user: UserId) -> Result<Self, FactorError> {
        let found = store::of_user(conn, user.0)
            .await
            .map_err(db("load factors"))?;
        Ok(found.map_or_else(Self::default, |(row, confirmed)| Self::new(row, confirmed)))
    }

    /// When two-factor was turned on (its oldest factor was added); `None` while it is off.
    pub fn since(&self) -> Option<i64> {
        match (self.row.authenticator_at, self.row.first_key_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    pub fn is_on(&self) -> bool {
        self.since().is_some()
    }

    /// When two-factor was turned on; `NotEnrolled` while it is off.
    pub fn on_since(&self) -> Result<i64, FactorError> {
        self.since().ok_or(FactorError::NotEnrolled)
    }

    /// Whether one of the factors is a (confirmed) authenticator app.
    pub fn authenticator(&self) -> bool {
        self.row.authenticator_at.is_some()
    }

    /// How many security keys and passkeys the account has.
    pub fn keys(&self) -> i64 {
        self.row.keys
    }

    /// Refused while the account's address is not confirmed: a factor added then would lock
    /// the address's real owner out of an account someone else made with it.
    pub fn may_add(&self) -> Result<(), FactorError> {
        if self.address_confirmed {
            Ok(())
        } else {
            Err(FactorError::AddressUnconfirmed)
        }
    }

    /// Whether the account has the factor `removal` names (a key: any key; which one is the
    /// removal's own check).
    pub fn has(&self, removal: Removal) -> bool {
        match removal {
            Removal::Authenticator => self.authenticator(),
            Removal::Key(_) => self.keys() > 0,
        }
    }

    /// Whether two-factor stays on once `removal` is gone.
    pub fn remain_without(&self, removal: Removal) -> bool {
        match removal {
            Removal::Authenticator => self.keys() > 0,
            Removal::Key(_) => self.authenticator() || self.keys() > 1,
        }
    }

    /// Whether `proof` may be checked against the account at all: only while two-factor is on,
    /// and an authenticator code only with an authenticator app (an account whose factors are
    /// keys has no code to match: the code is wrong, not missing).
    pub fn admits(&self, proof: &Proof) -> Result<(), FactorError> {
        self.on_since()?;
        match proof {
            Proof::Authenticator(_) if !self.authenticator() => Err(FactorError::InvalidCode),
            Proof::Unreadable => Err(FactorError::InvalidCode),
            _ => Ok(()),
        }
    }

    /// The kinds of factor the account has.
    pub fn set(&self) -> FactorSet {
        FactorSet::default()
            .with(FactorKind::Authenticator, self.authenticator())
            .with(FactorKind::Key, self.keys() > 0)
    }

    /// What the settings page shows.
    pub fn status(&self) -> TwoFactorStatus {
        TwoFactorStatus {
            since: self.since(),
            factors: self.set(),
            backup_codes_left: self.row.backup_codes_left,
        }
    }

    /// What the verify page (and a reset link's form) offers.
    pub fn login(&self) -> LoginFactors {
        LoginFactors {
            factors: self.set(),
            trust_days: 0,
        }
    }

    /// What the two-factor policy looks at for the account `row`.
    pub fn standing(row: &UserRow) -> Standing {
        Standing {
            administrator: row.administrator,
            created_at: row.created_at,
            two_factor: Self::of(row).is_on(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn factors(authenticator_at: Option<i64>, first_key_at: Option<i64>, keys: i64) -> Factors {
        let row = FactorRow {
            authenticator_at,
            first_key_at,
            keys,
            backup_codes_left: 10,
        };
        Factors::new(row, true)
    }

    #[test]
    fn two_factor_is_on_since_the_oldest_factor() {
        assert_eq!(factors(None, None, 0).since(), None);
        assert_eq!(factors(Some(5), None, 0).since(), Some(5));
        assert_eq!(factors(None, Some(7), 1).since(), Some(7));
        assert_eq!(factors(Some(9), Some(7), 1).since(), Some(7));
        assert_eq!(
            factors(None, None, 0).on_since(),
            Err(FactorError::NotEnrolled)
        );
    }

    #[test]
    fn the_last_factor_is_what_two_factor_does_not_survive() {
        let app_only = factors(Some(1), None, 0);
        assert!(!app_only.remain_without(Removal::Authenticator));
        let one_key = factors(None, Some(1), 1);
        assert!(!one_key.remain_without(Removal::Key(1)));
        let two_keys = factors(None, Some(1), 2);
        assert!(two_keys.remain_without(Removal::Key(1)));
        let both = factors(Some(1), Some(1), 1);
        assert!(both.remain_without(Removal::Key(1)));
        assert!(both.remain_without(Removal::Authenticator));
        assert!(!one_key.has(Removal::Authenticator));
    }

    #[test]
    fn a_proof_is_checked_only_against_a_factor_of_its_kind() {
        let keys_only = factors(None, Some(1), 1);
        let code = Proof::code("123456");
        assert_eq!(keys_only.admits(&code), Err(FactorError::InvalidCode));
        assert_eq!(keys_only.admits(&Proof::code("ABCDE-FGHJK")), Ok(()));
        assert_eq!(factors(Some(1), None, 0).admits(&code), Ok(()));
        assert_eq!(
            factors(None, None, 0).admits(&code),
            Err(FactorError::NotEnrolled)
        );
        assert_eq!(
            keys_only.admits(&Proof::Unreadable),
            Err(FactorError::InvalidCode)
        );
    }

    #[test]
    fn a_factor_is_added_only_to_an_account_whose_address_is_confirmed() {
        let unconfirmed = Factors::new(FactorRow::default(), false);
        assert_eq!(unconfirmed.may_add(), Err(FactorError::AddressUnconfirmed));
        assert_eq!(factors(None, None, 0).may_add(), Ok(()));
    }
}
