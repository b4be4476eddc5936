//! Sign-in to other applications, side by side with a peer provider: complete authorization
//! code flows of a signed-in browser (authorize in the browser; token and userinfo from the
//! application's back end, without the browser's cookies; the ID token's signature and claims
//! verified by the client with the `openidconnect` crate) per second and their
//! latency, the token endpoint's latency at a fixed rate, and the provider's memory under 100
//! concurrent flows. The same client code runs against Twofold and against the peer; only the
//! provider's address, discovery and client registration differ.

use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use base64::{Engine, engine::general_purpose::STANDARD};
use openidconnect::{
    ClientId, ClientSecret, IssuerUrl, Nonce, PkceCodeChallenge,
    core::{CoreIdToken, CoreIdTokenVerifier, CoreJsonWebKeySet},
};
use serde::{Deserialize, Serialize};

use crate::{
    client::{Conn, Error},
    machine::rss_kib,
    report::Latency,
};

/// The redirect address registered with both providers (nothing listens there: the flow
/// reads the code from the `Location` header).
pub const REDIRECT_URI: &str = "http://127.0.0.1:9/cb";
/// Browsers (connections) running complete flows at once in the throughput phase.
const CONCURRENT: usize = 8;
/// The rate of the token requests whose latency is measured.
pub const TOKEN_RATE: f64 = 100.0;
/// Flows at once while the provider's memory is watched.
const MEMORY_FLOWS: usize = 100;

/// One provider's numbers.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OidcRun {
    pub provider: String,
    /// Complete flows (`CONCURRENT` browsers), each timed whole.
    pub flows: Latency,
    /// Token requests at [`TOKEN_RATE`] per second.
    pub token: Latency,
    /// The provider process's highest resident memory during [`MEMORY_FLOWS`] concurrent
    /// flows, and before them.
    pub rss_before_kib: u64,
    pub rss_flows_kib: u64,
}

/// A provider as its client knows it: discovered endpoints, its keys, and the client's
/// registration.
pub struct Provider {
    pub name: String,
    addr: SocketAddr,
    authorize: String,
    token: String,
    userinfo: String,
    verifier: CoreIdTokenVerifier<'static>,
    basic: String,
    client_id: String,
}

#[derive(Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    userinfo_endpoint: String,
    jwks_uri: String,
}

#[derive(Deserialize)]
struct Tokens {
    access_token: String,
    id_token: String,
}

/// The path and query of `url` (both providers are reached at `addr` directly).
fn path_of(url: &str) -> Result<String, Error> {
    let rest = url
        .split_once("://")
        .map(|(_, rest)| rest)
        .ok_or_else(|| format!("not an absolute address: {url}"))?;
    Ok(rest
        .find('/')
        .map_or("/".to_owned(), |i| rest[i..].to_owned()))
}

/// The value of `name` in the query of `url`.
fn query_value(url: &str, name: &str) -> Option<String> {
    url.split_once('?')?
        .1
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

impl Provider {
    /// Reads the discovery document and the keys of the provider at `addr`.
    pub async fn discover(
        name: &str,
        addr: SocketAddr,
        client_id: &str,
        secret: &str,
    ) -> Result<Self, Error> {
        let mut conn = Conn::open(addr).await?;
        let discovery: Discovery = conn
            .get("/.well-known/openid-configuration")
            .await?
            .json()?;
        let keys: CoreJsonWebKeySet = conn.get(&path_of(&discovery.jwks_uri)?).await?.json()?;
        let verifier = CoreIdTokenVerifier::new_confidential_client(
            ClientId::new(client_id.to_owned()),
            ClientSecret::new(secret.to_owned()),
            IssuerUrl::new(discovery.issuer)?,
            keys,
        );
        let credentials = format!(
            "{}:{}",
            domain::url::percent_encode(client_id, false),
            domain::url::percent_encode(secret, false)
        );
        Ok(Self {
            name: name.to_owned(),
            addr,
            authorize: path_of(&discovery.authorization_endpoint)?,
            token: path_of(&discovery.token_endpoint)?,
            userinfo: path_of(&discovery.userinfo_endpoint)?,
            verifier,
            basic: format!("Basic {}", STANDARD.encode(credentials)),
            client_id: client_id.to_owned(),
        })
    }

    /// A new connection of the signed-in browser whose cookies are `cookie`.
    async fn browser(&self, cookie: Option<String>) -> Result<Conn, Error> {
        let mut conn = Conn::open(self.addr).await?;
        conn.every_cookie = true;
        conn.cookie = cookie;
        Ok(conn)
    }

    /// An authorization code for `conn`'s browser, following the provider's own redirects
    /// (none for a browser signed in already) until the one back to the application.
    async fn code(&self, conn: &mut Conn) -> Result<(String, Nonce, String), Error> {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let nonce = Nonce::new_random();
        let state = format!("{:x}", rand::random::<u64>());
        let mut path = format!(
            "{}?response_type=code&client_id={}&redirect_uri={}&scope=openid%20email%20profile\
             &state={state}&nonce={}&code_challenge={}&code_challenge_method=S256",
            self.authorize,
            self.client_id,
            domain::url::percent_encode(REDIRECT_URI, false),
            nonce.secret(),
            challenge.as_str(),
        );
        for _ in 0..4 {
            let reply = conn.get(&path).await?;
            let location = reply
                .location
                .ok_or_else(|| format!("{}: authorize answered {}", self.name, reply.status))?;
            if location.starts_with(REDIRECT_URI) {
                if query_value(&location, "state").as_deref() != Some(state.as_str()) {
                    return Err(format!("{}: state not returned", self.name).into());
                }
                let code = query_value(&location, "code")
                    .ok_or_else(|| format!("{}: no code in {location}", self.name))?;
                return Ok((code, nonce, verifier.secret().clone()));
            }
            path = if location.starts_with('/') {
                location
            } else {
                path_of(&location)?
            };
        }
        Err(format!("{}: too many redirects", self.name).into())
    }

    /// Redeems `code`; the tokens.
    async fn exchange(&self, conn: &mut Conn, code: &str, verifier: &str) -> Result<Tokens, Error> {
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT_URI),
            ("code_verifier", verifier),
        ];
        conn.post_form(&self.token, &form, Some(&self.basic))
            .await?
            .json()
            .map_err(|e| format!("{}: token endpoint: {e}", self.name).into())
    }

    /// One complete flow: the code in the browser (`browser`), then the tokens, the ID
    /// token verified and userinfo by the application's back end (`app`: no cookie).
    async fn flow(&self, browser: &mut Conn, app: &mut Conn) -> Result<(), Error> {
        let (code, nonce, verifier) = self.code(browser).await?;
        let tokens = self.exchange(app, &code, &verifier).await?;
        let id_token: CoreIdToken = tokens.id_token.parse()?;
        id_token
            .claims(&self.verifier, &nonce)
            .map_err(|e| format!("{}: ID token refused: {e}", self.name))?;
        let reply = app
            .get_authorized(&self.userinfo, &format!("Bearer {}", tokens.access_token))
            .await?;
        if !reply.status.is_success() {
            return Err(format!("{}: userinfo answered {}", self.name, reply.status).into());
        }
        Ok(())
    }
}

/// Runs `workers` browsers doing complete flows until `until`; the time of each flow.
async fn flows_until(
    provider: &Arc<Provider>,
    cookie: &Option<String>,
    workers: usize,
    until: Instant,
) -> Result<Vec<f64>, Error> {
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let (provider, cookie) = (provider.clone(), cookie.clone());
        tasks.push(tokio::spawn(async move {
            let mut browser = provider.browser(cookie).await?;
            let mut app = Conn::open(provider.addr).await?;
            let mut times = Vec::new();
            while Instant::now() < until {
                let start = Instant::now();
                provider.flow(&mut browser, &mut app).await?;
                times.push(start.elapsed().as_secs_f64() * 1000.0);
            }
            Ok::<_, Error>(times)
        }));
    }
    let mut times = Vec::new();
    for task in tasks {
        times.extend(task.await??);
    }
    Ok(times)
}

/// Measures `provider`, whose process is `pid`, for a browser signed in with `cookie` (for
/// the peer, `None`: its first flow goes through its sign-in once).
pub async fn measure(
    provider: Provider,
    pid: u32,
    cookie: Option<String>,
    duration: Duration,
) -> Result<OidcRun, Error> {
    let provider = Arc::new(provider);
    // The browser's session: the first flow (not measured) signs in where needed.
    let phase = |name: &'static str| move |e: Error| -> Error { format!("{name}: {e}").into() };
    let mut first = provider.browser(cookie).await?;
    provider
        .flow(&mut first, &mut Conn::open(provider.addr).await?)
        .await
        .map_err(phase("first flow"))?;
    let cookie = first.cookie.clone();
    // Warm-up, not measured.
    flows_until(
        &provider,
        &cookie,
        CONCURRENT,
        Instant::now() + Duration::from_secs(1),
    )
    .await?;

    let start = Instant::now();
    let times = flows_until(&provider, &cookie, CONCURRENT, start + duration)
        .await
        .map_err(phase("flows"))?;
    let flows = Latency::from_times(times, start.elapsed());

    let token =
        token_at_fixed_rate(&provider, &cookie, duration.min(Duration::from_secs(5))).await?;

    let rss_before_kib = rss_kib(pid)?;
    let rss_flows_kib = rss_under_flows(&provider, &cookie, pid)
        .await
        .map_err(phase("memory under flows"))?;
    Ok(OidcRun {
        provider: provider.name.clone(),
        flows,
        token,
        rss_before_kib,
        rss_flows_kib,
    })
}

/// Codes made first (not measured), then one token request every `1 / TOKEN_RATE` seconds,
/// each on its own connection: the token endpoint's latency.
async fn token_at_fixed_rate(
    provider: &Arc<Provider>,
    cookie: &Option<String>,
    duration: Duration,
) -> Result<Latency, Error> {
    let count = (TOKEN_RATE * duration.as_secs_f64()) as usize;
    let mut conn = provider.browser(cookie.clone()).await?;
    let mut codes = Vec::with_capacity(count);
    for _ in 0..count {
        let (code, _, verifier) = provider.code(&mut conn).await?;
        codes.push((code, verifier));
    }
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(count);
    for (i, (code, verifier)) in codes.into_iter().enumerate() {
        let provider = provider.clone();
        let at = start + Duration::from_secs_f64(i as f64 / TOKEN_RATE);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(at.into()).await;
            let mut conn = Conn::open(provider.addr).await?;
            let sent = Instant::now();
            provider.exchange(&mut conn, &code, &verifier).await?;
            Ok::<_, Error>(sent.elapsed().as_secs_f64() * 1000.0)
        }));
    }
    let mut times = Vec::with_capacity(count);
    for task in tasks {
        times.push(task.await??);
    }
    Ok(Latency::from_times(times, start.elapsed()))
}

/// The provider's highest RSS (KiB) while [`MEMORY_FLOWS`] browsers run flows for 3 s.
async fn rss_under_flows(
    provider: &Arc<Provider>,
    cookie: &Option<String>,
    pid: u32,
) -> Result<u64, Error> {
    let done = Arc::new(AtomicBool::new(false));
    let highest = Arc::new(AtomicU64::new(rss_kib(pid)?));
    let watcher = {
        let (done, highest) = (done.clone(), highest.clone());
        tokio::spawn(async move {
            while !done.load(Ordering::Relaxed) {
                if let Ok(kib) = rss_kib(pid) {
                    highest.fetch_max(kib, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    let result = flows_until(
        provider,
        cookie,
        MEMORY_FLOWS,
        Instant::now() + Duration::from_secs(3),
    )
    .await;
    done.store(true, Ordering::Relaxed);
    watcher.await?;
    result?;
    Ok(highest.load(Ordering::Relaxed))
}
