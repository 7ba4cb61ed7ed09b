//! Every command the UI may call. Each checks its inputs and returns a
//! typed [`crate::error::CommandError`] on failure.

pub mod guidance;
