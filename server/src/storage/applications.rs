//! The `applications` table: the OpenID Connect clients an operator registered.

use domain::application::{AppRequirement, Application, SigningAlgorithm};
use sqlx::{Row, any::AnyRow};

use super::Db;

/// An application to store, with the hash of its secret (`None`: a public client).
pub struct NewApplication<'a> {
    pub app: &'a Application,
    pub secret_hash: Option<&'a str>,
    pub created_by: &'a str,
}

const COLUMNS: &str = "client_id, name, secret_hash, redirect_uris, post_logout_uris, \
                       requirement, consent, signing_algorithm, created_at, secret_rotated_at";

/// Addresses are stored one per line (a registered address has no line break).
fn lines(uris: &[String]) -> String {
    uris.join("\n")
}

fn from_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An application and the hash of its secret, as a client's authentication checks it.
pub struct StoredApplication {
    pub app: Application,
    pub secret_hash: Option<String>,
}

fn read(row: &AnyRow) -> Result<StoredApplication, sqlx::Error> {
    let secret_hash: Option<String> = row.try_get("secret_hash")?;
    let requirement: String = row.try_get("requirement")?;
    let redirect_uris: String = row.try_get("redirect_uris")?;
    let post_logout_uris: String = row.try_get("post_logout_uris")?;
    let signing: String = row.try_get("signing_algorithm")?;
    Ok(StoredApplication {
        app: Application {
            client_id: row.try_get("client_id")?,
            name: row.try_get("name")?,
            public: secret_hash.is_none(),
            redirect_uris: from_lines(&redirect_uris),
            post_logout_uris: from_lines(&post_logout_uris),
            require: AppRequirement::parse(&requirement).unwrap_or(AppRequirement::Key),
            consent: row.try_get::<i64, _>("consent")? != 0,
            signing: SigningAlgorithm::parse(&signing).unwrap_or_default(),
            created_at: row.try_get("created_at")?,
            secret_rotated_at: row.try_get("secret_rotated_at")?,
        },
        secret_hash,
    })
}

/// Every registered redirect and post-logout address, of every application.
pub async fn addresses(pool: &Db) -> Result<Vec<String>, sqlx::Error> {
    let rows = sqlx::query("SELECT redirect_uris, post_logout_uris FROM applications")
        .fetch_all(pool)
        .await?;
    let mut addresses = Vec::new();
    for row in &rows {
        for column in ["redirect_uris", "post_logout_uris"] {
            addresses.extend(from_lines(&row.try_get::<String, _>(column)?));
        }
    }
    Ok(addresses)
}

pub async fn insert(pool: &Db, new: NewApplication<'_>) -> Result<(), sqlx::Error> {
    let app = new.app;
    sqlx::query(
        "INSERT INTO applications (client_id, name, secret_hash, redirect_uris, \
         post_logout_uris, requirement, consent, signing_algorithm, created_at, created_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&app.client_id)
    .bind(&app.name)
    .bind(new.secret_hash)
    .bind(lines(&app.redirect_uris))
    .bind(lines(&app.post_logout_uris))
    .bind(app.require.as_str())
    .bind(i64::from(app.consent))
    .bind(app.signing.as_str())
    .bind(app.created_at)
    .bind(new.created_by)
    .execute(pool)
    .await?;
    Ok(())
}

/// Every application, by name.
pub async fn all(pool: &Db) -> Result<Vec<Application>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM applications ORDER BY name, client_id"
    ))
    .fetch_all(pool)
    .await?;
    rows.iter().map(|row| read(row).map(|s| s.app)).collect()
}

pub async fn by_client_id(
    pool: &Db,
    client_id: &str,
) -> Result<Option<StoredApplication>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM applications WHERE client_id = $1"
    ))
    .bind(client_id)
    .fetch_optional(pool)
    .await?;
    row.as_ref().map(read).transpose()
}

/// Replaces the secret of a confidential client; `false` when there is no such client (a
/// public client has none to replace).
pub async fn set_secret(
    pool: &Db,
    client_id: &str,
    secret_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE applications SET secret_hash = $1, secret_rotated_at = $2 \
         WHERE client_id = $3 AND secret_hash IS NOT NULL",
    )
    .bind(secret_hash)
    .bind(now)
    .bind(client_id)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// `false` when there was no such application.
pub async fn delete(pool: &Db, client_id: &str) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM applications WHERE client_id = $1")
        .bind(client_id)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() == 1)
}
