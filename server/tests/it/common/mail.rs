//! The mail the app queued, read as its worker reads it (bodies are sealed in the database).

use super::TestApp;

impl TestApp {
    /// Every mail queued for `to` as `(subject, body)`, oldest first.
    /// Bodies are read as the mail worker does (they are sealed in the database); a
    /// delivered mail's body is empty (forgotten once sent).
    pub async fn mails_to(&self, to: &str) -> Vec<(String, String)> {
        sqlx::query_as::<_, (String, String)>(
            "SELECT subject, body FROM mail_outbox WHERE recipient = $1 ORDER BY id",
        )
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .unwrap()
        .into_iter()
        .map(|(subject, stored)| (subject, self.mailer.body(to, &stored).unwrap_or_default()))
        .collect()
    }

    /// The newest mail to `to` that holds a link to `page`, waiting a little for one queued
    /// in the background; returns its body.
    pub async fn mail_with_link(&self, to: &str, page: &str) -> String {
        for _ in 0..100 {
            if let Some((_, body)) = self
                .mails_to(to)
                .await
                .into_iter()
                .rev()
                .find(|(_, body)| body.contains(&format!("{page}?token=")))
            {
                return body;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no mail to {to} with a link to {page}");
    }

    /// The newest code mailed to `to` for setting up a first factor (eight digits in two
    /// groups on a line of their own).
    pub async fn mailed_code(&self, to: &str) -> String {
        for _ in 0..100 {
            if let Some(code) = self.last_mailed_code(to).await {
                return code;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no code mailed to {to}");
    }

    /// The same if one was mailed already.
    pub async fn last_mailed_code(&self, to: &str) -> Option<String> {
        self.mails_to(to)
            .await
            .iter()
            .rev()
            .find_map(|(_, body)| code_in(body))
    }

    /// The token of the newest link to `page` mailed to `to`.
    pub async fn link_token(&self, to: &str, page: &str) -> String {
        token_in(&self.mail_with_link(to, page).await, page)
    }
}

/// The token of the link to `page` in a mail's body.
pub fn token_in(body: &str, page: &str) -> String {
    let marker = format!("{page}?token=");
    let start = body.find(&marker).unwrap() + marker.len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// The code for a first factor in a mail's body, if it has one.
pub fn code_in(body: &str) -> Option<String> {
    body.lines().map(str::trim).find_map(|line| {
        let (a, b) = line.split_once(' ')?;
        let digits = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
        (digits(a) && digits(b)).then(|| line.to_owned())
    })
}
