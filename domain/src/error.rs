//! The errors of each area. Each service returns its area's error; the pages' adapter turns
//! them into the one error that crosses the wire (`app::error::AppError`), which alone knows
//! the messages and the HTTP statuses.

use serde::{Deserialize, Serialize};

/// A failure that is not the user's doing. Its cause is logged where it happened and never
/// travels further; the user sees a generic message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Fault {
    /// The database cannot be reached right now; trying again later may work.
    #[error("the database cannot be reached")]
    Unavailable,
    /// Too many requests at once for the password hashing (a burst); trying again in a few
    /// seconds will work.
    #[error("busy")]
    Busy,
    /// Anything else.
    #[error("internal failure")]
    Internal,
}

/// A form field that a validation problem refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Email,
    Password,
    CurrentPassword,
    NewPassword,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong,
    TooShort,
    InvalidEmail,
    CommonPassword,
    ContainsEmail,
    SameAsCurrent,
    /// The current password given to confirm a change is wrong.
    Incorrect,
    /// The new address is the one the account has.
    SameAddress,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// Refused by an attempt limit: nothing is checked for this many seconds (at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many attempts; checked again in {seconds} s")]
pub struct TooManyAttempts {
    pub seconds: u32,
}

/// What the attempt limits answer: refused, or unable to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error(transparent)]
    TooMany(#[from] TooManyAttempts),
    #[error(transparent)]
    Fault(#[from] Fault),
}

/// Accounts and passwords: signing up, the password step, changing and re-checking it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    /// One or more fields are invalid; each is shown next to its field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// Too many wrong passwords for the account or from the address.
    #[error(transparent)]
    TooMany(#[from] TooManyAttempts),
    /// Unknown email or wrong password: deliberately the same for both.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// The signed-in account no longer exists.
    #[error("no such account")]
    Gone,
    #[error(transparent)]
    Fault(#[from] Fault),
}

impl AccountError {
    pub fn field(field: Field, problem: Problem) -> Self {
        Self::Invalid(vec![FieldError { field, problem }])
    }
}

/// Factors: checking a code, setting up an authenticator app, adding and removing keys,
/// backup codes, turning two-factor off — and the password these changes ask for again.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FactorError {
    /// The authenticator or backup code is wrong (or of neither format).
    #[error("invalid code")]
    InvalidCode,
    /// The account's factors are locked after too many wrong codes.
    #[error(transparent)]
    TooMany(#[from] TooManyAttempts),
    /// The code was right but has been used already (replay, or a spent backup code).
    #[error("code already used")]
    CodeAlreadyUsed,
    /// Two-factor authentication is not set up (or the set-up was not started).
    #[error("not enrolled")]
    NotEnrolled,
    /// Two-factor authentication is on already.
    #[error("already enrolled")]
    AlreadyEnrolled,
    /// So many wrong codes in a row that authenticator codes are no longer checked: a backup
    /// code (or an administrator's reset) is needed.
    #[error("authenticator codes suspended")]
    AuthenticatorSuspended,
    /// The security key's answer was refused (not the account's key, a wrong origin, a
    /// replay, a cloned key) or came too late.
    #[error("security key refused")]
    KeyRefused,
    /// The deployment's policy requires two-factor of the account: it cannot be turned off
    /// (a factor can be replaced: add the new one, then remove the old).
    #[error("two-factor is required")]
    Required,
    /// The account's address is not confirmed yet: two-factor cannot be turned on (nor a key
    /// added) until the link mailed at sign-up is used.
    #[error("address not confirmed")]
    AddressUnconfirmed,
    /// The code mailed for the account's first factor is wrong, expired, or out of tries.
    #[error("mailed code wrong")]
    MailedCodeWrong,
    /// The key is registered already (to this account or another).
    #[error("key already registered")]
    KeyAlreadyRegistered,
    /// The account has no such key (or no key at all).
    #[error("no such key")]
    NoSuchKey,
    /// An empty or too long name for a key.
    #[error("unusable key name")]
    KeyNameInvalid,
    /// The password given again was refused (missing, wrong, or too many wrong ones).
    #[error(transparent)]
    Password(AccountError),
    #[error(transparent)]
    Fault(#[from] Fault),
}

impl From<AccountError> for FactorError {
    fn from(err: AccountError) -> Self {
        match err {
            AccountError::TooMany(too_many) => Self::TooMany(too_many),
            AccountError::Fault(fault) => Self::Fault(fault),
            other => Self::Password(other),
        }
    }
}

macro_rules! from_limit_error {
    ($($area:ty),*) => {$(
        impl From<LimitError> for $area {
            fn from(err: LimitError) -> Self {
                match err {
                    LimitError::TooMany(too_many) => Self::TooMany(too_many),
                    LimitError::Fault(fault) => Self::Fault(fault),
                }
            }
        }
    )*};
}

from_limit_error!(AccountError, FactorError);

/// How the session store starts the text of an error that means "the database cannot be
/// reached": tower-sessions passes a store's errors on as text only, and the pages read it
/// back to answer "temporarily unavailable" instead of a failure.
pub const STORE_UNAVAILABLE: &str = "database unavailable";
