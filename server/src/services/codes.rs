//! What a person types as a second factor: an authenticator code or a backup code, in one
//! input. Spaces, dashes and letter case are ignored.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Crockford's base 32: no I, L, O or U. On input, O is read as 0 and I and L as 1, so a code
/// copied by hand in either spelling still works.
pub const BACKUP_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 10 characters of a 32-character alphabet: 50 bits per code.
pub const BACKUP_CODE_CHARS: usize = 10;
pub const BACKUP_CODES_PER_SET: usize = 10;
// Each symbol carries 5 bits (32 symbols); a code must carry at least 50.
const _: () = assert!(BACKUP_CODE_CHARS * 5 >= 50);
pub const TOTP_DIGITS: usize = 6;

/// A code as entered, after normalisation.
#[derive(Clone, PartialEq, Eq)]
pub enum EnteredCode {
    Totp(String),
    Backup(String),
}

impl std::fmt::Debug for EnteredCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Totp(_) => "Totp([redacted])",
            Self::Backup(_) => "Backup([redacted])",
        })
    }
}

/// Recognises an authenticator code (6 digits) or a backup code (10 characters of the backup
/// alphabet), ignoring spaces, dashes and case. Anything else is `None`.
pub fn classify(input: &str) -> Option<EnteredCode> {
    if input.len() > 64 {
        return None;
    }
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.len() == TOTP_DIGITS && compact.bytes().all(|b| b.is_ascii_digit()) {
        Some(EnteredCode::Totp(compact))
    } else if compact.len() == BACKUP_CODE_CHARS {
        let read: String = compact
            .chars()
            .map(|c| match c {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect();
        read.bytes()
            .all(|b| BACKUP_ALPHABET.contains(&b))
            .then_some(EnteredCode::Backup(read))
    } else {
        None
    }
}

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
        let Some(EnteredCode::Backup(normalized)) = classify(code) else {
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
            assert!(
                matches!(classify(code), Some(EnteredCode::Backup(_))),
                "{code}"
            );
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
    fn classification_ignores_spaces_dashes_and_case() {
        assert_eq!(
            classify(" 123 456 "),
            Some(EnteredCode::Totp("123456".into()))
        );
        assert_eq!(
            classify("123-456"),
            Some(EnteredCode::Totp("123456".into()))
        );
        assert_eq!(
            classify("abcde-fghjk"),
            Some(EnteredCode::Backup("ABCDEFGHJK".into()))
        );
        assert_eq!(
            classify("ABCDE FGHJK"),
            Some(EnteredCode::Backup("ABCDEFGHJK".into()))
        );
        assert_eq!(
            classify("oil23-45678"),
            Some(EnteredCode::Backup("01123456 78".replace(' ', "")))
        );
        for bad in [
            "",
            "12345",
            "1234567",
            "ABCDE-FGHJU",
            "ABCDEFGHJKM",
            "12345a",
            "١٢٣٤٥٦",
        ] {
            assert_eq!(classify(bad), None, "{bad}");
        }
        assert_eq!(classify(&"1".repeat(100)), None);
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
