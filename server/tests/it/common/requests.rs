//! Requests as a browser sends them (cookies, client address, forms, the same-origin
//! headers), and reading the database behind the app.

use axum::{
    body::{Body, to_bytes},
    http::{Request, Response, header},
};
use tower::ServiceExt;

use super::{Reply, TEST_USER_AGENT, TestApp, postgres_server, serde_urlencoded};

impl TestApp {
    pub async fn send(&mut self, request: Request<Body>) -> Reply {
        // A stuck render fails the test with the request's name instead of hanging the suite.
        let what = format!("{} {}", request.method(), request.uri());
        let response: Response<Body> = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            self.router.clone().oneshot(request),
        )
        .await
        .unwrap_or_else(|_| panic!("no response in 10 s to {what}"))
        .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for set in headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            let pair = set.split(';').next().unwrap().trim().to_owned();
            let cleared = set.contains("Max-Age=0") || pair.ends_with('=');
            let kept = if cleared { None } else { Some(pair.clone()) };
            if pair.contains("twofold_device=") {
                self.device_cookie = kept;
            } else if pair.contains("twofold_trust=") {
                self.trust_cookie = kept;
            } else if pair.contains("twofold_session=") {
                self.cookie = kept;
            }
        }
        let body = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            to_bytes(response.into_body(), usize::MAX),
        )
        .await
        .unwrap_or_else(|_| panic!("body of {what} not finished in 10 s"))
        .unwrap();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
            bytes: body.to_vec(),
        }
    }

    /// A request as this browser sends it (its cookies, address and agent), to finish.
    pub fn request_builder(&self, method: &str, path: &str) -> axum::http::request::Builder {
        self.request(method, path)
    }

    fn request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "localhost")
            .header(header::USER_AGENT, TEST_USER_AGENT)
            .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                [127, 0, 0, 1],
                40_000,
            ))));
        let cookies: Vec<&str> = [&self.cookie, &self.device_cookie, &self.trust_cookie]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !cookies.is_empty() {
            builder = builder.header(header::COOKIE, cookies.join("; "));
        }
        if let Some(ip) = &self.client_ip {
            builder = builder.header("x-forwarded-for", ip);
        }
        builder
    }

    /// Calls a server function as the hydrated app does (fetch, no `text/html` in Accept).
    pub async fn call(&mut self, endpoint: &str, form: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded(form);
        let request = self
            .request("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Calls a server function with extra request headers (`Origin`, `Sec-Fetch-Site`…).
    pub async fn call_with_headers(
        &mut self,
        endpoint: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self
            .request("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(Body::from(serde_urlencoded(form))).unwrap();
        self.send(request).await
    }

    /// Submits a form as a browser without JavaScript does.
    pub async fn submit(&mut self, endpoint: &str, referer: &str, form: &[(&str, &str)]) -> Reply {
        let request = self
            .request("POST", &format!("/api/{endpoint}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::REFERER, format!("http://localhost{referer}"))
            .body(Body::from(serde_urlencoded(form)))
            .unwrap();
        self.send(request).await
    }

    pub async fn raw(
        &mut self,
        method: &str,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let request = self
            .request(method, path)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::CONTENT_LENGTH, body.len())
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// A page, with extra request headers.
    pub async fn get_with_headers(&mut self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = self
            .request("GET", path)
            .header(header::ACCEPT, "text/html");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.get_with_headers(path, &[]).await
    }

    /// The single value `sql` selects (as column `v`).
    pub async fn scalar<T>(&self, sql: &str) -> T
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
    {
        use sqlx::Row;
        sqlx::query(sql)
            .fetch_one(&self.pool)
            .await
            .unwrap()
            .try_get("v")
            .unwrap()
    }

    /// How the live sessions of `email` were signed in (`domain::login::Proven`), sorted.
    pub async fn proven(&self, email: &str) -> Vec<String> {
        let rows: Vec<String> = sqlx::query_scalar(
            "SELECT s.data FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE u.email = $1 AND s.ended_at IS NULL",
        )
        .bind(email)
        .fetch_all(&self.pool)
        .await
        .unwrap();
        let mut proven: Vec<String> = rows
            .iter()
            .map(|data| {
                let data: serde_json::Value = serde_json::from_str(data).unwrap();
                data["twofold"]["proven"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{data}"))
                    .to_owned()
            })
            .collect();
        proven.sort();
        proven
    }

    /// Sets a number inside every session's (JSON) data, as if time had passed: `path` leads
    /// to the field, e.g. `["twofold", "signed_in_at"]` (see `domain::session`).
    pub async fn set_in_sessions(&self, path: &[&str], value: i64) {
        let sql = if postgres_server().is_some() {
            format!(
                "UPDATE sessions SET data = jsonb_set(data::jsonb, '{{{}}}', to_jsonb($1::bigint))::text",
                path.join(",")
            )
        } else {
            format!(
                "UPDATE sessions SET data = json_set(data, '$.{}', $1)",
                path.join(".")
            )
        };
        sqlx::query(&sql)
            .bind(value)
            .execute(&self.pool)
            .await
            .unwrap();
    }
}
