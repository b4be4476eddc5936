//! Reading an authorization request (OpenID Connect Core §3.1.2.1, RFC 6749 §4.1.1, RFC 7636):
//! what Twofold supports is the authorization code flow with the `openid` scope, PKCE S256
//! (required of public clients), answers in the query. A request that names no registered
//! client, or a redirect address not registered for it, is refused to the user and never
//! redirected (RFC 6749 §4.1.2.1); every other problem goes back to the application's
//! redirect address with its `error`, the request's `state` and the provider's `iss`
//! (RFC 9207). Parameters Twofold does not know are ignored.

use std::collections::HashMap;

use domain::application::Application;

/// Longest `state` or `nonce` accepted, in bytes.
pub const MAX_STATE: usize = 2048;

/// The error codes of an authorization response (RFC 6749 §4.1.2.1, OpenID Connect Core
/// §3.1.2.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorizeError {
    InvalidRequest,
    UnsupportedResponseType,
    InvalidScope,
    AccessDenied,
    LoginRequired,
    ConsentRequired,
    InteractionRequired,
    RequestNotSupported,
    RequestUriNotSupported,
    RegistrationNotSupported,
    ServerError,
}

impl AuthorizeError {
    pub fn code(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::UnsupportedResponseType => "unsupported_response_type",
            Self::InvalidScope => "invalid_scope",
            Self::AccessDenied => "access_denied",
            Self::LoginRequired => "login_required",
            Self::ConsentRequired => "consent_required",
            Self::InteractionRequired => "interaction_required",
            Self::RequestNotSupported => "request_not_supported",
            Self::RequestUriNotSupported => "request_uri_not_supported",
            Self::RegistrationNotSupported => "registration_not_supported",
            Self::ServerError => "server_error",
        }
    }
}

/// Why a request is refused to the user, on Twofold's own page (never redirected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserFacing {
    /// No `client_id`, or one no application has.
    UnknownClient,
    /// No `redirect_uri`, one not registered for the client, or `client_id` or
    /// `redirect_uri` given twice.
    BadRedirect,
}

/// A refused request: shown to the user, or sent back to the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    ToUser(UserFacing),
    ToClient(ErrorRedirect),
}

/// An error sent back to the application's redirect address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRedirect {
    pub redirect_uri: String,
    pub error: AuthorizeError,
    pub description: &'static str,
    pub state: Option<String>,
}

impl ErrorRedirect {
    /// The address the browser is sent to: the redirect address with `error`,
    /// `error_description`, `state` and `iss` added to its query.
    pub fn location(&self, issuer: &str) -> String {
        let mut pairs = vec![
            ("error", self.error.code()),
            ("error_description", self.description),
        ];
        if let Some(state) = &self.state {
            pairs.push(("state", state));
        }
        pairs.push(("iss", issuer));
        with_query(&self.redirect_uri, &pairs)
    }
}

/// `uri` with `pairs` added to its query (form-encoded, after any query it has).
pub fn with_query(uri: &str, pairs: &[(&str, &str)]) -> String {
    match url::Url::parse(uri) {
        Ok(mut url) => {
            url.query_pairs_mut().extend_pairs(pairs);
            url.into()
        }
        // Registered addresses are absolute URLs; nothing else reaches here.
        Err(_) => uri.to_owned(),
    }
}

/// What the request asks the sign-in (`prompt`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prompt {
    /// `none`: no page may be shown; an answer at once or an error.
    pub none: bool,
    /// `login`: sign in again even if signed in.
    pub login: bool,
    /// `consent`: ask for consent even if given before.
    pub consent: bool,
}

/// The scopes Twofold knows (others are ignored, OpenID Connect Core §5.4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scopes {
    pub profile: bool,
    pub email: bool,
    pub groups: bool,
    pub offline_access: bool,
}

impl Scopes {
    /// The granted scopes, as the token response and the consent name them.
    pub fn names(self) -> Vec<&'static str> {
        let mut names = vec!["openid"];
        for (has, name) in [
            (self.profile, "profile"),
            (self.email, "email"),
            (self.groups, "groups"),
            (self.offline_access, "offline_access"),
        ] {
            if has {
                names.push(name);
            }
        }
        names
    }
}

/// A valid authorization request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationRequest {
    pub client: Application,
    pub redirect_uri: String,
    pub scopes: Scopes,
    pub state: Option<String>,
    pub nonce: Option<String>,
    /// The S256 challenge (RFC 7636), if the client sent one.
    pub code_challenge: Option<String>,
    pub prompt: Prompt,
    /// Seconds since the last sign-in after which the user must sign in again.
    pub max_age: Option<i64>,
    pub login_hint: Option<String>,
    /// The languages asked for, in order of preference.
    pub ui_locales: Vec<String>,
    /// Whether the request asks for phishing-resistant sign-in (a key ceremony).
    pub phishing_resistant: bool,
}

/// The `acr` values that ask for a security key or passkey.
pub const ACR_PHISHING_RESISTANT: [&str; 2] = [
    "phr",
    "http://schemas.openid.net/pape/policies/2007/06/phishing-resistant",
];

/// The request's parameters (the first value of each), and the names given more than once
/// (RFC 6749 §3.1: each at most once).
fn parameters(params: &[(String, String)]) -> (HashMap<&str, &str>, Vec<&str>) {
    let mut map = HashMap::new();
    let mut twice = Vec::new();
    for (name, value) in params {
        if map.contains_key(name.as_str()) {
            twice.push(name.as_str());
        } else {
            map.insert(name.as_str(), value.as_str());
        }
    }
    (map, twice)
}

/// Reads the request `params` (from the query or the form) of the application `client` (the
/// one its `client_id` names, if any).
pub fn read(
    params: &[(String, String)],
    client: Option<Application>,
) -> Result<AuthorizationRequest, Refusal> {
    let Some(client) = client else {
        return Err(Refusal::ToUser(UserFacing::UnknownClient));
    };
    let (map, twice) = parameters(params);
    if twice
        .iter()
        .any(|name| ["client_id", "redirect_uri"].contains(name))
    {
        return Err(Refusal::ToUser(UserFacing::BadRedirect));
    }
    let redirect_uri = match map.get("redirect_uri") {
        Some(uri) if client.redirect_uris.iter().any(|r| r == uri) => (*uri).to_owned(),
        _ => return Err(Refusal::ToUser(UserFacing::BadRedirect)),
    };
    let state = map.get("state").map(|s| (*s).to_owned());
    let refuse = |error, description| {
        Refusal::ToClient(ErrorRedirect {
            redirect_uri: redirect_uri.clone(),
            error,
            description,
            state: state.clone().filter(|s| s.len() <= MAX_STATE),
        })
    };
    use AuthorizeError as E;
    if !twice.is_empty() {
        return Err(refuse(
            E::InvalidRequest,
            "a parameter is given more than once",
        ));
    }
    if state.as_ref().is_some_and(|s| s.len() > MAX_STATE) {
        return Err(refuse(E::InvalidRequest, "state is too long"));
    }
    if map.contains_key("request") {
        return Err(refuse(
            E::RequestNotSupported,
            "request objects are not supported",
        ));
    }
    if map.contains_key("request_uri") {
        return Err(refuse(
            E::RequestUriNotSupported,
            "request_uri is not supported",
        ));
    }
    if map.contains_key("registration") {
        return Err(refuse(
            E::RegistrationNotSupported,
            "registration is not supported",
        ));
    }
    match map.get("response_type") {
        Some(&"code") => {}
        None => return Err(refuse(E::InvalidRequest, "response_type is missing")),
        Some(_) => {
            return Err(refuse(
                E::UnsupportedResponseType,
                "only response_type=code is supported",
            ));
        }
    }
    if map
        .get("response_mode")
        .is_some_and(|mode| *mode != "query")
    {
        return Err(refuse(
            E::InvalidRequest,
            "only response_mode=query is supported",
        ));
    }
    let scope: Vec<&str> = map
        .get("scope")
        .map(|s| s.split(' ').filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    if !scope.contains(&"openid") {
        return Err(refuse(E::InvalidScope, "the openid scope is required"));
    }
    let scopes = Scopes {
        profile: scope.contains(&"profile"),
        email: scope.contains(&"email"),
        groups: scope.contains(&"groups"),
        offline_access: scope.contains(&"offline_access"),
    };
    let code_challenge = match (map.get("code_challenge"), map.get("code_challenge_method")) {
        (None, None) if client.public => {
            return Err(refuse(
                E::InvalidRequest,
                "a public client must use PKCE (S256)",
            ));
        }
        (None, None) => None,
        (Some(challenge), Some(&"S256")) if is_s256_challenge(challenge) => {
            Some((*challenge).to_owned())
        }
        (Some(_), Some(&"S256")) => {
            return Err(refuse(
                E::InvalidRequest,
                "code_challenge is not a S256 challenge",
            ));
        }
        (None, Some(_)) => return Err(refuse(E::InvalidRequest, "code_challenge is missing")),
        // Without a method the challenge is `plain` (RFC 7636 §4.3), which is refused.
        (Some(_), _) => {
            return Err(refuse(
                E::InvalidRequest,
                "only code_challenge_method=S256 is supported",
            ));
        }
    };
    let nonce = map.get("nonce").map(|n| (*n).to_owned());
    if nonce.as_ref().is_some_and(|n| n.len() > MAX_STATE) {
        return Err(refuse(E::InvalidRequest, "nonce is too long"));
    }
    let mut prompt = Prompt::default();
    for value in map
        .get("prompt")
        .map_or("", |p| p)
        .split(' ')
        .filter(|p| !p.is_empty())
    {
        match value {
            "none" => prompt.none = true,
            "login" => prompt.login = true,
            "consent" => prompt.consent = true,
            // One account per browser: there is nothing to select.
            "select_account" => {}
            _ => return Err(refuse(E::InvalidRequest, "unknown prompt value")),
        }
    }
    if prompt.none && (prompt.login || prompt.consent) {
        return Err(refuse(E::InvalidRequest, "prompt=none cannot be combined"));
    }
    let max_age = match map.get("max_age") {
        None => None,
        Some(age) => match age.parse::<i64>() {
            Ok(age) if age >= 0 => Some(age),
            _ => {
                return Err(refuse(
                    E::InvalidRequest,
                    "max_age is not a number of seconds",
                ));
            }
        },
    };
    let words = |name: &str| -> Vec<String> {
        map.get(name)
            .map(|v| {
                v.split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let phishing_resistant = words("acr_values")
        .iter()
        .any(|acr| ACR_PHISHING_RESISTANT.contains(&acr.as_str()));
    Ok(AuthorizationRequest {
        redirect_uri: redirect_uri.clone(),
        scopes,
        state: state.clone(),
        nonce,
        code_challenge,
        prompt,
        max_age,
        login_hint: map.get("login_hint").map(|h| (*h).to_owned()),
        ui_locales: words("ui_locales"),
        phishing_resistant,
        client,
    })
}

/// A S256 challenge: the base64url SHA-256 of the verifier, 43 characters.
fn is_s256_challenge(challenge: &str) -> bool {
    challenge.len() == 43
        && challenge
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
#[path = "authorize_tests.rs"]
mod tests;
