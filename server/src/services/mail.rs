//! Mail to users: queued in the database (`mail_outbox`) and delivered by a worker in every
//! server, over SMTP when `SMTP_URL` is set, otherwise as `.eml` files in the data directory's
//! `outbox/` folder.

use std::{path::PathBuf, sync::Arc, time::Duration};

use domain::Fault;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};
use tokio::sync::Notify;

use super::faults::db;
use crate::{
    clock::Clock,
    storage::{Db, outbox},
};

/// Where mail goes.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `<id>.eml` file per message.
    Directory(PathBuf),
}

impl Transport {
    /// SMTP for `smtp_url` (`smtp://host:port`, `smtps://…`, with `user:password@` if needed);
    /// without one, the folder `outbox/` in `data_dir`.
    pub fn new(smtp_url: Option<&str>, data_dir: &std::path::Path) -> Result<Self, String> {
        match smtp_url {
            Some(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|builder| Self::Smtp(builder.timeout(Some(Duration::from_secs(20))).build()))
                .map_err(|e| e.to_string()),
            None => Ok(Self::Directory(data_dir.join("outbox"))),
        }
    }

    async fn send(&self, id: i64, message: Message) -> Result<(), String> {
        match self {
            Self::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(drop)
                .map_err(|e| e.to_string()),
            Self::Directory(dir) => {
                let path = dir.join(format!("{id}.eml"));
                tokio::task::spawn_blocking(move || {
                    crate::private_files::write(&path, &message.formatted())
                })
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())
            }
        }
    }
}

#[derive(Clone)]
pub struct Mailer {
    pool: Db,
    clock: Arc<dyn Clock>,
    transport: Transport,
    from: Mailbox,
    wake: Arc<Notify>,
}

/// How long a taken message waits before another attempt (if the server taking it dies).
const CLAIM_SECS: i64 = 5 * 60;
/// Retries back off from one minute to at most an hour.
const MAX_BACKOFF_SECS: i64 = 60 * 60;
/// How often the worker looks for due mail when nothing woke it.
const POLL: Duration = Duration::from_secs(30);

impl Mailer {
    pub fn new(pool: Db, clock: Arc<dyn Clock>, transport: Transport, from: Mailbox) -> Self {
        Self {
            pool,
            clock,
            transport,
            from,
            wake: Arc::new(Notify::new()),
        }
    }

    /// Queues a message for `recipient`; the worker sends it right away.
    pub async fn enqueue(&self, recipient: &str, subject: &str, body: &str) -> Result<(), Fault> {
        outbox::insert(&self.pool, recipient, subject, body, self.clock.now())
            .await
            .map_err(db("queue mail"))?;
        self.wake.notify_one();
        Ok(())
    }

    /// Sends every due message; returns how many were delivered.
    pub async fn deliver_due(&self) -> Result<usize, sqlx::Error> {
        let mut delivered = 0;
        loop {
            let now = self.clock.now();
            let Some(mail) = outbox::take_due(&self.pool, now, now + CLAIM_SECS).await? else {
                return Ok(delivered);
            };
            match self.send(&mail).await {
                Ok(()) => {
                    outbox::mark_sent(&self.pool, mail.id, self.clock.now()).await?;
                    tracing::info!(mail = mail.id, "mail delivered");
                    delivered += 1;
                }
                Err(err) => {
                    let backoff = 60_i64
                        .saturating_mul(1 << mail.attempts.clamp(0, 6))
                        .min(MAX_BACKOFF_SECS);
                    tracing::warn!(mail = mail.id, attempts = mail.attempts, error = %err,
                        "mail not delivered; trying again in {backoff} s");
                    outbox::retry_later(&self.pool, mail.id, self.clock.now() + backoff).await?;
                }
            }
        }
    }

    async fn send(&self, mail: &outbox::Mail) -> Result<(), String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| format!("recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| e.to_string())?;
        self.transport.send(mail.id, message).await
    }

    /// Delivers queued mail until the process ends: woken by [`enqueue`](Self::enqueue), and
    /// every 30 seconds for retries and for mail queued by other servers.
    pub fn spawn_worker(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                if let Err(err) = self.deliver_due().await {
                    tracing::error!(error = %err, "mail outbox");
                }
                tokio::select! {
                    () = self.wake.notified() => {}
                    () = tokio::time::sleep(POLL) => {}
                }
            }
        })
    }
}
