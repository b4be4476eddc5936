//! Registering applications (OpenID Connect clients) with `server admin app …`: the secret is
//! shown once and stored only as a hash, a client authenticates with exactly its secret, a new
//! secret ends the old one, and addresses that may not be redirected to are refused.

use std::sync::Arc;

use crate::{
    cli::{server, succeeds},
    common,
};
use server::{clock::SystemClock, services::applications::Applications};

/// The value printed after `label` on its own line.
fn printed(stdout: &str, label: &str) -> String {
    stdout
        .lines()
        .find_map(|line| line.strip_prefix(label))
        .unwrap_or_else(|| panic!("no {label} in {stdout}"))
        .trim()
        .to_owned()
}

/// Registers an application with `args` (after `admin app add`); its client id and what was
/// printed.
fn add(args: &[&str], url: &str, dir: &tempfile::TempDir) -> (String, String) {
    let args: Vec<&str> = ["admin", "app", "add"]
        .iter()
        .chain(args)
        .copied()
        .collect();
    let added = succeeds(&server(&args, url, dir));
    (printed(&added, "client id:"), added)
}

#[test]
fn an_application_is_added_shown_listed_rotated_and_removed() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        let (client_id, added) = add(
            &[
                "Grafana",
                "--redirect-uri",
                "https://grafana.example.com/login/generic_oauth",
                "--post-logout-uri",
                "https://grafana.example.com/",
                "--require",
                "two-factor",
            ],
            &url,
            &dir,
        );
        let secret = printed(&added, "client secret:");
        assert!(client_id.len() >= 22 && secret.len() >= 43, "{added}");

        let pool = server::storage::open(&url).await.unwrap();
        let stored: Option<String> =
            sqlx::query_scalar("SELECT secret_hash FROM applications WHERE client_id = $1")
                .bind(&client_id)
                .fetch_one(&pool)
                .await
                .unwrap();
        let stored = stored.unwrap();
        assert!(!stored.contains(&secret) && stored != secret);

        let apps = Applications::new(pool.clone(), Arc::new(SystemClock));
        let app = apps
            .authenticate(&client_id, &secret)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(app.name, "Grafana");
        assert_eq!(app.require.as_str(), "two-factor");
        assert_eq!(app.post_logout_uris, ["https://grafana.example.com/"]);
        assert!(
            apps.authenticate(&client_id, &secret[1..])
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            apps.authenticate("unknown", &secret)
                .await
                .unwrap()
                .is_none()
        );

        let shown = succeeds(&server(&["admin", "app", "show", &client_id], &url, &dir));
        assert!(shown.contains("id tokens signed:  RS256"), "{shown}");
        assert!(!shown.contains(&secret), "the secret is shown only once");
        assert!(shown.contains("https://grafana.example.com/login/generic_oauth"));
        let listed = succeeds(&server(&["admin", "app", "list"], &url, &dir));
        assert!(listed.contains(&client_id) && listed.contains("Grafana"));

        let rotated = succeeds(&server(
            &["admin", "app", "rotate-secret", &client_id],
            &url,
            &dir,
        ));
        let new_secret = printed(&rotated, "client secret:");
        assert_ne!(new_secret, secret);
        assert!(
            apps.authenticate(&client_id, &secret)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            apps.authenticate(&client_id, &new_secret)
                .await
                .unwrap()
                .is_some()
        );

        succeeds(&server(&["admin", "app", "remove", &client_id], &url, &dir));
        assert!(
            apps.authenticate(&client_id, &new_secret)
                .await
                .unwrap()
                .is_none()
        );
        let gone = server(&["admin", "app", "show", &client_id], &url, &dir);
        assert_eq!(gone.status.code(), Some(1));
    });
}

#[test]
fn a_public_client_has_no_secret_and_cannot_authenticate_with_one() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        let (client_id, added) = add(
            &[
                "Notes",
                "--public",
                "--redirect-uri",
                "http://127.0.0.1:8400/cb",
                "--signing",
                "EdDSA",
            ],
            &url,
            &dir,
        );
        assert!(!added.contains("client secret:"), "{added}");
        let rotate = server(&["admin", "app", "rotate-secret", &client_id], &url, &dir);
        assert_eq!(rotate.status.code(), Some(1));
        let pool = server::storage::open(&url).await.unwrap();
        let apps = Applications::new(pool, Arc::new(SystemClock));
        let app = apps.show(&client_id).await.unwrap();
        assert!(app.public);
        assert_eq!(app.signing, domain::application::SigningAlgorithm::EdDsa);
        // A public client's missing hash never matches (not even the placeholder's source).
        assert!(apps.authenticate(&client_id, "").await.unwrap().is_none());
    });
}

#[test]
fn addresses_that_may_not_be_redirected_to_are_refused() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let url = common::fresh_database_url(&dir).await;
        for uri in [
            "http://grafana.example.com/cb",
            "https://grafana.example.com/cb#x",
            "grafana.example.com/cb",
        ] {
            let output = server(
                &["admin", "app", "add", "Grafana", "--redirect-uri", uri],
                &url,
                &dir,
            );
            assert_eq!(output.status.code(), Some(1), "{uri}");
            assert!(String::from_utf8_lossy(&output.stderr).contains("not a redirect address"));
        }
        let no_uri = server(&["admin", "app", "add", "Grafana"], &url, &dir);
        assert_eq!(no_uri.status.code(), Some(1));
        let unreadable = server(&["admin", "app", "add", "Grafana", "--frob"], &url, &dir);
        assert_eq!(unreadable.status.code(), Some(2));
        let listed = succeeds(&server(&["admin", "app", "list"], &url, &dir));
        assert_eq!(listed.lines().count(), 1, "only the heading: {listed}");
    });
}
