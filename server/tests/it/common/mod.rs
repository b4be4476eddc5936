//! A test client for the whole HTTP application on a fresh database: a SQLite file, or a new
//! PostgreSQL database when `TWOFOLD_TEST_POSTGRES` names a server (scripts/test.sh runs the
//! suite both ways).

#![allow(dead_code, clippy::unwrap_used)]

mod mail;
pub mod process;
pub mod smtp;

pub use mail::token_in;
pub mod soft_key;

/// The origin of the tests' deployment, for security keys.
pub const KEY_ORIGIN: &str = "https://twofold.example";

use axum::{
    Router,
    body::{Body, to_bytes},
    http::{Request, Response, StatusCode, header},
};
use domain::url::percent_encode;
use server::config::{Config, SecretKey};
use tempfile::TempDir;
use tower::ServiceExt;

pub const PASSWORD: &str = "orbit-maple-lantern-42";

/// The browser the test client says it is.
pub const TEST_USER_AGENT: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/// One multi-threaded runtime for every test in the process, as the server has one runtime for
/// all its requests: concurrent tests are concurrent requests.
static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
});

pub fn run<F: std::future::Future>(test: F) -> F::Output {
    RUNTIME.block_on(test)
}

pub struct TestApp {
    pub router: Router,
    /// The application's own database pool.
    pub pool: server::storage::Db,
    pub config: Config,
    /// The session cookie (`name=value`) the next request sends.
    pub cookie: Option<String>,
    /// The device cookie (`name=value`) this browser got from a completed sign-in, if any.
    pub device_cookie: Option<String>,
    /// The trust cookie (`name=value`) this browser got at the code step, if any.
    pub trust_cookie: Option<String>,
    /// The clock of the app's limits and logs (starts at the real time; tests move it).
    pub clock: server::clock::ManualClock,
    /// Sent as `X-Forwarded-For` (from 127.0.0.1, a trusted proxy in tests).
    pub client_ip: Option<String>,
    /// The services the app was built with (for direct calls).
    pub guard: server::services::guard::Guard,
    pub mailer: server::services::mail::Mailer,
    /// The security-key service (tested directly, with a software authenticator).
    /// The factors' service of this server (authenticator, keys, backup codes).
    pub factors: server::services::two_factor::TwoFactorService,
    _dir: std::sync::Arc<TempDir>,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (`body` is its text).
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    /// The `Set-Cookie` of the session cookie, if the reply has one.
    pub fn set_cookie(&self) -> Option<&str> {
        self.set_cookie_named("twofold_session=")
    }

    /// The `Set-Cookie` whose `name=value` contains `name` (e.g. `twofold_device=`).
    pub fn set_cookie_named(&self, name: &str) -> Option<&str> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.split(';').next().is_some_and(|pair| pair.contains(name)))
    }

    /// The body without the Unicode isolation marks Fluent puts around variables.
    pub fn text(&self) -> String {
        self.body.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// The value of a successful server function reply.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("unexpected reply ({e}): {}", self.body))
    }

    /// The typed error in a server function's error reply.
    pub fn error(&self) -> app::error::AppError {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not an AppError ({e}): {}", self.body))
    }
}

/// The PostgreSQL server the tests run against (e.g. `postgres://postgres@127.0.0.1:55432`), if
/// any.
pub fn postgres_server() -> Option<String> {
    std::env::var("TWOFOLD_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
}

/// A URL for a new, empty database: a new database on the PostgreSQL test server, or a SQLite
/// file in `dir`.
pub async fn fresh_database_url(dir: &TempDir) -> String {
    let Some(server) = postgres_server() else {
        return format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
    };
    use sqlx::Connection;
    let name = format!("twofold_test_{:016x}", rand::random::<u64>());
    let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres"))
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    admin.close().await.unwrap();
    format!("{server}/{name}")
}

pub async fn test_config(dir: &TempDir) -> Config {
    let mut config = Config::from_lookup(|_| None).unwrap();
    config.data_dir = dir.path().to_path_buf();
    config.database_url = fresh_database_url(dir).await.into();
    config.session_key = Some(SecretKey([42; 64]));
    config.totp_keys = vec![(1, SecretKey([3; 32]))];
    config.backup_code_key = Some(SecretKey([5; 32]));
    // Security keys answer for this origin (the soft keys of the tests say they are on it).
    config.public_url = url::Url::parse(KEY_ORIGIN).unwrap();
    // The test client is a proxy on the loopback address: its `X-Forwarded-For` is the client.
    config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    config
}

impl TestApp {
    /// An app that sends its mail to a test SMTP server (returned with it).
    pub async fn with_smtp() -> (smtp::SmtpServer, Self) {
        let smtp = smtp::SmtpServer::start().await;
        let dir = TempDir::new().unwrap();
        let mut config = test_config(&dir).await;
        config.smtp_url = Some(smtp.url.clone().into());
        (
            smtp,
            Self::with_config(config, std::sync::Arc::new(dir)).await,
        )
    }

    /// An app whose mail goes to an SMTP server that is down (nothing listens on its port).
    pub async fn with_smtp_down() -> Self {
        let dir = TempDir::new().unwrap();
        let mut config = test_config(&dir).await;
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
        Self::with_config(config, std::sync::Arc::new(dir)).await
    }

    pub async fn new() -> Self {
        let dir = TempDir::new().unwrap();
        let config = test_config(&dir).await;
        Self::with_config(config, std::sync::Arc::new(dir)).await
    }

    pub async fn with_config(config: Config, dir: std::sync::Arc<TempDir>) -> Self {
        Self::with_clock(config, dir, server::clock::ManualClock::new()).await
    }

    pub async fn with_clock(
        config: Config,
        dir: std::sync::Arc<TempDir>,
        clock: server::clock::ManualClock,
    ) -> Self {
        let options = leptos::config::get_configuration(None)
            .unwrap()
            .leptos_options;
        Self::with_options(config, dir, clock, options).await
    }

    /// An app serving the browser assets under `site_root` (its `pkg/` folder).
    pub async fn with_site(site_root: &std::path::Path) -> Self {
        let dir = TempDir::new().unwrap();
        let config = test_config(&dir).await;
        let mut options = leptos::config::get_configuration(None)
            .unwrap()
            .leptos_options;
        options.site_root = site_root.to_string_lossy().into_owned().into();
        let clock = server::clock::ManualClock::new();
        Self::with_options(config, std::sync::Arc::new(dir), clock, options).await
    }

    async fn with_options(
        config: Config,
        dir: std::sync::Arc<TempDir>,
        clock: server::clock::ManualClock,
        options: leptos::config::LeptosOptions,
    ) -> Self {
        let app = server::build_with_clock(&config, options, std::sync::Arc::new(clock.clone()))
            .await
            .unwrap();
        Self {
            router: app.router,
            pool: app.pool,
            config,
            cookie: None,
            device_cookie: None,
            trust_cookie: None,
            clock,
            client_ip: Some("203.0.113.7".to_owned()),
            guard: app.guard,
            mailer: app.mailer,
            factors: app.two_factor,
            _dir: dir,
        }
    }

    /// The same database, keys and clock, as a second server (or the same one after a restart)
    /// would have.
    pub async fn restarted(&self) -> Self {
        let mut app =
            Self::with_clock(self.config.clone(), self._dir.clone(), self.clock.clone()).await;
        app.cookie = self.cookie.clone();
        app.device_cookie = self.device_cookie.clone();
        app.trust_cookie = self.trust_cookie.clone();
        app
    }

    /// The same server seen from another browser: no cookie, another address.
    pub fn other_browser(&self, ip: &str) -> Self {
        Self {
            router: self.router.clone(),
            pool: self.pool.clone(),
            config: self.config.clone(),
            cookie: None,
            device_cookie: None,
            trust_cookie: None,
            clock: self.clock.clone(),
            client_ip: Some(ip.to_owned()),
            guard: self.guard.clone(),
            mailer: self.mailer.clone(),
            factors: self.factors.clone(),
            _dir: self._dir.clone(),
        }
    }

    /// The data directory (mail goes to `outbox/` there unless `SMTP_URL` is set).
    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub async fn send(&mut self, request: Request<Body>) -> Reply {
        // A stuck render fails the test with the request's name instead of hanging the suite.
        let what = format!("{} {}", request.method(), request.uri());
        let response: Response<Body> = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            self.router.clone().oneshot(request),
        )
        .await
        .unwrap_or_else(|_| panic!("no response in 10 s to {what}"))
        .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for set in headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            let pair = set.split(';').next().unwrap().trim().to_owned();
            let cleared = set.contains("Max-Age=0") || pair.ends_with('=');
            let kept = if cleared { None } else { Some(pair.clone()) };
            if pair.contains("twofold_device=") {
                self.device_cookie = kept;
            } else if pair.contains("twofold_trust=") {
                self.trust_cookie = kept;
            } else if pair.contains("twofold_session=") {
                self.cookie = kept;
            }
        }
        let body = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            to_bytes(response.into_body(), usize::MAX),
        )
        .await
        .unwrap_or_else(|_| panic!("body of {what} not finished in 10 s"))
        .unwrap();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
            bytes: body.to_vec(),
        }
    }

    /// A request as this browser sends it (its cookies, address and agent), to finish.
    pub fn request_builder(&self, method: &str, path: &str) -> axum::http::request::Builder {
        self.request(method, path)
    }

    fn request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "localhost")
            .header(header::USER_AGENT, TEST_USER_AGENT)
            .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                [127, 0, 0, 1],
                40_000,
            ))));
        let cookies: Vec<&str> = [&self.cookie, &self.device_cookie, &self.trust_cookie]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !cookies.is_empty() {
            builder = builder.header(header::COOKIE, cookies.join("; "));
        }
        if let Some(ip) = &self.client_ip {
            builder = builder.header("x-forwarded-for", ip);
        }
        builder
    }

    /// Calls a server function as the hydrated app does (fetch, no `text/html` in Accept).
    pub async fn call(&mut self, endpoint: &str, form: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded(form);
        let request = self
            .request("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Calls a server function with extra request headers (`Origin`, `Sec-Fetch-Site`…).
    pub async fn call_with_headers(
        &mut self,
        endpoint: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self
            .request("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(Body::from(serde_urlencoded(form))).unwrap();
        self.send(request).await
    }

    /// Submits a form as a browser without JavaScript does.
    pub async fn submit(&mut self, endpoint: &str, referer: &str, form: &[(&str, &str)]) -> Reply {
        let request = self
            .request("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::REFERER, format!("http://localhost{referer}"))
            .body(Body::from(serde_urlencoded(form)))
            .unwrap();
        self.send(request).await
    }

    pub async fn raw(
        &mut self,
        method: &str,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let request = self
            .request(method, path)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::CONTENT_LENGTH, body.len())
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// A page, with extra request headers.
    pub async fn get_with_headers(&mut self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = self
            .request("GET", path)
            .header(header::ACCEPT, "text/html");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.get_with_headers(path, &[]).await
    }

    /// The single value `sql` selects (as column `v`).
    pub async fn scalar<T>(&self, sql: &str) -> T
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
    {
        use sqlx::Row;
        sqlx::query(sql)
            .fetch_one(&self.pool)
            .await
            .unwrap()
            .try_get("v")
            .unwrap()
    }

    /// Sets a number inside every session's (JSON) data, as if time had passed: `path` leads
    /// to the field, e.g. `["twofold", "signed_in_at"]` (see `domain::session`).
    pub async fn set_in_sessions(&self, path: &[&str], value: i64) {
        let sql = if postgres_server().is_some() {
            format!(
                "UPDATE sessions SET data = jsonb_set(data::jsonb, '{{{}}}', to_jsonb($1::bigint))::text",
                path.join(",")
            )
        } else {
            format!(
                "UPDATE sessions SET data = json_set(data, '$.{}', $1)",
                path.join(".")
            )
        };
        sqlx::query(&sql)
            .bind(value)
            .execute(&self.pool)
            .await
            .unwrap();
    }

    /// The administrator's commands on this app's database and keys.
    pub fn admin(&self) -> server::services::admin::Admin {
        let keys = server::keys::load(&self.config).unwrap();
        server::services::admin::Admin::new(self.pool.clone(), keys.totp, self.guard.clone())
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
        let no_factor = domain::keys::Proof::Code(String::new());
        let setup = service
            .start_authenticator(user, email, &no_factor, &domain::Client::default())
            .await
            .unwrap();
        let key = setup.manual_key.clone();
        let first = code_at(&key, self.clock.now() - 30);
        let mailed = self.mailed_code(email).await;
        let codes = service
            .confirm_authenticator(user, &first, &mailed, &domain::Client::default())
            .await
            .unwrap()
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

pub fn serde_urlencoded(form: &[(&str, &str)]) -> String {
    form.iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k, false), percent_encode(v, false)))
        .collect::<Vec<_>>()
        .join("&")
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
