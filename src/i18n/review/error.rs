use crate::error::{Coded, ErrorCode};

/// Errors of translation review.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// A review-state file that is not valid JSON of the expected shape.
    #[error("a review-state file is damaged")]
    Damaged,
    /// A review-state file written by a newer version of the app.
    #[error("a review-state file has a newer format")]
    UnsupportedFormat,
    /// A locale that is not shipped, or the source locale as a target.
    #[error("unknown locale")]
    UnknownLocale,
    /// A request the review does not accept (field and reason are fixed
    /// words, never the text of a message or comment).
    #[error("invalid input")]
    Invalid {
        field: &'static str,
        reason: &'static str,
        max: Option<usize>,
    },
}

impl ReviewError {
    pub(crate) fn invalid(field: &'static str, reason: &'static str) -> Self {
        ReviewError::Invalid {
            field,
            reason,
            max: None,
        }
    }
}

impl Coded for ReviewError {
    fn code(&self) -> ErrorCode {
        match self {
            ReviewError::Damaged => ErrorCode::Corrupt,
            ReviewError::UnsupportedFormat => ErrorCode::UnsupportedFormat,
            ReviewError::UnknownLocale => ErrorCode::UnknownLocale,
            ReviewError::Invalid { .. } => ErrorCode::InvalidInput,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            ReviewError::Invalid { field, reason, max } => {
                let mut v = serde_json::json!({ "field": field, "reason": reason });
                if let Some(max) = max {
                    v["max"] = serde_json::json!(max);
                }
                v
            }
            _ => serde_json::Value::Null,
        }
    }
}
