//! The one table of [`AppError`]: each kind with an example of it, the HTTP status it is sent
//! with and the Fluent id of its message. A new kind of error is its variant and one row here
//! (the compiler refuses a variant without a row).

use super::{AppError, texts::wait_text};
use crate::i18n::msg;

/// Builds, from the rows, `status`, `message_id`, `every_kind` (the examples, in the rows'
/// order) and `row` (the index of the row an error matches).
macro_rules! error_table {
    ($($pattern:pat = $example:expr => $status:literal, $message:expr;)*) => {
        impl AppError {
            /// The HTTP status this error is sent with.
            pub fn status(&self) -> u16 {
                #[allow(unused_variables)]
                match self {
                    $($pattern => $status,)*
                }
            }

            /// The Fluent id of the message shown for this error as a whole (field problems
            /// have their own).
            pub fn message_id(&self) -> &'static str {
                match self {
                    $($pattern => $message,)*
                }
            }

            /// One error of every kind (the messages islands need, see [`AppError::texts`]).
            pub(super) fn every_kind() -> Vec<Self> {
                vec![$($example),*]
            }

            /// The row of the table this error matches.
            #[cfg(test)]
            #[allow(unused_variables)]
            fn row(&self) -> usize {
                let rows: &[fn(&Self) -> bool] = &[$(|e| matches!(e, $pattern)),*];
                rows.iter().position(|matches| matches(self)).unwrap_or(usize::MAX)
            }
        }
    };
}

error_table! {
    Self::Invalid(_) = Self::Invalid(Vec::new()) => 422, msg("error-invalid-form");
    Self::InvalidCredentials = Self::InvalidCredentials => 401, msg("error-invalid-credentials");
    Self::InvalidCode = Self::InvalidCode => 401, msg("error-invalid-code");
    Self::CodeAlreadyUsed = Self::CodeAlreadyUsed => 401, msg("error-code-already-used");
    Self::LoginExpired = Self::LoginExpired => 401, msg("error-login-expired");
    Self::NotEnrolled = Self::NotEnrolled => 409, msg("error-not-enrolled");
    Self::AlreadyEnrolled = Self::AlreadyEnrolled => 409, msg("error-already-enrolled");
    Self::Unauthorized = Self::Unauthorized => 401, msg("error-unauthorized");
    Self::TooManyAttempts { seconds } = Self::TooManyAttempts { seconds: 1 } => 429, wait_text(*seconds).0;
    Self::AuthenticatorSuspended = Self::AuthenticatorSuspended => 403, msg("error-authenticator-suspended");
    Self::Forbidden = Self::Forbidden => 403, msg("error-forbidden");
    Self::BadRequest = Self::BadRequest => 400, msg("error-bad-request");
    Self::Network = Self::Network => 503, msg("error-network");
    Self::Unavailable = Self::Unavailable => 503, msg("error-unavailable");
    Self::Busy = Self::Busy => 503, msg("error-busy");
    Self::KeyRefused = Self::KeyRefused => 401, msg("error-key-refused");
    Self::KeyCancelled = Self::KeyCancelled => 400, msg("error-key-cancelled");
    Self::KeyUnsupported = Self::KeyUnsupported => 400, msg("error-key-unsupported");
    Self::KeyAlreadyRegistered = Self::KeyAlreadyRegistered => 409, msg("error-key-registered");
    Self::KeyNameInvalid = Self::KeyNameInvalid => 422, msg("error-key-name");
    Self::NoSuchKey = Self::NoSuchKey => 404, msg("error-no-such-key");
    Self::TwoFactorRequired = Self::TwoFactorRequired => 403, msg("error-two-factor-required");
    Self::ConfirmationRequired = Self::ConfirmationRequired => 401, msg("error-confirmation-required");
    Self::NoSuchAccount = Self::NoSuchAccount => 404, msg("error-no-such-account");
    Self::NoSuchApplication = Self::NoSuchApplication => 404, msg("error-no-such-application");
    Self::ApplicationInvalid = Self::ApplicationInvalid => 422, msg("error-application-invalid");
    Self::AddressUnconfirmed = Self::AddressUnconfirmed => 403, msg("error-address-unconfirmed");
    Self::MailedCodeWrong = Self::MailedCodeWrong => 401, msg("error-mailed-code");
    Self::LinkExpired = Self::LinkExpired => 410, msg("error-link-expired");
    Self::Internal = Self::Internal => 500, msg("error-internal");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_example_is_of_its_own_row_and_every_message_differs() {
        let kinds = AppError::every_kind();
        for (index, error) in kinds.iter().enumerate() {
            assert_eq!(error.row(), index, "{error:?}");
        }
        let ids: std::collections::HashSet<_> = kinds.iter().map(AppError::message_id).collect();
        assert_eq!(ids.len(), kinds.len(), "one message per kind");
    }
}
