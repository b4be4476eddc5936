//! Where a user may be sent after logging in: local paths only (no open redirects).

/// The settings page.
pub const SETTINGS: &str = "/settings";
/// The page shown after logging in when no (acceptable) target was given.
pub const DEFAULT_AFTER_LOGIN: &str = SETTINGS;

/// Returns `next` if it is a local absolute path, otherwise the default page.
///
/// Rejected: empty values, absolute and scheme-relative URLs (`https://…`, `//host`, `/\host`),
/// anything with control characters or backslashes, and paths longer than 512 bytes.
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(path) if is_local_path(path) => path,
        _ => DEFAULT_AFTER_LOGIN,
    }
}

fn is_local_path(path: &str) -> bool {
    path.len() <= 512
        && path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
        && !path.starts_with("/api/")
}

/// The login URL that brings the user back to `path` afterwards.
pub fn login_url_for(path: &str) -> String {
    format!("/login?next={}", domain::url::percent_encode(path, true))
}

/// The second-factor page, keeping where to go afterwards.
pub fn verify_url_for(next: &str) -> String {
    format!(
        "/login/verify?next={}",
        domain::url::percent_encode(next, true)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_local_paths() {
        assert_eq!(safe_next(Some("/settings")), "/settings");
        assert_eq!(safe_next(Some("/settings?tab=2fa")), "/settings?tab=2fa");
    }

    #[test]
    fn rejects_foreign_and_odd_targets() {
        for bad in [
            "",
            "settings",
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "/%0d%0a\r\nSet-Cookie: x",
            "javascript:alert(1)",
            "/api/log-out",
        ] {
            assert_eq!(safe_next(Some(bad)), DEFAULT_AFTER_LOGIN, "{bad:?}");
        }
        assert_eq!(safe_next(None), DEFAULT_AFTER_LOGIN);
        assert_eq!(
            safe_next(Some(&format!("/{}", "a".repeat(600)))),
            DEFAULT_AFTER_LOGIN
        );
    }

    #[test]
    fn login_url_encodes_the_target() {
        assert_eq!(login_url_for("/settings"), "/login?next=/settings");
        assert_eq!(login_url_for("/a?b=c&d"), "/login?next=/a%3Fb%3Dc%26d");
    }
}
