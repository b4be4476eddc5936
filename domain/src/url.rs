//! URL helpers of the pages and the server (links in pages, mail and QR codes).

/// Percent-encodes all but RFC 3986's unreserved characters (`A–Z a–z 0–9 - . _ ~`), and `/`
/// too when `keep_slash` (for paths).
pub fn percent_encode(value: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || (keep_slash && byte == b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(percent_encode("a b@c/d", false), "a%20b%40c%2Fd");
        assert_eq!(percent_encode("/a?b", true), "/a%3Fb");
        assert_eq!(percent_encode("é", false), "%C3%A9");
        assert_eq!(percent_encode("A-z_0.9~", false), "A-z_0.9~");
    }
}
