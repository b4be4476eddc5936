//! A test client for the whole HTTP application on a fresh database: a SQLite file, or a new
//! PostgreSQL database when `TWOFOLD_TEST_POSTGRES` names a server (scripts/test.sh runs the
//! suite both ways).

#![allow(dead_code, clippy::unwrap_used)]

mod accounts;
mod mail;
pub mod oidc;
pub mod process;
pub mod relying_party;
mod requests;
pub mod smtp;

pub use accounts::{GRACE, code_at, code_now, enrolled, too_many, wrong_code};
pub use mail::token_in;
pub mod soft_key;

/// The origin of the tests' deployment, for security keys.
pub const KEY_ORIGIN: &str = "https://twofold.example";

use axum::{
    Router,
    http::{StatusCode, header},
};
use domain::url::percent_encode;
use server::config::{Config, SecretKey};
use tempfile::TempDir;

pub const PASSWORD: &str = "orbit-maple-lantern-42";

/// `user` asking the services for a change, from no session and an unknown client.
pub fn asker(user: domain::UserId) -> domain::Asker<'static> {
    static NOBODY: domain::Client = domain::Client {
        ip: None,
        user_agent: None,
        device: None,
        trust: None,
    };
    domain::Asker {
        user,
        session: None,
        client: &NOBODY,
    }
}

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
}

pub fn serde_urlencoded(form: &[(&str, &str)]) -> String {
    form.iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k, false), percent_encode(v, false)))
        .collect::<Vec<_>>()
        .join("&")
}
