//! `twofold-bench`: measures a running Twofold server (a release build on loopback) and writes
//! a report. `bench/run.sh` builds and starts the server and runs this; see the README,
//! "Benchmarks".
//!
//! Measured: the bytes each page loads (raw and gzip), server-rendered settings pages per
//! second, authenticator-code verification latency at a fixed rate, complete logins (password
//! and code) per second against the bound `cores / argon2 time` measured in the same run, the
//! cost of checking a backup code, and the server's memory idle and under 100 sessions.

// A command-line tool: its progress goes to standard output.
#![allow(clippy::print_stdout)]

mod client;
mod report;

use std::{
    collections::VecDeque,
    net::SocketAddr,
    path::PathBuf,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use client::{Conn, Error};
use report::{Latency, Report};

const PASSWORD: &str = "bench-orbit-maple-42";

struct Args {
    addr: SocketAddr,
    pid: u32,
    site: PathBuf,
    out: PathBuf,
    /// The output of `bench/hydration.mjs`.
    hydration: PathBuf,
    seconds: u64,
    /// The server's RSS (KiB) measured right after it started, before any request.
    rss_idle: Option<u64>,
}

fn args() -> Result<Args, Error> {
    let mut addr = None;
    let mut pid = None;
    let mut site = PathBuf::from("target/site");
    let mut out = PathBuf::from("bench/results");
    let mut hydration = None;
    let mut seconds = 8;
    let mut rss_idle = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--addr" => addr = Some(value.parse()?),
            "--pid" => pid = Some(value.parse()?),
            "--site" => site = value.into(),
            "--out" => out = value.into(),
            "--hydration" => hydration = Some(value.into()),
            "--seconds" => seconds = value.parse()?,
            "--rss-idle" => rss_idle = Some(value.parse()?),
            _ => return Err(format!("unknown option {flag}").into()),
        }
    }
    Ok(Args {
        addr: addr.ok_or("--addr HOST:PORT is required")?,
        pid: pid.ok_or("--pid (the server's process id) is required")?,
        site,
        out,
        hydration: hydration.ok_or("--hydration FILE (from bench/hydration.mjs) is required")?,
        seconds,
        rss_idle,
    })
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("twofold-bench: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Error> {
    let args = args()?;
    let mut report = Report::new(cores());
    report.rss_idle_kib = match args.rss_idle {
        Some(kib) => kib,
        None => rss_kib(args.pid)?,
    };

    report.hydration = serde_json::from_str(&std::fs::read_to_string(&args.hydration)?)?;
    println!("page weight…");
    report.pages = page_weight(args.addr, &args.site, &report.hydration.assets).await?;

    println!("argon2 and backup-code hashing in this process…");
    // A first timing sizes the login phase; the reported one is taken right before it.
    (report.argon2_alone_ms, report.argon2_ms) = argon2_ms().await?;
    report.backup_hash_us = backup_hash_us();

    let per_phase = Duration::from_secs(args.seconds);
    println!("users with two-factor authentication…");
    // Enough users for the login phase (each code step is accepted once per user).
    let expected_logins = (report.timed_bound() * per_phase.as_secs_f64() * 1.5).ceil();
    let login_users = usize::try_from(expected_logins as u64 / 2 + 8)?;
    let rate_users = 160;
    let users = create_users(args.addr, login_users + rate_users).await?;
    let (rate_users, login_users) = users.split_at(rate_users);

    println!("server-rendered settings pages…");
    report.ssr = ssr(args.addr, per_phase).await?;

    println!("authenticator codes at a fixed rate…");
    report.totp = totp_at_fixed_rate(args.addr, rate_users, 40.0).await?;
    report.totp_rate = 40.0;

    println!("argon2 again, then complete logins…");
    (report.argon2_alone_ms, report.argon2_ms) = argon2_ms().await?;
    let before = CpuTime::now(args.pid)?;
    let done = logins(args.addr, login_users.to_vec(), per_phase).await?;
    report.logins_per_sec = done as f64 / per_phase.as_secs_f64();
    report.login_cpu = CpuTime::now(args.pid)?.per_login_since(&before, done);

    println!("backup codes…");
    report.backup = backup_codes(args.addr, login_users).await?;

    println!("memory under 100 sessions…");
    report.rss_sessions_kib = memory_under_sessions(args.addr, args.pid, 100).await?;

    report.write(&args.out)?;
    println!("report written to {}", args.out.join("README.md").display());
    Ok(())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// The server's resident memory (VmRSS) in KiB.
fn rss_kib(pid: u32) -> Result<u64, Error> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| "no VmRSS in /proc/PID/status".into())
}

/// CPU time used so far (ms): by the server's password-hashing threads, by the whole server,
/// and by this load generator.
struct CpuTime {
    argon2: f64,
    server: f64,
    bench: f64,
}

impl CpuTime {
    fn now(pid: u32) -> Result<Self, Error> {
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
    fn per_login_since(&self, before: &Self, logins: u64) -> report::LoginCpu {
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
fn process_cpu_ms(pid: &str) -> Result<f64, Error> {
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

/// What each page weighs on a first visit: its HTML and the files under `/pkg/` the browser
/// loaded until the page was interactive (`loaded`, from the hydration run: the islands'
/// pieces of the bundle are fetched by script, so the HTML alone does not name them all).
async fn page_weight(
    addr: SocketAddr,
    site: &std::path::Path,
    loaded: &std::collections::BTreeMap<String, Vec<String>>,
) -> Result<Vec<report::Page>, Error> {
    let mut conn = Conn::open(addr).await?;
    let email = format!("weight-{}@bench.example", rand::random::<u32>());
    conn.call("sign-up", &[("email", &email), ("password", PASSWORD)])
        .await?;
    let mut pages = Vec::new();
    for path in ["/login", "/settings", "/settings/security-log"] {
        let mut visitor = Conn::open(addr).await?;
        if path != "/login" {
            visitor.cookie.clone_from(&conn.cookie);
        }
        let html = visitor.get(path).await?.body.to_vec();
        let mut assets = vec![report::Asset::new("HTML", &html)];
        let urls = loaded
            .get(path)
            .ok_or_else(|| format!("the hydration run recorded no files for {path}"))?;
        for url in urls {
            let file = site.join(url.trim_start_matches('/'));
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            assets.push(report::Asset::new(url, &bytes));
        }
        pages.push(report::Page {
            path: path.to_owned(),
            assets,
        });
    }
    Ok(pages)
}

/// The median time (ms) of one argon2 verification with the server's hashing code: one at a
/// time, then with every core hashing at once (as during the login phase, where the cores
/// share caches and memory bandwidth).
async fn argon2_ms() -> Result<(f64, f64), Error> {
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
fn backup_hash_us() -> f64 {
    let hasher = server::services::codes::BackupCodeHasher::new([7; 32]);
    let rounds = 100_000;
    let start = Instant::now();
    for i in 0..rounds {
        std::hint::black_box(hasher.hash(&format!("{:010}", i % 1000)));
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds)
}

#[derive(Clone)]
struct User {
    email: String,
    totp: Arc<totp_rs::Totp>,
    /// The next time step this user may use (each step is accepted once).
    next_step: u64,
    backup_codes: Vec<String>,
}

fn now_step() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 30)
}

impl User {
    /// A code for a step not used yet, if one is valid now (the server accepts one step of
    /// drift either way).
    fn next_code(&mut self) -> Option<String> {
        let step = self.next_step.max(now_step());
        (step <= now_step() + 1).then(|| {
            self.next_step = step + 1;
            self.totp.generate(step * 30).to_string()
        })
    }
}

/// Signs up `n` users and turns two-factor authentication on for each (two at a time per
/// core, as the server hashes passwords on its blocking threads).
async fn create_users(addr: SocketAddr, n: usize) -> Result<Vec<User>, Error> {
    let tag = rand::random::<u32>();
    let next = Arc::new(AtomicU64::new(0));
    let mut workers = Vec::new();
    for _ in 0..cores() * 2 {
        let next = next.clone();
        workers.push(tokio::spawn(async move {
            let mut made = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= n as u64 {
                    return Ok::<_, Error>(made);
                }
                made.push(create_user(addr, &format!("user{i}-{tag}@bench.example")).await?);
            }
        }));
    }
    let mut users = Vec::new();
    for worker in workers {
        users.extend(worker.await??);
    }
    Ok(users)
}

async fn create_user(addr: SocketAddr, email: &str) -> Result<User, Error> {
    let mut conn = Conn::open(addr).await?;
    conn.call("sign-up", &[("email", email), ("password", PASSWORD)])
        .await?
        .json::<()>()?;
    let setup: app::api::TwoFactorSetup = conn
        .call("start-two-factor", &[("current_password", PASSWORD)])
        .await?
        .json()?;
    let secret = totp_rs::Secret::try_from_base32(setup.manual_key.replace(' ', ""))
        .map_err(|e| format!("{e:?}"))?;
    let totp = totp_rs::Builder::new()
        .with_algorithm(totp_rs::Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_secret(secret)
        .build()
        .map_err(|e| format!("{e:?}"))?;
    let mut user = User {
        email: email.to_owned(),
        totp: Arc::new(totp),
        next_step: 0,
        backup_codes: Vec::new(),
    };
    let code = user.next_code().ok_or("no code")?;
    let codes: app::api::BackupCodes = conn
        .call("confirm-two-factor", &[("code", &code)])
        .await?
        .json()?;
    user.backup_codes = codes.codes;
    conn.call("log-out", &[]).await?;
    Ok(user)
}

/// GET /settings of one signed-in account from 8 connections for `duration`.
async fn ssr(addr: SocketAddr, duration: Duration) -> Result<Latency, Error> {
    let mut conn = Conn::open(addr).await?;
    let email = format!("ssr-{}@bench.example", rand::random::<u32>());
    conn.call("sign-up", &[("email", &email), ("password", PASSWORD)])
        .await?;
    let cookie = conn.cookie.clone();
    let until = Instant::now() + duration;
    let mut workers = Vec::new();
    for _ in 0..8 {
        let cookie = cookie.clone();
        workers.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await?;
            conn.cookie = cookie;
            let mut times = Vec::new();
            while Instant::now() < until {
                let start = Instant::now();
                let reply = conn.get("/settings").await?;
                if !reply.status.is_success() || !reply.text().contains("account-email") {
                    return Err::<Vec<f64>, Error>(
                        format!("settings page: {}", reply.status).into(),
                    );
                }
                times.push(start.elapsed().as_secs_f64() * 1000.0);
            }
            Ok(times)
        }));
    }
    let mut times = Vec::new();
    for worker in workers {
        times.extend(worker.await??);
    }
    Ok(Latency::from_times(times, duration))
}

/// Password step for each user first (not measured), then one verify-login every
/// `1 / rate` seconds, each on its own connection: the latency of checking a code.
async fn totp_at_fixed_rate(addr: SocketAddr, users: &[User], rate: f64) -> Result<Latency, Error> {
    let mut pending = Vec::new();
    for user in users {
        let mut conn = Conn::open(addr).await?;
        conn.call("log-in", &[("email", &user.email), ("password", PASSWORD)])
            .await?;
        pending.push((conn, user.clone()));
    }
    let interval = Duration::from_secs_f64(1.0 / rate);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for (i, (mut conn, mut user)) in pending.into_iter().enumerate() {
        let at = start + interval * u32::try_from(i)?;
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(at.into()).await;
            let code = user.next_code().ok_or("no code")?;
            let sent = Instant::now();
            let reply = conn.call("verify-login", &[("code", &code)]).await?;
            let ms = sent.elapsed().as_secs_f64() * 1000.0;
            reply.json::<Option<i64>>()?;
            Ok::<f64, Error>(ms)
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.push(task.await??);
    }
    Ok(Latency::from_times(times, start.elapsed()))
}

/// Complete logins (password, then code) from 2 workers per core for `duration`; returns
/// how many were done.
async fn logins(addr: SocketAddr, users: Vec<User>, duration: Duration) -> Result<u64, Error> {
    let pool = Arc::new(Mutex::new(VecDeque::from(users)));
    let done = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let until = start + duration;
    let mut workers = Vec::new();
    for _ in 0..cores() * 2 {
        let (pool, done) = (pool.clone(), done.clone());
        workers.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await?;
            while Instant::now() < until {
                let Some(mut user) = pool.lock().map_err(|_| "pool")?.pop_front() else {
                    return Err::<(), Error>("not enough users for the login phase".into());
                };
                let Some(code) = user.next_code() else {
                    pool.lock().map_err(|_| "pool")?.push_back(user);
                    continue;
                };
                conn.cookie = None;
                conn.call("log-in", &[("email", &user.email), ("password", PASSWORD)])
                    .await?
                    .json::<()>()?;
                conn.call("verify-login", &[("code", &code)])
                    .await?
                    .json::<Option<i64>>()?;
                if Instant::now() <= until {
                    done.fetch_add(1, Ordering::SeqCst);
                }
                pool.lock().map_err(|_| "pool")?.push_back(user);
            }
            Ok(())
        }));
    }
    for worker in workers {
        worker.await??;
    }
    Ok(done.load(Ordering::SeqCst))
}

/// Logins that end with a backup code: the latency of the code step.
async fn backup_codes(addr: SocketAddr, users: &[User]) -> Result<Latency, Error> {
    let start = Instant::now();
    let mut times = Vec::new();
    for user in users.iter().take(40) {
        let mut conn = Conn::open(addr).await?;
        conn.call("log-in", &[("email", &user.email), ("password", PASSWORD)])
            .await?;
        let code = user.backup_codes.first().ok_or("no backup code")?;
        let sent = Instant::now();
        conn.call("verify-login", &[("code", code)])
            .await?
            .json::<Option<i64>>()?;
        times.push(sent.elapsed().as_secs_f64() * 1000.0);
    }
    Ok(Latency::from_times(times, start.elapsed()))
}

/// The server's highest RSS while `n` signed-in sessions load their settings page at once.
async fn memory_under_sessions(addr: SocketAddr, pid: u32, n: usize) -> Result<u64, Error> {
    let tag = rand::random::<u32>();
    let mut conns = Vec::new();
    for i in 0..n {
        let mut conn = Conn::open(addr).await?;
        conn.call(
            "sign-up",
            &[
                ("email", &format!("mem{i}-{tag}@bench.example")),
                ("password", PASSWORD),
            ],
        )
        .await?
        .json::<()>()?;
        conns.push(conn);
    }
    let until = Instant::now() + Duration::from_secs(5);
    let mut tasks = Vec::new();
    for mut conn in conns {
        tasks.push(tokio::spawn(async move {
            while Instant::now() < until {
                conn.get("/settings").await?;
            }
            Ok::<(), Error>(())
        }));
    }
    let mut peak = 0;
    while Instant::now() < until {
        peak = peak.max(rss_kib(pid)?);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for task in tasks {
        task.await??;
    }
    Ok(peak.max(rss_kib(pid)?))
}
