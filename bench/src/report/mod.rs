//! The numbers of one run, and the report written from them: `README.md` (tables),
//! `results.json` (the same numbers) and `page-weight.svg`, `latency.svg` (plots).

mod markdown;
mod oidc;

use std::{io::Write, path::Path, time::Duration};

use serde::{Deserialize, Serialize};

use crate::client::Error;

/// The page-weight goal: everything a first visit loads, gzip-compressed.
pub const GOAL_GZIP_BYTES: u64 = 180 * 1024;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Latency {
    pub count: usize,
    pub per_sec: f64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

/// The `p`-th percentile (nearest rank) of `values`, sorting them.
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

impl Latency {
    pub fn from_times(mut times: Vec<f64>, elapsed: Duration) -> Self {
        Self {
            count: times.len(),
            per_sec: times.len() as f64 / elapsed.as_secs_f64(),
            p50_ms: percentile(&mut times, 50.0),
            p90_ms: percentile(&mut times, 90.0),
            p99_ms: percentile(&mut times, 99.0),
            max_ms: percentile(&mut times, 100.0),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Asset {
    pub url: String,
    pub raw: u64,
    pub gzip: u64,
    /// What the server sent for it to a browser accepting `br, gzip` (body bytes).
    #[serde(default)]
    pub wire: u64,
}

impl Asset {
    /// `bytes` as they are, and `wire` as the server sent them.
    pub fn new(url: &str, bytes: &[u8], wire: u64) -> Self {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = encoder
            .write_all(bytes)
            .and_then(|()| encoder.finish())
            .map_or(0, |v| v.len() as u64);
        Self {
            url: url.to_owned(),
            raw: bytes.len() as u64,
            gzip,
            wire,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Page {
    pub path: String,
    pub assets: Vec<Asset>,
}

impl Page {
    pub fn total(&self) -> (u64, u64) {
        self.assets
            .iter()
            .fold((0, 0), |(raw, gzip), a| (raw + a.raw, gzip + a.gzip))
    }

    /// The bytes the server sent for the page and its files (`Accept-Encoding: br, gzip`).
    pub fn wire(&self) -> u64 {
        self.assets.iter().map(|a| a.wire).sum()
    }
}

/// The heaviest page before the work on page weight, measured by this benchmark on
/// 2026-11-25 (`bench/results` at that commit): every page hydrated in full, with Fluent and
/// all translations in the browser bundle.
const BEFORE: (&str, u64) = (
    "Before: every page hydrated in full, Fluent and all 13 languages in the bundle (commit f20540f)",
    597_904,
);

/// Time to interactive per page, from `bench/hydration.mjs`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Hydration {
    pub runs: usize,
    pub pages: Vec<HydrationPage>,
    /// The files under `/pkg/` each page loaded on a first visit until it was interactive.
    #[serde(default)]
    pub assets: std::collections::BTreeMap<String, Vec<String>>,
    /// The same loads on an emulated mobile network.
    #[serde(default)]
    pub throttled_runs: usize,
    #[serde(default)]
    pub throttled: Vec<HydrationPage>,
    #[serde(default)]
    pub network: Network,
    #[serde(default)]
    pub visits: std::collections::BTreeMap<String, Visits>,
}

/// A page's first and second visit, from `bench/hydration.mjs`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Visits {
    pub first: FirstVisit,
    pub second: SecondVisit,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FirstVisit {
    /// Requests after the page's own, until it was interactive.
    pub requests: usize,
    /// The longest chain of requests that each waited for the one before (a file the HTML
    /// names is 1).
    pub chain: usize,
    /// What the browser received for the page and its files (headers and bodies, as sent).
    pub bytes: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SecondVisit {
    /// Requests besides the page's own that still reached the server.
    pub requests: usize,
    pub bytes: u64,
    pub files: Vec<String>,
}

/// The emulated mobile network of the throttled runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Network {
    pub rtt_ms: f64,
    pub down_kbit: f64,
    pub up_kbit: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HydrationPage {
    pub path: String,
    pub median_ms: f64,
    pub min_ms: f64,
    pub max_ms: f64,
}

/// Where the CPU time of one complete login goes (ms).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LoginCpu {
    /// The server's password-hashing threads.
    pub argon2_ms: f64,
    /// The rest of the server: HTTP, sessions, database, the code check.
    pub server_rest_ms: f64,
    /// The load generator (on the same cores).
    pub bench_ms: f64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Report {
    pub machine: String,
    pub cores: usize,
    pub date: String,
    pub pages: Vec<Page>,
    /// One argon2 verification while every core runs one (the bound's hash time).
    pub argon2_ms: f64,
    /// One argon2 verification on an otherwise idle machine.
    #[serde(default)]
    pub argon2_alone_ms: f64,
    pub backup_hash_us: f64,
    pub ssr: Latency,
    pub totp_rate: f64,
    pub totp: Latency,
    pub logins_per_sec: f64,
    /// CPU time per complete login during the login phase.
    #[serde(default)]
    pub login_cpu: LoginCpu,
    pub backup: Latency,
    pub rss_idle_kib: u64,
    pub rss_sessions_kib: u64,
    /// The highest RSS of the whole run (argon2 on every core included).
    #[serde(default)]
    pub rss_highest_kib: u64,
    pub hydration: Hydration,
    /// Sign-in for other applications: Twofold and its peer.
    #[serde(default)]
    pub oidc: Vec<crate::oidc::OidcRun>,
}

fn command_output(program: &str, args: &[&str]) -> String {
    std::process::Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

impl Report {
    pub fn new(cores: usize) -> Self {
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|info| {
                info.lines()
                    .find_map(|l| l.strip_prefix("model name"))
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
            .unwrap_or_else(|| "unknown CPU".to_owned());
        let memory = std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|info| {
                info.lines()
                    .find_map(|l| l.strip_prefix("MemTotal:"))
                    .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            })
            .map_or_else(String::new, |kib| {
                format!(", {} GiB RAM", kib / 1024 / 1024)
            });
        Self {
            machine: format!(
                "{cpu}, {cores} cores{memory}, {}",
                command_output("uname", &["-sr"])
            ),
            cores,
            date: command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
            ..Self::default()
        }
    }

    /// Logins per second if every core did nothing but argon2, with the hash time the load
    /// generator measured (every core hashing at once).
    pub fn timed_bound(&self) -> f64 {
        self.cores as f64 * 1000.0 / self.argon2_ms.max(0.001)
    }

    /// The same bound with the CPU time the server's hashing threads spent per login during
    /// the login phase: measured in the same seconds as the logins, and not lengthened by
    /// anything else running (the load generator's wall-clock timing varies by a fifth from
    /// one minute to the next on a shared virtual machine).
    pub fn login_bound(&self) -> f64 {
        self.cores as f64 * 1000.0 / self.login_cpu.argon2_ms.max(0.001)
    }

    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        std::fs::create_dir_all(dir)?;
        std::fs::write(
            dir.join("results.json"),
            serde_json::to_string_pretty(self)?,
        )?;
        std::fs::write(dir.join("README.md"), self.markdown())?;
        std::fs::write(dir.join("page-weight.svg"), self.page_weight_svg())?;
        std::fs::write(dir.join("latency.svg"), self.latency_svg())?;
        Ok(())
    }

    fn page_weight_svg(&self) -> String {
        let bars: Vec<(String, f64)> = self
            .pages
            .iter()
            .map(|p| (p.path.clone(), p.total().1 as f64 / 1024.0))
            .collect();
        bar_chart(
            "Page weight, gzip (KiB); line: goal",
            &bars,
            Some(GOAL_GZIP_BYTES as f64 / 1024.0),
        )
    }

    fn latency_svg(&self) -> String {
        let bars = vec![
            ("settings p50".to_owned(), self.ssr.p50_ms),
            ("settings p99".to_owned(), self.ssr.p99_ms),
            ("code p50".to_owned(), self.totp.p50_ms),
            ("code p99".to_owned(), self.totp.p99_ms),
            ("backup p50".to_owned(), self.backup.p50_ms),
            ("backup p99".to_owned(), self.backup.p99_ms),
            ("argon2".to_owned(), self.argon2_ms),
        ];
        bar_chart("Latency (ms)", &bars, None)
    }
}

/// A horizontal bar chart as a standalone SVG.
fn bar_chart(title: &str, bars: &[(String, f64)], goal: Option<f64>) -> String {
    let (left, width, row) = (170.0, 420.0, 28.0);
    let height = 50.0 + row * bars.len() as f64;
    let max = bars
        .iter()
        .map(|(_, v)| *v)
        .chain(goal)
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let scale = |v: f64| v / max * width;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{height}\" \
         font-family=\"sans-serif\" font-size=\"13\">\n<rect width=\"100%\" height=\"100%\" \
         fill=\"white\"/>\n<text x=\"10\" y=\"22\" font-weight=\"bold\">{title}</text>\n",
        w = left + width + 90.0
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = 36.0 + row * i as f64;
        svg.push_str(&format!(
            "<text x=\"{tx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text>\n\
             <rect x=\"{left}\" y=\"{y}\" width=\"{bw:.1}\" height=\"18\" fill=\"#3b5bdb\"/>\n\
             <text x=\"{vx:.1}\" y=\"{ty}\">{value:.1}</text>\n",
            tx = left - 8.0,
            ty = y + 14.0,
            bw = scale(*value),
            vx = left + scale(*value) + 6.0
        ));
    }
    if let Some(goal) = goal {
        let x = left + scale(goal);
        svg.push_str(&format!(
            "<line x1=\"{x:.1}\" y1=\"30\" x2=\"{x:.1}\" y2=\"{y2}\" stroke=\"#c92a2a\" \
             stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n",
            y2 = height - 6.0
        ));
    }
    svg.push_str("</svg>\n");
    svg
}
