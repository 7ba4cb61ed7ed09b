//! Trygg core: the guidance catalogue, the encrypted vault and the case domain.
//!
//! Nothing in this crate knows about Tauri or the UI. The shell in `src-tauri/`
//! wraps these types in commands; every error here carries a stable code that
//! the UI translates.

pub mod backup;
pub mod casebook;
pub mod datadir;
pub mod domain;
pub mod error;
pub mod guidance;
pub mod i18n;
pub mod settings;
pub mod vault;
#[cfg(test)]
mod wire;
