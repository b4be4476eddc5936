//! Slow clients hold nothing for long: a request's headers must arrive within the header read
//! timeout, and a whole request (its body included) within `TWOFOLD_REQUEST_TIMEOUT_SECONDS`.

use std::time::Duration;

use axum::{body::Body, http::StatusCode};
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{self, TestApp};

#[test]
fn a_request_whose_body_never_ends_is_answered_408() {
    common::run(async {
        let dir = tempfile::TempDir::new().unwrap();
        let mut config = common::test_config(&dir).await;
        config.request_timeout = Duration::from_millis(300);
        let mut app = TestApp::with_config(config, std::sync::Arc::new(dir)).await;
        // The form starts, then nothing more comes.
        let body = futures_util::stream::once(async {
            Ok::<_, std::io::Error>(axum::body::Bytes::from_static(b"email=ada%40"))
        })
        .chain(futures_util::stream::pending());
        let request = app
            .request_builder("POST", "/api/log-in")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from_stream(body))
            .unwrap();
        let reply = app.send(request).await;
        assert_eq!(reply.status, StatusCode::REQUEST_TIMEOUT);
        assert!(reply.headers.contains_key("x-content-type-options"));
    });
}

#[test]
fn a_connection_that_never_finishes_its_headers_is_closed() {
    common::run(async {
        let app = TestApp::new().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(server::serving::serve(
            listener,
            app.router.clone(),
            Duration::from_millis(300),
            async {
                let _ = stopped.await;
            },
        ));
        // A whole request is answered.
        let mut whole = tokio::net::TcpStream::connect(addr).await.unwrap();
        whole
            .write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut answer = String::new();
        whole.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        // Half a request: the server hangs up once the header timeout is over.
        let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
        slow.write_all(b"GET /health HTTP/1.1\r\nHost: loc")
            .await
            .unwrap();
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(5), slow.read_to_end(&mut rest))
            .await
            .expect("closed by the server within the timeout");
        drop(closed);
        assert!(
            !String::from_utf8_lossy(&rest).contains("200 OK"),
            "{rest:?}"
        );
        stop.send(()).unwrap();
        server.await.unwrap().unwrap();
    });
}
