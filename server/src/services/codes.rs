//! Backup codes: new sets, and the keyed hashes they are stored as. Reading what a person
//! types (an authenticator code or a backup code, in one input) is [`domain::proof::Proof`].

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use domain::proof::{BACKUP_ALPHABET, BACKUP_CODE_CHARS, Proof};

pub const BACKUP_CODES_PER_SET: usize = 10;

/// A fresh set of backup codes, formatted `XXXXX-XXXXX`, from a CSPRNG seeded by the OS.
pub fn generate_backup_codes() -> Vec<String> {
    (0..BACKUP_CODES_PER_SET)
        .map(|_| generate_backup_code())
        .collect()
}

fn generate_backup_code() -> String {
    let mut bytes = [0u8; BACKUP_CODE_CHARS];
    rand::rng().fill_bytes(&mut bytes);
    let chars: String = bytes
        .iter()
        // 256 is a multiple of 32: every character is equally likely.
        .map(|b| char::from(BACKUP_ALPHABET[usize::from(b % 32)]))
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// Keyed hashes of backup codes (HMAC-SHA256 with a server key): a stolen database does not
/// reveal the codes, and checking an entered code costs one hash.
#[derive(Clone)]
pub struct BackupCodeHasher {
    key: [u8; 32],
}

impl std::fmt::Debug for BackupCodeHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BackupCodeHasher([redacted])")
    }
}

impl BackupCodeHasher {
    pub fn new(key: [u8; 32]) -> Self {
        Self { key }
    }

    /// The stored form of `user`'s code, given in any accepted spelling: the HMAC covers the
    /// user id with the code, so that a leaked key means a search per user, not one for all.
    pub fn hash(&self, user: i64, code: &str) -> Option<String> {
        self.mac(b"twofold backup code v2\0", Some(user), code)
    }

    /// The stored form of earlier versions (the code alone), which codes made by them keep
    /// until they are spent or replaced (`backup_codes.hash_version` 1).
    pub fn hash_v1(&self, code: &str) -> Option<String> {
        self.mac(b"twofold backup code v1\0", None, code)
    }

    fn mac(&self, label: &[u8], user: Option<i64>, code: &str) -> Option<String> {
        let Proof::BackupCode(normalized) = Proof::code(code) else {
            return None;
        };
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).ok()?;
        mac.update(label);
        if let Some(user) = user {
            mac.update(&user.to_be_bytes());
        }
        mac.update(normalized.as_bytes());
        Some(hex(&mac.finalize().into_bytes()))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn alphabet_has_32_unambiguous_symbols() {
        let set: HashSet<u8> = BACKUP_ALPHABET.iter().copied().collect();
        assert_eq!(set.len(), 32);
        for ambiguous in b"ILOU" {
            assert!(!set.contains(ambiguous), "{}", char::from(*ambiguous));
        }
    }

    #[test]
    fn generated_codes_are_well_formed_and_distinct() {
        let codes = generate_backup_codes();
        assert_eq!(codes.len(), BACKUP_CODES_PER_SET);
        let unique: HashSet<&String> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len());
        for code in &codes {
            assert_eq!(code.len(), 11);
            assert_eq!(&code[5..6], "-");
            assert!(matches!(Proof::code(code), Proof::BackupCode(_)), "{code}");
        }
    }

    #[test]
    fn generated_symbols_cover_the_alphabet_evenly() {
        let mut counts = [0usize; 32];
        for _ in 0..2000 {
            for b in generate_backup_code().bytes().filter(|b| *b != b'-') {
                let index = BACKUP_ALPHABET
                    .iter()
                    .position(|a| *a == b)
                    .expect("in alphabet");
                counts[index] += 1;
            }
        }
        // 20,000 symbols: 625 expected for each; a biased generator falls far outside this band.
        for (index, count) in counts.iter().enumerate() {
            assert!((450..=800).contains(count), "symbol {index}: {count}");
        }
    }

    #[test]
    fn hashes_are_keyed_per_user_and_spelling_independent() {
        let hasher = BackupCodeHasher::new([1; 32]);
        let a = hasher.hash(7, "ABCDE-FGHJK").expect("valid");
        assert_eq!(Some(a.clone()), hasher.hash(7, "abcde fghjk"));
        assert_ne!(
            Some(a.clone()),
            hasher.hash(8, "ABCDE-FGHJK"),
            "another user"
        );
        assert_ne!(
            Some(a.clone()),
            BackupCodeHasher::new([2; 32]).hash(7, "ABCDE-FGHJK")
        );
        assert_ne!(
            Some(a.clone()),
            hasher.hash_v1("ABCDE-FGHJK"),
            "not the earlier form"
        );
        assert_eq!(a.len(), 64);
        assert!(!a.contains("ABCDE"));
        assert_eq!(hasher.hash(7, "123456"), None);
        assert_eq!(hasher.hash_v1("abcde fghjk"), hasher.hash_v1("ABCDE-FGHJK"));
    }
}
