//! What every service that checks passwords or codes shares.

use std::sync::Arc;

use super::{limits, security};

/// What every service that checks passwords or codes shares: the attempt limits and the
/// security log (with its notifications), on the same clock.
#[derive(Clone)]
pub struct Guard {
    pub limiter: limits::Limiter,
    pub security: Arc<security::SecurityService>,
}

impl Guard {
    pub fn now(&self) -> i64 {
        self.limiter.now()
    }
}
