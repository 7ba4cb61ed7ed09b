use crate::domain::DomainError;
use crate::error::{Coded, ErrorCode};
use crate::vault::VaultError;

/// Why a case-book operation failed.
#[derive(Debug, thiserror::Error)]
pub enum CaseBookError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// No case (or meeting) with that ID.
    #[error("not found")]
    NotFound,
    /// A part names another case than the one it is saved under.
    #[error("record belongs to another case")]
    Mismatch,
}

impl Coded for CaseBookError {
    fn code(&self) -> ErrorCode {
        match self {
            CaseBookError::Vault(e) => e.code(),
            CaseBookError::Domain(e) => e.code(),
            CaseBookError::NotFound => ErrorCode::NotFound,
            CaseBookError::Mismatch => ErrorCode::InvalidInput,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            CaseBookError::Vault(e) => e.details(),
            CaseBookError::Domain(e) => e.details(),
            CaseBookError::NotFound => serde_json::Value::Null,
            CaseBookError::Mismatch => {
                serde_json::json!({ "field": "case_id", "reason": "mismatch" })
            }
        }
    }
}
