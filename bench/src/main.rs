//! `twofold-bench`: measures a running Twofold server (a release build on loopback) and writes
//! a report. `bench/run.sh` builds and starts the server and runs this; see
//! `docs/benchmarks.md`.
//!
//! Measured: the bytes each page loads (raw and gzip), server-rendered settings pages per
//! second, authenticator-code verification latency at a fixed rate, complete logins (password
//! and code) per second against the bound `cores / argon2 time` measured in the same run, the
//! cost of checking a backup code, and the server's memory idle and under 100 sessions;
//! `twofold-bench oidc` measures sign-in flows for applications on Twofold and a peer provider
//! (see `oidc.rs`).

// A command-line tool: its progress goes to standard output.
#![allow(clippy::print_stdout)]

mod client;
mod load;
mod machine;
mod oidc;
mod pages;
mod report;
mod users;

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use client::Error;
use load::{backup_codes, logins, memory_under_sessions, ssr, totp_at_fixed_rate};
use machine::{CpuTime, argon2_ms, backup_hash_us, cores, highest_rss_kib, rss_kib};
use pages::page_weight;
use report::Report;
use users::create_users;

pub(crate) const PASSWORD: &str = "bench-orbit-maple-42";

/// The rate of the authenticator-code checks whose latency is measured.
const CODE_CHECKS_PER_SEC: f64 = 200.0;

struct Args {
    /// `accounts`: only make the accounts of `bench/hydration.mjs` and write them to `out`.
    accounts_only: bool,
    /// `oidc`: only the sign-in flows for applications, written to `out` as JSON.
    oidc_only: bool,
    addr: SocketAddr,
    pid: u32,
    out: PathBuf,
    /// The output of `bench/hydration.mjs`.
    hydration: PathBuf,
    seconds: u64,
    /// The server's RSS (KiB) measured right after it started, before any request.
    rss_idle: Option<u64>,
    /// The server's database, where the benchmark confirms its accounts' addresses.
    database: String,
    /// The server's outbox folder, where the benchmark reads the codes mailed to its accounts.
    outbox: PathBuf,
    /// The application registered on the server for the sign-in flows: client id and secret.
    oidc_client: Option<(String, String)>,
    /// The peer provider: its address, process id and the secret of its client `bench`.
    peer: Option<(SocketAddr, u32, String)>,
    /// The output of `twofold-bench oidc`, for the report.
    oidc: Option<PathBuf>,
}

fn args() -> Result<Args, Error> {
    let mut addr = None;
    let mut pid = None;
    let mut out = PathBuf::from("bench/results");
    let mut hydration = None;
    let mut seconds = 8;
    let mut rss_idle = None;
    let mut database = None;
    let mut outbox = None;
    let (mut oidc_client, mut oidc_secret) = (None, None);
    let (mut peer, mut peer_pid, mut peer_secret) = (None, None, None);
    let mut oidc = None;
    let mut args = std::env::args().skip(1).peekable();
    let accounts_only = args.next_if(|first| first == "accounts").is_some();
    let oidc_only = args.next_if(|first| first == "oidc").is_some();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--addr" => addr = Some(value.parse()?),
            "--pid" => pid = Some(value.parse()?),
            "--out" => out = value.into(),
            "--hydration" => hydration = Some(value.into()),
            "--seconds" => seconds = value.parse()?,
            "--rss-idle" => rss_idle = Some(value.parse()?),
            "--database" => database = Some(value),
            "--outbox" => outbox = Some(value.into()),
            "--oidc-client" => oidc_client = Some(value),
            "--oidc-secret" => oidc_secret = Some(value),
            "--peer" => peer = Some(value.parse()?),
            "--peer-pid" => peer_pid = Some(value.parse()?),
            "--peer-secret" => peer_secret = Some(value),
            "--oidc" => oidc = Some(value.into()),
            _ => return Err(format!("unknown option {flag}").into()),
        }
    }
    let database = database.ok_or("--database URL (the server's) is required")?;
    let oidc_client = oidc_client.zip(oidc_secret);
    let peer = match (peer, peer_pid, peer_secret) {
        (Some(addr), Some(pid), Some(secret)) => Some((addr, pid, secret)),
        (None, None, None) => None,
        _ => return Err("--peer, --peer-pid and --peer-secret go together".into()),
    };
    let outbox = outbox.ok_or("--outbox DIR (the server's mail folder) is required")?;
    if accounts_only {
        return Ok(Args {
            accounts_only,
            oidc_only,
            addr: addr.ok_or("--addr HOST:PORT is required")?,
            pid: 0,
            out,
            hydration: PathBuf::new(),
            seconds,
            rss_idle,
            database,
            outbox,
            oidc_client: None,
            peer: None,
            oidc: None,
        });
    }
    Ok(Args {
        accounts_only,
        oidc_only,
        addr: addr.ok_or("--addr HOST:PORT is required")?,
        pid: pid.ok_or("--pid (the server's process id) is required")?,
        out,
        hydration: hydration.unwrap_or_default(),
        seconds,
        rss_idle,
        database,
        outbox,
        oidc_client,
        peer,
        oidc,
    })
}

/// The accounts the hydration run signs in to: one without two-factor (the settings pages),
/// one with an authenticator app (its login waits at the code step), written to `out` as
/// `{"email": …, "emailTwoFactor": …}`.
async fn hydration_accounts(addr: SocketAddr, out: &std::path::Path) -> Result<(), Error> {
    let tag = rand::random::<u32>();
    let email = format!("hydration-{tag}@bench.example");
    users::sign_up(&mut client::Conn::open(addr).await?, &email).await?;
    let two_factor =
        users::create_user(addr, &format!("hydration-2fa-{tag}@bench.example")).await?;
    let accounts = serde_json::json!({ "email": email, "emailTwoFactor": two_factor.email });
    std::fs::write(out, accounts.to_string())?;
    Ok(())
}

/// Sign-in flows for applications on Twofold, then on the peer (if one was started).
async fn oidc_side_by_side(
    args: &Args,
    client_id: &str,
    secret: &str,
    per_phase: Duration,
) -> Result<Vec<oidc::OidcRun>, Error> {
    println!("sign-in flows for applications, Twofold…");
    let mut browser = client::Conn::open(args.addr).await?;
    let email = format!("oidc-{}@bench.example", rand::random::<u32>());
    users::sign_up(&mut browser, &email).await?;
    let twofold = oidc::Provider::discover("Twofold", args.addr, client_id, secret).await?;
    let mut runs = vec![oidc::measure(twofold, args.pid, browser.cookie, per_phase).await?];
    if let Some((addr, pid, secret)) = &args.peer {
        println!("sign-in flows for applications, npm oidc-provider…");
        let version = std::fs::read_to_string("end2end/node_modules/oidc-provider/package.json")
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|package| package["version"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let name = format!("npm oidc-provider {version}");
        let peer = oidc::Provider::discover(name.trim(), *addr, "bench", secret).await?;
        runs.push(oidc::measure(peer, *pid, None, per_phase).await?);
    }
    Ok(runs)
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
    users::open_database(&args.database, args.outbox.clone()).await?;
    if args.accounts_only {
        return hydration_accounts(args.addr, &args.out).await;
    }
    if args.oidc_only {
        let (client_id, secret) = args
            .oidc_client
            .as_ref()
            .ok_or("--oidc-client is required")?;
        let runs =
            oidc_side_by_side(&args, client_id, secret, Duration::from_secs(args.seconds)).await?;
        std::fs::write(&args.out, serde_json::to_string_pretty(&runs)?)?;
        return Ok(());
    }
    if args.hydration.as_os_str().is_empty() {
        return Err("--hydration FILE (from bench/hydration.mjs) is required".into());
    }
    let mut report = Report::new(cores());
    report.rss_idle_kib = match args.rss_idle {
        Some(kib) => kib,
        None => rss_kib(args.pid)?,
    };

    report.hydration = serde_json::from_str(&std::fs::read_to_string(&args.hydration)?)?;
    println!("page weight…");
    report.pages = page_weight(args.addr, &report.hydration.assets).await?;

    println!("argon2 and backup-code hashing in this process…");
    // A first timing sizes the login phase; the reported one is taken right before it.
    (report.argon2_alone_ms, report.argon2_ms) = argon2_ms().await?;
    report.backup_hash_us = backup_hash_us();

    let per_phase = Duration::from_secs(args.seconds);
    println!("users with two-factor authentication…");
    // Enough users for the login phase (each code step is accepted once per user).
    let expected_logins = (report.timed_bound() * per_phase.as_secs_f64() * 1.5).ceil();
    let login_users = usize::try_from(expected_logins as u64 / 2 + 8)?;
    // Two seconds of code checks at the fixed rate (each user's code is accepted once).
    let rate_users = 2 * CODE_CHECKS_PER_SEC as usize;
    let users = create_users(args.addr, login_users + rate_users).await?;
    let (rate_users, login_users) = users.split_at(rate_users);

    println!("server-rendered settings pages…");
    report.ssr = ssr(args.addr, per_phase).await?;

    println!("authenticator codes at a fixed rate…");
    report.totp = totp_at_fixed_rate(args.addr, rate_users, CODE_CHECKS_PER_SEC).await?;
    report.totp_rate = CODE_CHECKS_PER_SEC;

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
    report.rss_highest_kib = highest_rss_kib(args.pid)?;

    if let Some(path) = &args.oidc {
        report.oidc = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    }

    report.write(&args.out)?;
    println!("report written to {}", args.out.join("README.md").display());
    Ok(())
}
