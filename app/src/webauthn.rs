//! The browser's side of a WebAuthn ceremony: the options the server sent (WebAuthn's JSON
//! form) go to `navigator.credentials`, and the credential comes back as JSON for the server.
//! Called only from event handlers, which never run on the server.

use js_sys::{Function, JSON, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::error::AppError;

/// Registers a new credential: `navigator.credentials.create()` with `options`.
pub async fn create(options: &str) -> Result<String, AppError> {
    ceremony(options, "parseCreationOptionsFromJSON", "create").await
}

/// Asks a key to sign the server's challenge: `navigator.credentials.get()` with `options`.
pub async fn get(options: &str) -> Result<String, AppError> {
    ceremony(options, "parseRequestOptionsFromJSON", "get").await
}

fn property(target: &JsValue, name: &str) -> Result<JsValue, AppError> {
    Reflect::get(target, &JsValue::from_str(name)).map_err(|_| AppError::KeyUnsupported)
}

fn method(target: &JsValue, name: &str) -> Result<Function, AppError> {
    property(target, name)?
        .dyn_into::<Function>()
        .map_err(|_| AppError::KeyUnsupported)
}

async fn ceremony(options: &str, parse: &str, call: &str) -> Result<String, AppError> {
    let window = web_sys::window().ok_or(AppError::KeyUnsupported)?;
    let class = property(&window, "PublicKeyCredential")?;
    if class.is_undefined() {
        return Err(AppError::KeyUnsupported);
    }
    let options = JSON::parse(options).map_err(|_| AppError::Internal)?;
    let public_key = method(&class, parse)?
        .call1(&class, &property(&options, "publicKey")?)
        .map_err(|_| AppError::KeyUnsupported)?;
    let request = Object::new();
    Reflect::set(&request, &JsValue::from_str("publicKey"), &public_key)
        .map_err(|_| AppError::Internal)?;
    let credentials = property(&window.navigator(), "credentials")?;
    let promise: Promise = method(&credentials, call)?
        .call1(&credentials, &request)
        .map_err(|err| refusal(&err))?
        .dyn_into()
        .map_err(|_| AppError::KeyUnsupported)?;
    let credential = JsFuture::from(promise).await.map_err(|err| refusal(&err))?;
    if credential.is_null() || credential.is_undefined() {
        return Err(AppError::KeyCancelled);
    }
    let json = method(&credential, "toJSON")?
        .call0(&credential)
        .map_err(|_| AppError::KeyUnsupported)?;
    JSON::stringify(&json)
        .map(String::from)
        .map_err(|_| AppError::Internal)
}

/// What the browser's refusal means for the user: cancelled or timed out (or no key of the
/// account here), a key that is registered already, or no WebAuthn in this context.
fn refusal(err: &JsValue) -> AppError {
    let name = property(err, "name").ok().and_then(|name| name.as_string());
    match name.as_deref() {
        Some("InvalidStateError") => AppError::KeyAlreadyRegistered,
        Some("NotSupportedError" | "SecurityError") => AppError::KeyUnsupported,
        _ => AppError::KeyCancelled,
    }
}
