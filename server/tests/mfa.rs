//! The second-factor service against a real (fresh, migrated) SQLite database.

#![allow(clippy::unwrap_used)]

mod common;

use app::{
    api::{TwoFactorStatus, backend::UserId},
    error::AppError,
};
use common::{TestApp, code_at};
use server::services::mfa::MfaService;
use totp_rs::Secret;

const NOW: i64 = 1_800_000_000;

struct Fixture {
    app: TestApp,
    mfa: MfaService,
    user: UserId,
}

async fn fixture() -> Fixture {
    let mut app = TestApp::new().await;
    app.sign_up("ada@example.com").await;
    let user: i64 = app.scalar("SELECT id AS v FROM users").await;
    let mfa = app.mfa();
    Fixture {
        app,
        mfa,
        user: UserId(user),
    }
}

impl Fixture {
    /// Whether the fixture's user has a confirmed second factor.
    async fn two_factor_on(&self) -> bool {
        let confirmed: i64 = self
            .app
            .scalar("SELECT COUNT(*) AS v FROM totp_credentials WHERE confirmed_at IS NOT NULL")
            .await;
        confirmed == 1
    }

    /// Starts enrolment of the fixture's user.
    async fn start(&self) -> app::api::TwoFactorSetup {
        self.mfa
            .start_enrollment(self.user, "ada@example.com", NOW)
            .await
            .unwrap()
    }
}

/// Enrols the fixture's user; returns the manual key and the backup codes.
async fn enrol(f: &Fixture) -> (String, Vec<String>) {
    let enrollment = f.start().await;
    let key = enrollment.manual_key.clone();
    let codes = f
        .mfa
        .confirm_enrollment(f.user, &code_at(&key, NOW), NOW)
        .await
        .unwrap()
        .codes;
    (key, codes)
}

#[test]
fn enrolment_needs_a_valid_code_and_turns_two_factor_on() {
    common::run(async {
        let f = fixture().await;
        let enrollment = f.start().await;
        assert!(enrollment.qr_svg.starts_with("<svg"));
        assert_eq!(
            f.mfa
                .verify(f.user, &code_at(&enrollment.manual_key, NOW), NOW)
                .await,
            Err(AppError::NotEnrolled),
            "a pending set-up does not count as enrolled"
        );
        assert_eq!(
            f.mfa.confirm_enrollment(f.user, "000000", NOW).await.err(),
            Some(AppError::InvalidCode)
        );
        let codes = f
            .mfa
            .confirm_enrollment(f.user, &code_at(&enrollment.manual_key, NOW), NOW)
            .await
            .unwrap();
        assert_eq!(codes.codes.len(), 10);
        assert_eq!(
            codes.status,
            TwoFactorStatus {
                since: Some(NOW),
                backup_codes_left: 10
            }
        );
        assert!(!format!("{codes:?}").contains(&codes.codes[0]));
        let on: Option<i64> = f
            .app
            .scalar("SELECT confirmed_at AS v FROM totp_credentials")
            .await;
        assert_eq!(on, Some(NOW));
        assert_eq!(
            f.mfa
                .start_enrollment(f.user, "ada@example.com", NOW)
                .await
                .err(),
            Some(AppError::AlreadyEnrolled)
        );
    });
}

#[test]
fn the_secret_is_stored_sealed() {
    common::run(async {
        let f = fixture().await;
        let enrollment = f.start().await;
        let secret: Vec<u8> = Secret::try_from_base32(enrollment.manual_key.replace(' ', ""))
            .unwrap()
            .as_ref()
            .to_vec();
        let stored: Vec<u8> = f
            .app
            .scalar("SELECT sealed_secret AS v FROM totp_credentials")
            .await;
        assert!(!stored.windows(secret.len()).any(|w| w == secret.as_slice()));
    });
}

#[test]
fn a_code_is_accepted_once_and_older_codes_never() {
    common::run(async {
        let f = fixture().await;
        let (key, _) = enrol(&f).await;
        // The confirmation code's step is used up.
        assert_eq!(
            f.mfa.verify(f.user, &code_at(&key, NOW), NOW).await,
            Err(AppError::CodeAlreadyUsed)
        );
        let later = NOW + 30;
        let verified = f
            .mfa
            .verify(f.user, &code_at(&key, later), later)
            .await
            .unwrap();
        assert_eq!(verified.backup_codes_left, None, "no backup code used");
        assert_eq!(
            f.mfa.verify(f.user, &code_at(&key, later), later).await,
            Err(AppError::CodeAlreadyUsed)
        );
        // The previous step's code is still inside the skew window, but older than the last use.
        assert_eq!(
            f.mfa.verify(f.user, &code_at(&key, NOW), later).await,
            Err(AppError::CodeAlreadyUsed)
        );
        assert_eq!(
            f.mfa.verify(f.user, "123 456", later + 30).await.err(),
            Some(AppError::InvalidCode)
        );
    });
}

#[test]
fn concurrent_uses_of_one_code_succeed_once() {
    common::run(async {
        let f = fixture().await;
        let (key, _) = enrol(&f).await;
        let later = NOW + 60;
        let code = code_at(&key, later);
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let (mfa, code, user) = (f.mfa.clone(), code.clone(), f.user);
                tokio::spawn(async move { mfa.verify(user, &code, later).await })
            })
            .collect();
        let mut successes = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => successes += 1,
                Err(err) => assert_eq!(err, AppError::CodeAlreadyUsed),
            }
        }
        assert_eq!(successes, 1);
    });
}

#[test]
fn fifty_concurrent_uses_of_one_backup_code_succeed_once() {
    common::run(async {
        let f = fixture().await;
        let (_, codes) = enrol(&f).await;
        // Typed in lower case with a space instead of the dash: still the same code.
        let code = codes[0].to_lowercase().replace('-', " ");
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let (mfa, code, user) = (f.mfa.clone(), code.clone(), f.user);
                tokio::spawn(async move { mfa.verify(user, &code, NOW).await })
            })
            .collect();
        let mut successes = Vec::new();
        for task in tasks {
            match task.await.unwrap() {
                Ok(verified) => successes.push(verified),
                Err(err) => assert_eq!(err, AppError::InvalidCode),
            }
        }
        assert_eq!(successes.len(), 1);
        assert_eq!(successes[0].backup_codes_left, Some(9));
        assert_eq!(
            f.mfa.verify(f.user, &codes[0], NOW).await,
            Err(AppError::InvalidCode)
        );
        assert!(f.mfa.verify(f.user, &codes[1], NOW).await.is_ok());
    });
}

#[test]
fn regenerating_spends_the_code_and_invalidates_the_old_backup_codes() {
    common::run(async {
        let f = fixture().await;
        let (key, old) = enrol(&f).await;
        // With a backup code (the authenticator may be gone)...
        let new = f
            .mfa
            .regenerate_backup_codes(f.user, &old[5], NOW)
            .await
            .unwrap();
        assert_eq!(new.codes.len(), 10);
        assert_eq!(new.status.backup_codes_left, 10);
        assert_eq!(new.status.since, Some(NOW));
        assert!(new.codes.iter().all(|code| !old.contains(code)));
        for code in [&old[0], &old[5]] {
            assert_eq!(
                f.mfa.verify(f.user, code, NOW).await,
                Err(AppError::InvalidCode)
            );
        }
        assert!(f.mfa.verify(f.user, &new.codes[0], NOW).await.is_ok());
        assert_eq!(f.mfa.backup_codes_left(f.user).await.unwrap(), 9);
        // ...or with an authenticator code, whose step is then used up.
        let code = code_at(&key, NOW + 30);
        let newer = f
            .mfa
            .regenerate_backup_codes(f.user, &code, NOW + 30)
            .await
            .unwrap();
        assert_eq!(
            f.mfa.verify(f.user, &new.codes[1], NOW + 30).await,
            Err(AppError::InvalidCode)
        );
        assert_eq!(
            f.mfa.verify(f.user, &code, NOW + 30).await,
            Err(AppError::CodeAlreadyUsed)
        );
        assert!(f.mfa.verify(f.user, &newer.codes[9], NOW).await.is_ok());
    });
}

#[test]
fn a_refused_code_changes_nothing() {
    common::run(async {
        let f = fixture().await;
        let (key, codes) = enrol(&f).await;
        // The enrolment used step NOW: that code is spent.
        let spent = code_at(&key, NOW);
        for code in ["000000", "ZZZZZ-ZZZZZ", "", &spent] {
            assert!(
                f.mfa
                    .regenerate_backup_codes(f.user, code, NOW)
                    .await
                    .is_err(),
                "{code:?}"
            );
            assert!(f.mfa.disable(f.user, code, NOW).await.is_err(), "{code:?}");
        }
        assert!(f.two_factor_on().await);
        assert_eq!(f.mfa.backup_codes_left(f.user).await.unwrap(), 10);
        assert!(f.mfa.verify(f.user, &codes[0], NOW).await.is_ok());
    });
}

#[test]
fn disabling_deletes_the_secret_and_every_backup_code() {
    common::run(async {
        let f = fixture().await;
        let (key, codes) = enrol(&f).await;
        f.mfa
            .disable(f.user, &code_at(&key, NOW + 30), NOW + 30)
            .await
            .unwrap();
        for table in ["totp_credentials", "backup_codes"] {
            let n: i64 = f
                .app
                .scalar(&format!("SELECT COUNT(*) AS v FROM {table}"))
                .await;
            assert_eq!(n, 0, "{table}");
        }
        assert_eq!(
            f.mfa.verify(f.user, &codes[0], NOW).await,
            Err(AppError::NotEnrolled)
        );
        assert_eq!(
            f.mfa
                .verify(f.user, &code_at(&key, NOW + 90), NOW + 90)
                .await,
            Err(AppError::NotEnrolled)
        );
        // And it can be enrolled again.
        enrol(&f).await;
    });
}

#[test]
fn disabling_with_a_backup_code_then_enrolling_again() {
    common::run(async {
        let f = fixture().await;
        let (_, codes) = enrol(&f).await;
        f.mfa.disable(f.user, &codes[9], NOW).await.unwrap();
        assert!(!f.two_factor_on().await);
        let (_, again) = enrol(&f).await;
        assert!(again.iter().all(|code| !codes.contains(code)));
        assert!(f.two_factor_on().await);
    });
}

#[test]
fn cancelling_a_set_up_discards_the_pending_secret_only() {
    common::run(async {
        let f = fixture().await;
        let pending = f.start().await;
        f.mfa.cancel_enrollment(f.user).await.unwrap();
        let rows: i64 = f
            .app
            .scalar("SELECT COUNT(*) AS v FROM totp_credentials")
            .await;
        assert_eq!(rows, 0);
        assert_eq!(
            f.mfa
                .confirm_enrollment(f.user, &code_at(&pending.manual_key, NOW), NOW)
                .await
                .err(),
            Some(AppError::NotEnrolled)
        );
        // Cancelling never touches a confirmed second factor.
        enrol(&f).await;
        f.mfa.cancel_enrollment(f.user).await.unwrap();
        assert!(f.two_factor_on().await);
    });
}
