//! The one error of the case domain: a value that breaks a rule.
//!
//! It names the offending field by its path (e.g. `plan.steps[3]`) so the UI
//! can put the message next to the right input. It never carries the value:
//! the value may be a code word or a name.

use crate::error::{Coded, ErrorCode};
use serde_json::{json, Map, Value};

/// A domain value failed validation. Code `invalid_input`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A required text is empty (after trimming).
    #[error("{field} is empty")]
    Empty { field: String },
    /// A text has more characters than allowed.
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    /// A list has more entries than allowed.
    #[error("{field} has more than {max} entries")]
    TooMany { field: String, max: usize },
    /// A text holds a control character it may not hold.
    #[error("{field} contains a control character")]
    ControlCharacter { field: String },
    /// A text does not have the required form (e.g. a phone number).
    #[error("{field} has an invalid format")]
    InvalidFormat { field: String },
    /// An ID names no known item (guidance catalogue or review item list).
    #[error("{field} names an unknown item")]
    UnknownItem { field: String },
    /// A checklist entry is filed under a phase its item does not list.
    #[error("{field} is not a phase of its item")]
    WrongPhase { field: String },
    /// An entry repeats an earlier one that must be unique.
    #[error("{field} repeats an earlier entry")]
    Duplicate { field: String },
    /// An index points past the end of the list it refers to.
    #[error("{field} is out of range")]
    OutOfRange { field: String },
    /// Two records that must belong to the same case do not.
    #[error("{field} belongs to another case")]
    CaseMismatch { field: String },
}

impl DomainError {
    /// The path of the offending field, e.g. `plan.contacts[0].number`.
    pub fn field(&self) -> &str {
        match self {
            DomainError::Empty { field }
            | DomainError::TooLong { field, .. }
            | DomainError::TooMany { field, .. }
            | DomainError::ControlCharacter { field }
            | DomainError::InvalidFormat { field }
            | DomainError::UnknownItem { field }
            | DomainError::WrongPhase { field }
            | DomainError::Duplicate { field }
            | DomainError::OutOfRange { field }
            | DomainError::CaseMismatch { field } => field,
        }
    }

    /// Stable snake_case reason, for the UI to pick a message.
    pub fn reason(&self) -> &'static str {
        match self {
            DomainError::Empty { .. } => "empty",
            DomainError::TooLong { .. } => "too_long",
            DomainError::TooMany { .. } => "too_many",
            DomainError::ControlCharacter { .. } => "control_character",
            DomainError::InvalidFormat { .. } => "invalid_format",
            DomainError::UnknownItem { .. } => "unknown_item",
            DomainError::WrongPhase { .. } => "wrong_phase",
            DomainError::Duplicate { .. } => "duplicate",
            DomainError::OutOfRange { .. } => "out_of_range",
            DomainError::CaseMismatch { .. } => "case_mismatch",
        }
    }

    /// The limit that was broken, when there is one.
    pub fn max(&self) -> Option<usize> {
        match self {
            DomainError::TooLong { max, .. } | DomainError::TooMany { max, .. } => Some(*max),
            _ => None,
        }
    }
}

impl Coded for DomainError {
    fn code(&self) -> ErrorCode {
        ErrorCode::InvalidInput
    }

    /// `{ "field": "plan.steps[3]", "reason": "too_long", "max": 200 }`;
    /// `max` only when a limit applies. Never the value.
    fn details(&self) -> Value {
        let mut map = Map::new();
        map.insert("field".into(), json!(self.field()));
        map.insert("reason".into(), json!(self.reason()));
        if let Some(max) = self.max() {
            map.insert("max".into(), json!(max));
        }
        Value::Object(map)
    }
}
