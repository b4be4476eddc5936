//! The benchmark's users: signed up, with two-factor on, and their codes.

use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
};

use crate::{
    PASSWORD,
    client::{Conn, Error},
    machine::cores,
};

#[derive(Clone)]
pub(crate) struct User {
    pub(crate) email: String,
    totp: Arc<totp_rs::Totp>,
    /// The next time step this user may use (each step is accepted once).
    next_step: u64,
    pub(crate) backup_codes: Vec<String>,
}

/// The server's database, where the benchmark confirms its accounts' addresses (`--database`).
static DATABASE: std::sync::OnceLock<server::storage::Db> = std::sync::OnceLock::new();

/// The server's outbox folder (`--outbox`), where each account's mailed code is read.
static OUTBOX: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// Opens the server's database (see [`sign_up`]) and notes its outbox folder.
pub(crate) async fn open_database(url: &str, outbox: std::path::PathBuf) -> Result<(), Error> {
    let pool = server::storage::connect(url).await?;
    OUTBOX
        .set(outbox)
        .map_err(|_| "the outbox is known already")?;
    DATABASE
        .set(pool)
        .map_err(|_| "the database is open already".into())
}

/// The code mailed to `email` for its first factor, as the server delivered it to its outbox
/// folder (English mail, eight digits in two groups on a line of their own).
async fn mailed_code(email: &str) -> Result<String, Error> {
    let dir = OUTBOX.get().ok_or("--outbox is required")?;
    let to = format!("To: {email}");
    for _ in 0..200 {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if !text.lines().any(|line| line.trim_end() == to) {
                continue;
            }
            let code = text.lines().map(str::trim).find(|line| {
                line.len() == 9
                    && line.bytes().enumerate().all(|(i, b)| {
                        if i == 4 {
                            b == b' '
                        } else {
                            b.is_ascii_digit()
                        }
                    })
            });
            if let Some(code) = code {
                return Ok(code.to_owned());
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Err(format!("no code mailed to {email}").into())
}

/// Posts the email and the password to `endpoint` (`sign-up`, `log-in`).
async fn with_password(conn: &mut Conn, endpoint: &str, email: &str) -> Result<(), Error> {
    conn.call(endpoint, &[("email", email), ("password", PASSWORD)])
        .await?
        .json::<()>()?;
    Ok(())
}

/// Signs up `email` on `conn`, confirms the address and signs it in. An account signs in only
/// once its address is confirmed; the mailed link is sealed in the server's queue, so the load
/// generator marks the address confirmed in the server's database, as the link would (the
/// link itself is not what it measures).
pub(crate) async fn sign_up(conn: &mut Conn, email: &str) -> Result<(), Error> {
    with_password(conn, "sign-up", email).await?;
    let pool = DATABASE.get().ok_or("--database is required")?;
    sqlx::query("UPDATE users SET email_verified_at = created_at WHERE email = $1")
        .bind(email)
        .execute(pool)
        .await?;
    with_password(conn, "log-in", email).await
}

pub(crate) fn now_step() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 30)
}

impl User {
    /// A code for a step not used yet, if one is valid now (the server accepts one step of
    /// drift either way).
    pub(crate) fn next_code(&mut self) -> Option<String> {
        let step = self.next_step.max(now_step());
        (step <= now_step() + 1).then(|| {
            self.next_step = step + 1;
            self.totp.generate(step * 30).to_string()
        })
    }
}

/// Signs up `n` users and turns two-factor authentication on for each (two at a time per
/// core, as the server hashes passwords on its blocking threads).
pub(crate) async fn create_users(addr: SocketAddr, n: usize) -> Result<Vec<User>, Error> {
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

pub(crate) async fn create_user(addr: SocketAddr, email: &str) -> Result<User, Error> {
    let mut conn = Conn::open(addr).await?;
    sign_up(&mut conn, email).await?;
    let setup: domain::factor::AuthenticatorSetup = conn
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
    let mailed = mailed_code(email).await?;
    let codes: domain::factor::BackupCodes = conn
        .call(
            "confirm-two-factor",
            &[("code", &code), ("mailed_code", &mailed)],
        )
        .await?
        .json()?;
    user.backup_codes = codes.codes;
    conn.call("log-out", &[]).await?;
    Ok(user)
}
