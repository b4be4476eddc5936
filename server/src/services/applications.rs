//! Applications: registering the apps that sign their users in through Twofold (OpenID
//! Connect clients), and checking a client's credentials. A client id is 128 random bits; a
//! confidential client's secret is 256 random bits, shown once and stored only as its
//! SHA-256 (a secret this long needs no slow hash), and compared in constant time. Redirect
//! and post-logout addresses are kept exactly as registered and matched exactly.

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
pub use domain::application::Registration;
use domain::{
    Fault,
    application::{Application, MAX_APP_NAME, MAX_APP_URI, MAX_APP_URIS},
};
use rand::RngCore;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::{
    clock::Clock,
    storage::{
        Db,
        applications::{self as store, NewApplication, StoredApplication},
    },
};

#[derive(Debug, thiserror::Error)]
pub enum ApplicationError {
    #[error("the name must be 1 to {MAX_APP_NAME} characters, without control characters")]
    NameInvalid,
    #[error("at least one redirect address is needed, and at most {MAX_APP_URIS}")]
    RedirectUriCount,
    #[error(
        "{0:?} is not a redirect address: an absolute https:// address (http:// only on \
         localhost or a loopback address), without a #fragment, of at most {MAX_APP_URI} bytes"
    )]
    UriInvalid(String),
    #[error("no application with the client id {0}")]
    NoSuchApplication(String),
    #[error("{0} is a public client: it has no secret")]
    PublicClient(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Fault(#[from] Fault),
}

/// A client secret, shown once (wiped from memory when dropped).
pub struct ClientSecret(pub Zeroizing<String>);

impl std::fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientSecret(…)")
    }
}

/// `bytes` random bytes from the operating system's generator, in base64url.
fn random(bytes: usize) -> String {
    let mut buffer = Zeroizing::new(vec![0u8; bytes]);
    rand::rng().fill_bytes(&mut buffer);
    URL_SAFE_NO_PAD.encode(&*buffer)
}

fn secret_hash(secret: &str) -> String {
    crate::storage::digest(secret)
}

/// A hash no secret has, compared against when the client is unknown or public, so that the
/// answer takes as long as for a known client.
const NO_SECRET: &str = "no-secret-hashes-to-this-value-0000000000000";

/// Whether `uri` may be registered: absolute, `https`, or `http` on a loopback host (a local
/// app, RFC 8252 §7.3), no fragment (RFC 6749 §3.1.2), no line break.
pub fn valid_uri(uri: &str) -> bool {
    if uri.len() > MAX_APP_URI || uri.chars().any(char::is_control) {
        return false;
    }
    let Ok(parsed) = url::Url::parse(uri) else {
        return false;
    };
    let loopback = match parsed.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    parsed.fragment().is_none()
        && parsed.host().is_some()
        && parsed.username().is_empty()
        && parsed.password().is_none()
        && (parsed.scheme() == "https" || (parsed.scheme() == "http" && loopback))
}

fn check(registration: &Registration) -> Result<(), ApplicationError> {
    let name = registration.name.trim();
    if name.is_empty() || name.chars().count() > MAX_APP_NAME || name.chars().any(char::is_control)
    {
        return Err(ApplicationError::NameInvalid);
    }
    if registration.redirect_uris.is_empty()
        || registration.redirect_uris.len() > MAX_APP_URIS
        || registration.post_logout_uris.len() > MAX_APP_URIS
    {
        return Err(ApplicationError::RedirectUriCount);
    }
    let uris = registration
        .redirect_uris
        .iter()
        .chain(&registration.post_logout_uris);
    match uris.into_iter().find(|uri| !valid_uri(uri)) {
        Some(uri) => Err(ApplicationError::UriInvalid(uri.clone())),
        None => Ok(()),
    }
}

#[derive(Clone)]
pub struct Applications {
    pool: Db,
    clock: Arc<dyn Clock>,
}

impl Applications {
    pub fn new(pool: Db, clock: Arc<dyn Clock>) -> Self {
        Self { pool, clock }
    }

    /// Registers an application; returns it with its secret (none for a public client).
    pub async fn add(
        &self,
        registration: Registration,
        by: &str,
    ) -> Result<(Application, Option<ClientSecret>), ApplicationError> {
        check(&registration)?;
        let app = Application {
            client_id: random(16),
            name: registration.name.trim().to_owned(),
            public: registration.public,
            redirect_uris: registration.redirect_uris,
            post_logout_uris: registration.post_logout_uris,
            require: registration.require,
            consent: registration.consent,
            signing: registration.signing,
            created_at: self.clock.now(),
            secret_rotated_at: None,
        };
        let secret = (!app.public).then(|| ClientSecret(Zeroizing::new(random(32))));
        let hash = secret.as_ref().map(|secret| secret_hash(&secret.0));
        store::insert(
            &self.pool,
            NewApplication {
                app: &app,
                secret_hash: hash.as_deref(),
                created_by: by,
            },
        )
        .await?;
        tracing::info!(client_id = %app.client_id, name = %app.name, by, "application registered");
        Ok((app, secret))
    }

    /// The origins (`https://app.example.com`) of every registered redirect and post-logout
    /// address, each once: where Twofold's own forms may lead the browser on.
    pub async fn origins(&self) -> Result<Vec<String>, ApplicationError> {
        let mut origins: Vec<String> = store::addresses(&self.pool)
            .await?
            .iter()
            .filter_map(|uri| url::Url::parse(uri).ok())
            .map(|url| url.origin().ascii_serialization())
            .collect();
        origins.sort_unstable();
        origins.dedup();
        Ok(origins)
    }

    pub async fn list(&self) -> Result<Vec<Application>, ApplicationError> {
        Ok(store::all(&self.pool).await?)
    }

    pub async fn show(&self, client_id: &str) -> Result<Application, ApplicationError> {
        Ok(self.stored(client_id).await?.app)
    }

    async fn stored(&self, client_id: &str) -> Result<StoredApplication, ApplicationError> {
        store::by_client_id(&self.pool, client_id)
            .await?
            .ok_or_else(|| ApplicationError::NoSuchApplication(client_id.to_owned()))
    }

    /// Gives a confidential client a new secret; the old one stops working at once.
    pub async fn rotate_secret(
        &self,
        client_id: &str,
        by: &str,
    ) -> Result<ClientSecret, ApplicationError> {
        let app = self.show(client_id).await?;
        if app.public {
            return Err(ApplicationError::PublicClient(client_id.to_owned()));
        }
        let secret = ClientSecret(Zeroizing::new(random(32)));
        let now = self.clock.now();
        if !store::set_secret(&self.pool, client_id, &secret_hash(&secret.0), now).await? {
            return Err(ApplicationError::NoSuchApplication(client_id.to_owned()));
        }
        tracing::info!(client_id, by, "application secret replaced");
        Ok(secret)
    }

    pub async fn remove(&self, client_id: &str, by: &str) -> Result<(), ApplicationError> {
        if !store::delete(&self.pool, client_id).await? {
            return Err(ApplicationError::NoSuchApplication(client_id.to_owned()));
        }
        tracing::info!(client_id, by, "application removed");
        Ok(())
    }

    /// The confidential client `client_id` if `secret` is its secret; `None` otherwise
    /// (unknown, public, or a wrong secret: one answer, compared in constant time).
    pub async fn authenticate(
        &self,
        client_id: &str,
        secret: &str,
    ) -> Result<Option<Application>, ApplicationError> {
        let stored = store::by_client_id(&self.pool, client_id).await?;
        let expected = stored
            .as_ref()
            .and_then(|s| s.secret_hash.as_deref())
            .unwrap_or(NO_SECRET);
        let matches: bool = secret_hash(secret)
            .as_bytes()
            .ct_eq(expected.as_bytes())
            .into();
        Ok(stored
            .filter(|s| matches && s.secret_hash.is_some())
            .map(|s| s.app))
    }
}

#[cfg(test)]
mod tests {
    use super::valid_uri;

    #[test]
    fn redirect_addresses_are_https_or_loopback_http_without_fragment() {
        for good in [
            "https://grafana.example.com/login/generic_oauth",
            "https://app.example.com:8443/cb?x=1",
            "http://127.0.0.1:8080/callback",
            "http://localhost/cb",
            "http://[::1]:9000/cb",
        ] {
            assert!(valid_uri(good), "{good}");
        }
        for bad in [
            "http://app.example.com/cb",
            "https://app.example.com/cb#frag",
            "/relative/cb",
            "javascript:alert(1)",
            "https://user:pass@app.example.com/cb",
            "https://app.example.com/cb\nx",
            "ftp://app.example.com/cb",
        ] {
            assert!(!valid_uri(bad), "{bad}");
        }
    }
}
