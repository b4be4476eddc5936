//! Logging refusals without letting an attacker flood the log: a refused request of a key (an
//! address, a scope) writes a line at once, and then at most one a minute, saying how many
//! were refused since the line before.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

/// How often a key that keeps being refused gets a line.
const EVERY: Duration = Duration::from_secs(60);
/// Keys remembered before those without a refusal in the last minute are forgotten.
const MAX_KEYS: usize = 100_000;

#[derive(Clone, Default)]
pub struct RefusalLog(Arc<Mutex<HashMap<String, (Instant, u64)>>>);

impl RefusalLog {
    /// Counts a refusal of `key`; returns how many refusals the line due now reports (this one
    /// and those not logged since the last line), or `None` while the key's minute lasts.
    pub fn count(&self, key: &str, now: Instant) -> Option<u64> {
        let mut keys = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if keys.len() >= MAX_KEYS {
            keys.retain(|_, (since, _)| now.duration_since(*since) < EVERY);
        }
        match keys.get_mut(key) {
            Some((since, unlogged)) if now.duration_since(*since) < EVERY => {
                *unlogged += 1;
                None
            }
            Some((since, unlogged)) => {
                let refused = *unlogged + 1;
                (*since, *unlogged) = (now, 0);
                Some(refused)
            }
            None => {
                keys.insert(key.to_owned(), (now, 0));
                Some(1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_gets_a_line_at_once_then_one_a_minute_with_the_count() {
        let log = RefusalLog::default();
        let start = Instant::now();
        assert_eq!(log.count("a", start), Some(1));
        for i in 1..1000 {
            assert_eq!(log.count("a", start + Duration::from_millis(i)), None);
        }
        assert_eq!(log.count("b", start), Some(1), "each key its own");
        assert_eq!(log.count("a", start + EVERY), Some(1000));
        assert_eq!(log.count("a", start + EVERY + Duration::from_secs(1)), None);
    }
}
