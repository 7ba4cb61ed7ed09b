//! The one error shape that crosses IPC: `{ code, message, details }`.
//!
//! `code` is stable and the UI shows the translated `error-<code>` message.
//! `message` is a fixed English description for developers; by the core's
//! contract it never holds case data, passcodes or paths.

use serde::Serialize;
use serde_json::Value;
use trygg::error::{Coded, ErrorCode};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    pub details: Value,
}

impl CommandError {
    pub fn new(code: ErrorCode, message: &str) -> Self {
        CommandError {
            code,
            message: message.to_string(),
            details: Value::Null,
        }
    }

    /// The app's state is unusable (a poisoned lock after a crash in
    /// another thread). Should never happen; never panics either.
    pub fn internal() -> Self {
        CommandError::new(ErrorCode::Internal, "internal error")
    }

    /// A request that the command does not accept.
    pub fn invalid(field: &str, reason: &str) -> Self {
        CommandError {
            code: ErrorCode::InvalidInput,
            message: "invalid input".to_string(),
            details: serde_json::json!({ "field": field, "reason": reason }),
        }
    }
}

impl<E: Coded> From<E> for CommandError {
    fn from(e: E) -> Self {
        CommandError {
            code: e.code(),
            message: e.to_string(),
            details: e.details(),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

/// A command argument that never fails to deserialise: a value of the
/// wrong type becomes an `invalid_input` error the command returns, so bad
/// input over IPC gets the same typed error shape as everything else.
#[derive(Debug)]
pub struct Input<T>(Result<T, CommandError>);

impl<T> Input<T> {
    /// The value, or the typed error naming `field`.
    pub fn get(self) -> CommandResult<T> {
        self.0
    }
}

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Input<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        Ok(Input(serde_json::from_value(v).map_err(|_| {
            CommandError::invalid("argument", "wrong_type")
        })))
    }
}
