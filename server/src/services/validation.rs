//! Input rules for account fields.

use domain::{Field, FieldError, Problem};

/// No single field may be longer than this many bytes.
pub const MAX_FIELD_BYTES: usize = 1024;
pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;
const MAX_EMAIL_CHARS: usize = 254;
const MAX_EMAIL_LOCAL_CHARS: usize = 64;

static COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// Collects field problems and returns them together.
#[derive(Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    pub fn check(&mut self, field: Field, result: Result<(), Problem>) {
        if let Err(problem) = result {
            self.0.push(FieldError { field, problem });
        }
    }

    /// The problems found, if any.
    pub fn into_result(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// Present and not oversized.
pub fn present(value: &str) -> Result<(), Problem> {
    if value.trim().is_empty() {
        Err(Problem::Required)
    } else if value.len() > MAX_FIELD_BYTES {
        Err(Problem::TooLong)
    } else {
        Ok(())
    }
}

/// Trimmed and lower-cased: the form in which emails are stored and compared.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Checks a normalised email address.
pub fn email(email: &str) -> Result<(), Problem> {
    present(email)?;
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Err(Problem::TooLong);
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(Problem::InvalidEmail);
    };
    let domain_ok = domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
    let chars_ok = !email
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c));
    // Mail goes to named domains only, and the address must be one the mail library that
    // sends it accepts (or the mail would wait in the queue until it is given up).
    let ip_literal = domain.parse::<std::net::IpAddr>().is_ok()
        || domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()));
    if local.is_empty()
        || local.chars().count() > MAX_EMAIL_LOCAL_CHARS
        || domain.contains('@')
        || !domain_ok
        || !chars_ok
        || ip_literal
        || email.parse::<lettre::Address>().is_err()
    {
        return Err(Problem::InvalidEmail);
    }
    Ok(())
}

/// Checks a new password against the policy: 12 to 128 characters, not common, not built from
/// the email address.
pub fn new_password(password: &str, normalized_email: &str) -> Result<(), Problem> {
    if password.is_empty() {
        return Err(Problem::Required);
    }
    let chars = password.chars().count();
    if chars > MAX_PASSWORD_CHARS || password.len() > MAX_FIELD_BYTES {
        return Err(Problem::TooLong);
    }
    if chars < MIN_PASSWORD_CHARS {
        return Err(Problem::TooShort);
    }
    if is_common(password) {
        return Err(Problem::CommonPassword);
    }
    let lower = password.to_lowercase();
    let local = normalized_email.split('@').next().unwrap_or_default();
    if local.chars().count() >= 4 && lower.contains(local) {
        return Err(Problem::ContainsEmail);
    }
    Ok(())
}

/// True for passwords on the list of common passwords, for a listed word padded with digits or
/// symbols (`password1234!`), and for passwords of fewer than four distinct characters.
pub fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    let mut distinct: Vec<char> = lower.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 4 {
        return true;
    }
    let core = lower.trim_matches(|c: char| !c.is_alphabetic());
    let listed = |candidate: &str| {
        !candidate.is_empty()
            && COMMON_PASSWORDS
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .any(|line| line == candidate)
    };
    listed(&lower) || listed(core)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(normalize_email("  Ada@Example.COM "), "ada@example.com");
        assert_eq!(email("ada@example.com"), Ok(()));
        assert_eq!(email("a.b+tag@sub.example.org"), Ok(()));
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a b@example.com",
            "a@b@c.com",
            "a@-x.com",
            "a@x..com",
            // Refused by the mail library that sends (it would wait in the queue forever).
            "a..b@example.com",
            ".ab@example.com",
            // IP literals: no mail to an address instead of a domain.
            "ada@192.0.2.1",
            "ada@10.0.0.1",
        ] {
            assert_eq!(email(bad), Err(Problem::InvalidEmail), "{bad}");
        }
        assert_eq!(email(""), Err(Problem::Required));
        assert_eq!(
            email(&format!("{}@example.com", "a".repeat(300))),
            Err(Problem::TooLong)
        );
    }

    #[test]
    fn password_lengths_count_characters() {
        let email = "ada@example.com";
        assert_eq!(new_password("", email), Err(Problem::Required));
        assert_eq!(new_password("short pass", email), Err(Problem::TooShort));
        assert_eq!(
            new_password("ünïcödé-wörd", email),
            Ok(()),
            "12 characters, more bytes"
        );
        assert_eq!(
            new_password(&"xyzw".repeat(33), email),
            Err(Problem::TooLong)
        );
        assert_eq!(new_password(&"xyzw".repeat(32), email), Ok(()));
    }

    #[test]
    fn common_passwords_are_refused() {
        let email = "ada@example.com";
        for common in [
            "password1234",
            "Password1234!",
            "123456789012",
            "qwertyuiop12",
            "aaaaaaaaaaaa",
            "abababababab",
            "iloveyou2024!!",
        ] {
            assert_eq!(
                new_password(common, email),
                Err(Problem::CommonPassword),
                "{common}"
            );
        }
        assert_eq!(new_password("correct horse battery", email), Ok(()));
    }

    #[test]
    fn password_must_not_contain_the_email() {
        assert_eq!(
            new_password("my-adalovelace-2024", "adalovelace@example.com"),
            Err(Problem::ContainsEmail)
        );
    }
}
