//! Time-based one-time passwords (RFC 6238) as Twofold uses them: SHA-1, 6 digits, 30-second
//! steps, one step of clock skew either way, 160-bit secrets from the OS random generator.
//!
//! [`matching_step`] returns the time step a code belongs to; refusing a step that was already
//! used (replay) is the caller's job, done with the stored last step.

use domain::url::percent_encode;
use rand::{TryRngCore, rngs::OsRng};
use totp_rs::{Algorithm, Builder};

pub const DIGITS: u8 = 6;
pub const STEP_SECS: u64 = 30;
pub const SKEW_STEPS: u16 = 1;
pub const SECRET_BYTES: usize = 20;

#[derive(Debug, thiserror::Error)]
#[error("the operating system's random generator failed")]
pub struct RandomError;

/// A new 160-bit secret from the operating system's random generator.
pub fn new_secret() -> Result<[u8; SECRET_BYTES], RandomError> {
    let mut secret = [0u8; SECRET_BYTES];
    OsRng.try_fill_bytes(&mut secret).map_err(|_| RandomError)?;
    Ok(secret)
}

/// The time step (unix time / 30 s) that `code` is valid for at `now` (unix seconds), within
/// one step of skew; `None` if the code matches none of them. Comparisons are constant-time.
pub fn matching_step(secret: &[u8], code: &str, now: u64) -> Option<u64> {
    matching_step_with(Algorithm::SHA1, DIGITS, secret, code, now)
}

fn matching_step_with(
    algorithm: Algorithm,
    digits: u8,
    secret: &[u8],
    code: &str,
    now: u64,
) -> Option<u64> {
    let totp = Builder::new()
        .with_algorithm(algorithm)
        .with_digits(digits)
        .with_skew(SKEW_STEPS)
        .with_step_duration(STEP_SECS)
        .with_secret(secret.to_vec())
        .build()
        .ok()?;
    totp.check(code, now)
}

/// The key as people type it into an authenticator app: RFC 4648 base 32, no padding.
pub fn manual_key(secret: &[u8]) -> String {
    totp_rs::Secret::from(secret.to_vec())
        .to_base32()
        .trim_end_matches('=')
        .to_owned()
}

/// The manual key in groups of four characters, for reading aloud and typing.
pub fn grouped_key(secret: &[u8]) -> String {
    let key = manual_key(secret);
    key.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=ISSUER&algorithm=SHA1&digits=6&period=30`,
/// the URI authenticator apps read from the QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let label = format!(
        "{}:{}",
        percent_encode(issuer, false),
        percent_encode(account, false)
    );
    format!(
        "otpauth://totp/{label}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        manual_key(secret),
        percent_encode(issuer, false),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B: the seeds are "12345678901234567890" repeated to the hash size.
    fn seed(len: usize) -> Vec<u8> {
        b"1234567890".iter().copied().cycle().take(len).collect()
    }

    const VECTORS: [(u64, &str, &str, &str); 6] = [
        (59, "94287082", "46119246", "90693936"),
        (1_111_111_109, "07081804", "68084774", "25091201"),
        (1_111_111_111, "14050471", "67062674", "99943326"),
        (1_234_567_890, "89005924", "91819424", "93441116"),
        (2_000_000_000, "69279037", "90698825", "38618901"),
        (20_000_000_000, "65353130", "77737706", "47863826"),
    ];

    #[test]
    fn rfc_6238_appendix_b_vectors() {
        for (time, sha1, sha256, sha512) in VECTORS {
            for (algorithm, len, code) in [
                (Algorithm::SHA1, 20, sha1),
                (Algorithm::SHA256, 32, sha256),
                (Algorithm::SHA512, 64, sha512),
            ] {
                let step = matching_step_with(algorithm, 8, &seed(len), code, time);
                assert_eq!(step, Some(time / STEP_SECS), "{algorithm:?} at {time}");
            }
        }
    }

    #[test]
    fn skew_is_one_step_either_way() {
        let secret = seed(20);
        // 94287082 is the 8-digit SHA-1 code for step 1 (t = 59); its last six digits are the
        // 6-digit code of the same step.
        let code = "287082";
        assert_eq!(matching_step(&secret, code, 59), Some(1));
        assert_eq!(
            matching_step(&secret, code, 30 + 59),
            Some(1),
            "one step later"
        );
        assert_eq!(matching_step(&secret, code, 5), Some(1), "one step earlier");
        assert_eq!(
            matching_step(&secret, code, 2 * 30 + 59),
            None,
            "two steps later"
        );
        assert_eq!(matching_step(&secret, "287083", 59), None);
        assert_eq!(matching_step(&secret, "28708", 59), None);
        assert_eq!(matching_step(&secret, "abcdef", 59), None);
    }

    #[test]
    fn secrets_are_160_random_bits() {
        let a = new_secret().expect("random");
        let b = new_secret().expect("random");
        assert_eq!(a.len() * 8, 160);
        assert_ne!(a, b);
    }

    #[test]
    fn otpauth_uri_format() {
        let secret = seed(20);
        assert_eq!(manual_key(&secret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            grouped_key(&secret),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
        assert_eq!(
            otpauth_uri("Twofold", "ada@example.com", &secret),
            "otpauth://totp/Twofold:ada%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=Twofold&algorithm=SHA1&digits=6&period=30"
        );
        assert!(
            otpauth_uri("My Org", "a b", &secret).starts_with("otpauth://totp/My%20Org:a%20b?")
        );
    }
}
