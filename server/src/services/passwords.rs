//! Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane), off the async
//! runtime in `spawn_blocking`, at most one per core at a time: more would not finish sooner,
//! and a burst of logins would otherwise take 19 MiB each at once.

use std::sync::Arc;

use app::error::AppError;
use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHasher, PasswordVerifier},
};
use tokio::sync::{OnceCell, Semaphore};

use super::internal;

#[derive(Clone)]
pub struct Passwords {
    params: Params,
    /// A hash of a random password: verifying against it makes unknown accounts cost the same
    /// as known ones.
    dummy_hash: Arc<OnceCell<String>>,
    /// One permit per core: hashes beyond that wait their turn.
    permits: Arc<Semaphore>,
}

impl Default for Passwords {
    fn default() -> Self {
        Self::new(Params::DEFAULT)
    }
}

impl Passwords {
    pub fn new(params: Params) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Self {
            params,
            dummy_hash: Arc::new(OnceCell::new()),
            permits: Arc::new(Semaphore::new(cores)),
        }
    }

    /// Runs one argon2 computation on a blocking thread when a core is free.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(internal("password hashing permit"))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(internal("password hashing task"))
    }

    fn hasher(params: Params) -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    /// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
    pub async fn hash(&self, password: &str) -> Result<String, AppError> {
        let params = self.params.clone();
        let password = password.to_owned();
        self.run(move || {
            Self::hasher(params)
                .hash_password(password.as_bytes())
                .map(|hash| hash.to_string())
        })
        .await?
        .map_err(internal("password hashing"))
    }

    /// Checks `password` against `hash`; with no hash (unknown account), checks it against a
    /// dummy hash and returns false, taking the same time.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, AppError> {
        let (hash, known) = match hash {
            Some(hash) => (hash.to_owned(), true),
            None => (self.dummy_hash().await?.clone(), false),
        };
        let password = password.to_owned();
        let params = self.params.clone();
        let matches = self
            .run(move || {
                Self::hasher(params)
                    .verify_password(password.as_bytes(), hash.as_str())
                    .is_ok()
            })
            .await?;
        Ok(known && matches)
    }

    async fn dummy_hash(&self) -> Result<&String, AppError> {
        self.dummy_hash
            .get_or_try_init(|| async {
                let random: [u8; 16] = rand::random();
                self.hash(&base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    random,
                ))
                .await
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_round_trip_uses_argon2id_owasp_parameters() {
        let passwords = Passwords::default();
        let hash = passwords.hash("correct horse battery").await.expect("hash");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            passwords
                .verify("correct horse battery", Some(&hash))
                .await
                .expect("verify")
        );
        assert!(
            !passwords
                .verify("correct horse batterY", Some(&hash))
                .await
                .expect("verify")
        );
        let again = passwords.hash("correct horse battery").await.expect("hash");
        assert_ne!(hash, again, "each hash has its own salt");
    }

    #[tokio::test]
    async fn unknown_accounts_never_verify() {
        let passwords = Passwords::default();
        assert!(
            !passwords
                .verify("anything at all", None)
                .await
                .expect("verify")
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_hashes_at_once_than_cores() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let passwords = Passwords::default();
        let cores = passwords.permits.available_permits();
        let active = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let runs = (0..cores * 4).map(|_| {
            let (passwords, active, most) = (passwords.clone(), active.clone(), most.clone());
            tokio::spawn(async move {
                passwords
                    .run(move || {
                        let now = active.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        active.fetch_sub(1, Ordering::SeqCst);
                    })
                    .await
            })
        });
        for run in runs.collect::<Vec<_>>() {
            run.await.expect("task").expect("run");
        }
        assert_eq!(most.load(Ordering::SeqCst), cores);
    }
}
