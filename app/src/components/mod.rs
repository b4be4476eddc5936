pub mod alert;
pub mod field;
pub mod header;
pub mod submit;
