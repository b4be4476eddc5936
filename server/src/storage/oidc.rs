//! The OpenID Connect provider's tables: `oidc_subjects`, `oidc_codes`, `oidc_tokens`.

use sqlx::Row;

use super::Db;

/// The subject of `user`, made from `candidate` if the account has none yet (read first: it
/// is written once per account, read on every token).
pub async fn subject(pool: &Db, user: i64, candidate: &str) -> Result<String, sqlx::Error> {
    let known: Option<String> =
        sqlx::query_scalar("SELECT subject FROM oidc_subjects WHERE user_id = $1")
            .bind(user)
            .fetch_optional(pool)
            .await?;
    if let Some(subject) = known {
        return Ok(subject);
    }
    // Another server may make one at the same moment: then its subject is the account's.
    sqlx::query(
        "INSERT INTO oidc_subjects (user_id, subject) VALUES ($1, $2) \
         ON CONFLICT (user_id) DO NOTHING",
    )
    .bind(user)
    .bind(candidate)
    .execute(pool)
    .await?;
    sqlx::query_scalar("SELECT subject FROM oidc_subjects WHERE user_id = $1")
        .bind(user)
        .fetch_one(pool)
        .await
}

/// The account whose subject is `subject`, if any.
pub async fn user_of_subject(pool: &Db, subject: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT user_id FROM oidc_subjects WHERE subject = $1")
        .bind(subject)
        .fetch_optional(pool)
        .await
}

/// What a code or a token was issued for: who, to which client, after which sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub client_id: String,
    pub user_id: i64,
    /// Space-separated.
    pub scopes: String,
    pub auth_time: i64,
    /// The sign-in's methods (RFC 8176), space-separated.
    pub amr: String,
    pub acr: Option<String>,
    pub credential_epoch: i64,
}

/// A stored code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    pub grant: Grant,
    pub redirect_uri: String,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub expires_at: i64,
}

const GRANT_COLUMNS: &str = "client_id, user_id, scopes, auth_time, amr, acr, credential_epoch";

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// `query` with the grant's columns bound next, in the order of [`GRANT_COLUMNS`].
fn bind_grant<'q>(query: AnyQuery<'q>, grant: &'q Grant) -> AnyQuery<'q> {
    query
        .bind(&grant.client_id)
        .bind(grant.user_id)
        .bind(&grant.scopes)
        .bind(grant.auth_time)
        .bind(&grant.amr)
        .bind(&grant.acr)
        .bind(grant.credential_epoch)
}

fn grant(row: &sqlx::any::AnyRow) -> Result<Grant, sqlx::Error> {
    Ok(Grant {
        client_id: row.try_get("client_id")?,
        user_id: row.try_get("user_id")?,
        scopes: row.try_get("scopes")?,
        auth_time: row.try_get("auth_time")?,
        amr: row.try_get("amr")?,
        acr: row.try_get("acr")?,
        credential_epoch: row.try_get("credential_epoch")?,
    })
}

pub async fn insert_code(pool: &Db, code_hash: &str, code: &CodeRow) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO oidc_codes (code_hash, redirect_uri, nonce, code_challenge, expires_at, \
         {GRANT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    );
    let query = sqlx::query(&sql)
        .bind(code_hash)
        .bind(&code.redirect_uri)
        .bind(&code.nonce)
        .bind(&code.code_challenge)
        .bind(code.expires_at);
    bind_grant(query, &code.grant).execute(pool).await?;
    Ok(())
}

/// Takes the code: deleted in the same statement that reads it, so that it is redeemed once
/// even when two servers are asked at the same moment.
pub async fn take_code(pool: &Db, code_hash: &str) -> Result<Option<CodeRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "DELETE FROM oidc_codes WHERE code_hash = $1 \
         RETURNING redirect_uri, nonce, code_challenge, expires_at, {GRANT_COLUMNS}"
    ))
    .bind(code_hash)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(CodeRow {
            grant: grant(&row)?,
            redirect_uri: row.try_get("redirect_uri")?,
            nonce: row.try_get("nonce")?,
            code_challenge: row.try_get("code_challenge")?,
            expires_at: row.try_get("expires_at")?,
        })
    })
    .transpose()
}

/// Kinds of token.
pub const ACCESS: &str = "access";
pub const REFRESH: &str = "refresh";

/// A token to store.
pub struct NewToken<'a> {
    pub token_hash: &'a str,
    pub kind: &'static str,
    pub grant_hash: &'a str,
    pub grant: &'a Grant,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert_token(pool: &Db, token: NewToken<'_>) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO oidc_tokens (token_hash, kind, grant_hash, created_at, expires_at, \
         {GRANT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    );
    let query = sqlx::query(&sql)
        .bind(token.token_hash)
        .bind(token.kind)
        .bind(token.grant_hash)
        .bind(token.now)
        .bind(token.expires_at);
    bind_grant(query, token.grant).execute(pool).await?;
    Ok(())
}

/// Revokes every token of the grant `grant_hash`; returns how many there were.
pub async fn revoke_grant(pool: &Db, grant_hash: &str) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM oidc_tokens WHERE grant_hash = $1")
        .bind(grant_hash)
        .execute(pool)
        .await?
        .rows_affected())
}

/// A live token of `kind`: its grant, whether the account's epoch is still the token's, and
/// when it was used (refresh tokens).
pub struct LiveToken {
    pub grant_hash: String,
    pub grant: Grant,
    pub used_at: Option<i64>,
}

/// The token `token_hash` of `kind` if it has not expired and its account's credential epoch
/// is still the one it was issued under.
pub async fn live_token(
    pool: &Db,
    token_hash: &str,
    kind: &str,
    now: i64,
) -> Result<Option<LiveToken>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT t.grant_hash, t.used_at, t.client_id, t.user_id, t.scopes, t.auth_time, t.amr, \
         t.acr, t.credential_epoch FROM oidc_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.kind = $2 AND t.expires_at > $3 \
         AND t.credential_epoch = u.credential_epoch",
    )
    .bind(token_hash)
    .bind(kind)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(LiveToken {
            grant_hash: row.try_get("grant_hash")?,
            grant: grant(&row)?,
            used_at: row.try_get("used_at")?,
        })
    })
    .transpose()
}

/// Marks a refresh token used; `false` when it already was (a second use).
pub async fn use_refresh(pool: &Db, token_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query(
            "UPDATE oidc_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
        )
        .bind(now)
        .bind(token_hash)
        .execute(pool)
        .await?
        .rows_affected()
            == 1,
    )
}

/// Whether any token came from the grant `grant_hash`.
pub async fn grant_exists(pool: &Db, grant_hash: &str) -> Result<bool, sqlx::Error> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM oidc_tokens WHERE grant_hash = $1")
        .bind(grant_hash)
        .fetch_one(pool)
        .await?;
    Ok(count > 0)
}

/// Forgets codes and tokens past their time.
pub async fn delete_expired(pool: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let codes = sqlx::query("DELETE FROM oidc_codes WHERE expires_at <= $1")
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
    let tokens = sqlx::query("DELETE FROM oidc_tokens WHERE expires_at <= $1")
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
    Ok(codes + tokens)
}

/// Removes the token `token_hash` of the client `client_id`; its kind and grant, if it was
/// there.
pub async fn delete_token(
    pool: &Db,
    token_hash: &str,
    client_id: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let row = sqlx::query(
        "DELETE FROM oidc_tokens WHERE token_hash = $1 AND client_id = $2 \
         RETURNING kind, grant_hash",
    )
    .bind(token_hash)
    .bind(client_id)
    .fetch_optional(pool)
    .await?;
    row.map(|row| Ok((row.try_get("kind")?, row.try_get("grant_hash")?)))
        .transpose()
}
