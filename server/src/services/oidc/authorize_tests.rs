//! One test per rule of reading an authorization request.

#![allow(clippy::unwrap_used)]

use domain::application::{AppRequirement, Application, SigningAlgorithm};

use super::{AuthorizeError as E, Refusal, UserFacing, read};

const REDIRECT: &str = "https://app.example.com/cb";
const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

fn app(public: bool) -> Application {
    Application {
        client_id: "app".to_owned(),
        name: "App".to_owned(),
        public,
        redirect_uris: vec![REDIRECT.to_owned()],
        post_logout_uris: Vec::new(),
        require: AppRequirement::SignedIn,
        consent: false,
        signing: SigningAlgorithm::Rs256,
        created_at: 0,
        secret_rotated_at: None,
    }
}

fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

/// A valid request of a confidential client, with `changes` (an empty value removes the
/// parameter) and `extra` parameters.
fn request(changes: &[(&str, &str)], extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut base = vec![
        ("client_id", "app"),
        ("redirect_uri", REDIRECT),
        ("response_type", "code"),
        ("scope", "openid email"),
        ("state", "s-1"),
    ];
    for (name, value) in changes {
        base.retain(|(n, _)| n != name);
        if !value.is_empty() {
            base.push((name, value));
        }
    }
    base.extend_from_slice(extra);
    params(&base)
}

/// The error a request gets, sent back to the application.
fn error_of(params: &[(String, String)], public: bool) -> E {
    match read(params, Some(app(public))) {
        Err(Refusal::ToClient(redirect)) => {
            assert_eq!(redirect.redirect_uri, REDIRECT);
            assert_eq!(redirect.state.as_deref(), Some("s-1"));
            redirect.error
        }
        other => panic!("not sent back to the application: {other:?}"),
    }
}

#[test]
fn a_valid_request_is_read_with_its_scopes_and_nonce() {
    let read = read(
        &request(
            &[(
                "scope",
                "openid profile email groups offline_access unknown",
            )],
            &[("nonce", "n")],
        ),
        Some(app(false)),
    )
    .unwrap();
    assert_eq!(
        read.scopes.names(),
        ["openid", "profile", "email", "groups", "offline_access"]
    );
    assert_eq!(read.nonce.as_deref(), Some("n"));
    assert_eq!(read.state.as_deref(), Some("s-1"));
    assert_eq!(read.code_challenge, None);
}

#[test]
fn an_unknown_client_or_an_unregistered_redirect_is_shown_to_the_user() {
    assert_eq!(
        read(&request(&[], &[]), None),
        Err(Refusal::ToUser(UserFacing::UnknownClient))
    );
    for changes in [
        &[("redirect_uri", "https://evil.example.com/cb")][..],
        &[("redirect_uri", "https://app.example.com/cb/")],
        &[("redirect_uri", "")],
    ] {
        assert_eq!(
            read(&request(changes, &[]), Some(app(false))),
            Err(Refusal::ToUser(UserFacing::BadRedirect)),
            "{changes:?}"
        );
    }
    assert_eq!(
        read(
            &request(&[], &[("redirect_uri", REDIRECT)]),
            Some(app(false))
        ),
        Err(Refusal::ToUser(UserFacing::BadRedirect))
    );
}

#[test]
fn response_type_must_be_code() {
    assert_eq!(
        error_of(&request(&[("response_type", "")], &[]), false),
        E::InvalidRequest
    );
    for other in ["token", "id_token", "code id_token"] {
        assert_eq!(
            error_of(&request(&[("response_type", other)], &[]), false),
            E::UnsupportedResponseType
        );
    }
    assert_eq!(
        error_of(&request(&[], &[("response_mode", "fragment")]), false),
        E::InvalidRequest
    );
}

#[test]
fn the_openid_scope_is_required() {
    assert_eq!(
        error_of(&request(&[("scope", "email")], &[]), false),
        E::InvalidScope
    );
    assert_eq!(
        error_of(&request(&[("scope", "")], &[]), false),
        E::InvalidScope
    );
}

#[test]
fn request_objects_and_registration_are_refused_as_unsupported() {
    for (name, error) in [
        ("request", E::RequestNotSupported),
        ("request_uri", E::RequestUriNotSupported),
        ("registration", E::RegistrationNotSupported),
    ] {
        assert_eq!(error_of(&request(&[], &[(name, "x")]), false), error);
    }
}

#[test]
fn a_parameter_given_twice_is_refused() {
    assert_eq!(
        error_of(&request(&[], &[("scope", "openid")]), false),
        E::InvalidRequest
    );
}

#[test]
fn pkce_is_s256_only_and_required_of_public_clients() {
    let s256 = [
        ("code_challenge", CHALLENGE),
        ("code_challenge_method", "S256"),
    ];
    assert_eq!(
        read(&request(&[], &s256), Some(app(true)))
            .unwrap()
            .code_challenge
            .as_deref(),
        Some(CHALLENGE)
    );
    assert!(read(&request(&[], &s256), Some(app(false))).is_ok());
    assert_eq!(error_of(&request(&[], &[]), true), E::InvalidRequest);
    for pkce in [
        &[
            ("code_challenge", CHALLENGE),
            ("code_challenge_method", "plain"),
        ][..],
        &[("code_challenge", CHALLENGE)],
        &[("code_challenge_method", "S256")],
        &[
            ("code_challenge", "short"),
            ("code_challenge_method", "S256"),
        ],
    ] {
        assert_eq!(
            error_of(&request(&[], pkce), true),
            E::InvalidRequest,
            "{pkce:?}"
        );
    }
}

#[test]
fn prompt_and_max_age_are_read_and_checked() {
    let read = read(
        &request(&[], &[("prompt", "login consent"), ("max_age", "10000")]),
        Some(app(false)),
    )
    .unwrap();
    assert!(read.prompt.login && read.prompt.consent && !read.prompt.none);
    assert_eq!(read.max_age, Some(10000));
    for extra in [
        &[("prompt", "none login")][..],
        &[("prompt", "sometimes")],
        &[("max_age", "-1")],
        &[("max_age", "soon")],
    ] {
        assert_eq!(
            error_of(&request(&[], extra), false),
            E::InvalidRequest,
            "{extra:?}"
        );
    }
}

#[test]
fn hints_locales_and_acr_values_are_read_and_unknown_parameters_ignored() {
    let read = read(
        &request(
            &[],
            &[
                ("login_hint", "ada@example.com"),
                ("ui_locales", "fr-CA fr en"),
                ("acr_values", "phr"),
                ("claims_locales", "de"),
                ("display", "popup"),
                ("frobnicate", "1"),
            ],
        ),
        Some(app(false)),
    )
    .unwrap();
    assert_eq!(read.login_hint.as_deref(), Some("ada@example.com"));
    assert_eq!(read.ui_locales, ["fr-CA", "fr", "en"]);
    assert!(read.phishing_resistant);
}

#[test]
fn an_error_goes_back_with_state_and_issuer_after_the_redirect_query() {
    let Err(Refusal::ToClient(redirect)) = read(
        &request(
            &[
                ("redirect_uri", "https://app.example.com/cb?tenant=a b"),
                ("scope", "email"),
            ],
            &[],
        ),
        Some(Application {
            redirect_uris: vec!["https://app.example.com/cb?tenant=a b".to_owned()],
            ..app(false)
        }),
    ) else {
        panic!("not sent back");
    };
    let location = redirect.location("https://auth.example.com");
    let url = url::Url::parse(&location).unwrap();
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    assert_eq!(pairs[0], ("tenant".to_owned(), "a b".to_owned()));
    assert!(pairs.contains(&("error".to_owned(), "invalid_scope".to_owned())));
    assert!(pairs.contains(&("state".to_owned(), "s-1".to_owned())));
    assert!(pairs.contains(&("iss".to_owned(), "https://auth.example.com".to_owned())));
}
