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
    /// The `Cookie` header sent.
    pub cookie: Option<String>,
    /// Whether every cookie set is kept (a browser of another provider), or only Twofold's
    /// session.
    pub every_cookie: bool,
}

pub struct Reply {
    pub status: StatusCode,
    pub body: Bytes,
    /// The `Location` header, if any.
    pub location: Option<String>,
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
            every_cookie: false,
        })
    }

    /// Opens a new connection, keeping the cookie (after the server closed the old one).
    async fn reconnect(&mut self) -> Result<(), Error> {
        let (cookie, every_cookie) = (self.cookie.take(), self.every_cookie);
        *self = Self::open(self.addr).await?;
        self.cookie = cookie;
        self.every_cookie = every_cookie;
        Ok(())
    }

    /// Keeps the cookie `set` (a `Set-Cookie` value) in the `Cookie` header: replaces one of
    /// the same name, drops it when it is cleared.
    fn keep_cookie(&mut self, set: &str) {
        let pair = set.split(';').next().unwrap_or_default().trim();
        let Some((name, value)) = pair.split_once('=') else {
            return;
        };
        if !self.every_cookie && !name.ends_with("twofold_session") {
            return;
        }
        let cleared = value.is_empty() || set.contains("Max-Age=0");
        let mut pairs: Vec<&str> = self
            .cookie
            .as_deref()
            .unwrap_or_default()
            .split("; ")
            .filter(|p| !p.is_empty() && p.split('=').next() != Some(name))
            .collect();
        if !cleared {
            pairs.push(pair);
        }
        self.cookie = (!pairs.is_empty()).then(|| pairs.join("; "));
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
        let set: Vec<String> = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        for set in set {
            self.keep_cookie(&set);
        }
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.into_body().collect().await?.to_bytes();
        Ok(Reply {
            status,
            body,
            location,
        })
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
        self.post_form(&format!("/api/{endpoint}"), form, None)
            .await
    }

    /// POSTs `form` (URL-encoded) to `path`, with an `Authorization` header if given.
    pub async fn post_form(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        authorization: Option<&str>,
    ) -> Result<Reply, Error> {
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
        let mut builder = self
            .builder("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        if let Some(authorization) = authorization {
            builder = builder.header(header::AUTHORIZATION, authorization);
        }
        self.send(builder.body(Full::new(Bytes::from(body)))?).await
    }

    /// GETs `path` with an `Authorization` header (a bearer token).
    pub async fn get_authorized(
        &mut self,
        path: &str,
        authorization: &str,
    ) -> Result<Reply, Error> {
        let request = self
            .builder("GET", path)
            .header(header::ACCEPT, "application/json")
            .header(header::AUTHORIZATION, authorization)
            .body(Full::new(Bytes::new()))?;
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
