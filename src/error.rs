//! The contract every error type in the core fulfils so it can cross IPC.
//!
//! The shell turns any [`Coded`] error into `{ code, message, details }`.
//! `code` is stable and the UI translates it (`error-<code>` in Fluent);
//! `message` is a short English description for developers that never holds
//! case data, passcodes or paths; `details` carries non-sensitive numbers the
//! UI may show (attempts left, seconds to wait, the ID of a damaged record).

use serde_json::Value;

/// An error with a stable, machine-readable code.
pub trait Coded: std::error::Error {
    /// Stable snake_case code, e.g. `wrong_passcode`. Never changes once shipped.
    fn code(&self) -> &'static str;
    /// Non-sensitive structured details for the UI, or `Value::Null`.
    fn details(&self) -> Value {
        Value::Null
    }
}
