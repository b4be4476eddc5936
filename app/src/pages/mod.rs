pub mod home;
pub mod login;
pub mod not_found;
pub mod settings;
pub mod signup;
pub mod two_factor;
pub mod verify;
