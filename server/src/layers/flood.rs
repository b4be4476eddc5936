//! The flood guard: a coarse per-address budget of server-function requests.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Instant,
};

use app::error::AppError;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use domain::Client;

use super::{error_response, refusals::RefusalLog};
use crate::services::limits::address_key;

/// A coarse per-address request budget for server functions, kept by each server in memory: a
/// flood guard in front of the database. (The attempt limits that matter for security are in
/// the database, shared by every server.)
#[derive(Clone)]
pub struct FloodGuard {
    per_minute: f64,
    buckets: Arc<Mutex<Generations>>,
    /// A refused address is logged once a minute, with the count.
    refusals: RefusalLog,
}

/// Each address's bucket: `(tokens, when last refilled)`.
type Bucket = (f64, Instant);

/// The buckets in two generations: an address seen in neither gets a full bucket in the
/// current one; one of the previous generation moves over with what it has left. When the
/// current generation is full it becomes the previous one (the older is dropped whole), so
/// memory stays bounded at [`MAX_TRACKED`] without ever scanning the map.
#[derive(Default)]
struct Generations {
    current: HashMap<String, Bucket>,
    previous: HashMap<String, Bucket>,
}

/// Addresses remembered at the most (over both generations).
const MAX_TRACKED: usize = 100_000;

impl Generations {
    fn bucket(&mut self, address: &str, full: Bucket) -> &mut Bucket {
        if !self.current.contains_key(address) {
            let carried = self.previous.remove(address);
            if self.current.len() >= MAX_TRACKED / 2 {
                self.previous = std::mem::take(&mut self.current);
            }
            self.current
                .insert(address.to_owned(), carried.unwrap_or(full));
        }
        self.current.get_mut(address).expect("inserted above")
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}

impl FloodGuard {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: f64::from(per_minute),
            buckets: Arc::default(),
            refusals: RefusalLog::default(),
        }
    }

    /// Takes one request from the address's bucket (refilled continuously); `false` if empty.
    fn allow(&self, address: &str, now: Instant) -> bool {
        let Ok(mut buckets) = self.buckets.lock() else {
            return true;
        };
        let (tokens, at) = buckets.bucket(address, (self.per_minute, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_minute / 60.0)
            .min(self.per_minute);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

pub async fn flood_guard(
    State(guard): State<FloodGuard>,
    request: Request,
    next: Next,
) -> Response {
    let address = request
        .extensions()
        .get::<Client>()
        .and_then(|c| c.ip.as_deref())
        .map(address_key);
    let now = Instant::now();
    if request.uri().path().starts_with("/api/")
        && let Some(address) = address
        && !guard.allow(&address, now)
    {
        if let Some(refused) = guard.refusals.count(&address, now) {
            tracing::warn!(address, refused, "server-function flood guard");
        }
        return error_response(&AppError::TooManyAttempts { seconds: 60 });
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use axum::{Router, body::Body, middleware, routing::post};
    use tower::ServiceExt;

    use super::*;

    /// Where the test's log lines go.
    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Lines {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_burst_of_refused_requests_writes_a_bounded_number_of_lines() {
        let lines = Lines::default();
        let writer = lines.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let router = Router::new()
            .route("/api/ping", post(|| async { "pong" }))
            .layer(middleware::from_fn_with_state(
                FloodGuard::new(5),
                flood_guard,
            ));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let statuses = tracing::subscriber::with_default(subscriber, || {
            runtime.block_on(async {
                let mut statuses = Vec::new();
                for _ in 0..2000 {
                    let mut request = Request::post("/api/ping")
                        .body(Body::empty())
                        .expect("request");
                    request.extensions_mut().insert(Client {
                        ip: Some("203.0.113.50".to_owned()),
                        ..Client::default()
                    });
                    let response = router.clone().oneshot(request).await.expect("response");
                    statuses.push(response.status().as_u16());
                }
                statuses
            })
        });
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 5);
        assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 1995);
        let text = String::from_utf8(lines.0.lock().expect("lines").clone()).expect("utf-8");
        let logged = text.lines().filter(|l| l.contains("flood guard")).count();
        assert_eq!(
            logged, 1,
            "one line for the address within the minute:\n{text}"
        );
    }

    #[test]
    fn memory_stays_bounded_and_a_busy_address_keeps_its_empty_bucket() {
        let guard = FloodGuard::new(2);
        let now = Instant::now();
        assert!(guard.allow("198.51.100.1", now));
        assert!(guard.allow("198.51.100.1", now));
        assert!(!guard.allow("198.51.100.1", now));
        // Half the bound in other addresses: the busy one moves to the previous generation,
        // and comes back from there still empty.
        for n in 0..MAX_TRACKED / 2 {
            guard.allow(&format!("a{n}"), now);
        }
        assert!(!guard.allow("198.51.100.1", now));
        for n in 0..3 * MAX_TRACKED {
            guard.allow(&format!("b{n}"), now);
        }
        let tracked = guard.buckets.lock().expect("buckets").len();
        assert!(tracked <= MAX_TRACKED, "{tracked}");
    }
}
