//! What the handlers share.

use axum::extract::FromRef;
use domain::ports::Services;
use leptos::config::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub services: Services,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The answer to every path that no route, `/pkg/` file or the icon answers: the app's "not
/// found" page (404), rendered in order like any page. No file under the site root is ever
/// read for it (only `/pkg/` and the icon are files to serve).
pub fn not_found(
    context: impl Fn() + Clone + Send + Sync + 'static,
    state: AppState,
) -> impl Fn(
    axum::extract::Request,
) -> std::pin::Pin<Box<dyn Future<Output = axum::response::Response> + Send>>
+ Clone
+ Send
+ 'static {
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_to_stream_in_order_with_context(
        move || {
            leptos::prelude::provide_context(state.clone());
            context();
        },
        move || app::shell(options.clone()),
    );
    move |request| {
        let render = render.clone();
        Box::pin(async move {
            let mut response = render(request).await;
            // A redirect (the policy, a signed-out page) keeps its status.
            if response.status() == axum::http::StatusCode::OK {
                *response.status_mut() = axum::http::StatusCode::NOT_FOUND;
            }
            response
        })
    }
}
