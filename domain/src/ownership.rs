//! Who owns an address: a sign-up that answers the same whether the address is new or taken,
//! the mailed links that prove an address (confirming it, choosing a new password, moving the
//! account to a new address), and a password reset that still asks for the second factor.

use serde::{Deserialize, Serialize};

use crate::{
    error::{AccountError, FactorError, Fault, LimitError, TooManyAttempts},
    keys::KeyError,
    login::LoginFactors,
};

const HOUR_SECS: i64 = 60 * 60;

/// What a mailed link is for. An account has at most one live link of each purpose: a new one
/// replaces the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkPurpose {
    /// Confirms the address given at sign-up.
    Verify,
    /// Opens "choose a new password".
    Reset,
    /// Confirms a new address for the account; the address changes only when it is used.
    ChangeAddress,
}

impl LinkPurpose {
    /// How long a link of this purpose works.
    pub const fn lifetime_secs(self) -> i64 {
        match self {
            Self::Verify | Self::ChangeAddress => 24 * HOUR_SECS,
            Self::Reset => HOUR_SECS,
        }
    }

    /// The name stored with the link.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Verify => "verify",
            Self::Reset => "reset",
            Self::ChangeAddress => "change-address",
        }
    }

    /// The page a link of this purpose opens (its token follows in the query).
    pub const fn page(self) -> &'static str {
        match self {
            Self::Verify | Self::ChangeAddress => CONFIRM_ADDRESS_PAGE,
            Self::Reset => RESET_PASSWORD_PAGE,
        }
    }
}

/// The page of a link that confirms an address (at sign-up or for a change of address).
pub const CONFIRM_ADDRESS_PAGE: &str = "/confirm-address";
/// The page of a link that opens "choose a new password".
pub const RESET_PASSWORD_PAGE: &str = "/reset-password";
/// Where a password reset is asked for.
pub const FORGOT_PASSWORD_PAGE: &str = "/forgot-password";

/// What a confirmation link opens, before it is used (the page shows it and asks for a press:
/// a mail scanner that follows links changes nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressLink {
    /// The address the link confirms (the new one, for a change of address).
    pub email: String,
    /// Whether using it changes the account's address.
    pub change: bool,
}

/// What a reset link opens: "choose a new password" for `email`, and the factors the reset asks
/// for when the account has two-factor on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetForm {
    /// The account's address (for password managers).
    pub email: String,
    /// `None` while two-factor is off.
    pub factors: Option<LoginFactors>,
}

/// What using a confirmation link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressConfirmed {
    /// The address given at sign-up is confirmed.
    Verified,
    /// The account moved to the new address.
    Changed,
}

/// Why a link or a step that needs one was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Unknown, used, replaced, expired, or ended by a change of the account's sign-in
    /// factors: deliberately one answer for all.
    #[error("link expired")]
    Expired,
    /// A field is wrong (the new password, the password given to confirm a change).
    #[error(transparent)]
    Account(AccountError),
    /// The factor a reset or a change of address asks for was refused.
    #[error(transparent)]
    Factor(FactorError),
    #[error(transparent)]
    TooMany(#[from] TooManyAttempts),
    #[error(transparent)]
    Fault(#[from] Fault),
}

impl From<AccountError> for LinkError {
    fn from(err: AccountError) -> Self {
        match err {
            AccountError::TooMany(too_many) => Self::TooMany(too_many),
            AccountError::Fault(fault) => Self::Fault(fault),
            other => Self::Account(other),
        }
    }
}

impl From<LimitError> for LinkError {
    fn from(err: LimitError) -> Self {
        match err {
            LimitError::TooMany(too_many) => Self::TooMany(too_many),
            LimitError::Fault(fault) => Self::Fault(fault),
        }
    }
}

impl From<FactorError> for LinkError {
    fn from(err: FactorError) -> Self {
        match err {
            FactorError::TooMany(too_many) => Self::TooMany(too_many),
            FactorError::Fault(fault) => Self::Fault(fault),
            other => Self::Factor(other),
        }
    }
}

impl From<KeyError> for LinkError {
    fn from(err: KeyError) -> Self {
        match err {
            KeyError::TooMany(too_many) => Self::TooMany(too_many),
            KeyError::Fault(fault) => Self::Fault(fault),
            KeyError::Refused
            | KeyError::Expired
            | KeyError::AlreadyRegistered
            | KeyError::NoSuchKey
            | KeyError::InvalidName => Self::Factor(FactorError::KeyRefused),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_link_lasts_an_hour_and_an_address_link_a_day() {
        assert_eq!(LinkPurpose::Reset.lifetime_secs(), 3600);
        assert_eq!(LinkPurpose::Verify.lifetime_secs(), 86_400);
        assert_eq!(LinkPurpose::ChangeAddress.lifetime_secs(), 86_400);
    }

    #[test]
    fn every_purpose_has_its_own_name_and_page() {
        let all = [
            LinkPurpose::Verify,
            LinkPurpose::Reset,
            LinkPurpose::ChangeAddress,
        ];
        let names: std::collections::HashSet<_> = all.iter().map(|p| p.as_str()).collect();
        assert_eq!(names.len(), all.len());
        assert_eq!(LinkPurpose::Reset.page(), RESET_PASSWORD_PAGE);
        assert_eq!(LinkPurpose::ChangeAddress.page(), CONFIRM_ADDRESS_PAGE);
    }

    #[test]
    fn limits_and_faults_keep_their_kind_through_a_link_error() {
        let wait = TooManyAttempts { seconds: 9 };
        assert_eq!(
            LinkError::from(FactorError::TooMany(wait)),
            LinkError::TooMany(wait)
        );
        assert_eq!(
            LinkError::from(AccountError::Fault(Fault::Busy)),
            LinkError::Fault(Fault::Busy)
        );
        assert_eq!(
            LinkError::from(KeyError::Expired),
            LinkError::Factor(FactorError::KeyRefused)
        );
    }
}
