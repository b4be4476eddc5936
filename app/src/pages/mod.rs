pub mod home;
pub mod login;
pub mod not_found;
pub mod security_log;
pub mod sessions;
pub mod settings;
pub mod signup;
pub mod verify;
