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
mod router;
pub mod secrets;
pub mod services;
pub mod serving;
pub mod site;
pub mod state;
pub mod storage;
pub mod telemetry;
pub mod wiring;

use std::sync::Arc;

use axum::Router;
use leptos::config::LeptosOptions;

pub use wiring::{Core, assemble};

use crate::{
    clock::{Clock, SystemClock},
    config::Config,
    services::{guard::Guard, mail::Mailer, two_factor::TwoFactorService},
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
    let core = wiring::assemble(config, clock.clone()).await?;
    let wired = wiring::services(config, &core, clock)?;
    let (router, sessions) = router::router(config, &core, &wired, leptos_options);
    Ok(Twofold {
        router,
        pool: core.pool,
        sessions,
        mailer: core.mailer,
        guard: core.guard,
        two_factor: wired.two_factor,
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
