//! What the machine and the server process use: cores, memory, CPU time, and the cost of
//! one password hash and one backup-code hash measured with the server's own code.

use std::time::Instant;

use crate::{
    PASSWORD,
    client::Error,
    report::{self},
};

pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// The server's resident memory (VmRSS) in KiB.
pub(crate) fn rss_kib(pid: u32) -> Result<u64, Error> {
    status_kib(pid, "VmRSS")
}

/// The server's highest resident memory since it started (VmHWM) in KiB.
pub(crate) fn highest_rss_kib(pid: u32) -> Result<u64, Error> {
    status_kib(pid, "VmHWM")
}

fn status_kib(pid: u32, field: &str) -> Result<u64, Error> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("no {field} in /proc/PID/status").into())
}

/// CPU time used so far (ms): by the server's password-hashing threads, by the whole server,
/// and by this load generator.
pub(crate) struct CpuTime {
    argon2: f64,
    server: f64,
    bench: f64,
}

impl CpuTime {
    pub(crate) fn now(pid: u32) -> Result<Self, Error> {
        let mut argon2 = 0.0;
        for task in std::fs::read_dir(format!("/proc/{pid}/task"))? {
            let task = task?.path();
            if std::fs::read_to_string(task.join("comm"))?.starts_with("argon2-") {
                // The first field: nanoseconds spent on a CPU.
                let ns: f64 = std::fs::read_to_string(task.join("schedstat"))?
                    .split_whitespace()
                    .next()
                    .and_then(|ns| ns.parse().ok())
                    .ok_or("no CPU time in schedstat")?;
                argon2 += ns / 1e6;
            }
        }
        Ok(Self {
            argon2,
            server: process_cpu_ms(&pid.to_string())?,
            bench: process_cpu_ms("self")?,
        })
    }

    /// Each login's share of the CPU time used since `before`.
    pub(crate) fn per_login_since(&self, before: &Self, logins: u64) -> report::LoginCpu {
        let per = |now: f64, then: f64| (now - then) / logins.max(1) as f64;
        let argon2 = per(self.argon2, before.argon2);
        report::LoginCpu {
            argon2_ms: argon2,
            server_rest_ms: per(self.server, before.server) - argon2,
            bench_ms: per(self.bench, before.bench),
        }
    }
}

/// A process's user and system CPU time (ms) from `/proc/PID/stat`, its threads (also those
/// that ended) included.
pub(crate) fn process_cpu_ms(pid: &str) -> Result<f64, Error> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // After the command name (in parentheses): state is field 3, utime and stime 14 and 15.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .ok_or("unexpected /proc/PID/stat")?
        .1
        .split_whitespace()
        .collect();
    let ticks = |i: usize| -> Result<f64, Error> {
        Ok(fields
            .get(i)
            .ok_or("short /proc/PID/stat")?
            .parse::<f64>()?)
    };
    // Linux counts these in USER_HZ, 100 per second.
    Ok((ticks(11)? + ticks(12)?) * 10.0)
}

/// The median time (ms) of one argon2 verification with the server's hashing code: one at a
/// time, then with every core hashing at once (as during the login phase, where the cores
/// share caches and memory bandwidth).
pub(crate) async fn argon2_ms() -> Result<(f64, f64), Error> {
    let passwords = server::services::passwords::Passwords::default();
    let hash = passwords.hash(PASSWORD).await.map_err(|e| e.to_string())?;
    let timed = |passwords: server::services::passwords::Passwords, hash: String| async move {
        let start = Instant::now();
        passwords
            .verify(PASSWORD, Some(&hash))
            .await
            .map_err(|e| e.to_string())?;
        Ok::<f64, Error>(start.elapsed().as_secs_f64() * 1000.0)
    };
    let mut alone = Vec::new();
    for _ in 0..15 {
        alone.push(timed(passwords.clone(), hash.clone()).await?);
    }
    let mut together = Vec::new();
    for _ in 0..15 {
        let round: Vec<_> = (0..cores())
            .map(|_| tokio::spawn(timed(passwords.clone(), hash.clone())))
            .collect();
        for time in round {
            together.push(time.await??);
        }
    }
    Ok((
        report::percentile(&mut alone, 50.0),
        report::percentile(&mut together, 50.0),
    ))
}

/// Microseconds to hash one entered backup code (what checking it costs, whatever the number
/// of codes: the hash is then looked up by primary key).
pub(crate) fn backup_hash_us() -> f64 {
    let hasher = server::services::codes::BackupCodeHasher::new([7; 32]);
    let rounds = 100_000;
    let start = Instant::now();
    for i in 0..rounds {
        std::hint::black_box(hasher.hash(7, &format!("{:010}", i % 1000)));
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds)
}
