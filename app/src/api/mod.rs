//! Server functions: thin adapters over the services of `domain::ports`, and the client-side
//! state around them.

pub mod account;
pub mod admin;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod context;
pub mod keys;
pub mod ownership;
pub mod security;
#[cfg(feature = "ssr")]
pub mod session;
pub mod two_factor;

/// What an account that must set up two-factor first (the deployment's policy, its grace
/// period over) may still call: the set-up of an authenticator app or a key, signing out,
/// the language, and what the settings page reads. The server refuses every other server
/// function for it, and sends every other page to the settings.
#[cfg(feature = "ssr")]
pub fn open_before_set_up() -> [&'static str; 17] {
    use leptos::server_fn::ServerFn;
    [
        <two_factor::StartTwoFactor as ServerFn>::PATH,
        <two_factor::ConfirmTwoFactor as ServerFn>::PATH,
        <two_factor::CancelTwoFactor as ServerFn>::PATH,
        <keys::StartAddKey as ServerFn>::PATH,
        <keys::FinishAddKey as ServerFn>::PATH,
        <account::LogOut as ServerFn>::PATH,
        <account::SetLanguage as ServerFn>::PATH,
        <account::TakeNotice as ServerFn>::PATH,
        <account::CurrentAccount as ServerFn>::PATH,
        <account::TwoFactorRequirement as ServerFn>::PATH,
        // The address must be confirmed before a factor can be set up; the links are their
        // own authority.
        <ownership::ResendConfirmation as ServerFn>::PATH,
        <ownership::AddressLinkInfo as ServerFn>::PATH,
        <ownership::ConfirmAddress as ServerFn>::PATH,
        <ownership::ResetLinkForm as ServerFn>::PATH,
        <ownership::StartResetKey as ServerFn>::PATH,
        <ownership::ResetPassword as ServerFn>::PATH,
        <ownership::RequestReset as ServerFn>::PATH,
    ]
}
