//! The provider's signing keys: one current key per algorithm (RS256 — RSA 2048, ES256 —
//! P-256, EdDSA — Ed25519), made the first time it is needed, stored in the database with its
//! private half sealed like the authenticator secrets (so every server signs with the same
//! key), and replaced with `server admin rotate-signing-key`. A replaced key stays in the JSON
//! Web Key Set until every token signed with it has expired.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::{Fault, application::SigningAlgorithm};
use openidconnect::{
    JsonWebKeyId, PrivateSigningKey, SigningError,
    core::{
        CoreEdDsaPrivateSigningKey, CoreJsonCurveType, CoreJsonWebKey, CoreJsonWebKeySet,
        CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey,
    },
};
use rand::RngCore;
use rand_core06::OsRng;
use zeroize::Zeroizing;

use crate::{
    clock::Clock,
    services::secret_box::{SealError, SecretBox},
    storage::{
        Db,
        signing_keys::{self as store, KeyRow},
    },
};

/// The longest an ID token lives: a replaced key is published this long after it was replaced.
pub const ID_TOKEN_SECS: i64 = 60 * 60;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("a signing key cannot be opened: {0}")]
    Sealed(#[from] SealError),
    #[error("a signing key cannot be made or read: {0}")]
    Key(String),
    #[error(transparent)]
    Fault(#[from] Fault),
}

/// A private key that signs with the algorithm it was made for.
pub enum SigningKey {
    Rsa(RsaKey),
    P256(P256Key),
    Ed25519(CoreEdDsaPrivateSigningKey),
}

/// The JOSE name of `algorithm`.
pub fn jws(algorithm: SigningAlgorithm) -> CoreJwsSigningAlgorithm {
    match algorithm {
        SigningAlgorithm::Rs256 => CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        SigningAlgorithm::Es256 => CoreJwsSigningAlgorithm::EcdsaP256Sha256,
        SigningAlgorithm::EdDsa => CoreJwsSigningAlgorithm::EdDsa,
    }
}

impl SigningKey {
    /// The JOSE algorithm it signs with.
    pub fn algorithm(&self) -> CoreJwsSigningAlgorithm {
        jws(match self {
            Self::Rsa(_) => SigningAlgorithm::Rs256,
            Self::P256(_) => SigningAlgorithm::Es256,
            Self::Ed25519(_) => SigningAlgorithm::EdDsa,
        })
    }

    /// Reads the private key `pem` of `algorithm` (as [`generate`] writes it).
    fn from_pem(algorithm: SigningAlgorithm, pem: &str, kid: &str) -> Result<Self, KeyError> {
        let kid = Some(JsonWebKeyId::new(kid.to_owned()));
        match algorithm {
            SigningAlgorithm::Rs256 => RsaKey::from_pem(pem, kid).map(Self::Rsa),
            SigningAlgorithm::EdDsa => {
                CoreEdDsaPrivateSigningKey::from_ed25519_pem(pem, kid).map(Self::Ed25519)
            }
            SigningAlgorithm::Es256 => P256Key::from_pem(pem, kid).map(Self::P256),
        }
        .map_err(KeyError::Key)
    }
}

impl PrivateSigningKey for SigningKey {
    type VerificationKey = CoreJsonWebKey;

    fn sign(&self, alg: &CoreJwsSigningAlgorithm, message: &[u8]) -> Result<Vec<u8>, SigningError> {
        match self {
            Self::Rsa(key) => key.sign(alg, message),
            Self::P256(key) => key.sign(alg, message),
            Self::Ed25519(key) => key.sign(alg, message),
        }
    }

    fn as_verification_key(&self) -> CoreJsonWebKey {
        match self {
            Self::Rsa(key) => key.as_verification_key(),
            Self::P256(key) => key.as_verification_key(),
            Self::Ed25519(key) => key.as_verification_key(),
        }
    }
}

/// An RS256 key, signing with OpenSSL (linked already for the mail client's TLS): about five
/// times faster than the pure-Rust `rsa` crate the `openidconnect` crate signs with, and the
/// same signature (RSASSA-PKCS1-v1_5 is deterministic). Its public half as the crate makes it.
pub struct RsaKey {
    key: openssl::pkey::PKey<openssl::pkey::Private>,
    public: CoreJsonWebKey,
}

impl RsaKey {
    fn from_pem(pem: &str, kid: Option<JsonWebKeyId>) -> Result<Self, String> {
        let public = CoreRsaPrivateSigningKey::from_pem(pem, kid)?.as_verification_key();
        let key =
            openssl::pkey::PKey::private_key_from_pem(pem.as_bytes()).map_err(|e| e.to_string())?;
        Ok(Self { key, public })
    }
}

impl PrivateSigningKey for RsaKey {
    type VerificationKey = CoreJsonWebKey;

    fn sign(&self, alg: &CoreJwsSigningAlgorithm, message: &[u8]) -> Result<Vec<u8>, SigningError> {
        if *alg != CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256 {
            return Err(SigningError::UnsupportedAlg(format!("{alg:?}")));
        }
        openssl::sign::Signer::new(openssl::hash::MessageDigest::sha256(), &self.key)
            .and_then(|mut signer| signer.sign_oneshot_to_vec(message))
            .map_err(|_| SigningError::CryptoError)
    }

    fn as_verification_key(&self) -> CoreJsonWebKey {
        self.public.clone()
    }
}

/// An ES256 key (the `openidconnect` crate signs with RSA and Ed25519 keys only).
pub struct P256Key {
    key: p256::ecdsa::SigningKey,
    kid: Option<JsonWebKeyId>,
}

impl P256Key {
    fn from_pem(pem: &str, kid: Option<JsonWebKeyId>) -> Result<Self, String> {
        use p256::pkcs8::DecodePrivateKey;
        let key = p256::ecdsa::SigningKey::from_pkcs8_pem(pem).map_err(|e| e.to_string())?;
        Ok(Self { key, kid })
    }
}

impl PrivateSigningKey for P256Key {
    type VerificationKey = CoreJsonWebKey;

    fn sign(&self, alg: &CoreJwsSigningAlgorithm, message: &[u8]) -> Result<Vec<u8>, SigningError> {
        use p256::ecdsa::{Signature, signature::Signer};
        if *alg != CoreJwsSigningAlgorithm::EcdsaP256Sha256 {
            return Err(SigningError::UnsupportedAlg(format!("{alg:?}")));
        }
        // JWS takes the signature as r ‖ s (RFC 7518 §3.4).
        let signature: Signature = self.key.sign(message);
        Ok(signature.to_bytes().to_vec())
    }

    fn as_verification_key(&self) -> CoreJsonWebKey {
        let point = self.key.verifying_key().to_encoded_point(false);
        let coordinate = |c: Option<&p256::FieldBytes>| c.map(|c| c.to_vec()).unwrap_or_default();
        CoreJsonWebKey::new_ec(
            coordinate(point.x()),
            coordinate(point.y()),
            CoreJsonCurveType::P256,
            self.kid.clone(),
        )
    }
}

/// A new private key of `algorithm`, as PEM.
fn generate(algorithm: SigningAlgorithm) -> Result<Zeroizing<String>, KeyError> {
    use p256::pkcs8::{EncodePrivateKey, LineEnding};
    let pem = match algorithm {
        SigningAlgorithm::Rs256 => {
            use rsa::pkcs1::EncodeRsaPrivateKey;
            rsa::RsaPrivateKey::new(&mut OsRng, 2048)
                .map_err(|e| KeyError::Key(e.to_string()))?
                .to_pkcs1_pem(LineEnding::LF)
                .map_err(|e| KeyError::Key(e.to_string()))?
        }
        SigningAlgorithm::Es256 => p256::ecdsa::SigningKey::random(&mut OsRng)
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| KeyError::Key(e.to_string()))?,
        SigningAlgorithm::EdDsa => ed25519_dalek::SigningKey::generate(&mut OsRng)
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| KeyError::Key(e.to_string()))?,
    };
    Ok(Zeroizing::new(pem.as_str().to_owned()))
}

/// How long a server signs with the current key it read before reading which is current
/// again: a rotation on another server (or by the command line) is followed within this long,
/// while the replaced key stays published for [`ID_TOKEN_SECS`].
pub const CURRENT_KEY_SECS: i64 = 30;

/// The signing keys, over the database; the keys read are kept (a key never changes), and
/// which one is current for [`CURRENT_KEY_SECS`].
#[derive(Clone)]
pub struct SigningKeys {
    pool: Db,
    secrets: Arc<SecretBox>,
    clock: Arc<dyn Clock>,
    opened: Arc<Mutex<HashMap<String, Arc<SigningKey>>>>,
    current: Arc<Mutex<HashMap<&'static str, CurrentKey>>>,
}

/// When the current key of an algorithm was read, and the key.
type CurrentKey = (i64, Arc<SigningKey>);

impl SigningKeys {
    pub fn new(pool: Db, secrets: Arc<SecretBox>, clock: Arc<dyn Clock>) -> Self {
        Self {
            pool,
            secrets,
            clock,
            opened: Arc::default(),
            current: Arc::default(),
        }
    }

    /// The current key of `algorithm`, made now if there is none.
    pub async fn current(&self, algorithm: SigningAlgorithm) -> Result<Arc<SigningKey>, KeyError> {
        let now = self.clock.now();
        let name = algorithm.as_str();
        {
            let current = self.current.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((read_at, key)) = current.get(name)
                && now - read_at < CURRENT_KEY_SECS
            {
                return Ok(key.clone());
            }
        }
        loop {
            if let Some(row) = store::current(&self.pool, name).await? {
                let key = self.open(algorithm, &row)?;
                let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
                current.insert(name, (now, key.clone()));
                return Ok(key);
            }
            // Another server may make one at the same moment: then its key is the current one.
            self.make(algorithm, false).await?;
        }
    }

    /// Makes a new current key of `algorithm`; the one it replaces stays published for
    /// [`ID_TOKEN_SECS`]. Returns the new key's id.
    pub async fn rotate(&self, algorithm: SigningAlgorithm) -> Result<String, KeyError> {
        let kid = self.make(algorithm, true).await?;
        let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        current.remove(algorithm.as_str());
        Ok(kid)
    }

    async fn make(&self, algorithm: SigningAlgorithm, rotate: bool) -> Result<String, KeyError> {
        let mut id = [0u8; 12];
        rand::rng().fill_bytes(&mut id);
        let kid = URL_SAFE_NO_PAD.encode(id);
        let pem = generate(algorithm)?;
        let key = SigningKey::from_pem(algorithm, &pem, &kid)?;
        let public_jwk = serde_json::to_string(&key.as_verification_key())
            .map_err(|e| KeyError::Key(e.to_string()))?;
        let row = KeyRow {
            sealed_key: self.secrets.seal_signing_key(&kid, pem.as_bytes())?,
            kid: kid.clone(),
            algorithm: algorithm.as_str().to_owned(),
            public_jwk,
        };
        if store::insert(&self.pool, &row, self.clock.now(), rotate).await? {
            tracing::info!(
                kid,
                algorithm = algorithm.as_str(),
                rotate,
                "signing key made"
            );
        }
        Ok(kid)
    }

    fn open(&self, algorithm: SigningAlgorithm, row: &KeyRow) -> Result<Arc<SigningKey>, KeyError> {
        let mut opened = self.opened.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(key) = opened.get(&row.kid) {
            return Ok(key.clone());
        }
        let pem = self.secrets.open_signing_key(&row.kid, &row.sealed_key)?;
        let pem = std::str::from_utf8(&pem).map_err(|e| KeyError::Key(e.to_string()))?;
        let key = Arc::new(SigningKey::from_pem(algorithm, pem, &row.kid)?);
        opened.insert(row.kid.clone(), key.clone());
        Ok(key)
    }

    /// The public keys: every current key, and those replaced less than [`ID_TOKEN_SECS`] ago.
    /// A key not made yet is made first: a relying party that reads the keys once, before the
    /// first sign-in, must find the key its ID tokens will be signed with.
    pub async fn jwks(&self) -> Result<CoreJsonWebKeySet, KeyError> {
        for algorithm in SigningAlgorithm::ALL {
            self.current(algorithm).await?;
        }
        let since = self.clock.now() - ID_TOKEN_SECS;
        let keys = store::published(&self.pool, since)
            .await?
            .iter()
            .filter_map(|row| serde_json::from_str(&row.public_jwk).ok())
            .collect();
        Ok(CoreJsonWebKeySet::new(keys))
    }

    /// Seals every private key again under the current key of `TWOFOLD_TOTP_KEYS`; returns
    /// how many were sealed under an older one.
    pub async fn reseal(&self) -> Result<usize, KeyError> {
        let mut resealed = 0;
        for row in store::all(&self.pool).await? {
            if self.secrets.needs_rotation(&row.sealed_key) {
                let pem = self.secrets.open_signing_key(&row.kid, &row.sealed_key)?;
                let sealed = self.secrets.seal_signing_key(&row.kid, &pem)?;
                store::reseal(&self.pool, &row.kid, &sealed).await?;
                resealed += 1;
            }
        }
        Ok(resealed)
    }
}
