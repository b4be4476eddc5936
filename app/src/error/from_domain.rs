//! The services' errors become the wire's, each variant for variant (the only place they do).

use domain::{
    admin::AdminError,
    error::{AccountError, FactorError, Fault, TooManyAttempts},
    login::LoginError,
    ownership::LinkError,
};

use super::AppError;

impl From<Fault> for AppError {
    fn from(fault: Fault) -> Self {
        match fault {
            Fault::Unavailable => Self::Unavailable,
            Fault::Busy => Self::Busy,
            Fault::Internal => Self::Internal,
        }
    }
}

impl From<TooManyAttempts> for AppError {
    fn from(TooManyAttempts { seconds }: TooManyAttempts) -> Self {
        Self::TooManyAttempts { seconds }
    }
}

impl From<AccountError> for AppError {
    fn from(err: AccountError) -> Self {
        match err {
            AccountError::Invalid(fields) => Self::Invalid(fields),
            AccountError::InvalidCredentials => Self::InvalidCredentials,
            AccountError::Gone => Self::Unauthorized,
            AccountError::TooMany(too_many) => too_many.into(),
            AccountError::Fault(fault) => fault.into(),
        }
    }
}

impl From<FactorError> for AppError {
    fn from(err: FactorError) -> Self {
        match err {
            FactorError::InvalidCode => Self::InvalidCode,
            FactorError::CodeAlreadyUsed => Self::CodeAlreadyUsed,
            FactorError::NotEnrolled => Self::NotEnrolled,
            FactorError::AlreadyEnrolled => Self::AlreadyEnrolled,
            FactorError::AuthenticatorSuspended => Self::AuthenticatorSuspended,
            FactorError::KeyRefused => Self::KeyRefused,
            FactorError::Required => Self::TwoFactorRequired,
            FactorError::AddressUnconfirmed => Self::AddressUnconfirmed,
            FactorError::MailedCodeWrong => Self::MailedCodeWrong,
            FactorError::KeyAlreadyRegistered => Self::KeyAlreadyRegistered,
            FactorError::NoSuchKey => Self::NoSuchKey,
            FactorError::KeyNameInvalid => Self::KeyNameInvalid,
            FactorError::Password(err) => err.into(),
            FactorError::TooMany(too_many) => too_many.into(),
            FactorError::Fault(fault) => fault.into(),
        }
    }
}

impl From<AdminError> for AppError {
    fn from(err: AdminError) -> Self {
        match err {
            // The page does not say more than "not allowed" to other accounts.
            AdminError::NotAdministrator => Self::Forbidden,
            AdminError::ConfirmationRequired => Self::ConfirmationRequired,
            AdminError::NoSuchAccount => Self::NoSuchAccount,
            AdminError::NoSuchApplication => Self::NoSuchApplication,
            AdminError::ApplicationInvalid => Self::ApplicationInvalid,
            AdminError::Account(err) => err.into(),
            AdminError::Factor(err) => err.into(),
            AdminError::Fault(fault) => fault.into(),
        }
    }
}

impl From<LinkError> for AppError {
    fn from(err: LinkError) -> Self {
        match err {
            LinkError::Expired => Self::LinkExpired,
            LinkError::Account(err) => err.into(),
            LinkError::Factor(err) => err.into(),
            LinkError::TooMany(too_many) => too_many.into(),
            LinkError::Fault(fault) => fault.into(),
        }
    }
}

impl From<LoginError> for AppError {
    fn from(err: LoginError) -> Self {
        match err {
            LoginError::Invalid(fields) => Self::Invalid(fields),
            LoginError::InvalidCredentials => Self::InvalidCredentials,
            LoginError::InvalidCode => Self::InvalidCode,
            LoginError::CodeAlreadyUsed => Self::CodeAlreadyUsed,
            LoginError::Expired => Self::LoginExpired,
            LoginError::AuthenticatorSuspended => Self::AuthenticatorSuspended,
            LoginError::KeyRefused => Self::KeyRefused,
            LoginError::TooMany(too_many) => too_many.into(),
            LoginError::Fault(fault) => fault.into(),
        }
    }
}
