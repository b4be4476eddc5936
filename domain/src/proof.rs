//! The second factor an operation is given — an authenticator code, a backup code or a key's
//! answer — read from what the person typed or the browser sent. The services decide what a
//! proof may be checked against by its kind, never by its shape.

use crate::keys::Ceremony;

/// Crockford's base 32: no I, L, O or U. On input, O is read as 0 and I and L as 1, so a code
/// copied by hand in either spelling still works.
pub const BACKUP_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 10 characters of a 32-character alphabet: 50 bits per code.
pub const BACKUP_CODE_CHARS: usize = 10;
// Each symbol carries 5 bits (32 symbols); a code must carry at least 50.
const _: () = assert!(BACKUP_CODE_CHARS * 5 >= 50);
/// The digits of an authenticator app's code.
pub const TOTP_DIGITS: usize = 6;
/// Longer input is not read at all.
const MAX_TYPED: usize = 64;

/// The second factor given with a sensitive change or at the login's second step. Its `Debug`
/// shows only the kind.
#[derive(Clone, PartialEq, Eq)]
pub enum Proof {
    /// Six digits from the authenticator app (spaces and dashes removed).
    Authenticator(String),
    /// A backup code as stored: ten symbols of [`BACKUP_ALPHABET`] (spaces and dashes removed,
    /// upper case, O read as 0, I and L as 1).
    BackupCode(String),
    /// The browser's answer to a key check started on this session.
    Key {
        ceremony: Ceremony,
        /// The browser's `PublicKeyCredential` as JSON.
        response: String,
    },
    /// Anything else typed in the code field, nothing included: never accepted, and counted
    /// as a wrong code where a factor was asked for.
    Unreadable,
}

impl Proof {
    /// Reads a code typed in the one input that takes both kinds: 6 digits are an
    /// authenticator code, 10 symbols of the backup alphabet a backup code; spaces, dashes and
    /// letter case are ignored.
    pub fn code(typed: &str) -> Self {
        if typed.len() > MAX_TYPED {
            return Self::Unreadable;
        }
        let compact: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.len() == TOTP_DIGITS && compact.bytes().all(|b| b.is_ascii_digit()) {
            return Self::Authenticator(compact);
        }
        if compact.len() != BACKUP_CODE_CHARS {
            return Self::Unreadable;
        }
        let read: String = compact
            .chars()
            .map(|c| match c {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect();
        if read.bytes().all(|b| BACKUP_ALPHABET.contains(&b)) {
            Self::BackupCode(read)
        } else {
            Self::Unreadable
        }
    }

    /// What a form brought: a key's answer (to this browser's `ceremony`) when it carries one,
    /// else the code.
    pub fn from_form(code: &str, ceremony: Option<Ceremony>, key_response: String) -> Self {
        match ceremony {
            Some(ceremony) if !key_response.is_empty() => Self::Key {
                ceremony,
                response: key_response,
            },
            _ => Self::code(code),
        }
    }
}

impl Proof {
    /// The kind's name, as the metrics count checks by it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Authenticator(_) => "authenticator",
            Self::BackupCode(_) => "backup-code",
            Self::Key { .. } => KEY,
            Self::Unreadable => "unreadable",
        }
    }
}

/// The name of a key's answer ([`Proof::kind`]), which a passkey sign-in is counted as too.
pub const KEY: &str = "key";

impl std::fmt::Debug for Proof {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Authenticator(_) => "Proof::Authenticator([redacted])",
            Self::BackupCode(_) => "Proof::BackupCode([redacted])",
            Self::Key { .. } => "Proof::Key([redacted])",
            Self::Unreadable => "Proof::Unreadable",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_whatever_its_spaces_dashes_and_case() {
        assert_eq!(
            Proof::code(" 123 456 "),
            Proof::Authenticator("123456".into())
        );
        assert_eq!(
            Proof::code("123-456"),
            Proof::Authenticator("123456".into())
        );
        assert_eq!(
            Proof::code("abcde-fghjk"),
            Proof::BackupCode("ABCDEFGHJK".into())
        );
        assert_eq!(
            Proof::code("ABCDE FGHJK"),
            Proof::BackupCode("ABCDEFGHJK".into())
        );
        assert_eq!(
            Proof::code("oil23-45678"),
            Proof::BackupCode("0112345678".into())
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
            assert_eq!(Proof::code(bad), Proof::Unreadable, "{bad}");
        }
        assert_eq!(Proof::code(&"1".repeat(100)), Proof::Unreadable);
    }

    #[test]
    fn a_form_with_a_key_answer_brings_the_key_and_else_the_code() {
        let ceremony = Ceremony("c".into());
        let key = Proof::from_form("123456", Some(ceremony.clone()), "{}".into());
        assert!(matches!(key, Proof::Key { .. }));
        assert_eq!(
            Proof::from_form("123456", Some(ceremony), String::new()),
            Proof::Authenticator("123456".into())
        );
        assert_eq!(
            Proof::from_form("123456", None, "{}".into()),
            Proof::Authenticator("123456".into())
        );
    }

    #[test]
    fn its_debug_shows_the_kind_only() {
        let shown = format!("{:?}", Proof::code("123456"));
        assert!(!shown.contains("123456"), "{shown}");
    }
}
