//! A keep-alive HTTP/1.1 connection with a cookie, as one browser tab would use it.

use std::net::SocketAddr;

use http::{Request, StatusCode, header};
use http_body_util::{BodyExt, Full};
use hyper::{body::Bytes, client::conn::http1::SendRequest};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

pub struct Conn {
    addr: SocketAddr,
    sender: SendRequest<Full<Bytes>>,
    pub cookie: Option<String>,
}

pub struct Reply {
    pub status: StatusCode,
    pub body: Bytes,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, String> {
        if !self.status.is_success() {
            return Err(format!("{}: {}", self.status, self.text()));
        }
        serde_json::from_slice(&self.body).map_err(|e| format!("{e}: {}", self.text()))
    }
}

pub type Error = Box<dyn std::error::Error + Send + Sync>;

impl Conn {
    pub async fn open(addr: SocketAddr) -> Result<Self, Error> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move {
            let _ = connection.await;
        });
        Ok(Self {
            addr,
            sender,
            cookie: None,
        })
    }

    /// Opens a new connection, keeping the cookie (after the server closed the old one).
    async fn reconnect(&mut self) -> Result<(), Error> {
        let cookie = self.cookie.take();
        *self = Self::open(self.addr).await?;
        self.cookie = cookie;
        Ok(())
    }

    async fn send(&mut self, request: Request<Full<Bytes>>) -> Result<Reply, Error> {
        if self.sender.ready().await.is_err() {
            self.reconnect().await?;
        }
        let retry = clone_request(&request);
        let response = match self.sender.send_request(request).await {
            Ok(response) => response,
            // Closed by the server between two requests (keep-alive race): once more on a
            // new connection; the request was not processed.
            Err(err) if err.is_canceled() || err.is_closed() || err.is_incomplete_message() => {
                self.reconnect().await?;
                self.sender.send_request(retry).await?
            }
            Err(err) => return Err(err.into()),
        };
        let status = response.status();
        // The session cookie (a sign-in also sets the device cookie, which a tab of the
        // benchmark does not keep: its logins meet every limit, as a new browser's would).
        if let Some(set) = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|pair| pair.contains("twofold_session="))
            })
        {
            let pair = set.split(';').next().unwrap_or_default().trim().to_owned();
            self.cookie = (!set.contains("Max-Age=0") && !pair.ends_with('=')).then_some(pair);
        }
        let body = response.into_body().collect().await?.to_bytes();
        Ok(Reply { status, body })
    }

    fn builder(&self, method: &str, path: &str) -> http::request::Builder {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, self.addr.to_string())
            .header(header::USER_AGENT, "twofold-bench");
        if let Some(cookie) = &self.cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        builder
    }

    pub async fn get(&mut self, path: &str) -> Result<Reply, Error> {
        let request = self
            .builder("GET", path)
            .header(header::ACCEPT, "text/html")
            .body(Full::new(Bytes::new()))?;
        self.send(request).await
    }

    /// `path` as a browser that accepts brotli and gzip gets it: the body as sent.
    pub async fn get_compressed(&mut self, path: &str) -> Result<Reply, Error> {
        let request = self
            .builder("GET", path)
            .header(header::ACCEPT_ENCODING, "br, gzip")
            .body(Full::new(Bytes::new()))?;
        self.send(request).await
    }

    /// Calls a server function as the hydrated app does.
    pub async fn call(&mut self, endpoint: &str, form: &[(&str, &str)]) -> Result<Reply, Error> {
        let body = form
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    domain::url::percent_encode(k, false),
                    domain::url::percent_encode(v, false)
                )
            })
            .collect::<Vec<_>>()
            .join("&");
        let request = self
            .builder("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Full::new(Bytes::from(body)))?;
        self.send(request).await
    }
}

fn clone_request(request: &Request<Full<Bytes>>) -> Request<Full<Bytes>> {
    let mut copy = Request::new(request.body().clone());
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.headers_mut() = request.headers().clone();
    copy
}
