//! Encryption of second-factor secrets at rest: AES-256-GCM with a random 96-bit nonce for
//! every encryption, the owner's user id as associated data (a sealed secret copied to another
//! account does not open), and the key id stored in front so keys can be rotated. Mail waiting
//! in the outbox is sealed the same way, bound to its recipient instead.
//!
//! Layout: `version (1) | key id (1) | nonce (12) | ciphertext and tag`.

use std::collections::BTreeMap;

use aes_gcm::{
    Aes256Gcm, KeyInit, Nonce,
    aead::{Aead, Payload},
};
use rand::{TryRngCore, rngs::OsRng};
use zeroize::Zeroizing;

const VERSION: u8 = 1;
const NONCE_BYTES: usize = 12;
const HEADER_BYTES: usize = 2 + NONCE_BYTES;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    #[error("the current key id {0} has no key")]
    NoCurrentKey(u8),
    #[error("the operating system's random generator failed")]
    Random,
    #[error("encryption failed")]
    Encrypt,
    #[error("sealed data is malformed or of an unknown version")]
    Malformed,
    #[error("sealed with key id {0}, which is not configured")]
    UnknownKey(u8),
    /// Tampered, truncated, or sealed for another user.
    #[error("sealed data does not authenticate")]
    Inauthentic,
}

pub struct SecretBox {
    current: u8,
    ciphers: BTreeMap<u8, Aes256Gcm>,
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretBox")
            .field("current", &self.current)
            .field("key_ids", &self.ciphers.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl SecretBox {
    /// `keys` are (key id, 256-bit key); new secrets are sealed with `current`.
    pub fn new(
        current: u8,
        keys: impl IntoIterator<Item = (u8, [u8; 32])>,
    ) -> Result<Self, SealError> {
        let ciphers: BTreeMap<u8, Aes256Gcm> = keys
            .into_iter()
            .map(|(id, key)| (id, Aes256Gcm::new(&key.into())))
            .collect();
        if !ciphers.contains_key(&current) {
            return Err(SealError::NoCurrentKey(current));
        }
        Ok(Self { current, ciphers })
    }

    /// The id of the key that seals new secrets.
    pub fn current_key_id(&self) -> u8 {
        self.current
    }

    /// The id of the key that sealed `sealed`, if it looks like something [`seal`](Self::seal)
    /// produced.
    pub fn key_id_of(sealed: &[u8]) -> Option<u8> {
        match sealed {
            [VERSION, key_id, ..] => Some(*key_id),
            _ => None,
        }
    }

    fn associated_data(user_id: i64, key_id: u8) -> Vec<u8> {
        let mut aad = b"twofold second-factor secret\0".to_vec();
        aad.push(VERSION);
        aad.push(key_id);
        aad.extend_from_slice(&user_id.to_be_bytes());
        aad
    }

    fn signing_key_data(kid: &str, key_id: u8) -> Vec<u8> {
        let mut aad = b"twofold signing key\0".to_vec();
        aad.push(VERSION);
        aad.push(key_id);
        aad.extend_from_slice(kid.as_bytes());
        aad
    }

    fn mail_data(recipient: &str, key_id: u8) -> Vec<u8> {
        let mut aad = b"twofold mail\0".to_vec();
        aad.push(VERSION);
        aad.push(key_id);
        aad.extend_from_slice(recipient.as_bytes());
        aad
    }

    /// Seals `plaintext` for `user_id` with the current key.
    pub fn seal(&self, user_id: i64, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        self.seal_with(|key_id| Self::associated_data(user_id, key_id), plaintext)
    }

    /// Opens what [`seal`](Self::seal) produced for the same user, with whichever configured key
    /// sealed it.
    pub fn open(&self, user_id: i64, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, SealError> {
        self.open_with(|key_id| Self::associated_data(user_id, key_id), sealed)
    }

    /// Seals a mail's body for `recipient` with the current key.
    pub fn seal_mail(&self, recipient: &str, body: &[u8]) -> Result<Vec<u8>, SealError> {
        self.seal_with(|key_id| Self::mail_data(recipient, key_id), body)
    }

    /// Opens what [`seal_mail`](Self::seal_mail) produced for the same recipient.
    pub fn open_mail(
        &self,
        recipient: &str,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, SealError> {
        self.open_with(|key_id| Self::mail_data(recipient, key_id), sealed)
    }

    /// Seals the private half of the signing key `kid` with the current key.
    pub fn seal_signing_key(&self, kid: &str, pem: &[u8]) -> Result<Vec<u8>, SealError> {
        self.seal_with(|key_id| Self::signing_key_data(kid, key_id), pem)
    }

    /// Opens what [`seal_signing_key`](Self::seal_signing_key) produced for the same key id.
    pub fn open_signing_key(
        &self,
        kid: &str,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, SealError> {
        self.open_with(|key_id| Self::signing_key_data(kid, key_id), sealed)
    }

    fn seal_with(
        &self,
        associated_data: impl Fn(u8) -> Vec<u8>,
        plaintext: &[u8],
    ) -> Result<Vec<u8>, SealError> {
        let cipher = self
            .ciphers
            .get(&self.current)
            .ok_or(SealError::NoCurrentKey(self.current))?;
        let mut nonce = [0u8; NONCE_BYTES];
        OsRng
            .try_fill_bytes(&mut nonce)
            .map_err(|_| SealError::Random)?;
        let aad = associated_data(self.current);
        let ciphertext = cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::Encrypt)?;
        let mut sealed = Vec::with_capacity(HEADER_BYTES + ciphertext.len());
        sealed.push(VERSION);
        sealed.push(self.current);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        Ok(sealed)
    }

    fn open_with(
        &self,
        associated_data: impl Fn(u8) -> Vec<u8>,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let (&[version, key_id], rest) = sealed
            .split_first_chunk::<2>()
            .ok_or(SealError::Malformed)?;
        if version != VERSION {
            return Err(SealError::Malformed);
        }
        let (nonce, ciphertext) = rest
            .split_first_chunk::<NONCE_BYTES>()
            .ok_or(SealError::Malformed)?;
        let cipher = self
            .ciphers
            .get(&key_id)
            .ok_or(SealError::UnknownKey(key_id))?;
        let aad = associated_data(key_id);
        cipher
            .decrypt(
                &Nonce::from(*nonce),
                Payload {
                    msg: ciphertext,
                    aad: &aad,
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| SealError::Inauthentic)
    }

    /// True if `sealed` was made with a key other than the current one (to re-seal on rotation).
    pub fn needs_rotation(&self, sealed: &[u8]) -> bool {
        sealed.get(1).is_some_and(|id| *id != self.current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"12345678901234567890";

    fn secret_box() -> SecretBox {
        SecretBox::new(1, [(1, [7; 32])]).expect("key")
    }

    #[test]
    fn round_trip() {
        let sb = secret_box();
        let sealed = sb.seal(42, SECRET).expect("seal");
        assert_eq!(sealed.len(), HEADER_BYTES + SECRET.len() + 16);
        assert_eq!(&sb.open(42, &sealed).expect("open")[..], SECRET);
    }

    #[test]
    fn every_seal_uses_a_new_nonce() {
        let sb = secret_box();
        let a = sb.seal(42, SECRET).expect("seal");
        let b = sb.seal(42, SECRET).expect("seal");
        assert_ne!(a[2..HEADER_BYTES], b[2..HEADER_BYTES]);
        assert_ne!(a, b);
    }

    #[test]
    fn tampering_anywhere_is_detected() {
        let sb = secret_box();
        let sealed = sb.seal(42, SECRET).expect("seal");
        for index in 0..sealed.len() {
            let mut tampered = sealed.clone();
            tampered[index] ^= 0x01;
            assert!(sb.open(42, &tampered).is_err(), "byte {index}");
        }
        assert_eq!(
            sb.open(42, &sealed[..sealed.len() - 1]),
            Err(SealError::Inauthentic)
        );
        assert_eq!(sb.open(42, &sealed[..5]), Err(SealError::Malformed));
        assert_eq!(sb.open(42, &[]), Err(SealError::Malformed));
    }

    #[test]
    fn a_mail_opens_only_for_its_recipient_and_never_as_a_secret() {
        let b = secret_box();
        let sealed = b.seal_mail("ada@example.com", b"a link").expect("seal");
        assert_eq!(
            b.open_mail("ada@example.com", &sealed)
                .expect("open")
                .as_slice(),
            b"a link"
        );
        assert_eq!(
            b.open_mail("eve@example.com", &sealed),
            Err(SealError::Inauthentic)
        );
        assert_eq!(b.open(1, &sealed), Err(SealError::Inauthentic));
        let secret = b.seal(1, SECRET).expect("seal");
        assert_eq!(b.open_mail("", &secret), Err(SealError::Inauthentic));
    }

    #[test]
    fn a_secret_moved_to_another_user_does_not_open() {
        let sb = secret_box();
        let sealed = sb.seal(42, SECRET).expect("seal");
        assert_eq!(sb.open(43, &sealed), Err(SealError::Inauthentic));
    }

    #[test]
    fn keys_rotate_without_losing_old_secrets() {
        let old = secret_box();
        let sealed = old.seal(42, SECRET).expect("seal");
        let rotated = SecretBox::new(2, [(1, [7; 32]), (2, [9; 32])]).expect("keys");
        assert!(rotated.needs_rotation(&sealed));
        assert_eq!(
            &rotated.open(42, &sealed).expect("old key still opens")[..],
            SECRET
        );
        let resealed = rotated.seal(42, SECRET).expect("seal");
        assert!(!rotated.needs_rotation(&resealed));
        assert_eq!(old.open(42, &resealed), Err(SealError::UnknownKey(2)));
        // Claiming another key id in the header does not help: the id is authenticated.
        let mut relabelled = resealed.clone();
        relabelled[1] = 1;
        assert_eq!(rotated.open(42, &relabelled), Err(SealError::Inauthentic));
    }

    #[test]
    fn the_current_key_must_exist_and_keys_never_print() {
        assert_eq!(
            SecretBox::new(3, [(1, [7; 32])]).err(),
            Some(SealError::NoCurrentKey(3))
        );
        assert!(!format!("{:?}", secret_box()).contains("7, 7"));
    }
}
