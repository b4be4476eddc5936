//! Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) on a fixed set
//! of hashing threads, one per core. More at once would not finish sooner, and the server's
//! memory for hashing stays at `cores × 19 MiB` however many requests arrive. A thread keeps its
//! argon2 memory from one hash to the next while hashes keep coming, so a burst of logins
//! neither maps nor zeroes memory per hash; a quarter of a second after the last, it gives the
//! memory back to the system, so a server between bursts holds none of it.
//!
//! Hashes for people not known yet (sign-ups, passwords from browsers that never signed in to
//! the account) may hold at most half of the queue's places: a flood of them answers "busy" to
//! itself while the owners' known browsers and signed-in changes still find room.

use std::{sync::Arc, time::Duration};

use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::phc::{Output, ParamsString, Salt},
};
use domain::Fault;
use tokio::sync::{OnceCell, Semaphore, oneshot};

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
    jobs: flume::Sender<Job>,
    /// Places in the queue (running or waiting): a request that gets none within `wait` is
    /// told the server is busy, so a burst never grows the queue without bound.
    slots: Arc<Semaphore>,
    /// Places of those that hashes for strangers may hold (half of `slots`).
    strangers: Arc<Semaphore>,
    wait: Duration,
}

/// Whom a hash is for (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// A sign-up, or a password from a browser that never signed in to the account.
    Stranger,
    /// A known browser, or a signed-in change.
    Known,
}

/// Hashes queued (running or waiting) per hashing thread at most: with about 25 ms a hash,
/// the last waits well under a second.
const QUEUED_PER_THREAD: usize = 16;
/// How long a request waits for a place in the queue before it is answered "busy".
const SLOT_WAIT: Duration = Duration::from_secs(3);
/// How long a hashing thread keeps its memory after a hash for the next one. Logins arriving
/// together (each a few milliseconds after the last) reuse it; mapping and zeroing 19 MiB anew
/// would cost each of them several milliseconds of CPU.
const KEEP_MEMORY: Duration = Duration::from_millis(250);

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
        Self::with_queue(params, hashing_threads() * QUEUED_PER_THREAD, SLOT_WAIT)
    }

    /// Hashing with at most `slots` hashes queued, each request waiting up to `wait` for one.
    pub fn with_queue(params: Params, slots: usize, wait: Duration) -> Self {
        let (jobs, queue) = flume::unbounded::<Job>();
        for n in 0..hashing_threads() {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    let mut memory = Vec::new();
                    loop {
                        let job = match queue.recv_timeout(KEEP_MEMORY) {
                            Ok(job) => job,
                            Err(flume::RecvTimeoutError::Disconnected) => return,
                            Err(flume::RecvTimeoutError::Timeout) => {
                                // No hash for a while: the memory goes back before the
                                // thread sleeps.
                                memory = Vec::new();
                                match queue.recv() {
                                    Ok(job) => job,
                                    Err(flume::RecvError::Disconnected) => return,
                                }
                            }
                        };
                        job(&mut memory);
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
            slots: Arc::new(Semaphore::new(slots)),
            strangers: Arc::new(Semaphore::new(slots.div_ceil(2))),
            wait,
        }
    }

    /// Runs one argon2 computation on the next free hashing thread, once it has a place in
    /// the queue (`Busy` when none frees up in time). A job whose caller has gone (the request
    /// was cancelled) is skipped, not computed.
    async fn run<T: Send + 'static>(
        &self,
        caller: For,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T, Fault> {
        let started = tokio::time::Instant::now();
        let stranger = match caller {
            For::Stranger => Some(self.place(&self.strangers, self.wait, "strangers").await?),
            For::Known => None,
        };
        let left = self.wait.saturating_sub(started.elapsed());
        let slot = (self.place(&self.slots, left, "all").await?, stranger);
        let (reply, result) = oneshot::channel();
        self.jobs
            .send(Box::new(move |memory| {
                if reply.is_closed() {
                    return;
                }
                let value = work(memory);
                // The place is free before the caller hears back.
                drop(slot);
                let _ = reply.send(value);
            }))
            .map_err(fault("password hashing queue"))?;
        result.await.map_err(fault("password hashing thread"))
    }

    /// A place of `places` within `wait` (`Busy` when none frees up in time).
    async fn place(
        &self,
        places: &Arc<Semaphore>,
        wait: Duration,
        queue: &'static str,
    ) -> Result<tokio::sync::OwnedSemaphorePermit, Fault> {
        tokio::time::timeout(wait, places.clone().acquire_owned())
            .await
            .map_err(|_| {
                tracing::warn!(queue, "password hashing queue full");
                Fault::Busy
            })?
            .map_err(fault("password hashing slots"))
    }

    /// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) for a
    /// signed-in change.
    pub async fn hash(&self, password: &str) -> Result<String, Fault> {
        self.hash_for(For::Known, password).await
    }

    /// The same for `caller`.
    pub async fn hash_for(&self, caller: For, password: &str) -> Result<String, Fault> {
        let params = self.params.clone();
        let password = password.to_owned();
        let salt: [u8; 16] = rand::random();
        self.run(caller, move |memory| {
            phc_string(&params, &password, &salt, memory)
        })
        .await?
        .map_err(fault("password hashing"))
    }

    /// Checks `password` against `hash` for a known caller; with no hash (unknown account),
    /// checks it against a dummy hash and returns false, taking the same time.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, Fault> {
        self.verify_for(For::Known, password, hash).await
    }

    /// The same for `caller`.
    pub async fn verify_for(
        &self,
        caller: For,
        password: &str,
        hash: Option<&str>,
    ) -> Result<bool, Fault> {
        let (hash, known) = match hash {
            Some(hash) => (hash.to_owned(), true),
            None => (self.dummy_hash().await?.clone(), false),
        };
        let password = password.to_owned();
        let matches = self
            .run(caller, move |memory| matches(&password, &hash, memory))
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

/// Blocks reserved (never touched beyond what argon2 uses) for a hashing thread's memory:
/// more than 32 MiB, glibc's largest threshold for mapping a request on its own. Below it, once
/// a mapped block of about that size has been freed, glibc serves the next request from a heap
/// that keeps freed memory for good; above it, the memory is always its own mapping, unmapped
/// when the thread drops it. Only the pages argon2 writes (19 MiB) are ever resident.
const MAPPED_ALONE: usize = (32 << 20) / size_of::<Block>() + 1;

/// The argon2 output of `password` with `salt`, computed in `memory` (grown to the size the
/// parameters need, then kept while hashes keep coming).
fn compute(
    argon2: &Argon2<'_>,
    password: &str,
    salt: &[u8],
    memory: &mut Vec<Block>,
) -> Result<Output, argon2::password_hash::Error> {
    let blocks = argon2.params().block_count();
    if memory.len() < blocks {
        if memory.capacity() < blocks {
            *memory = Vec::with_capacity(blocks.max(MAPPED_ALONE));
        }
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
mod tests;
