//! Applications: the other apps that sign their users in through Twofold (OpenID Connect
//! clients), as an operator registers them.

use serde::{Deserialize, Serialize};

/// Twofold's page for an application's request that cannot go back to it:
/// `?reason=client|redirect|expired|unavailable`.
pub const REFUSED_PAGE: &str = "/authorize/refused";
/// Where the browser comes back to an application's request waiting in its session, after
/// signing in or turning two-factor on: `?request=<handle>`.
pub const CONTINUE_PATH: &str = "/oauth2/authorize/continue";
/// The page asking for a security key or passkey: `?request=<handle>`.
pub const KEY_PAGE: &str = "/authorize/key";
/// The consent page: `?request=<handle>` (a request waiting in the browser's session).
pub const CONSENT_PAGE: &str = "/authorize/consent";
/// Where the consent page posts the user's answer (`request`, `decision=allow|deny`).
pub const CONSENT_ANSWER: &str = "/oauth2/authorize/consent";
/// The page asking whether to sign out, when an application asked without naming the account
/// signed in: `?client_id=…&post_logout_redirect_uri=…&state=…` (each optional).
pub const SIGN_OUT_PAGE: &str = "/authorize/sign-out";
/// Where that page posts the user's answer (the same fields).
pub const SIGN_OUT_ANSWER: &str = "/oauth2/logout/confirm";

/// What an application asks of a sign-in, on top of the deployment's policy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppRequirement {
    /// A signed-in account (and whatever the deployment's policy asks).
    #[default]
    SignedIn,
    /// An account with two-factor on (one without is taken to set it up first).
    TwoFactor,
    /// A security key or passkey in this very sign-in.
    Key,
}

impl AppRequirement {
    pub const ALL: [Self; 3] = [Self::SignedIn, Self::TwoFactor, Self::Key];

    /// The name stored and typed on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SignedIn => "signed-in",
            Self::TwoFactor => "two-factor",
            Self::Key => "key",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// How ID tokens are signed: RS256 (what every relying party accepts, the default), ES256 or
/// EdDSA (Ed25519).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SigningAlgorithm {
    #[default]
    Rs256,
    Es256,
    EdDsa,
}

impl SigningAlgorithm {
    pub const ALL: [Self; 3] = [Self::Rs256, Self::Es256, Self::EdDsa];

    /// The JOSE name (RFC 7518, RFC 8037), as stored and typed.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rs256 => "RS256",
            Self::Es256 => "ES256",
            Self::EdDsa => "EdDSA",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

/// A registered application as the operator sees it (never its secret, which is stored only
/// as a hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    /// The OAuth `client_id`: random, given at registration.
    pub client_id: String,
    pub name: String,
    /// A public client (an app in the browser or on a device) has no secret and must use PKCE.
    pub public: bool,
    /// Where a sign-in may return, matched exactly.
    pub redirect_uris: Vec<String>,
    /// Where a sign-out may return, matched exactly.
    pub post_logout_uris: Vec<String>,
    pub require: AppRequirement,
    /// Whether the user is asked to agree before the application gets their details.
    pub consent: bool,
    /// How its ID tokens are signed.
    pub signing: SigningAlgorithm,
    /// Unix seconds.
    pub created_at: i64,
    /// When the secret was last replaced (Unix seconds), if ever.
    pub secret_rotated_at: Option<i64>,
}

/// What an operator or an administrator registers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub name: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_uris: Vec<String>,
    pub public: bool,
    pub require: AppRequirement,
    pub consent: bool,
    pub signing: SigningAlgorithm,
}

/// Longest name of an application, in characters.
pub const MAX_APP_NAME: usize = 64;
/// Most redirect (or post-logout) addresses of one application.
pub const MAX_APP_URIS: usize = 10;
/// Longest redirect or post-logout address, in bytes.
pub const MAX_APP_URI: usize = 2000;

#[cfg(test)]
mod tests {
    use super::{AppRequirement, SigningAlgorithm};

    #[test]
    fn requirements_read_back_their_names() {
        for requirement in AppRequirement::ALL {
            assert_eq!(
                AppRequirement::parse(requirement.as_str()),
                Some(requirement)
            );
        }
        assert_eq!(AppRequirement::parse("mfa"), None);
        for algorithm in SigningAlgorithm::ALL {
            assert_eq!(SigningAlgorithm::parse(algorithm.as_str()), Some(algorithm));
        }
        assert_eq!(SigningAlgorithm::parse("none"), None);
    }
}

/// An application an account signed in to, as the settings page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectedApp {
    pub client_id: String,
    pub name: String,
    /// Unix seconds.
    pub first_used_at: i64,
    pub last_used_at: i64,
}
