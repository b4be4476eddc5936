//! The code mailed when an account sets up its first factor. Whoever knows only the password
//! could otherwise give the account an authenticator app or a key of their own, after which
//! every recovery would ask for the attacker's factor. Starting a first factor mails eight
//! digits to the account's address (five mails an hour at most); finishing it takes them,
//! within 15 minutes, under the same credential epoch, with at most five wrong tries. The code
//! is stored sealed (like authenticator secrets) and compared in constant time.

use domain::{Client, UserId, error::FactorError, factor::MAILED_CODE_TTL_SECS};
use rand::Rng;
use subtle::ConstantTimeEq;

use super::TwoFactorService;
use crate::{
    services::{
        faults::{db, fault},
        limits::{LimitRule, factor_mail_scope, per_hour},
    },
    storage::{mail_codes as store, users},
};

/// Wrong tries of one mailed code before a new one must be asked for.
pub const MAILED_CODE_TRIES: i64 = 5;
/// Codes mailed to one account an hour.
const MAILED_CODES: LimitRule = per_hour(5);

/// Eight digits, shown and mailed as two groups of four.
fn new_code() -> String {
    let n: u32 = rand::rng().random_range(0..100_000_000);
    format!("{:04} {:04}", n / 10_000, n % 10_000)
}

/// The digits of what was typed (spaces, dashes and the like ignored); `None` unless eight.
fn digits(entered: &str) -> Option<String> {
    let digits: String = entered.chars().filter(char::is_ascii_digit).collect();
    let others = entered
        .chars()
        .any(|c| !c.is_ascii_digit() && !c.is_whitespace() && c != '-');
    (digits.len() == 8 && !others).then_some(digits)
}

impl TwoFactorService {
    /// Mails a new code for the account's first factor (the one before ends).
    pub(super) async fn mail_code(&self, user: UserId, client: &Client) -> Result<(), FactorError> {
        let limiter = &self.guard.limiter;
        let attempt = limiter
            .admit(factor_mail_scope(user.0), MAILED_CODES)
            .await?;
        limiter.failed(attempt);
        let epoch = users::by_id(&self.pool, user.0)
            .await
            .map_err(db("find user by id"))?
            .ok_or(FactorError::NotEnrolled)?
            .credential_epoch;
        let code = new_code();
        let sealed = self
            .secrets
            .seal(user.0, code.replace(' ', "").as_bytes())
            .map_err(fault("seal mailed code"))?;
        let expires_at = self.guard.now() + MAILED_CODE_TTL_SECS;
        store::replace(&self.pool, user.0, &sealed, epoch, expires_at)
            .await
            .map_err(db("store mailed code"))?;
        self.guard
            .security
            .mail_factor_code(user, &code, client)
            .await?;
        Ok(())
    }

    /// Checks the mailed code before a first factor is set up: `MailedCodeWrong` for a wrong
    /// one (the try counts) or when there is no live code.
    pub(super) async fn check_mail_code(
        &self,
        user: UserId,
        entered: &str,
    ) -> Result<(), FactorError> {
        let sealed = store::reserve_try(&self.pool, user.0, MAILED_CODE_TRIES, self.guard.now())
            .await
            .map_err(db("reserve a try of the mailed code"))?
            .ok_or(FactorError::MailedCodeWrong)?;
        let code = self
            .secrets
            .open(user.0, &sealed)
            .map_err(fault("open mailed code"))?;
        let entered = digits(entered).unwrap_or_default();
        if !bool::from(code.as_slice().ct_eq(entered.as_bytes())) {
            tracing::info!(user = user.0, "wrong mailed code");
            return Err(FactorError::MailedCodeWrong);
        }
        store::give_back_try(&self.pool, user.0)
            .await
            .map_err(db("give back a try of the mailed code"))?;
        Ok(())
    }

    /// Ends the account's mailed code: its first factor is set up.
    pub(super) async fn end_mail_code(&self, user: UserId) -> Result<(), FactorError> {
        Ok(store::end(&self.pool, user.0)
            .await
            .map_err(db("end mailed code"))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_two_groups_of_four_digits() {
        for _ in 0..100 {
            let code = new_code();
            assert_eq!(code.len(), 9);
            assert_eq!(code.as_bytes()[4], b' ');
            assert_eq!(digits(&code).map(|d| d.len()), Some(8));
        }
    }

    #[test]
    fn typed_codes_keep_only_their_digits() {
        assert_eq!(digits(" 1234-5678 ").as_deref(), Some("12345678"));
        assert_eq!(digits("12345678").as_deref(), Some("12345678"));
        assert_eq!(digits("1234567"), None);
        assert_eq!(digits("1234x5678"), None);
        assert_eq!(digits("123456789"), None);
    }

    proptest::proptest! {
        #[test]
        fn anything_typed_is_eight_ascii_digits_or_nothing(entered in proptest::prelude::any::<String>()) {
            if let Some(code) = digits(&entered) {
                proptest::prop_assert_eq!(code.len(), 8);
                proptest::prop_assert!(code.bytes().all(|b| b.is_ascii_digit()));
            }
        }

        #[test]
        fn a_code_survives_spaces_and_dashes(code in "[0-9]{8}", split in 0usize..8, sep in "[ -]{0,3}") {
            let typed = format!(" {}{sep}{} ", &code[..split], &code[split..]);
            proptest::prop_assert_eq!(digits(&typed), Some(code));
        }
    }
}
