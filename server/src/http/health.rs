//! `GET /health`, for load balancers.

use axum::{extract::State, http::StatusCode};

use crate::storage;

/// For load balancers: 200 `ok` when this server can reach the database, 503 otherwise.
pub async fn health(State(pool): State<storage::Db>) -> (StatusCode, &'static str) {
    match storage::ping(&pool).await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(err) => {
            tracing::warn!(error = %err, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}
