//! Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) on a fixed set
//! of hashing threads, one per core. More at once would not finish sooner; each thread keeps its
//! own 19 MiB of argon2 memory for its whole life, so a burst of logins neither allocates nor
//! zeroes memory per hash, and the server's memory stays at `cores × 19 MiB` for hashing
//! however many requests arrive.

use std::sync::{Arc, Mutex, mpsc};

use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::phc::{Output, ParamsString, Salt},
};
use domain::Fault;
use tokio::sync::{OnceCell, oneshot};

use super::faults::fault;

/// One argon2 computation, given the hashing thread's memory.
type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

#[derive(Clone)]
pub struct Passwords {
    params: Params,
    /// A hash of a random password: verifying against it makes unknown accounts cost the same
    /// as known ones.
    dummy_hash: Arc<OnceCell<String>>,
    /// The queue of the hashing threads; they stop when the last clone of this is dropped.
    jobs: mpsc::Sender<Job>,
}

/// How many hashing threads run: one per core.
fn hashing_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

impl Default for Passwords {
    fn default() -> Self {
        Self::new(Params::DEFAULT)
    }
}

impl Passwords {
    pub fn new(params: Params) -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..hashing_threads() {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    let mut memory = Vec::new();
                    loop {
                        // The lock is held only while waiting for the next job.
                        let next = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        match next {
                            Ok(job) => job(&mut memory),
                            Err(mpsc::RecvError) => return,
                        }
                    }
                });
            if let Err(err) = spawned {
                tracing::error!(error = %err, "could not start a password hashing thread");
            }
        }
        Self {
            params,
            dummy_hash: Arc::new(OnceCell::new()),
            jobs,
        }
    }

    /// Runs one argon2 computation on the next free hashing thread.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T, Fault> {
        let (reply, result) = oneshot::channel();
        self.jobs
            .send(Box::new(move |memory| {
                // The caller may have gone (request cancelled): nothing to tell it then.
                let _ = reply.send(work(memory));
            }))
            .map_err(fault("password hashing queue"))?;
        result.await.map_err(fault("password hashing thread"))
    }

    /// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
    pub async fn hash(&self, password: &str) -> Result<String, Fault> {
        let params = self.params.clone();
        let password = password.to_owned();
        let salt: [u8; 16] = rand::random();
        self.run(move |memory| phc_string(&params, &password, &salt, memory))
            .await?
            .map_err(fault("password hashing"))
    }

    /// Checks `password` against `hash`; with no hash (unknown account), checks it against a
    /// dummy hash and returns false, taking the same time.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, Fault> {
        let (hash, known) = match hash {
            Some(hash) => (hash.to_owned(), true),
            None => (self.dummy_hash().await?.clone(), false),
        };
        let password = password.to_owned();
        let matches = self
            .run(move |memory| matches(&password, &hash, memory))
            .await?
            .map_err(fault("password verification"))?;
        Ok(known && matches)
    }

    async fn dummy_hash(&self) -> Result<&String, Fault> {
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

/// The argon2 output of `password` with `salt`, computed in `memory` (grown to the size the
/// parameters need, then kept for the next hash).
fn compute(
    argon2: &Argon2<'_>,
    password: &str,
    salt: &[u8],
    memory: &mut Vec<Block>,
) -> Result<Output, argon2::password_hash::Error> {
    let blocks = argon2.params().block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    let mut out = vec![
        0;
        argon2
            .params()
            .output_len()
            .unwrap_or(Params::DEFAULT_OUTPUT_LEN)
    ];
    argon2.hash_password_into_with_memory(
        password.as_bytes(),
        salt,
        &mut out,
        &mut memory[..blocks],
    )?;
    Ok(Output::new(&out)?)
}

fn phc_string(
    params: &Params,
    password: &str,
    salt: &[u8],
    memory: &mut Vec<Block>,
) -> Result<String, argon2::password_hash::Error> {
    let (algorithm, version) = (Algorithm::Argon2id, Version::V0x13);
    let argon2 = Argon2::new(algorithm, version, params.clone());
    let hash = PasswordHash {
        algorithm: algorithm.ident(),
        version: Some(version.into()),
        params: ParamsString::try_from(params)?,
        salt: Some(Salt::new(salt)?),
        hash: Some(compute(&argon2, password, salt, memory)?),
    };
    Ok(hash.to_string())
}

/// Whether `password` gives the stored PHC `hash`, with the parameters written in it; the
/// outputs are compared in constant time.
fn matches(
    password: &str,
    hash: &str,
    memory: &mut Vec<Block>,
) -> Result<bool, argon2::password_hash::Error> {
    let hash = PasswordHash::new(hash)?;
    let (Some(salt), Some(expected)) = (&hash.salt, &hash.hash) else {
        return Ok(false);
    };
    let argon2 = Argon2::new(
        Algorithm::try_from(hash.algorithm.as_str())?,
        hash.version
            .map_or(Ok(Version::default()), Version::try_from)?,
        Params::try_from(&hash)?,
    );
    Ok(compute(&argon2, password, salt, memory)? == *expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `password` verifies against `hash`.
    async fn verifies(passwords: &Passwords, password: &str, hash: &str) -> bool {
        passwords
            .verify(password, Some(hash))
            .await
            .expect("verify")
    }

    #[tokio::test]
    async fn hash_round_trip_uses_argon2id_owasp_parameters() {
        let passwords = Passwords::default();
        let hash = passwords.hash("correct horse battery").await.expect("hash");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verifies(&passwords, "correct horse battery", &hash).await);
        assert!(!verifies(&passwords, "correct horse batterY", &hash).await);
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

    /// Hashes made by the argon2 crate's own `PasswordHasher` (the format stored so far) verify
    /// here, and hashes made here verify there.
    #[tokio::test]
    async fn hashes_are_interchangeable_with_the_argon2_crate() {
        use argon2::{PasswordHasher, PasswordVerifier};
        let passwords = Passwords::default();
        let theirs = Argon2::default()
            .hash_password(b"maple orbit 42")
            .expect("hash")
            .to_string();
        assert!(verifies(&passwords, "maple orbit 42", &theirs).await);
        assert!(!verifies(&passwords, "maple orbit 43", &theirs).await);
        let ours = passwords.hash("maple orbit 42").await.expect("hash");
        let parsed = PasswordHash::new(&ours).expect("PHC string");
        assert!(
            Argon2::default()
                .verify_password(b"maple orbit 42", &parsed)
                .is_ok()
        );
        assert!(
            Argon2::default()
                .verify_password(b"maple orbit 43", &parsed)
                .is_err()
        );
    }

    /// A hashing thread reuses its memory: the second hash in the same memory (left full of
    /// the first one's blocks) is still right.
    #[tokio::test]
    async fn reused_memory_gives_the_same_results() {
        let passwords = Passwords::new(Params::new(64, 1, 1, None).expect("params"));
        let first = passwords.hash("first password").await.expect("hash");
        for _ in 0..hashing_threads() * 2 {
            assert!(verifies(&passwords, "first password", &first).await);
            let other = passwords.hash("another one").await.expect("hash");
            assert!(verifies(&passwords, "another one", &other).await);
        }
    }

    #[tokio::test]
    async fn malformed_hashes_are_internal_errors_not_matches() {
        let passwords = Passwords::default();
        assert!(
            passwords
                .verify("anything", Some("$argon2id$v=19$garbage"))
                .await
                .is_err()
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_hashes_at_once_than_cores() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let passwords = Passwords::default();
        let cores = hashing_threads();
        let active = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let runs = (0..cores * 4).map(|_| {
            let (passwords, active, most) = (passwords.clone(), active.clone(), most.clone());
            tokio::spawn(async move {
                passwords
                    .run(move |_memory| {
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
