//! The second-factor service against a real (fresh, migrated) SQLite database.

use app::error::AppError;
use domain::{
    Client, UserId,
    error::FactorError,
    factor::{AuthenticatorSetup, BackupCodes, TwoFactorStatus, Verified},
    ports::TwoFactor,
    proof::Proof,
};
use server::services::two_factor::TwoFactorService;

use crate::common::{self, PASSWORD, TestApp, asker, code_at};

pub(crate) const NOW: i64 = 1_800_000_000;

/// A user, and the two-factor service as the pages call it, with the clock set to each call's
/// time.
pub(crate) struct Fixture {
    pub(crate) app: TestApp,
    service: TwoFactorService,
    pub(crate) user: UserId,
}

pub(crate) async fn fixture() -> Fixture {
    let mut app = TestApp::new().await;
    app.sign_up("ada@example.com").await;
    let user: i64 = app.scalar("SELECT id AS v FROM users").await;
    let service = app.two_factor();
    Fixture {
        app,
        service,
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
    pub(crate) async fn start(&self) -> AuthenticatorSetup {
        self.start_at(NOW).await.unwrap()
    }

    async fn start_at(&self, at: i64) -> Result<AuthenticatorSetup, FactorError> {
        self.app.clock.set(at);
        self.service
            .start_authenticator(
                asker(self.user),
                PASSWORD,
                &domain::proof::Proof::Unreadable,
            )
            .await
    }

    async fn confirm(&self, code: &str, at: i64) -> Result<BackupCodes, FactorError> {
        self.app.clock.set(at);
        let mailed = self
            .app
            .last_mailed_code("ada@example.com")
            .await
            .unwrap_or_default();
        self.service
            .confirm_authenticator(asker(self.user), code, &mailed)
            .await
            .map(|changed| changed.made)
    }

    async fn cancel(&self) -> Result<(), FactorError> {
        self.service.cancel_authenticator(self.user).await
    }

    pub(crate) async fn verify(&self, code: &str, at: i64) -> Result<Verified, FactorError> {
        self.app.clock.set(at);
        self.service
            .verify(self.user, &Proof::code(code), &Client::default())
            .await
    }

    async fn regenerate(&self, code: &str, at: i64) -> Result<BackupCodes, FactorError> {
        self.app.clock.set(at);
        self.service
            .regenerate_backup_codes(asker(self.user), PASSWORD, &Proof::code(code))
            .await
            .map(|changed| changed.made)
    }

    async fn disable(&self, code: &str, at: i64) -> Result<(), FactorError> {
        self.app.clock.set(at);
        self.service
            .disable(asker(self.user), PASSWORD, &Proof::code(code))
            .await
            .map(|changed| changed.made)
    }

    async fn backup_codes_left(&self) -> Result<i64, AppError> {
        Ok(self
            .app
            .scalar("SELECT COUNT(*) AS v FROM backup_codes WHERE used_at IS NULL")
            .await)
    }
}

/// Enrols the fixture's user; returns the manual key and the backup codes.
pub(crate) async fn enrol(f: &Fixture) -> (String, Vec<String>) {
    let enrollment = f.start().await;
    let key = enrollment.manual_key.clone();
    let codes = f.confirm(&code_at(&key, NOW), NOW).await.unwrap().codes;
    (key, codes)
}

#[test]
fn enrolment_needs_a_valid_code_and_turns_two_factor_on() {
    common::run(async {
        let f = fixture().await;
        let enrollment = f.start().await;
        assert!(enrollment.qr_svg.starts_with("<svg"));
        assert_eq!(
            f.verify(&code_at(&enrollment.manual_key, NOW), NOW).await,
            Err(FactorError::NotEnrolled),
            "a pending set-up does not count as enrolled"
        );
        assert_eq!(
            f.confirm("000000", NOW).await.err(),
            Some(FactorError::InvalidCode)
        );
        let codes = f
            .confirm(&code_at(&enrollment.manual_key, NOW), NOW)
            .await
            .unwrap();
        assert_eq!(codes.codes.len(), 10);
        assert_eq!(
            codes.status,
            TwoFactorStatus {
                since: Some(NOW),
                factors: domain::factor::FactorSet::default()
                    .with(domain::factor::FactorKind::Authenticator, true),
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
            f.start_at(NOW).await.err(),
            Some(FactorError::AlreadyEnrolled)
        );
    });
}

#[test]
fn a_code_is_accepted_once_and_older_codes_never() {
    common::run(async {
        let f = fixture().await;
        let (key, _) = enrol(&f).await;
        // The confirmation code's step is used up.
        assert_eq!(
            f.verify(&code_at(&key, NOW), NOW).await,
            Err(FactorError::CodeAlreadyUsed)
        );
        let later = NOW + 30;
        let verified = f.verify(&code_at(&key, later), later).await.unwrap();
        assert_eq!(verified.backup_codes_left, None, "no backup code used");
        assert_eq!(
            f.verify(&code_at(&key, later), later).await,
            Err(FactorError::CodeAlreadyUsed)
        );
        // The previous step's code is still inside the skew window, but older than the last use.
        assert_eq!(
            f.verify(&code_at(&key, NOW), later).await,
            Err(FactorError::CodeAlreadyUsed)
        );
        assert_eq!(
            f.verify("123 456", later + 30).await.err(),
            Some(FactorError::InvalidCode)
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
        f.app.clock.set(later);
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let (service, code, user) = (f.service.clone(), code.clone(), f.user);
                tokio::spawn(async move {
                    service
                        .verify(user, &Proof::code(&code), &Client::default())
                        .await
                })
            })
            .collect();
        let mut successes = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => successes += 1,
                // Past ten attempts at once the attempt limit refuses the rest unchecked.
                Err(err) => assert!(
                    matches!(err, FactorError::CodeAlreadyUsed | FactorError::TooMany(_)),
                    "{err:?}"
                ),
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
        f.app.clock.set(NOW);
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let (service, code, user) = (f.service.clone(), code.clone(), f.user);
                tokio::spawn(async move {
                    service
                        .verify(user, &Proof::code(&code), &Client::default())
                        .await
                })
            })
            .collect();
        let mut successes = Vec::new();
        for task in tasks {
            match task.await.unwrap() {
                Ok(verified) => successes.push(verified),
                // Past ten attempts at once the attempt limit refuses the rest unchecked.
                Err(err) => assert!(
                    matches!(err, FactorError::InvalidCode | FactorError::TooMany(_)),
                    "{err:?}"
                ),
            }
        }
        assert_eq!(successes.len(), 1);
        assert_eq!(successes[0].backup_codes_left, Some(9));
        // After any lock the burst started has ended, another code works (and forgets the
        // burst's wrong ones); the spent one stays spent.
        let later = NOW + 3600;
        assert!(f.verify(&codes[1], later).await.is_ok());
        assert_eq!(
            f.verify(&codes[0], later).await,
            Err(FactorError::InvalidCode)
        );
    });
}

#[test]
fn regenerating_spends_the_code_and_invalidates_the_old_backup_codes() {
    common::run(async {
        let f = fixture().await;
        let (key, old) = enrol(&f).await;
        // With a backup code (the authenticator may be gone)...
        let new = f.regenerate(&old[5], NOW).await.unwrap();
        assert_eq!(new.codes.len(), 10);
        assert_eq!(new.status.backup_codes_left, 10);
        assert_eq!(new.status.since, Some(NOW));
        assert!(new.codes.iter().all(|code| !old.contains(code)));
        for code in [&old[0], &old[5]] {
            assert_eq!(f.verify(code, NOW).await, Err(FactorError::InvalidCode));
        }
        assert!(f.verify(&new.codes[0], NOW).await.is_ok());
        assert_eq!(f.backup_codes_left().await.unwrap(), 9);
        // ...or with an authenticator code, whose step is then used up.
        let code = code_at(&key, NOW + 30);
        let newer = f.regenerate(&code, NOW + 30).await.unwrap();
        assert_eq!(
            f.verify(&new.codes[1], NOW + 30).await,
            Err(FactorError::InvalidCode)
        );
        assert_eq!(
            f.verify(&code, NOW + 30).await,
            Err(FactorError::CodeAlreadyUsed)
        );
        assert!(f.verify(&newer.codes[9], NOW).await.is_ok());
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
            assert!(f.regenerate(code, NOW).await.is_err(), "{code:?}");
            assert!(f.disable(code, NOW).await.is_err(), "{code:?}");
        }
        assert!(f.two_factor_on().await);
        assert_eq!(f.backup_codes_left().await.unwrap(), 10);
        assert!(f.verify(&codes[0], NOW).await.is_ok());
    });
}

#[test]
fn disabling_deletes_the_secret_and_every_backup_code() {
    common::run(async {
        let f = fixture().await;
        let (key, codes) = enrol(&f).await;
        f.disable(&code_at(&key, NOW + 30), NOW + 30).await.unwrap();
        for table in ["totp_credentials", "backup_codes"] {
            let n: i64 = f
                .app
                .scalar(&format!("SELECT COUNT(*) AS v FROM {table}"))
                .await;
            assert_eq!(n, 0, "{table}");
        }
        assert_eq!(
            f.verify(&codes[0], NOW).await,
            Err(FactorError::NotEnrolled)
        );
        assert_eq!(
            f.verify(&code_at(&key, NOW + 90), NOW + 90).await,
            Err(FactorError::NotEnrolled)
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
        f.disable(&codes[9], NOW).await.unwrap();
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
        f.cancel().await.unwrap();
        let rows: i64 = f
            .app
            .scalar("SELECT COUNT(*) AS v FROM totp_credentials")
            .await;
        assert_eq!(rows, 0);
        assert_eq!(
            f.confirm(&code_at(&pending.manual_key, NOW), NOW)
                .await
                .err(),
            Some(FactorError::NotEnrolled)
        );
        // Cancelling never touches a confirmed second factor.
        enrol(&f).await;
        f.cancel().await.unwrap();
        assert!(f.two_factor_on().await);
    });
}
