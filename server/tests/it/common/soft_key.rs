//! A software security key with user verification (the `passkey` crate's authenticator and
//! client), driven as a browser would: the server's options as JSON in, the answer as JSON out.

use passkey::{
    authenticator::{Authenticator, UserCheck, UserValidationMethod},
    client::{Client, DefaultClientData},
    types::{
        Passkey,
        ctap2::{Aaguid, Ctap2Error},
        webauthn::{CredentialCreationOptions, CredentialRequestOptions},
    },
};
use url::Url;

/// A person who touches the key and enters its PIN every time.
pub struct Verifies;

#[async_trait::async_trait]
impl UserValidationMethod for Verifies {
    type PasskeyItem = Passkey;

    async fn check_user<'a>(
        &self,
        _credential: Option<&'a Passkey>,
        presence: bool,
        verification: bool,
    ) -> Result<UserCheck, Ctap2Error> {
        Ok(UserCheck {
            presence,
            verification,
        })
    }

    fn is_presence_enabled(&self) -> bool {
        true
    }

    fn is_verification_enabled(&self) -> Option<bool> {
        Some(true)
    }
}

/// One key holding one credential, with a signature counter.
pub struct SoftKey {
    client: Client<Option<Passkey>, Verifies, public_suffix::PublicSuffixList>,
    /// The origin the browser says the page is from.
    pub origin: Url,
}

impl SoftKey {
    pub fn new(origin: &str) -> Self {
        Self::holding(None, origin)
    }

    fn holding(credential: Option<Passkey>, origin: &str) -> Self {
        let mut authenticator = Authenticator::new(Aaguid::new_empty(), credential, Verifies);
        authenticator.set_make_credentials_with_signature_counter(true);
        Self {
            client: Client::new(authenticator),
            origin: Url::parse(origin).unwrap(),
        }
    }

    /// A copy of the key as it is now (a cloned key: the same credential, its own counter).
    pub fn clone_key(&self) -> Self {
        Self::holding(
            self.client.authenticator().store().clone(),
            self.origin.as_str(),
        )
    }

    /// The answer to `navigator.credentials.create(options)`.
    pub async fn create(&mut self, options: &str) -> String {
        let request: CredentialCreationOptions = serde_json::from_str(options).unwrap();
        let created = self
            .client
            .register(&self.origin, request, DefaultClientData)
            .await
            .unwrap_or_else(|e| panic!("registration: {e:?}"));
        serde_json::to_string(&created).unwrap()
    }

    /// The answer to `navigator.credentials.get(options)`.
    pub async fn get(&mut self, options: &str) -> String {
        let request: CredentialRequestOptions = serde_json::from_str(options).unwrap();
        let asserted = self
            .client
            .authenticate(&self.origin, request, DefaultClientData)
            .await
            .unwrap_or_else(|e| panic!("assertion: {e:?}"));
        serde_json::to_string(&asserted).unwrap()
    }
}
