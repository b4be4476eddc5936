//! The mailed links: a random 256-bit token of which only the SHA-256 is stored, one live
//! link per account and purpose, found while it is live and spent by one conditional DELETE
//! in the transaction of what it does; and the limits counted on them.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{
    Fault,
    error::LimitError,
    ownership::{LinkError, LinkPurpose},
};

use super::OwnershipService;
use crate::{
    services::{faults::db, limits::LimitRule},
    storage::{
        email_links,
        users::{self, UserRow},
    },
};

pub(super) fn token_hash(token: &str) -> String {
    crate::storage::digest(token)
}

/// A limit scope named by `kind` and a hash of `what` (an address is never stored in clear).
pub(super) fn scope(kind: &str, what: &str) -> String {
    format!("{kind}:{}", token_hash(what))
}

/// Begins the transaction of what `link` does, having spent it first: `Expired` when another
/// request spent or replaced it meanwhile. Commit the transaction with the change.
pub(super) async fn spend<'c>(
    conn: &'c mut crate::storage::DbConnection,
    link: &email_links::LinkRow,
    token: &str,
) -> Result<sqlx::Transaction<'c, sqlx::Any>, LinkError> {
    let mut tx = sqlx::Connection::begin(&mut **conn)
        .await
        .map_err(db("begin"))?;
    if email_links::take(&mut tx, link.id, &token_hash(token))
        .await
        .map_err(db("spend mailed link"))?
    {
        Ok(tx)
    } else {
        Err(LinkError::Expired)
    }
}

impl OwnershipService {
    /// A new link of `purpose` for the account (replacing the one before); returns its URL,
    /// or `None` when a live reset link stays (it was replaced as often as it may be).
    pub(super) async fn new_link(
        &self,
        user: &UserRow,
        purpose: LinkPurpose,
        new_email: Option<&str>,
    ) -> Result<Option<String>, Fault> {
        let token = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
        let made = email_links::replace(
            &self.pool,
            email_links::NewLink {
                user: user.id,
                purpose,
                token_hash: &token_hash(&token),
                new_email,
                epoch: user.credential_epoch,
                now: self.guard.now(),
            },
        )
        .await
        .map_err(db("store mailed link"))?;
        Ok(made.then(|| self.url(purpose.page(), Some(&token))))
    }

    /// Counts one more in each scope, refusing past its limit.
    pub(super) async fn count(&self, scopes: Vec<(String, LimitRule)>) -> Result<(), LimitError> {
        for attempt in self.guard.limiter.admit_all(scopes).await? {
            self.guard.limiter.failed(attempt);
        }
        Ok(())
    }

    /// The live link of one of `purposes` with this token, and its account.
    pub(super) async fn link(
        &self,
        purposes: &[LinkPurpose],
        token: &str,
    ) -> Result<(LinkPurpose, email_links::LinkRow, UserRow), LinkError> {
        if token.is_empty() || token.len() > 100 {
            return Err(LinkError::Expired);
        }
        let (purpose, link) =
            email_links::find(&self.pool, purposes, &token_hash(token), self.guard.now())
                .await
                .map_err(db("find mailed link"))?
                .ok_or(LinkError::Expired)?;
        let user = users::by_id(&self.pool, link.user_id)
            .await
            .map_err(db("find user of link"))?
            .ok_or(LinkError::Expired)?;
        Ok((purpose, link, user))
    }
}
