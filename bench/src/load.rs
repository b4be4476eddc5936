//! The load phases: pages per second, codes at a fixed rate, logins, backup codes, memory
//! under many sessions.

use std::{
    collections::VecDeque,
    net::SocketAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use crate::{
    PASSWORD,
    client::{Conn, Error},
    machine::{cores, rss_kib},
    report::Latency,
    users::User,
};

/// GET /settings of one signed-in account from 8 connections for `duration`.
pub(crate) async fn ssr(addr: SocketAddr, duration: Duration) -> Result<Latency, Error> {
    let mut conn = Conn::open(addr).await?;
    let email = format!("ssr-{}@bench.example", rand::random::<u32>());
    crate::users::sign_up(&mut conn, &email).await?;
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
pub(crate) async fn totp_at_fixed_rate(
    addr: SocketAddr,
    users: &[User],
    rate: f64,
) -> Result<Latency, Error> {
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
pub(crate) async fn logins(
    addr: SocketAddr,
    users: Vec<User>,
    duration: Duration,
) -> Result<u64, Error> {
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
pub(crate) async fn backup_codes(addr: SocketAddr, users: &[User]) -> Result<Latency, Error> {
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

/// The server's highest RSS while `n` signed-in sessions load their settings page at once
/// (from a second after their sign-ups: the hashing threads keep their memory a quarter of a
/// second for a next hash, which these sessions do not ask for; the run's highest RSS is
/// reported beside it).
pub(crate) async fn memory_under_sessions(
    addr: SocketAddr,
    pid: u32,
    n: usize,
) -> Result<u64, Error> {
    let tag = rand::random::<u32>();
    let mut conns = Vec::new();
    for i in 0..n {
        let mut conn = Conn::open(addr).await?;
        crate::users::sign_up(&mut conn, &format!("mem{i}-{tag}@bench.example")).await?;
        conns.push(conn);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
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
