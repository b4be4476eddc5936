pub mod alert;
pub mod backup_codes;
pub mod code;
pub mod copy;
pub mod dialog;
pub mod field;
pub mod header;
pub mod submit;
