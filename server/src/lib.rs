//! Twofold's server: configuration, storage, services and the axum application around the
//! Leptos app. `main.rs` only loads the configuration and calls [`run`].

pub mod cli;
pub mod clock;
pub mod config;
pub mod http;
pub mod layers;
pub mod maintenance;
pub mod metrics;
pub mod private_files;
pub mod secrets;
pub mod services;
pub mod serving;
pub mod site;
pub mod state;
pub mod storage;
pub mod telemetry;

use std::{path::Path, sync::Arc};

use app::{App, shell};
use axum::{Router, http::StatusCode, middleware, routing::get};
use domain::ports::{Services, SessionPolicy};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::{
    limit::RequestBodyLimitLayer, services::ServeFile, set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer, trace::TraceLayer,
};

use crate::{
    clock::{Clock, SystemClock},
    config::Config,
    services::{
        accounts::AccountService,
        administration::AdminConsole,
        devices::Devices,
        guard::Guard,
        keys::KeyService,
        limits::Limiter,
        login::LoginService,
        mail::{Mailer, Transport},
        operator::Operator,
        ownership::OwnershipService,
        passwords::Passwords,
        policy::PolicyService,
        security::SecurityService,
        sessions::SessionsService,
        trust::TrustedBrowsers,
        two_factor::{self, TwoFactorService},
    },
    state::AppState,
    storage::sessions::DbSessionStore,
};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Storage(#[from] storage::StorageError),
    #[error(transparent)]
    Secrets(#[from] secrets::SecretsError),
    #[error("SMTP_URL: {0}")]
    Mail(String),
    #[error("leptos configuration: {0}")]
    Leptos(String),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Serve(std::io::Error),
    #[error("compressing the browser assets: {0}")]
    Compress(std::io::Error),
    #[error(transparent)]
    Site(#[from] site::Mismatch),
    #[error("TWOFOLD_PUBLIC_URL: {0}")]
    RelyingParty(String),
}

/// A built application: the router, the database, the session store for housekeeping, and the
/// mailer whose worker `run` starts.
pub struct Twofold {
    pub router: Router,
    pub pool: storage::Db,
    pub sessions: DbSessionStore,
    pub mailer: Mailer,
    pub guard: Guard,
    /// The factors' service (also the pages' `Keys`).
    pub two_factor: TwoFactorService,
}

/// Everything but the web: the database, the secrets and the services on one clock (also what
/// the `admin` commands use).
pub struct Core {
    pub pool: storage::Db,
    pub secrets: secrets::Secrets,
    pub guard: Guard,
    pub mailer: Mailer,
}

/// Loads the secrets, connects and migrates the database, and builds the services.
pub async fn assemble(config: &Config, clock: Arc<dyn Clock>) -> Result<Core, StartError> {
    // Secrets first: a misconfigured production server stops before touching the database.
    let secrets = secrets::load(config)?;
    let transport =
        Transport::new(config.smtp_url.as_deref(), &config.data_dir).map_err(StartError::Mail)?;
    let pool = storage::connect(&config.database_url).await?;
    let mailer = Mailer::new(
        pool.clone(),
        clock.clone(),
        secrets.totp.clone(),
        transport,
        config.mail_from.clone(),
    );
    let guard = Guard {
        limiter: Limiter::new(pool.clone(), clock.clone()),
        security: Arc::new(SecurityService::new(
            pool.clone(),
            clock.clone(),
            mailer.clone(),
        )),
        policy: PolicyService::new(pool.clone(), clock),
    };
    Ok(Core {
        pool,
        secrets,
        guard,
        mailer,
    })
}

impl Core {
    /// The privileged actions on accounts (the command line's, the administrator page's).
    pub fn operator(&self) -> Operator {
        Operator::new(
            self.pool.clone(),
            self.secrets.totp.clone(),
            self.guard.clone(),
        )
    }
}

/// Builds the application on the system clock.
pub async fn build(config: &Config, leptos_options: LeptosOptions) -> Result<Twofold, StartError> {
    build_with_clock(config, leptos_options, Arc::new(SystemClock)).await
}

/// Builds the application; its limits and logs go by `clock` (tests move it).
pub async fn build_with_clock(
    config: &Config,
    leptos_options: LeptosOptions,
    clock: Arc<dyn Clock>,
) -> Result<Twofold, StartError> {
    let core = assemble(config, clock.clone()).await?;
    let pool = core.pool.clone();
    let relying_party =
        services::keys::relying_party(&config.public_url, config.rp_id.as_deref(), &config.issuer)
            .map_err(StartError::RelyingParty)?;
    let security_keys = KeyService::new(pool.clone(), Arc::new(relying_party), core.guard.clone());
    let devices = Devices::new(&core.secrets.session.0, config.cookie_secure);
    let accounts = AccountService::new(
        pool.clone(),
        Passwords::default(),
        core.guard.clone(),
        devices.clone(),
        config.sign_ups_per_hour,
    );
    let two_factor = TwoFactorService::new(two_factor::Parts {
        pool: pool.clone(),
        secrets: core.secrets.totp.clone(),
        hasher: core.secrets.backup_codes.clone(),
        issuer: config.issuer.clone(),
        guard: core.guard.clone(),
        keys: security_keys,
    });
    let trust = TrustedBrowsers::new(
        pool.clone(),
        clock.clone(),
        config.trusted_browser_days,
        config.cookie_secure,
    );
    let trust_cookie = trust.cookie_name();
    let login = LoginService {
        pool: pool.clone(),
        clock,
        accounts: accounts.clone(),
        two_factor: two_factor.clone(),
        security: core.guard.security.clone(),
        trust,
    };
    let admin = AdminConsole {
        pool: pool.clone(),
        operator: core.operator(),
        accounts: accounts.clone(),
        two_factor: two_factor.clone(),
    };
    let ownership = OwnershipService::new(
        pool.clone(),
        accounts.clone(),
        two_factor.clone(),
        core.mailer.clone(),
        config.public_url.clone(),
    );
    let security = core.guard.security.clone();
    let services = Services {
        accounts: Arc::new(accounts),
        ownership: Arc::new(ownership),
        login: Arc::new(login),
        two_factor: Arc::new(two_factor.clone()),
        keys: Arc::new(two_factor.clone()),
        security_log: core.guard.security.clone(),
        sessions: Arc::new(SessionsService::new(pool.clone(), security)),
        admin: Arc::new(admin),
        session_policy: SessionPolicy::new(
            i64::try_from(config.session_max_age.as_secs()).unwrap_or(i64::MAX),
            i64::try_from(config.session_idle.as_secs()).unwrap_or(i64::MAX),
        ),
    };
    // The bundle is served under its version (`site::version`), and the pages point there.
    let mut leptos_options = leptos_options;
    let bundle = site::pkg_dir(&leptos_options);
    let version = site::version(&bundle);
    if let Some(version) = &version {
        leptos_options.site_pkg_dir = format!("{}/{version}", leptos_options.site_pkg_dir).into();
    }
    let preloads = app::island::preload::Bundle::read(
        &bundle,
        &format!("/{}", leptos_options.site_pkg_dir),
        &leptos_options.output_name,
    );
    let state = AppState {
        leptos_options,
        services,
    };
    let sessions = DbSessionStore::new(pool.clone());

    let context = {
        let services = state.services.clone();
        move || {
            provide_context(services.clone());
            provide_context(preloads.clone());
            layers::PageNonce::remember();
        }
    };
    let routes = route_list();
    // leptos_routes_with_context also mounts every server function (POST /api/<endpoint>).
    let router = Router::new()
        .route("/health", get(http::health).with_state(pool.clone()))
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        // The site's files, served as they are; every other path gets the app's "not found"
        // page. Not through Leptos's file handler: for a file it copies the status and headers
        // of whatever response options its reactive owner can reach, which can be another
        // request's being rendered on the same thread (a redirect, a `Set-Cookie`): a
        // stylesheet then came back as that page's redirect to the login.
        .nest_service("/pkg", site::router(version.as_deref(), &bundle))
        // The icon keeps its address from build to build: kept for a day.
        .route_service(
            "/favicon.svg",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    axum::http::header::CACHE_CONTROL,
                    axum::http::HeaderValue::from_static("public, max-age=86400"),
                ))
                .service(ServeFile::new(
                    Path::new(&*state.leptos_options.site_root).join("favicon.svg"),
                )),
        )
        .fallback(state::not_found(context, state.clone()))
        .layer(middleware::from_fn_with_state(
            layers::PolicyGate {
                sessions: state.services.session_policy,
                policy: core.guard.policy.clone(),
            },
            layers::two_factor_policy,
        ))
        .layer(middleware::from_fn_with_state(
            state.services.session_policy,
            layers::end_expired_sign_ins,
        ))
        .layer(layers::sessions(
            sessions.clone(),
            config,
            &core.secrets.session,
        ))
        .layer(middleware::from_fn_with_state(
            layers::FloodGuard::new(config.api_requests_per_minute),
            layers::flood_guard,
        ))
        .layer(middleware::from_fn_with_state(
            layers::RefusalLog::default(),
            layers::same_origin_only,
        ))
        .layer(middleware::from_fn_with_state(
            layers::ClientPolicy {
                trusted_proxies: config.trusted_proxies.clone().into(),
                device_cookie: devices.cookie_name(),
                trust_cookie,
            },
            layers::client_info,
        ))
        // Inside the security headers: a refused body's 413 (and a slow request's 408) carries
        // them too.
        .layer(RequestBodyLimitLayer::new(layers::MAX_REQUEST_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(middleware::from_fn_with_state(
            config.hsts_seconds,
            layers::security_headers,
        ))
        .layer(layers::compression())
        // Spans name the path only: a query may hold a mailed link's token.
        .layer(TraceLayer::new_for_http().make_span_with(
            |request: &axum::http::Request<axum::body::Body>| {
                tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
            },
        ))
        .with_state(state);
    Ok(Twofold {
        router,
        pool,
        sessions,
        mailer: core.mailer,
        guard: core.guard,
        two_factor,
    })
}

/// Applies pending database migrations and returns (the `server migrate` command; the server
/// also migrates at start-up).
pub async fn migrate(config: &Config) -> Result<(), StartError> {
    let pool = storage::open(&config.database_url).await?;
    storage::migrate(&pool, &config.database_url).await?;
    pool.close().await;
    Ok(())
}

/// Writes the compressed copies of the configured site's bundle (`server compress-site`; see
/// [`site::precompress`]) and returns how many it wrote.
pub fn compress_site() -> Result<usize, StartError> {
    let conf =
        leptos::config::get_configuration(None).map_err(|e| StartError::Leptos(e.to_string()))?;
    site::precompress(&site::pkg_dir(&conf.leptos_options)).map_err(StartError::Compress)
}

/// Serves Twofold until Ctrl-C or SIGTERM.
pub async fn run(config: Config) -> Result<(), StartError> {
    let conf =
        leptos::config::get_configuration(None).map_err(|e| StartError::Leptos(e.to_string()))?;
    let addr = config.addr.unwrap_or(conf.leptos_options.site_addr);
    let options = &conf.leptos_options;
    let bundle = site::bundle_path(&site::pkg_dir(options), &options.output_name);
    match site::check(&bundle)? {
        site::Site::Matches => site::compress_in_a_child().await,
        site::Site::Missing(path) => tracing::warn!(
            path = %path.display(),
            "no browser assets: pages are served without their interactive parts \
             (build them with `cargo leptos build --split`, or set LEPTOS_SITE_ROOT)"
        ),
    }
    let app = build(&config, conf.leptos_options).await?;
    app.mailer.clone().spawn_worker();

    maintenance::spawn(
        app.pool.clone(),
        app.sessions.clone(),
        config.security_log_days,
    );

    if let Some(metrics_addr) = config.metrics_addr {
        http::metrics::serve(metrics_addr, app.pool.clone()).await?;
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| StartError::Listen { addr, source })?;
    tracing::info!(mode = ?config.mode, "Twofold is listening on http://{addr}");
    serving::serve(
        listener,
        app.router,
        serving::HEADER_READ_TIMEOUT,
        serving::shutdown_signal(),
    )
    .await
    .map_err(StartError::Serve)
}

/// The app's routes, generated once per process. Generating them runs the app with resource
/// loading suppressed process-wide, so it must not overlap with rendering (leptos#4773): a
/// second server built in the same process (tests) reuses the first list.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}
