//! The weight of each page on a first visit.

use std::net::SocketAddr;

use crate::{
    PASSWORD,
    client::{Conn, Error},
    report::{self},
};

/// What each page weighs on a first visit: its HTML and the files under `/pkg/` the browser
/// loaded until the page was interactive (`loaded`, from the hydration run: the islands'
/// pieces of the bundle are fetched by script, so the HTML alone does not name them all).
pub(crate) async fn page_weight(
    addr: SocketAddr,
    loaded: &std::collections::BTreeMap<String, Vec<String>>,
) -> Result<Vec<report::Page>, Error> {
    let mut conn = Conn::open(addr).await?;
    let email = format!("weight-{}@bench.example", rand::random::<u32>());
    crate::users::sign_up(&mut conn, &email).await?;
    // The code step is a login's whose password was right, of an account with two-factor on.
    let two_factor = crate::users::create_user(
        addr,
        &format!("weight-2fa-{}@bench.example", rand::random::<u32>()),
    )
    .await?;
    let mut pages = Vec::new();
    for path in [
        "/login",
        "/login/verify",
        "/signup",
        "/forgot-password",
        "/settings",
        "/settings/security-log",
    ] {
        let mut visitor = Conn::open(addr).await?;
        // The settings pages are a signed-in account's; the others a visitor's.
        if path.starts_with("/settings") {
            visitor.cookie.clone_from(&conn.cookie);
        } else if path == "/login/verify" {
            visitor
                .call(
                    "log-in",
                    &[("email", &two_factor.email), ("password", PASSWORD)],
                )
                .await?;
        }
        let html = visitor.get(path).await?.body.to_vec();
        let html_wire = visitor.get_compressed(path).await?.body.len() as u64;
        let mut assets = vec![report::Asset::new("HTML", &html, html_wire)];
        let urls = loaded
            .get(path)
            .ok_or_else(|| format!("the hydration run recorded no files for {path}"))?;
        for url in urls {
            let (plain, sent) = (visitor.get(url).await?, visitor.get_compressed(url).await?);
            if !plain.status.is_success() || !sent.status.is_success() {
                return Err(format!("{url}: {} / {}", plain.status, sent.status).into());
            }
            assets.push(report::Asset::new(
                &short_name(url),
                &plain.body,
                sent.body.len() as u64,
            ));
        }
        pages.push(report::Page {
            path: path.to_owned(),
            assets,
        });
    }
    Ok(pages)
}

/// A file's address without the bundle's version (`/pkg/<version>/chunk_1.wasm` is
/// `/pkg/…/chunk_1.wasm`).
fn short_name(url: &str) -> String {
    match url
        .strip_prefix("/pkg/")
        .and_then(|rest| rest.split_once('/'))
    {
        Some((_version, file)) => format!("/pkg/…/{file}"),
        None => url.to_owned(),
    }
}
