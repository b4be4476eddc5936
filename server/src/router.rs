//! The axum application: the pages and server functions, the site's files, and the layers
//! every request passes (outermost last).

use std::path::Path;

use app::{App, shell};
use axum::{Router, http::StatusCode, middleware, routing::get};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::{
    limit::RequestBodyLimitLayer, services::ServeFile, set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer, trace::TraceLayer,
};

use crate::{
    config::Config,
    http, layers, site, state,
    state::AppState,
    storage::sessions::DbSessionStore,
    wiring::{Core, Wired},
};

/// The router of the application over `wired`'s services, with its session store.
pub fn router(
    config: &Config,
    core: &Core,
    wired: &Wired,
    leptos_options: LeptosOptions,
) -> (Router, DbSessionStore) {
    let pool = core.pool.clone();
    let services = wired.services.clone();
    let trust_cookie = wired.trust_cookie;
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
        .merge(http::oidc::router(http::oidc::Provider {
            grants: core.grants(issuer(config)),
            keys: core.signing_keys(),
        }))
        .merge(http::discovery::router(&issuer(config)))
        .merge(http::logout::router(http::logout::EndSession {
            logout: core.logout(issuer(config)),
            lifetime: state.services.session_lifetime,
        }))
        .merge(http::authorize::router(http::authorize::Authorize {
            flow: core.flow(issuer(config)),
            lifetime: state.services.session_lifetime,
        }))
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
                lifetime: state.services.session_lifetime,
                policy: core.guard.policy.clone(),
            },
            layers::two_factor_policy,
        ))
        .layer(middleware::from_fn_with_state(
            state.services.session_lifetime,
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
            layers::ClientReader {
                trusted_proxies: config.trusted_proxies.clone().into(),
                device_cookie: wired.device_cookie,
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
            layers::HeadersConfig {
                hsts_seconds: config.hsts_seconds,
                apps: core.applications(),
            },
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
    (router, sessions)
}

/// The provider's issuer: the public address, without a trailing slash.
pub fn issuer(config: &Config) -> openidconnect::IssuerUrl {
    let address = config.public_url.as_str().trim_end_matches('/').to_owned();
    openidconnect::IssuerUrl::new(address.clone())
        .unwrap_or_else(|_| openidconnect::IssuerUrl::from_url(config.public_url.clone()))
}

/// The app's routes, generated once per process. Generating them runs the app with resource
/// loading suppressed process-wide, so it must not overlap with rendering (leptos#4773): a
/// second server built in the same process (tests) reuses the first list.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}
