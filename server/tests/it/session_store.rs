//! What the session store keeps and refuses: rows keyed by a hash, a session ended while a
//! request of it runs not brought back, and a new session id that never outlives a sign-out
//! that ran while the id was being replaced.

use std::sync::Arc;

use axum::http::StatusCode;
use server::storage::sessions::{self, DbSessionStore, MARKER_SECS, hash_session_id};
use tower_sessions::{Session, SessionStore, session::Id};

use crate::common::{self, TestApp};

const EMAIL: &str = "ada@example.com";

/// The session id in the browser's cookie (a signed cookie's value is the signature followed
/// by the 22-character id).
fn session_id(app: &TestApp) -> Id {
    let cookie = app.cookie.clone().unwrap();
    let value = cookie.trim_start_matches("twofold_session=");
    value[value.len() - 22..].parse().unwrap()
}

/// A request of the signed-in browser `app`, its session loaded, and the account's id.
async fn request_of(app: &TestApp) -> (Session, i64) {
    let store = Arc::new(DbSessionStore::new(app.pool.clone()));
    let session = Session::new(Some(session_id(app)), store, None);
    session.load().await.unwrap();
    (session, app.scalar("SELECT MAX(id) AS v FROM users").await)
}

/// Whether the id the request `session` ended with loads.
async fn lives(app: &TestApp, session: &Session) -> bool {
    let store = DbSessionStore::new(app.pool.clone());
    match session.id() {
        Some(id) => store.load(&id).await.unwrap().is_some(),
        None => false,
    }
}

/// How many sessions are live (not markers).
async fn live_rows(app: &TestApp) -> i64 {
    app.scalar("SELECT COUNT(*) AS v FROM sessions WHERE ended_at IS NULL")
        .await
}

/// The row of session `id`: its data and when it ended, if it is there.
async fn row_of(app: &TestApp, id: &Id) -> Option<(String, Option<i64>)> {
    sqlx::query_as("SELECT data, ended_at FROM sessions WHERE id_hash = $1")
        .bind(hash_session_id(&id.to_string()))
        .fetch_optional(&app.pool)
        .await
        .unwrap()
}

#[test]
fn sessions_are_stored_by_hash_and_linked_to_their_user() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let id = session_id(&app).to_string();
        let rows: Vec<(String, Option<i64>)> =
            sqlx::query_as("SELECT id_hash, user_id FROM sessions WHERE ended_at IS NULL")
                .fetch_all(&app.pool)
                .await
                .unwrap();
        assert_eq!(rows.len(), 1);
        assert!(!rows[0].0.contains(&id), "the raw session id is not stored");
        assert!(rows[0].1.is_some(), "the session row names its user");
    })
}

#[test]
fn a_session_revoked_while_a_request_of_it_runs_stays_revoked() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let id = session_id(&app);
        let store = DbSessionStore::new(app.pool.clone());
        // A request loads the session…
        let record = store.load(&id).await.unwrap().unwrap();
        // …the session is revoked meanwhile (signed out everywhere from another browser)…
        sqlx::query("DELETE FROM sessions")
            .execute(&app.pool)
            .await
            .unwrap();
        // …and the request ends by saving what it loaded.
        store.save(&record).await.unwrap();
        assert!(store.load(&id).await.unwrap().is_none(), "not brought back");
        assert_eq!(app.get("/settings").await.status, StatusCode::FOUND);
    })
}

#[test]
fn a_renewed_session_keeps_its_sign_in_under_the_new_id_only() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let old = session_id(&app);
        let (session, _) = request_of(&app).await;
        app::api::session::renew(&session).await.unwrap();
        session.save().await.unwrap();
        assert!(lives(&app, &session).await, "the new id is signed in");
        assert_ne!(session.id(), Some(old));
        let store = DbSessionStore::new(app.pool.clone());
        assert!(
            store.load(&old).await.unwrap().is_none(),
            "the old id is not"
        );
        assert!(
            row_of(&app, &old).await.is_none(),
            "the old id's marker was consumed"
        );
        assert_eq!(live_rows(&app).await, 1);
        let (data, _) = row_of(&app, &session.id().unwrap()).await.unwrap();
        assert!(
            !data.contains("renewed_from"),
            "the old id is never written"
        );
        assert!(!data.contains(&old.to_string()));
    })
}

#[test]
fn a_sign_out_everywhere_while_the_id_is_replaced_is_not_undone() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // The sign-out runs after the request replaced the id but before it saved…
        let (session, user) = request_of(&app).await;
        app::api::session::renew(&session).await.unwrap();
        sessions::delete_all_but(&mut app.pool.acquire().await.unwrap(), user, None, 0)
            .await
            .unwrap();
        session.save().await.unwrap();
        assert!(!lives(&app, &session).await, "the new id is not signed in");
        assert_eq!(live_rows(&app).await, 0);

        // …or before the request replaced it.
        assert_eq!(
            app.log_in(EMAIL, common::PASSWORD).await.status,
            StatusCode::OK
        );
        let (session, user) = request_of(&app).await;
        sessions::delete_all_but(&mut app.pool.acquire().await.unwrap(), user, None, 0)
            .await
            .unwrap();
        app::api::session::renew(&session).await.unwrap();
        session.save().await.unwrap();
        assert!(!lives(&app, &session).await);
        assert_eq!(live_rows(&app).await, 0);
    })
}

#[test]
fn ending_a_session_on_the_sessions_page_while_its_id_is_replaced_holds() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let handle = hash_session_id(&session_id(&app).to_string());
        let (session, user) = request_of(&app).await;
        app::api::session::renew(&session).await.unwrap();
        assert!(
            sessions::delete_one(&app.pool, user, &handle)
                .await
                .unwrap(),
            "the listed session ends"
        );
        session.save().await.unwrap();
        assert!(!lives(&app, &session).await);
    })
}

#[test]
fn a_log_out_racing_a_renewal_in_the_same_browser_wins() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        // Two requests of one browser: one replaces the id, the other logs out, in either order.
        for log_out_first in [false, true] {
            let (renewing, _) = request_of(&app).await;
            let (logging_out, _) = request_of(&app).await;
            if log_out_first {
                logging_out.flush().await.unwrap();
                app::api::session::renew(&renewing).await.unwrap();
            } else {
                app::api::session::renew(&renewing).await.unwrap();
                logging_out.flush().await.unwrap();
            }
            renewing.save().await.unwrap();
            assert!(
                !lives(&app, &renewing).await,
                "log out first: {log_out_first}"
            );
            assert_eq!(live_rows(&app).await, 0);
            assert_eq!(
                app.log_in(EMAIL, common::PASSWORD).await.status,
                StatusCode::OK
            );
        }
    })
}

#[test]
fn a_signed_out_session_leaves_a_marker_nobody_sees_for_an_hour() {
    common::run(async {
        let mut app = TestApp::new().await;
        app.sign_up(EMAIL).await;
        let id = session_id(&app);
        app.call("log-out", &[]).await;
        let user: i64 = app.scalar("SELECT MAX(id) AS v FROM users").await;
        let store = DbSessionStore::new(app.pool.clone());
        assert!(
            store.load(&id).await.unwrap().is_none(),
            "a marker never loads"
        );
        assert!(
            sessions::of_user(&app.pool, user, 0)
                .await
                .unwrap()
                .is_empty(),
            "nor is listed"
        );
        let (data, ended_at) = row_of(&app, &id).await.unwrap();
        assert_eq!(data, "{}", "and keeps nothing of the session");
        store.delete_expired().await.unwrap();
        assert!(row_of(&app, &id).await.is_some(), "kept for a while");
        sqlx::query("UPDATE sessions SET ended_at = $1 WHERE ended_at IS NOT NULL")
            .bind(ended_at.unwrap() - MARKER_SECS)
            .execute(&app.pool)
            .await
            .unwrap();
        store.delete_expired().await.unwrap();
        assert!(row_of(&app, &id).await.is_none(), "then pruned");
    })
}
