//! The metrics endpoint, on a listener of its own (`TWOFOLD_METRICS_ADDR`): `GET /metrics`
//! in the Prometheus text format (what it counts is in [`crate::metrics`]).

use std::net::SocketAddr;

use axum::{Router, extract::State, http::header, response::IntoResponse, routing::get};
use prometheus_client::encoding::prometheus_text;

use crate::{metrics::render, storage::Db};

/// The metrics listener's routes: `GET /metrics`.
pub fn router(pool: Db) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(pool)
}

async fn scrape(State(pool): State<Db>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, prometheus_text::CONTENT_TYPE)],
        render(&pool).await,
    )
}

/// Serves the metrics on `addr` until the process ends.
pub async fn serve(addr: SocketAddr, pool: Db) -> Result<(), crate::StartError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| crate::StartError::Listen { addr, source })?;
    tracing::info!("metrics on http://{addr}/metrics");
    tokio::spawn(async move {
        if let Err(err) = axum::serve(listener, router(pool)).await {
            tracing::error!(error = %err, "metrics listener stopped");
        }
    });
    Ok(())
}
