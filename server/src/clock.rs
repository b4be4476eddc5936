//! The time the services go by: the system clock in the server, a clock the tests move.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

pub trait Clock: Send + Sync + 'static {
    /// Unix seconds.
    fn now(&self) -> i64;
}

/// The real time.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        crate::storage::now()
    }
}

/// A clock that stands still until moved (for tests of time limits).
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    /// Starts at the real time.
    pub fn new() -> Self {
        Self(Arc::new(AtomicI64::new(crate::storage::now())))
    }

    /// Sets the time (unix seconds).
    pub fn set(&self, now: i64) {
        self.0.store(now, Ordering::SeqCst);
    }

    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}
