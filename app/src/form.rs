//! Forms that post to a server function. Without JavaScript the browser posts the form itself
//! and the page comes back with the outcome; in an island the form is sent with `fetch` as the
//! browser encodes it (its own URL encoding of the fields, exactly what a post without
//! JavaScript sends) and the answer is read back into a [`FormAction`].
//!
//! Leptos's `ActionForm` would instead turn the fields into the server function's arguments
//! in the browser and encode them again, with code for both directions for every form; here
//! nothing depends on a form's fields, so every form of the bundle shares one small sender.

use std::marker::PhantomData;

use leptos::{
    ev::{self, SubmitEvent},
    html,
    prelude::*,
    server::ServerActionError,
    server_fn::ServerFn,
};

use crate::error::AppError;

/// The state of a form posting `S`: whether it is being sent, and the answer to the last post
/// (or, after a post without JavaScript that failed, its error).
pub struct FormAction<S: ServerFn> {
    value: RwSignal<Option<Result<S::Output, AppError>>>,
    /// Posts under way (a form can be sent again before the answer to the last one).
    in_flight: RwSignal<u32>,
    version: RwSignal<usize>,
    server_fn: PhantomData<fn() -> S>,
}

impl<S: ServerFn> Clone for FormAction<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: ServerFn> Copy for FormAction<S> {}

impl<S> FormAction<S>
where
    S: ServerFn<Error = AppError>,
    S::Output: Send + Sync + 'static,
{
    /// A form's state; when the page came back from a failed post of this form made without
    /// JavaScript, it starts with that error.
    pub fn new() -> Self {
        let error = use_context::<ServerActionError>()
            .filter(|error| error.path() == S::PATH)
            .map(|error| Err(decode_url_error(error.err())));
        Self {
            value: RwSignal::new(error),
            in_flight: RwSignal::new(0),
            version: RwSignal::new(0),
            server_fn: PhantomData,
        }
    }

    /// The answer to the last post, if any.
    pub fn value(&self) -> RwSignal<Option<Result<S::Output, AppError>>> {
        self.value
    }

    /// Whether a post is under way.
    pub fn pending(&self) -> Signal<bool> {
        let in_flight = self.in_flight;
        Signal::derive(move || in_flight.get() > 0)
    }

    /// Counts the answers received.
    pub fn version(&self) -> RwSignal<usize> {
        self.version
    }

    /// Forgets the last answer.
    pub fn clear(&self) {
        self.value.set(None);
    }
}

impl<S> Default for FormAction<S>
where
    S: ServerFn<Error = AppError>,
    S::Output: Send + Sync + 'static,
{
    fn default() -> Self {
        Self::new()
    }
}

/// The error a post without JavaScript came back with (`?__err=…`), as the server encoded it.
fn decode_url_error(encoded: &str) -> AppError {
    leptos::server_fn::error::ServerFnUrlError::<AppError>::decode_err(encoded)
}

/// A `<form>` posting to `S`; its fields are the server function's arguments by name. In the
/// browser it is sent without leaving the page, and `action` follows it.
#[component]
pub fn Form<S>(action: FormAction<S>, children: Children) -> impl IntoView
where
    S: ServerFn<Error = AppError> + 'static,
    S::Output: serde::de::DeserializeOwned + Send + Sync + 'static,
{
    html::form()
        .action(S::url())
        .method("post")
        .on(ev::submit, move |ev: SubmitEvent| action.submit(&ev))
        .child(children())
}

impl<S> FormAction<S>
where
    S: ServerFn<Error = AppError> + 'static,
    S::Output: serde::de::DeserializeOwned + Send + Sync + 'static,
{
    /// Sends the form of `ev` in the background instead of leaving the page.
    #[cfg(not(feature = "ssr"))]
    fn submit(self, ev: &SubmitEvent) {
        use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

        let Some(body) = send::body(ev) else {
            return;
        };
        self.in_flight.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            let answer = send::post(S::PATH, body).await.and_then(|text| {
                serde_json::from_str(&text).map_err(|err| {
                    AppError::from_server_fn_error(ServerFnErrorErr::Deserialization(
                        err.to_string(),
                    ))
                })
            });
            self.value.set(Some(answer));
            self.version.update(|n| *n += 1);
            self.in_flight.update(|n| *n = n.saturating_sub(1));
        });
    }

    /// Pages are only rendered on the server: nothing is submitted there.
    #[cfg(feature = "ssr")]
    fn submit(self, _ev: &SubmitEvent) {}
}

/// The part of sending that is the same for every form (and so in the bundle once).
#[cfg(not(feature = "ssr"))]
mod send {
    use leptos::{
        form::form_data_from_event,
        logging,
        server_fn::{
            Bytes,
            client::{Client, browser::BrowserClient},
            error::FromServerFnError,
            redirect::call_redirect_hook,
            request::{ClientReq, browser::BrowserRequest},
            response::ClientRes,
        },
    };
    use web_sys::{SubmitEvent, UrlSearchParams};

    use crate::error::AppError;

    /// The form's fields (with the button that sent it), URL-encoded as the browser would post
    /// them; `None` when the event was handled already (or has no form). Either way the
    /// browser's own post is prevented.
    pub(super) fn body(ev: &SubmitEvent) -> Option<String> {
        if ev.default_prevented() {
            return None;
        }
        ev.prevent_default();
        let fields = form_data_from_event(ev)
            .map_err(|err| logging::error!("could not read a form: {err}"))
            .ok()?;
        UrlSearchParams::new_with_str_sequence_sequence(&fields)
            .map_err(|err| logging::error!("could not encode a form: {err:?}"))
            .ok()
            .map(|params| String::from(params.to_string()))
    }

    /// Posts `body` to the server function at `path`: its JSON answer, or its error. When the
    /// server function redirects, the browser goes there (the hook `island::setup` sets).
    pub(super) async fn post(path: &str, body: String) -> Result<String, AppError> {
        let request = <BrowserRequest as ClientReq<AppError>>::try_new_post(
            path,
            "application/x-www-form-urlencoded",
            "application/json",
            body,
        )?;
        let response = <BrowserClient as Client<AppError>>::send(request).await?;
        let status = ClientRes::<AppError>::status(&response);
        let redirect =
            (300..=399).contains(&status) || ClientRes::<AppError>::has_redirect(&response);
        let location = ClientRes::<AppError>::location(&response);
        let text = ClientRes::<AppError>::try_into_string(response).await?;
        if (400..=599).contains(&status) {
            return Err(AppError::de(Bytes::from(text)));
        }
        if redirect {
            call_redirect_hook(&location);
        }
        Ok(text)
    }
}
