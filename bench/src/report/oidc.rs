//! The report's part on sign-in for other applications: Twofold and its peer side by side.

use super::Report;
use crate::oidc::{OidcRun, TOKEN_RATE};

/// The measure, its target, the number before, this run's and whether it is met.
pub(super) type Target = (String, String, String, String, bool);

impl Report {
    fn oidc_run(&self, twofold: bool) -> Option<&OidcRun> {
        self.oidc
            .iter()
            .find(|run| (run.provider == "Twofold") == twofold)
    }

    /// The targets of issue-level claims: twice the peer's flows, 64 MiB under 100 flows.
    pub(super) fn oidc_targets(&self) -> Vec<Target> {
        let (Some(twofold), Some(peer)) = (self.oidc_run(true), self.oidc_run(false)) else {
            return Vec::new();
        };
        let ratio = twofold.flows.per_sec / peer.flows.per_sec;
        let rss = twofold.rss_flows_kib as f64 / 1024.0;
        vec![
            (
                format!(
                    "Sign-in flows for applications per second, against {}",
                    peer.provider
                ),
                "≥ 2×".to_owned(),
                "not measured".to_owned(),
                format!(
                    "{:.0}/s against {:.0}/s ({ratio:.1}×)",
                    twofold.flows.per_sec, peer.flows.per_sec
                ),
                ratio >= 2.0,
            ),
            (
                "Server memory (RSS), 100 concurrent sign-in flows".to_owned(),
                "≤ 64 MiB".to_owned(),
                "not measured".to_owned(),
                format!("{rss:.1} MiB"),
                rss <= 64.0,
            ),
        ]
    }

    pub(super) fn oidc_markdown(&self) -> String {
        let mut md = String::from("## Sign-in for other applications (OpenID Connect)\n\n");
        if self.oidc.is_empty() {
            md.push_str("Not measured in this run.\n\n");
            return md;
        }
        let mib = |kib: u64| format!("{:.1} MiB", kib as f64 / 1024.0);
        md.push_str(&format!(
            "A complete authorization code flow of a browser signed in already: authorize (its \
             redirect read, not followed), token (client secret by HTTP Basic, PKCE S256), the \
             ID token's RS256 signature and claims verified by the client (the `openidconnect` \
             crate), userinfo with the access token. The same client code runs against each \
             provider, from 8 connections at once; then token requests alone at {TOKEN_RATE:.0} \
             per second (each on a new connection, codes made beforehand); then the provider \
             process's highest resident memory while 100 connections run flows for 3 s. \
             Twofold keeps codes, tokens and sessions in its SQLite database; the peer, npm \
             `oidc-provider` (started by `bench/oidc-provider.mjs`), in its in-memory \
             adapter.\n\n\
             | Provider | Flows/s | Flow p50 | Flow p99 | Token p50 at {TOKEN_RATE:.0}/s | Token p99 | \
             RSS before | RSS under 100 flows |\n\
             | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        ));
        for run in &self.oidc {
            md.push_str(&format!(
                "| {} | {:.0} | {:.1} ms | {:.1} ms | {:.2} ms | {:.2} ms | {} | {} |\n",
                run.provider,
                run.flows.per_sec,
                run.flows.p50_ms,
                run.flows.p99_ms,
                run.token.p50_ms,
                run.token.p99_ms,
                mib(run.rss_before_kib),
                mib(run.rss_flows_kib),
            ));
        }
        md.push('\n');
        md
    }
}
