//! The report's text: `bench/results/README.md`, with the targets and the visits.

use super::*;

impl Report {
    pub(super) fn markdown(&self) -> String {
        let kib = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
        let mut md = format!(
            "# Twofold benchmark results\n\n\
             Written by `bench/run.sh` on {}. Machine: {}. Release build, server and load \
             generator on the same machine over loopback, SQLite database.\n\n",
            self.date, self.machine
        );
        md.push_str(&self.targets_markdown());
        md.push_str("## Page weight (first visit)\n\n![page weight](page-weight.svg)\n\n");
        md.push_str(
            "On the wire: what the server sent to a browser accepting `br, gzip` (the files under \
             `/pkg/<version>/` as compressed ahead of time, brotli 11; the page compressed as it \
             is sent).\n\n\
             | Page | File | Raw | gzip -9 | On the wire |\n| --- | --- | ---: | ---: | ---: |\n",
        );
        for page in &self.pages {
            for asset in &page.assets {
                md.push_str(&format!(
                    "| `{}` | `{}` | {} | {} | {} |\n",
                    page.path,
                    asset.url,
                    kib(asset.raw),
                    kib(asset.gzip),
                    kib(asset.wire)
                ));
            }
            let (raw, gzip) = page.total();
            md.push_str(&format!(
                "| `{}` | **total** | **{}** | **{}** | **{}** |\n",
                page.path,
                kib(raw),
                kib(gzip),
                kib(page.wire())
            ));
        }
        let worst = self.pages.iter().map(|p| p.total().1).max().unwrap_or(0);
        md.push_str(&format!(
            "\nGoal: at most {} gzip per page; the heaviest page loads {} ({}).\n\n",
            kib(GOAL_GZIP_BYTES),
            kib(worst),
            if worst <= GOAL_GZIP_BYTES {
                "met"
            } else {
                "not met"
            }
        ));
        md.push_str(&format!(
            "Before and after the work on page weight (the heaviest page, gzip):\n\n\
             | Build | Heaviest page |\n| --- | ---: |\n\
             | {} | {} |\n| This run | {} |\n\n",
            BEFORE.0,
            kib(BEFORE.1),
            kib(worst)
        ));
        md.push_str(&self.visits_markdown());
        md.push_str("## Hydration (headless Chromium)\n\n");
        if self.hydration.pages.is_empty() {
            md.push_str("Not measured in this run.\n\n");
        } else {
            let network = &self.hydration.network;
            md.push_str(&format!(
                "From navigation start until the page handles its first click: median of {} \
                 fresh loads (empty cache) on loopback, and of {} on an emulated mobile network \
                 ({:.0} ms round trip, {:.1} Mbit/s down, {:.0} kbit/s up).\n\n\
                 | Page | Network | Median | Min | Max |\n| --- | --- | ---: | ---: | ---: |\n",
                self.hydration.runs,
                self.hydration.throttled_runs,
                network.rtt_ms,
                network.down_kbit / 1000.0,
                network.up_kbit,
            ));
            for (network, pages) in [
                ("loopback", &self.hydration.pages),
                ("mobile", &self.hydration.throttled),
            ] {
                for page in pages {
                    md.push_str(&format!(
                        "| `{}` | {network} | {:.0} ms | {:.0} ms | {:.0} ms |\n",
                        page.path, page.median_ms, page.min_ms, page.max_ms
                    ));
                }
            }
            md.push('\n');
        }
        let bound = self.login_bound();
        md.push_str("## Server\n\n![latency](latency.svg)\n\n");
        md.push_str("| Measure | Result |\n| --- | --- |\n");
        md.push_str(&format!(
            "| Settings page, server-rendered (8 connections, one session) | {:.0} pages/s; p50 {:.1} ms, p99 {:.1} ms |\n",
            self.ssr.per_sec, self.ssr.p50_ms, self.ssr.p99_ms
        ));
        md.push_str(&format!(
            "| Authenticator code check (`verify-login`) at {:.0}/s, {} requests | p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms |\n",
            self.totp_rate, self.totp.count, self.totp.p50_ms, self.totp.p90_ms, self.totp.p99_ms
        ));
        md.push_str(&format!(
            "| argon2id verification (19 MiB, 2 passes) timed by the load generator just before the logins, median | {:.1} ms with every core hashing at once; {:.1} ms one at a time |\n",
            self.argon2_ms, self.argon2_alone_ms
        ));
        md.push_str(&format!(
            "| Complete logins (password + code), {} workers | {:.1} logins/s = **{:.0} %** of the bound {} cores / {:.1} ms (the server's argon2 CPU time per login in the same seconds) = {:.1}/s (goal ≥ 90 %); {:.0} % of {} cores / {:.1} ms as timed by the load generator |\n",
            self.cores * 2,
            self.logins_per_sec,
            100.0 * self.logins_per_sec / bound,
            self.cores,
            self.login_cpu.argon2_ms,
            bound,
            100.0 * self.logins_per_sec / self.timed_bound(),
            self.cores,
            self.argon2_ms,
        ));
        md.push_str(&format!(
            "| CPU time per complete login | argon2 {:.1} ms, rest of the server {:.1} ms, load generator {:.1} ms |\n",
            self.login_cpu.argon2_ms, self.login_cpu.server_rest_ms, self.login_cpu.bench_ms
        ));
        md.push_str(&format!(
            "| Backup code: hashing the entered code (HMAC-SHA256), the whole cost whatever the number of codes | {:.2} µs |\n",
            self.backup_hash_us
        ));
        md.push_str(&format!(
            "| Backup code check (`verify-login`), {} logins one at a time | p50 {:.1} ms, p99 {:.1} ms |\n",
            self.backup.count, self.backup.p50_ms, self.backup.p99_ms
        ));
        md.push_str(&format!(
            "| Server memory (RSS) idle, after start | {:.1} MiB |\n| Server memory (RSS), highest while 100 sessions load pages at once | {:.1} MiB |\n| Server memory (RSS), highest of the whole run (every core hashing passwords included) | {:.1} MiB |\n",
            self.rss_idle_kib as f64 / 1024.0,
            self.rss_sessions_kib as f64 / 1024.0,
            self.rss_highest_kib as f64 / 1024.0
        ));
        md.push('\n');
        md.push_str(&self.oidc_markdown());
        md.push_str("Rerun with `./bench/run.sh` (see `docs/benchmarks.md`).\n");
        md
    }

    /// Requests, their chain and bytes per page on the first and the second visit.
    pub(super) fn visits_markdown(&self) -> String {
        let visits = &self.hydration.visits;
        if visits.is_empty() {
            return String::new();
        }
        let kib = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
        let mut md = String::from(
            "## First and second visit (headless Chromium)\n\n\
             Requests after the page's own until it is interactive; the longest chain of requests \
             that each waited for the one before (a file the HTML names is 1); what the browser \
             received (headers and bodies, as sent). The second visit loads the page again in the \
             same browser: the requests besides the page that still reached the server.\n\n\
             | Page | First: requests | First: chain | First: received | Second: requests | Second: received |\n\
             | --- | ---: | ---: | ---: | ---: | ---: |\n",
        );
        for (path, visit) in visits {
            md.push_str(&format!(
                "| `{path}` | {} | {} | {} | {} | {} |\n",
                visit.first.requests,
                visit.first.chain,
                kib(visit.first.bytes),
                visit.second.requests,
                kib(visit.second.bytes),
            ));
        }
        md.push('\n');
        md
    }

    /// Each target of the work on loading speed: before it, this run, and whether it is met.
    pub(super) fn targets_markdown(&self) -> String {
        let kib = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
        let met = |ok: bool| if ok { "met" } else { "**not met**" };
        let heaviest = self.pages.iter().map(Page::wire).max().unwrap_or(0);
        let visits = self.hydration.visits.values();
        let second_requests = visits.clone().map(|v| v.second.requests).max().unwrap_or(0);
        let second_bytes = visits.clone().map(|v| v.second.bytes).max().unwrap_or(0);
        let chain = visits.map(|v| v.first.chain).max().unwrap_or(0);
        let median = |pages: &[HydrationPage], path: &str| {
            pages
                .iter()
                .find(|p| p.path == path)
                .map_or(f64::NAN, |p| p.median_ms)
        };
        let (login, settings) = (
            median(&self.hydration.pages, "/login"),
            median(&self.hydration.pages, "/settings"),
        );
        let (login_mobile, settings_mobile) = (
            median(&self.hydration.throttled, "/login"),
            median(&self.hydration.throttled, "/settings"),
        );
        let rss = self.rss_sessions_kib as f64 / 1024.0;
        let logins = 100.0 * self.logins_per_sec / self.login_bound();
        let rows = vec![
            (
                "Heaviest page, first visit, on the wire".to_owned(),
                "≤ 120 KiB".to_owned(),
                "422 KiB (nothing compressed)".to_owned(),
                kib(heaviest),
                heaviest <= 120 * 1024,
            ),
            (
                "Second visit: files fetched again (most of any page)".to_owned(),
                "0 requests, 0 bytes".to_owned(),
                "every file asked again (about 20–30)".to_owned(),
                format!("{second_requests} requests, {}", kib(second_bytes)),
                second_requests == 0,
            ),
            (
                "Longest request chain after the HTML".to_owned(),
                "≤ 2".to_owned(),
                "3 (the islands' pieces, asked for by the split loader, imported by the bundle)"
                    .to_owned(),
                chain.to_string(),
                chain <= 2,
            ),
            (
                "Interactive, loopback: `/login`, `/settings` (median)".to_owned(),
                "≤ 100 ms".to_owned(),
                "504 ms, 444 ms".to_owned(),
                format!("{login:.0} ms, {settings:.0} ms"),
                login <= 100.0 && settings <= 100.0,
            ),
            (
                "Interactive, mobile network: `/login`, `/settings` (median)".to_owned(),
                "≤ 1.5 s".to_owned(),
                "not measured".to_owned(),
                format!("{login_mobile:.0} ms, {settings_mobile:.0} ms"),
                login_mobile <= 1500.0 && settings_mobile <= 1500.0,
            ),
            (
                format!("Authenticator code check, p99 at {:.0}/s", self.totp_rate),
                "< 5 ms at 200/s".to_owned(),
                "5.8 ms at 40/s".to_owned(),
                format!("{:.1} ms", self.totp.p99_ms),
                self.totp.p99_ms < 5.0 && self.totp_rate >= 200.0,
            ),
            (
                "Server memory (RSS), 100 sessions loading pages".to_owned(),
                "≤ 64 MiB".to_owned(),
                "76.5 MiB".to_owned(),
                format!("{rss:.1} MiB"),
                rss <= 64.0,
            ),
            (
                "Complete logins, share of the argon2 bound".to_owned(),
                "≥ 93 %".to_owned(),
                "91 %".to_owned(),
                format!("{logins:.0} %"),
                logins >= 93.0,
            ),
        ];
        let mut md = String::from(
            "## Targets\n\n\
             Before: the numbers of this benchmark when the work on loading speed began (assets \
             sent uncompressed and without cache headers, no preloading).\n\n\
             | Measure | Target | Before | This run | |\n| --- | --- | --- | --- | --- |\n",
        );
        for (measure, target, before, now, ok) in rows.into_iter().chain(self.oidc_targets()) {
            md.push_str(&format!(
                "| {measure} | {target} | {before} | {now} | {} |\n",
                met(ok)
            ));
        }
        md.push('\n');
        md
    }
}
