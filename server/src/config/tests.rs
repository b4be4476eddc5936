//! The configuration's parsing, defaults and errors.

use std::collections::HashMap;

use super::*;

fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(|name| vars.get(name).cloned())
}

#[test]
fn defaults() {
    let c = config(&[]).expect("defaults");
    assert_eq!(c.mode, Mode::Development);
    assert_eq!(&*c.database_url, "sqlite://data/twofold.db?mode=rwc");
    assert!(!c.cookie_secure);
    assert_eq!(c.session_idle, Duration::from_secs(30 * 60));
    assert_eq!(c.session_max_age, Duration::from_secs(12 * 3600));
    assert!(c.session_key.is_none());
    assert_eq!(c.addr, None);
    assert_eq!(c.hsts_seconds, 0);
    assert!(c.trusted_proxies.is_empty());
    assert_eq!(c.security_log_days, 400);
    assert_eq!(c.trusted_browser_days, 30);
    assert_eq!(c.sign_ups_per_hour, 20);
    assert_eq!(c.mail_from.to_string(), "Twofold <no-reply@localhost>");
}

#[test]
fn production_defaults_to_secure_cookies() {
    assert!(
        config(&[
            ("TWOFOLD_ENV", "production"),
            ("TWOFOLD_PUBLIC_URL", "https://auth.example.com")
        ])
        .expect("config")
        .cookie_secure
    );
}

#[test]
fn the_public_url_is_an_origin_required_in_production() {
    let dev = config(&[]).expect("defaults");
    assert_eq!(dev.public_url.as_str(), "http://localhost:3000/");
    let on_port = config(&[("TWOFOLD_ADDR", "127.0.0.1:3100")]).expect("config");
    assert_eq!(on_port.public_url.as_str(), "http://localhost:3100/");
    let err = config(&[("TWOFOLD_ENV", "production")]).expect_err("required");
    assert!(err.to_string().starts_with("TWOFOLD_PUBLIC_URL"), "{err}");
    for bad in [
        "auth.example.com",
        "ftp://auth.example.com",
        "https://192.0.2.1",
        "https://auth.example.com/twofold",
        "https://auth.example.com/?a=b",
    ] {
        let err = config(&[("TWOFOLD_PUBLIC_URL", bad)]).expect_err(bad);
        assert!(
            err.to_string().starts_with("TWOFOLD_PUBLIC_URL"),
            "{bad}: {err}"
        );
    }
    let err = config(&[
        ("TWOFOLD_ENV", "production"),
        ("TWOFOLD_PUBLIC_URL", "http://auth.example.com"),
    ])
    .expect_err("https in production");
    assert!(err.to_string().contains("https"), "{err}");
    let c = config(&[
        ("TWOFOLD_PUBLIC_URL", "https://auth.example.com"),
        ("TWOFOLD_RP_ID", " Example.com "),
    ])
    .expect("config");
    assert_eq!(c.rp_id.as_deref(), Some("example.com"));
}

#[test]
fn bad_values_name_the_variable() {
    for (name, value) in [
        ("TWOFOLD_ENV", "staging"),
        ("TWOFOLD_ADDR", "nowhere"),
        ("TWOFOLD_SESSION_KEY", "c2hvcnQ="),
        ("TWOFOLD_COOKIE_SECURE", "maybe"),
        ("TWOFOLD_SESSION_IDLE_MINUTES", "0"),
        ("TWOFOLD_LOG_FORMAT", "xml"),
        ("TWOFOLD_TOTP_KEYS", "1:c2hvcnQ="),
        ("TWOFOLD_TOTP_KEYS", "one:AAAA"),
        ("TWOFOLD_TOTP_KEY_ID", "9"),
        ("TWOFOLD_BACKUP_CODE_KEY", "c2hvcnQ="),
        ("TWOFOLD_ISSUER", "Two:fold"),
        ("TWOFOLD_MAIL_FROM", "not an address"),
        ("TWOFOLD_TRUST_PROXY", "perhaps"),
        ("TWOFOLD_HSTS_SECONDS", "-1"),
        ("TWOFOLD_API_REQUESTS_PER_MINUTE", "0"),
        ("TWOFOLD_SIGN_UPS_PER_HOUR", "0"),
        ("TWOFOLD_SIGN_UPS_PER_HOUR", "lots"),
    ] {
        let err = config(&[(name, value)]).expect_err(name);
        assert!(err.to_string().starts_with(name), "{err}");
    }
}

#[test]
fn totp_key_rings() {
    use base64::Engine;
    let a = base64::engine::general_purpose::STANDARD.encode([1u8; 32]);
    let b = base64::engine::general_purpose::STANDARD.encode([2u8; 32]);
    let c = config(&[
        ("TWOFOLD_TOTP_KEYS", &format!("1:{a}, 2:{b}")),
        ("TWOFOLD_TOTP_KEY_ID", "1"),
    ])
    .expect("config");
    assert_eq!(
        c.totp_keys,
        vec![(1, SecretKey([1; 32])), (2, SecretKey([2; 32]))]
    );
    assert_eq!(c.totp_key_id, Some(1));
    let err = config(&[("TWOFOLD_TOTP_KEYS", &format!("1:{a},1:{b}"))]).expect_err("duplicate id");
    assert!(err.to_string().contains("appears twice"));
    assert!(!format!("{c:?}").contains("1, 1, 1"));
}

#[test]
fn keys_parse_and_never_print() {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode([7u8; 64]);
    let c = config(&[("TWOFOLD_SESSION_KEY", &encoded)]).expect("config");
    let key = c.session_key.as_ref().expect("key");
    assert_eq!(key.0, [7u8; 64]);
    assert!(!format!("{c:?}").contains("7, 7"));
}

#[test]
fn trusted_proxies_are_addresses_and_networks() {
    let c = config(&[(
        "TWOFOLD_TRUSTED_PROXIES",
        "10.0.0.0/8, 192.168.1.7 2001:db8::/32",
    )])
    .expect("valid");
    let shown: Vec<String> = c.trusted_proxies.iter().map(ToString::to_string).collect();
    assert_eq!(shown, ["10.0.0.0/8", "192.168.1.7/32", "2001:db8::/32"]);
    let err = config(&[("TWOFOLD_TRUST_PROXY", "true")]).expect_err("replaced");
    assert!(err.to_string().contains("TWOFOLD_TRUSTED_PROXIES"), "{err}");
}

#[test]
fn debug_output_hides_the_passwords_of_urls() {
    let c = config(&[
        (
            "DATABASE_URL",
            "postgres://twofold:db-secret@db.internal:5432/twofold",
        ),
        ("SMTP_URL", "smtps://mailer:smtp-secret@mail.example.com"),
    ])
    .expect("valid");
    let shown = format!("{c:?}");
    assert!(
        !shown.contains("db-secret") && !shown.contains("smtp-secret"),
        "{shown}"
    );
    assert!(
        shown.contains("postgres://twofold:[redacted]@db.internal:5432/twofold"),
        "{shown}"
    );
    assert_eq!(
        redact_url("sqlite://data/twofold.db?mode=rwc"),
        "sqlite://data/twofold.db?mode=rwc"
    );
    assert_eq!(
        redact_url("smtp://mail.example.com:25"),
        "smtp://mail.example.com:25"
    );
}

#[test]
fn metrics_are_off_unless_given_an_address() {
    assert_eq!(config(&[]).expect("defaults").metrics_addr, None);
    let c = config(&[("TWOFOLD_METRICS_ADDR", "127.0.0.1:9464")]).expect("config");
    assert_eq!(
        c.metrics_addr,
        Some("127.0.0.1:9464".parse().expect("an address"))
    );
    assert!(matches!(
        config(&[("TWOFOLD_METRICS_ADDR", "9464")]),
        Err(ConfigError::Invalid {
            name: "TWOFOLD_METRICS_ADDR",
            ..
        })
    ));
}

#[test]
fn trusted_browsers_last_up_to_a_year_and_zero_turns_them_off() {
    let days = |v: &str| config(&[("TWOFOLD_TRUSTED_BROWSER_DAYS", v)]);
    assert_eq!(days("0").expect("off").trusted_browser_days, 0);
    assert_eq!(days(" 7 ").expect("a week").trusted_browser_days, 7);
    for wrong in ["366", "-1", "a month"] {
        let err = days(wrong).expect_err(wrong).to_string();
        assert!(err.contains("TWOFOLD_TRUSTED_BROWSER_DAYS"), "{err}");
    }
}
