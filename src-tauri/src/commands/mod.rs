//! Every command the UI may call. Each checks its inputs and returns a
//! typed [`crate::error::CommandError`] on failure.
//!
//! The list of names is in names.rs, shared with build.rs so that each
//! command gets an `allow-*` permission.

pub mod backup;
pub mod cases;
pub mod guidance;
pub mod review;
pub mod settings;
pub mod strength;
pub mod vault;

include!("names.rs");
