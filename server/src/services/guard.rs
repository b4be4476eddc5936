//! What every service that checks passwords or codes shares.

use std::sync::Arc;

use super::{limits, policy, security};

/// What every service that checks passwords or codes shares: the attempt limits, the
/// security log (with its notifications) and the two-factor policy, on the same clock.
#[derive(Clone)]
pub struct Guard {
    pub limiter: limits::Limiter,
    pub security: Arc<security::SecurityService>,
    pub policy: policy::PolicyService,
}

impl Guard {
    pub fn now(&self) -> i64 {
        self.limiter.now()
    }
}
