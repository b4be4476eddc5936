//! The operators' metrics, read from a real server process started with
//! `TWOFOLD_METRICS_ADDR` (the counters are the process's own, so no other test adds to them).

use crate::{
    common::{
        PASSWORD, code_at, fresh_database_url,
        process::{Client, ServerProcess, SharedKeys, free_addr},
        run,
    },
    two_servers::{EMAIL, enrolled, now, password_step},
};
use app::error::AppError;

/// The value of the sample `name{labels}` in the metrics `text`, if it is there.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|value| value.trim().parse().unwrap())
}

#[test]
fn metrics_count_sign_ins_factor_checks_and_security_events_on_their_own_address() {
    run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = fresh_database_url(&dir).await;
        let metrics = free_addr();
        let server = ServerProcess::start_with(
            &url,
            &SharedKeys::random(),
            &[("TWOFOLD_METRICS_ADDR", metrics.to_string())],
        )
        .await;
        let addr = server.addr;
        let mut client = Client::default();

        let (key, _codes) = enrolled(&mut client, &server, &url).await;
        let reply = client
            .call(
                addr,
                "log-in",
                &[("email", EMAIL), ("password", "not-the-password-1")],
            )
            .await;
        assert_eq!(reply.error(), AppError::InvalidCredentials);
        let reply = client
            .call(
                addr,
                "log-in",
                &[("email", "nobody@example.com"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(reply.error(), AppError::InvalidCredentials);
        password_step(&mut client, addr).await;
        let right = code_at(&key, now());
        let wrong = if right == "000000" {
            "111111"
        } else {
            "000000"
        };
        let reply = client.call(addr, "verify-login", &[("code", wrong)]).await;
        assert_eq!(reply.error(), AppError::InvalidCode);
        let reply = client.call(addr, "verify-login", &[("code", &right)]).await;
        assert_eq!(reply.status, 200, "{}", reply.body);

        let reply = client.get(metrics, "/metrics").await;
        assert_eq!(reply.status, 200);
        assert_eq!(
            reply.header("content-type"),
            Some("text/plain; version=0.0.4; charset=utf-8")
        );
        let text = reply.body;
        let expected = [
            // Two wrong passwords, of a known and of an unknown address alike.
            (
                r#"twofold_sign_ins_total{method="password",outcome="invalid-credentials"}"#,
                2.0,
            ),
            (
                r#"twofold_sign_ins_total{method="password",outcome="factor-needed"}"#,
                1.0,
            ),
            (
                r#"twofold_sign_ins_total{method="factor",outcome="invalid-code"}"#,
                1.0,
            ),
            (
                r#"twofold_sign_ins_total{method="factor",outcome="signed-in"}"#,
                1.0,
            ),
            // The set-up's first code, then the login's.
            (
                r#"twofold_second_factor_checks_total{kind="authenticator",outcome="accepted"}"#,
                2.0,
            ),
            (
                r#"twofold_second_factor_checks_total{kind="authenticator",outcome="refused"}"#,
                1.0,
            ),
            (
                r#"twofold_security_events_total{event="two-factor-enabled"}"#,
                1.0,
            ),
            (
                r#"twofold_security_events_total{event="login-failed"}"#,
                1.0,
            ),
            (
                r#"twofold_security_events_total{event="code-refused"}"#,
                1.0,
            ),
            // The first sign-in after the sign-up, then the one with a code.
            (
                r#"twofold_security_events_total{event="login-succeeded"}"#,
                2.0,
            ),
            // Shown from the start, so that an alert on its rate sees the first.
            ("twofold_mail_given_up_total", 0.0),
        ];
        for (series, value) in expected {
            assert_eq!(sample(&text, series), Some(value), "{series} in\n{text}");
        }
        // The mail queue is read from the database at each scrape.
        let depth = sample(&text, "twofold_mail_queue_depth").expect("mail queue depth");
        assert!(depth >= 0.0, "{text}");
        assert_eq!(
            sample(
                &text,
                r#"twofold_database_errors_total{kind="unavailable"}"#
            ),
            Some(0.0),
            "{text}"
        );
        // Nothing that names an account.
        assert!(!text.contains(EMAIL) && !text.contains("nobody@"), "{text}");

        // Never on the public address.
        assert_eq!(client.get(addr, "/metrics").await.status, 404);
    });
}
