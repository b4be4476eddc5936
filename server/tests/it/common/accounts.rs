//! Accounts as the tests need them: signed up and confirmed, with two-factor on, the
//! administrator's commands, and authenticator codes at the tests' clock.

use axum::http::StatusCode;

use super::{PASSWORD, Reply, TestApp, asker};

impl TestApp {
    /// The privileged actions on accounts (the command line's) on this app's database and keys.
    pub fn operator(&self) -> server::services::operator::Operator {
        let keys = server::secrets::load(&self.config).unwrap();
        server::services::operator::Operator::new(self.pool.clone(), keys.totp, self.guard.clone())
    }

    /// The kinds of the security events of every user, newest first.
    pub async fn event_kinds(&self) -> Vec<String> {
        sqlx::query_scalar("SELECT kind FROM security_events ORDER BY id DESC")
            .fetch_all(&self.pool)
            .await
            .unwrap()
    }

    /// The two-factor service on this app's database, keys and clock.
    pub fn two_factor(&self) -> server::services::two_factor::TwoFactorService {
        self.factors.clone()
    }

    /// Turns two-factor authentication on for the only user through the service, as the
    /// settings page does; returns the manual key and the backup codes. The first code is the
    /// previous step's, so that the current one is still unused.
    pub async fn enroll_only_user(&self, email: &str) -> (String, Vec<String>) {
        use domain::ports::TwoFactor;
        use server::clock::Clock;
        let user = domain::UserId(
            self.scalar(&format!(
                "SELECT id AS v FROM users WHERE email = '{email}'"
            ))
            .await,
        );
        let service = self.two_factor();
        let no_factor = domain::proof::Proof::Unreadable;
        let setup = service
            .start_authenticator(asker(user), PASSWORD, &no_factor)
            .await
            .unwrap();
        let key = setup.manual_key.clone();
        let first = code_at(&key, self.clock.now() - 30);
        let mailed = self.mailed_code(email).await;
        let codes = service
            .confirm_authenticator(asker(user), &first, &mailed)
            .await
            .unwrap()
            .made
            .codes;
        // The mail saying two-factor was turned on is out of the way of the test's own.
        self.mailer.deliver_due().await.unwrap();
        (key, codes)
    }

    /// Sends the sign-up form only (the answer is the same for a new and a taken address;
    /// nobody is signed in).
    pub async fn sign_up_only(&mut self, email: &str) -> Reply {
        self.call("sign-up", &[("email", email), ("password", PASSWORD)])
            .await
    }

    /// Signs up as a new user does: the form, the link mailed to the address (confirmed with
    /// the password, which signs in), then a log-in (whose reply this is). A refused sign-up's reply is returned as it is.
    pub async fn sign_up(&mut self, email: &str) -> Reply {
        let reply = self.sign_up_only(email).await;
        self.confirm_and_log_in(email, reply).await
    }

    /// The same from a page shown in `language` (the account keeps it).
    pub async fn sign_up_in(&mut self, email: &str, language: &str) -> Reply {
        let reply = self
            .call(
                "sign-up",
                &[
                    ("email", email),
                    ("password", PASSWORD),
                    ("language", language),
                ],
            )
            .await;
        self.confirm_and_log_in(email, reply).await
    }

    async fn confirm_and_log_in(&mut self, email: &str, signed_up: Reply) -> Reply {
        if signed_up.status != StatusCode::OK {
            return signed_up;
        }
        let address = email.trim().to_lowercase();
        let token = self.link_token(&address, "/confirm-address").await;
        let confirmed = self
            .call(
                "confirm-address",
                &[("token", &token), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
        // The confirmation mail is out of the way of the test's own mail, as if delivered.
        sqlx::query("UPDATE mail_outbox SET sent_at = created_at WHERE recipient = $1")
            .bind(&address)
            .execute(&self.pool)
            .await
            .unwrap();
        let reply = self.log_in(&address, PASSWORD).await;
        // The confirmation's notice is shown (once) by the first page after it.
        self.call("notice", &[]).await;
        reply
    }

    /// Changes the signed-in account's password on the settings page.
    pub async fn change_password(&mut self, current: &str, new: &str) -> Reply {
        self.call(
            "change-password",
            &[("current_password", current), ("new_password", new)],
        )
        .await
    }

    pub async fn log_in(&mut self, email: &str, password: &str) -> Reply {
        self.call("log-in", &[("email", email), ("password", password)])
            .await
    }
}

/// The code an authenticator app shows at `time` (unix seconds) for a manual key.
pub fn code_at(manual_key: &str, time: i64) -> String {
    let secret = totp_rs::Secret::try_from_base32(manual_key.replace(' ', "")).unwrap();
    let totp = totp_rs::Builder::new()
        .with_algorithm(totp_rs::Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_secret(secret)
        .build()
        .unwrap();
    totp.generate(u64::try_from(time).unwrap()).to_string()
}

/// The account of the tests of limits, the security log and the administrator.
pub const GRACE: &str = "grace@example.com";

/// An app whose user [`GRACE`] (signed out) has two-factor authentication on; returns the
/// manual key and the backup codes.
pub async fn enrolled(mut app: TestApp) -> (TestApp, String, Vec<String>) {
    app.sign_up(GRACE).await;
    app.call("log-out", &[]).await;
    let (key, codes) = app.enroll_only_user(GRACE).await;
    (app, key, codes)
}

/// The authenticator code of `key` at the app's clock.
pub fn code_now(app: &TestApp, key: &str) -> String {
    use server::clock::Clock;
    code_at(key, app.clock.now())
}

/// A six-digit code that is not the current one.
pub fn wrong_code(app: &TestApp, key: &str) -> &'static str {
    if code_now(app, key) == "000000" {
        "111111"
    } else {
        "000000"
    }
}

/// Refused by an attempt limit for `seconds`.
pub fn too_many(seconds: u32) -> app::error::AppError {
    app::error::AppError::TooManyAttempts { seconds }
}
