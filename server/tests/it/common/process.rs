//! Twofold as real server processes (the `server` binary) and a minimal HTTP/1.1 client for
//! them, for tests that need several servers or must survive a database outage.

use std::{
    net::SocketAddr,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use base64::{Engine, engine::general_purpose::STANDARD};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use super::serde_urlencoded;

/// Keys shared by every server of one deployment.
pub struct SharedKeys {
    session: String,
    totp: String,
    backup_codes: String,
}

impl SharedKeys {
    pub fn random() -> Self {
        let b64 =
            |n: usize| STANDARD.encode((0..n).map(|_| rand::random::<u8>()).collect::<Vec<_>>());
        Self {
            session: b64(64),
            totp: format!("1:{}", b64(32)),
            backup_codes: b64(32),
        }
    }
}

/// A running `server` process; killed when dropped.
pub struct ServerProcess {
    pub addr: SocketAddr,
    child: Child,
    _dir: tempfile::TempDir,
}

impl ServerProcess {
    /// Starts a server on a free loopback port and waits until its health check passes.
    pub async fn start(database_url: &str, keys: &SharedKeys) -> Self {
        Self::start_with(database_url, keys, &[]).await
    }

    /// The same, with more settings.
    pub async fn start_with(database_url: &str, keys: &SharedKeys, env: &[(&str, String)]) -> Self {
        let addr = free_addr();
        let dir = tempfile::TempDir::new().unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_server"))
            // An empty working directory: no `.env` of the developer's is read.
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TWOFOLD_ADDR", addr.to_string())
            .env("TWOFOLD_DATA_DIR", dir.path())
            .env("DATABASE_URL", database_url)
            .env("TWOFOLD_SESSION_KEY", &keys.session)
            .env("TWOFOLD_TOTP_KEYS", &keys.totp)
            .env("TWOFOLD_BACKUP_CODE_KEY", &keys.backup_codes)
            .env("LEPTOS_OUTPUT_NAME", "twofold")
            .env("LEPTOS_SITE_ROOT", dir.path())
            .env("RUST_LOG", "warn")
            .envs(env.iter().map(|(name, value)| (name, value)))
            .stdin(Stdio::null())
            .spawn()
            .unwrap();
        let server = Self {
            addr,
            child,
            _dir: dir,
        };
        server.wait_until_healthy(Duration::from_secs(60)).await;
        server
    }

    pub async fn wait_until_healthy(&self, limit: Duration) {
        let start = Instant::now();
        loop {
            if let Ok(reply) = try_send(self.addr, "GET", "/health", None, &[], None).await
                && reply.status == 200
            {
                return;
            }
            assert!(
                start.elapsed() < limit,
                "server on {} not healthy within {limit:?}",
                self.addr
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The newest code for a first factor this server mailed to `to` (its mail goes to the
    /// `outbox/` folder of its data directory), waiting a little for the delivery.
    pub async fn mailed_code(&self, to: &str) -> String {
        for _ in 0..100 {
            if let Some(code) = self.last_mailed_code(to) {
                return code;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no code mailed to {to}");
    }

    fn last_mailed_code(&self, to: &str) -> Option<String> {
        let mut mails: Vec<_> = std::fs::read_dir(self._dir.path().join("outbox"))
            .ok()?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "eml"))
            .collect();
        mails.sort_by_key(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok());
        mails.iter().rev().find_map(|path| {
            let raw = std::fs::read_to_string(path).ok()?;
            let (head, body) = raw
                .split_once("\r\n\r\n")
                .or_else(|| raw.split_once("\n\n"))?;
            if !head.lines().any(|l| l.starts_with("To:") && l.contains(to)) {
                return None;
            }
            let body = if head
                .to_ascii_lowercase()
                .contains("content-transfer-encoding: base64")
            {
                let compact: String = body.split_whitespace().collect();
                String::from_utf8(STANDARD.decode(compact).ok()?).ok()?
            } else {
                body.to_owned()
            };
            super::mail::code_in(&body)
        })
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

/// A loopback address with a port nobody listens on (just now).
pub fn free_addr() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A reply: status, headers (lower-case names) and body.
#[derive(Debug)]
pub struct HttpReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpReply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn error(&self) -> app::error::AppError {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not an AppError ({e}): {}", self.body))
    }

    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        assert_eq!(self.status, 200, "{}", self.body);
        serde_json::from_str(&self.body).unwrap()
    }
}

/// A browser's cookie jar for one site, spread over several servers.
#[derive(Clone, Default)]
pub struct Client {
    pub cookie: Option<String>,
    pub language: Option<&'static str>,
}

impl Client {
    /// Calls a server function on `server` as the hydrated app does.
    pub async fn call(
        &mut self,
        server: SocketAddr,
        endpoint: &str,
        form: &[(&str, &str)],
    ) -> HttpReply {
        let body = serde_urlencoded(form);
        self.send(server, "POST", &format!("/api/{endpoint}"), Some(body))
            .await
    }

    pub async fn get(&mut self, server: SocketAddr, path: &str) -> HttpReply {
        self.send(server, "GET", path, None).await
    }

    async fn send(
        &mut self,
        server: SocketAddr,
        method: &str,
        path: &str,
        body: Option<String>,
    ) -> HttpReply {
        let mut headers = vec![("Accept", "application/json")];
        if let Some(language) = self.language {
            headers.push(("Accept-Language", language));
        }
        let reply = try_send(server, method, path, self.cookie.as_deref(), &headers, body)
            .await
            .unwrap_or_else(|e| panic!("{method} {path} on {server}: {e}"));
        // The session cookie; the device cookie does not matter to these tests.
        let session = reply
            .headers
            .iter()
            .filter(|(name, _)| name == "set-cookie")
            .map(|(_, value)| value.as_str())
            .find(|value| value.contains("twofold_session="));
        if let Some(set) = session {
            let pair = set.split(';').next().unwrap().trim().to_owned();
            let cleared = set.contains("Max-Age=0") || pair.ends_with('=');
            self.cookie = if cleared { None } else { Some(pair) };
        }
        reply
    }
}

/// One request on a fresh connection (`Connection: close`), the whole reply read.
pub async fn try_send(
    server: SocketAddr,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    headers: &[(&str, &str)],
    body: Option<String>,
) -> std::io::Result<HttpReply> {
    let mut stream = TcpStream::connect(server).await?;
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: {server}\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        request.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    let body = body.unwrap_or_default();
    if method == "POST" {
        request.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
        request.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    request.push_str("\r\n");
    request.push_str(&body);
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut raw))
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no reply in 30 s"))??;
    parse(&raw).ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, "not HTTP"))
}

fn parse(raw: &[u8]) -> Option<HttpReply> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..split]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body)?;
    }
    Some(HttpReply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}
