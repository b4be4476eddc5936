//! Mail to users: queued in the database (`mail_outbox`) and delivered by a worker in every
//! server, over SMTP when `SMTP_URL` is set, otherwise as `.eml` files in the data directory's
//! `outbox/` folder.
//!
//! A queued body can hold a live link, so it is sealed like the authenticator secrets
//! (AES-256-GCM with the `TWOFOLD_TOTP_KEYS` ring, bound to the recipient) and forgotten once
//! the mail is delivered: the row keeps the recipient, the subject and the times. Mail that
//! cannot be delivered is given up (logged, counted, removed) when the mail library refuses
//! its address, or after [`MAX_ATTEMPTS`] failed attempts (about a day).

use std::{path::PathBuf, sync::Arc, time::Duration};

use base64::{Engine, engine::general_purpose::STANDARD};
use domain::Fault;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};
use tokio::sync::Notify;

use super::{faults::db, secret_box::SecretBox};
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

/// Why a mail was not delivered.
enum Failed {
    /// It never will be (its address or body is unusable).
    Never(String),
    /// This time (the transport failed): tried again later.
    Now(String),
}

#[derive(Clone)]
pub struct Mailer {
    pool: Db,
    clock: Arc<dyn Clock>,
    secrets: Arc<SecretBox>,
    transport: Transport,
    from: Mailbox,
    wake: Arc<Notify>,
}

/// How long a taken message waits before another attempt (if the server taking it dies).
const CLAIM_SECS: i64 = 5 * 60;
/// Retries back off from one minute to at most an hour.
const MAX_BACKOFF_SECS: i64 = 60 * 60;
/// Attempts before a mail is given up: with the back-off, about a day of trying.
pub const MAX_ATTEMPTS: i64 = 30;
/// What a sealed body begins with in the `body` column (rows of earlier versions hold text).
const SEALED: &str = "sealed:";
/// How often the worker looks for due mail when nothing woke it.
const POLL: Duration = Duration::from_secs(30);

impl Mailer {
    pub fn new(
        pool: Db,
        clock: Arc<dyn Clock>,
        secrets: Arc<SecretBox>,
        transport: Transport,
        from: Mailbox,
    ) -> Self {
        Self {
            pool,
            clock,
            secrets,
            transport,
            from,
            wake: Arc::new(Notify::new()),
        }
    }

    /// Queues a message for `recipient` (its body sealed); the worker sends it right away.
    pub async fn enqueue(&self, recipient: &str, subject: &str, body: &str) -> Result<(), Fault> {
        let sealed = self
            .secrets
            .seal_mail(recipient, body.as_bytes())
            .map_err(|err| {
                tracing::error!(error = %err, "sealing a mail");
                Fault::Internal
            })?;
        let stored = format!("{SEALED}{}", STANDARD.encode(sealed));
        outbox::insert(&self.pool, recipient, subject, &stored, self.clock.now())
            .await
            .map_err(db("queue mail"))?;
        self.wake.notify_one();
        Ok(())
    }

    /// The text of a queued body as [`enqueue`](Self::enqueue) stored it for `recipient` (a
    /// row of an earlier version, unsealed, as it is); `None` when it does not open, or was
    /// forgotten after delivery.
    pub fn body(&self, recipient: &str, stored: &str) -> Option<String> {
        let Some(sealed) = stored.strip_prefix(SEALED) else {
            return (!stored.is_empty()).then(|| stored.to_owned());
        };
        let sealed = STANDARD.decode(sealed).ok()?;
        let opened = self.secrets.open_mail(recipient, &sealed).ok()?;
        String::from_utf8(opened.to_vec()).ok()
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
                Err(Failed::Never(reason)) => self.give_up(&mail, &reason).await?,
                Err(Failed::Now(reason)) if mail.attempts >= MAX_ATTEMPTS => {
                    self.give_up(&mail, &reason).await?;
                }
                Err(Failed::Now(err)) => {
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

    /// Removes a mail that will never be delivered, saying why in the log (not to whom).
    async fn give_up(&self, mail: &outbox::Mail, reason: &str) -> Result<(), sqlx::Error> {
        tracing::error!(
            mail = mail.id,
            attempts = mail.attempts,
            reason,
            "mail given up undelivered"
        );
        crate::metrics::mail_given_up();
        outbox::delete(&self.pool, mail.id).await
    }

    async fn send(&self, mail: &outbox::Mail) -> Result<(), Failed> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| Failed::Never(format!("recipient: {e}")))?;
        let body = self.body(&mail.recipient, &mail.body).ok_or_else(|| {
            Failed::Never("the body does not open with the configured keys".into())
        })?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| Failed::Never(e.to_string()))?;
        self.transport
            .send(mail.id, message)
            .await
            .map_err(Failed::Now)
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
