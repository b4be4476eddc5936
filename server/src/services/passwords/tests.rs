//! The hashing threads: results, memory reuse, limits on work at once and on the queue.

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

/// How many blocks are reserved in the memory of each hashing thread: one job per thread at
/// once, each holding its thread for a moment so that the next one goes to another.
async fn reserved_per_thread(passwords: &Passwords) -> Vec<usize> {
    let jobs = (0..hashing_threads()).map(|_| {
        passwords.run(For::Known, |memory| {
            std::thread::sleep(Duration::from_millis(30));
            memory.capacity()
        })
    });
    futures_util::future::join_all(jobs)
        .await
        .into_iter()
        .map(|seen| seen.expect("run"))
        .collect()
}

/// Between bursts a hashing thread holds no argon2 memory: it keeps it a moment for the next
/// hash, then gives it back without waiting for another job to wake it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn idle_hashing_threads_give_their_memory_back() {
    let passwords = Passwords::default();
    let burst = (0..hashing_threads() * 2).map(|n| {
        let passwords = passwords.clone();
        async move { passwords.hash(&format!("password {n}")).await }
    });
    for hashed in futures_util::future::join_all(burst).await {
        hashed.expect("hash");
    }
    // A login a moment later still finds the memory.
    tokio::time::sleep(Duration::from_millis(20)).await;
    let soon = reserved_per_thread(&passwords).await;
    assert!(
        soon.iter().any(|&blocks| blocks >= MAPPED_ALONE),
        "given back at once: {soon:?}"
    );
    // Time for the threads to keep it a while; no other job wakes them.
    tokio::time::sleep(KEEP_MEMORY + Duration::from_millis(150)).await;
    let seen = reserved_per_thread(&passwords).await;
    assert!(
        seen.iter().all(|&blocks| blocks == 0),
        "an idle hashing thread still holds its memory: {seen:?}"
    );
}

/// While hashes keep coming, a thread keeps its memory for the next one, reserved above
/// glibc's mapping threshold so that giving it back returns it to the system.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn busy_hashing_threads_keep_their_memory_for_the_next_hash() {
    let passwords = Passwords::default();
    let burst = (0..hashing_threads() * 4).map(|n| {
        let passwords = passwords.clone();
        tokio::spawn(async move {
            passwords
                .hash(&format!("password {n}"))
                .await
                .expect("hash");
            // Queued behind the other tasks' hashes.
            passwords
                .run(For::Known, |memory| memory.capacity())
                .await
                .expect("run")
        })
    });
    let seen: Vec<usize> = futures_util::future::join_all(burst)
        .await
        .into_iter()
        .map(|joined| joined.expect("task"))
        .collect();
    assert!(
        seen.iter().any(|&blocks| blocks >= MAPPED_ALONE),
        "no job behind a hash found its memory kept: {seen:?}"
    );
    assert!(
        seen.iter()
            .all(|&blocks| blocks == 0 || blocks >= MAPPED_ALONE)
    );
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
                .run(For::Known, move |_memory| {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_larger_than_the_queue_is_told_busy_and_never_queues_more() {
    let slots = 3;
    let passwords = Passwords::with_queue(Params::DEFAULT, slots, Duration::from_millis(30));
    let burst = (0..40).map(|_| {
        let passwords = passwords.clone();
        tokio::spawn(async move { passwords.hash("a password in a burst").await })
    });
    let results: Vec<Result<String, Fault>> = futures_util::future::join_all(burst)
        .await
        .into_iter()
        .map(|joined| joined.expect("task"))
        .collect();
    let busy = results.iter().filter(|r| **r == Err(Fault::Busy)).count();
    let hashed = results.iter().filter(|r| r.is_ok()).count();
    assert!(busy > 0, "some are told the server is busy");
    assert!(hashed >= slots, "the queue's places are used");
    assert_eq!(busy + hashed, 40, "nothing else goes wrong");
    assert_eq!(
        passwords.slots.available_permits(),
        slots,
        "every place is given back"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hash_whose_caller_has_gone_is_skipped() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let passwords = Passwords::with_queue(Params::DEFAULT, 64, Duration::from_secs(5));
    // Every hashing thread busy for a while…
    let busy: Vec<_> = (0..hashing_threads())
        .map(|_| {
            let passwords = passwords.clone();
            tokio::spawn(async move { passwords.hash("keeps a thread busy").await })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(5)).await;
    // …then a job whose request is cancelled while it waits.
    let computed = Arc::new(AtomicUsize::new(0));
    let counted = computed.clone();
    let abandoned = passwords.run(For::Known, move |_| counted.fetch_add(1, Ordering::SeqCst));
    assert!(
        tokio::time::timeout(Duration::from_millis(1), abandoned)
            .await
            .is_err()
    );
    for task in busy {
        task.await.expect("task").expect("hash");
    }
    // The threads have taken the abandoned job from the queue by the time a new one runs.
    let after = computed.clone();
    passwords
        .run(For::Known, move |_| after.load(Ordering::SeqCst))
        .await
        .expect("run");
    assert_eq!(
        computed.load(Ordering::SeqCst),
        0,
        "the abandoned job did not run"
    );
}

/// Strangers' hashes hold at most half of the queue's places: when they are all taken, the
/// next stranger is told the server is busy while a known browser's hash still runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn strangers_leave_half_of_the_queue_to_known_browsers() {
    let passwords = Passwords::with_queue(Params::DEFAULT, 4, Duration::from_millis(200));
    let (release, hold) = tokio::sync::watch::channel(false);
    let holding = (0..2).map(|_| {
        let passwords = passwords.clone();
        let mut hold = hold.clone();
        tokio::spawn(async move {
            let started = tokio::time::Instant::now();
            passwords
                .run(For::Stranger, move |_| {
                    // Holds its place until the test lets go (at most a few seconds).
                    while !*hold.borrow_and_update() && started.elapsed() < Duration::from_secs(5) {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                })
                .await
        })
    });
    let holding: Vec<_> = holding.collect();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let refused = passwords.hash_for(For::Stranger, "a third stranger").await;
    assert_eq!(refused.err(), Some(Fault::Busy));
    // A known browser's hash still gets its place in the queue, and runs.
    let known = {
        let passwords = passwords.clone();
        tokio::spawn(async move { passwords.hash_for(For::Known, "the owner's browser").await })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    release.send(true).expect("release");
    for held in holding {
        held.await.expect("task").expect("run");
    }
    assert!(
        known.await.expect("task").is_ok(),
        "the known hash was not refused"
    );
}
