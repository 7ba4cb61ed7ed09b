//! Everything that can go wrong in the vault, as stable codes the UI translates.
//!
//! Messages are short English text for developers. They never contain case
//! data, passcodes, key material, file paths or SQLite's own messages (those
//! can quote SQL or paths). The only identifier ever carried is a record ID,
//! which is random and meaningless without the key.

use super::strength::WeakReason;
use crate::error::{Coded, ErrorCode};
use serde_json::{json, Value};

/// The vault's error type. `Clone` and `PartialEq` so per-record results in a
/// listing can be compared and passed around.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    /// The passcode did not open the vault. The failure has been counted.
    /// `attempts_left` is `None` when no wipe limit is set; `retry_after_secs`
    /// is the wait before the next try will be accepted (0 = none).
    #[error("wrong passcode")]
    WrongPasscode {
        attempts_left: Option<u32>,
        retry_after_secs: u64,
    },
    /// Too many failures: no attempt is accepted (or counted) before the wait ends.
    #[error("too many failed attempts; wait before trying again")]
    Backoff { retry_after_secs: u64 },
    /// The operation needs an unlocked vault.
    #[error("the vault is locked")]
    Locked,
    /// No vault has been created in this file yet (or it was wiped).
    #[error("the vault has not been set up")]
    NotInitialised,
    /// `create` was called on a vault that already exists.
    #[error("the vault is already set up")]
    AlreadyInitialised,
    /// A sealed record failed authentication: it was altered, moved to another
    /// row or kind, or damaged. Other records are unaffected.
    #[error("a record failed its integrity check")]
    Tampered { record: String },
    /// The database or its header is damaged or not a vault.
    #[error("the vault file is damaged")]
    Corrupt,
    /// The KDF parameters are below the floor or above what this device accepts.
    #[error("key derivation parameters rejected")]
    KdfParamsRejected,
    /// The disk is full (SQLITE_FULL). Nothing was written.
    #[error("the disk is full")]
    DiskFull,
    /// A record's plaintext is larger than [`crate::vault::MAX_RECORD_BYTES`].
    #[error("the record is too large")]
    TooLarge { limit_bytes: usize },
    /// A kind name that this version of Trygg does not know.
    #[error("unknown record kind")]
    UnknownKind,
    /// No record with this kind and ID.
    #[error("record not found")]
    NotFound,
    /// The passcode is too short or too easy to guess (see
    /// [`super::strength`]); `reason` says which, for the UI.
    #[error("the passcode is too weak")]
    WeakPasscode { reason: WeakReason },
    /// The new passcode is the same as the other keyslot's (real vs duress).
    #[error("the passcode is already in use for the other workspace")]
    PasscodeReused,
    /// The record opened but its plaintext is not the expected JSON value.
    #[error("a record could not be read as its type")]
    Malformed { record: String },
    /// The record was written with a format version the caller does not read.
    #[error("a record has an unexpected format version")]
    VersionMismatch {
        record: String,
        found: u16,
        expected: u16,
    },
    /// The file was written by a newer version of Trygg.
    #[error("the vault file has an unsupported format version")]
    UnsupportedFormat,
    /// The attempt limit must be at least 1 (or off).
    #[error("invalid attempt limit")]
    InvalidLimit,
    /// Duress settings can only be changed from the real workspace. Returned in
    /// the decoy workspace; see docs/security-vault.md for why this is a tell.
    #[error("duress settings are not available here")]
    DuressUnavailable,
    /// The failure limit was reached and the vault shredded itself.
    #[error("the vault was wiped after too many failed attempts")]
    Wiped,
    /// The failed-attempt count could not be written into the main file
    /// (the WAL could not be checkpointed, e.g. another process holds the
    /// file). The passcode was not tried; nothing else changed.
    #[error("the attempt could not be recorded durably; the passcode was not tried")]
    AttemptNotSaved,
    /// Any other storage failure (I/O, locking, permissions).
    #[error("storage error")]
    Storage,
    /// The system random generator or a crypto primitive failed unexpectedly.
    #[error("internal cryptographic failure")]
    Crypto,
}

impl Coded for VaultError {
    fn code(&self) -> ErrorCode {
        match self {
            VaultError::WrongPasscode { .. } => ErrorCode::WrongPasscode,
            VaultError::Backoff { .. } => ErrorCode::Backoff,
            VaultError::Locked => ErrorCode::Locked,
            VaultError::NotInitialised => ErrorCode::NotInitialised,
            VaultError::AlreadyInitialised => ErrorCode::AlreadyInitialised,
            VaultError::Tampered { .. } => ErrorCode::Tampered,
            VaultError::Corrupt => ErrorCode::Corrupt,
            VaultError::KdfParamsRejected => ErrorCode::KdfParamsRejected,
            VaultError::DiskFull => ErrorCode::DiskFull,
            VaultError::TooLarge { .. } => ErrorCode::TooLarge,
            VaultError::UnknownKind => ErrorCode::UnknownKind,
            VaultError::NotFound => ErrorCode::NotFound,
            VaultError::WeakPasscode { .. } => ErrorCode::WeakPasscode,
            VaultError::PasscodeReused => ErrorCode::PasscodeReused,
            VaultError::Malformed { .. } => ErrorCode::MalformedRecord,
            VaultError::VersionMismatch { .. } => ErrorCode::VersionMismatch,
            VaultError::UnsupportedFormat => ErrorCode::UnsupportedFormat,
            VaultError::InvalidLimit => ErrorCode::InvalidLimit,
            VaultError::DuressUnavailable => ErrorCode::DuressUnavailable,
            VaultError::Wiped => ErrorCode::Wiped,
            VaultError::AttemptNotSaved => ErrorCode::AttemptNotSaved,
            VaultError::Storage => ErrorCode::Storage,
            VaultError::Crypto => ErrorCode::Crypto,
        }
    }

    fn details(&self) -> Value {
        match self {
            VaultError::WrongPasscode {
                attempts_left,
                retry_after_secs,
            } => json!({ "attempts_left": attempts_left, "retry_after_secs": retry_after_secs }),
            VaultError::Backoff { retry_after_secs } => {
                json!({ "retry_after_secs": retry_after_secs })
            }
            VaultError::Tampered { record } | VaultError::Malformed { record } => {
                json!({ "record": record })
            }
            VaultError::VersionMismatch {
                record,
                found,
                expected,
            } => json!({ "record": record, "found": found, "expected": expected }),
            VaultError::TooLarge { limit_bytes } => json!({ "limit_bytes": limit_bytes }),
            VaultError::WeakPasscode { reason } => json!({ "reason": reason.as_str() }),
            _ => Value::Null,
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    /// Maps SQLite failures to codes without keeping SQLite's message, which
    /// may quote SQL or a path.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match &e {
            rusqlite::Error::SqliteFailure(f, _) => match f.code {
                ErrorCode::DiskFull => VaultError::DiskFull,
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => VaultError::Corrupt,
                ErrorCode::TooBig => VaultError::Corrupt,
                _ => VaultError::Storage,
            },
            rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::QueryReturnedMoreThanOneRow
            | rusqlite::Error::Utf8Error(..) => VaultError::Corrupt,
            _ => VaultError::Storage,
        }
    }
}

impl From<ring::error::Unspecified> for VaultError {
    fn from(_: ring::error::Unspecified) -> Self {
        VaultError::Crypto
    }
}
