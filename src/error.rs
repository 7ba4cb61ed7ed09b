//! The contract every error type in the core fulfils so it can cross IPC.
//!
//! The shell turns any [`Coded`] error into `{ code, message, details }`.
//! `code` is stable and the UI translates it (`error-<code>` in Fluent);
//! `message` is a short English description for developers that never holds
//! case data, passcodes or paths; `details` carries non-sensitive numbers the
//! UI may show (attempts left, seconds to wait, the ID of a damaged record).

use serde_json::Value;

/// Every code an error can cross IPC with: one list, from which the UI's
/// type is generated (`ui/src/lib/wire/errors.ts`) and against which every
/// locale is checked to have an `error-<code>` message. A code never
/// changes once shipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    InvalidInput,
    Internal,
    Storage,
    DiskFull,
    NotFound,
    Locked,
    NotInitialised,
    AlreadyInitialised,
    AlreadyRunning,
    WrongPasscode,
    Backoff,
    WeakPasscode,
    PasscodeReused,
    AttemptNotSaved,
    UnlockInterrupted,
    Wiped,
    DuressUnavailable,
    InvalidLimit,
    Tampered,
    Corrupt,
    Crypto,
    KdfParamsRejected,
    TooLarge,
    UnknownKind,
    MalformedRecord,
    VersionMismatch,
    UnsupportedFormat,
    WeakBackupPassphrase,
    WrongBackupPassphrase,
    NotABackup,
    BackupNewerVersion,
    BackupDamaged,
    BackupTooLarge,
    BackupIo,
    Cancelled,
    SessionChanged,
    UnknownLocale,
    TranslationBroken,
}

impl ErrorCode {
    /// Every code, in the order above.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidInput,
        ErrorCode::Internal,
        ErrorCode::Storage,
        ErrorCode::DiskFull,
        ErrorCode::NotFound,
        ErrorCode::Locked,
        ErrorCode::NotInitialised,
        ErrorCode::AlreadyInitialised,
        ErrorCode::AlreadyRunning,
        ErrorCode::WrongPasscode,
        ErrorCode::Backoff,
        ErrorCode::WeakPasscode,
        ErrorCode::PasscodeReused,
        ErrorCode::AttemptNotSaved,
        ErrorCode::UnlockInterrupted,
        ErrorCode::Wiped,
        ErrorCode::DuressUnavailable,
        ErrorCode::InvalidLimit,
        ErrorCode::Tampered,
        ErrorCode::Corrupt,
        ErrorCode::Crypto,
        ErrorCode::KdfParamsRejected,
        ErrorCode::TooLarge,
        ErrorCode::UnknownKind,
        ErrorCode::MalformedRecord,
        ErrorCode::VersionMismatch,
        ErrorCode::UnsupportedFormat,
        ErrorCode::WeakBackupPassphrase,
        ErrorCode::WrongBackupPassphrase,
        ErrorCode::NotABackup,
        ErrorCode::BackupNewerVersion,
        ErrorCode::BackupDamaged,
        ErrorCode::BackupTooLarge,
        ErrorCode::BackupIo,
        ErrorCode::Cancelled,
        ErrorCode::SessionChanged,
        ErrorCode::UnknownLocale,
        ErrorCode::TranslationBroken,
    ];

    /// The code on the wire, snake_case (e.g. `wrong_passcode`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::Internal => "internal",
            ErrorCode::Storage => "storage",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Locked => "locked",
            ErrorCode::NotInitialised => "not_initialised",
            ErrorCode::AlreadyInitialised => "already_initialised",
            ErrorCode::AlreadyRunning => "already_running",
            ErrorCode::WrongPasscode => "wrong_passcode",
            ErrorCode::Backoff => "backoff",
            ErrorCode::WeakPasscode => "weak_passcode",
            ErrorCode::PasscodeReused => "passcode_reused",
            ErrorCode::AttemptNotSaved => "attempt_not_saved",
            ErrorCode::UnlockInterrupted => "unlock_interrupted",
            ErrorCode::Wiped => "wiped",
            ErrorCode::DuressUnavailable => "duress_unavailable",
            ErrorCode::InvalidLimit => "invalid_limit",
            ErrorCode::Tampered => "tampered",
            ErrorCode::Corrupt => "corrupt",
            ErrorCode::Crypto => "crypto",
            ErrorCode::KdfParamsRejected => "kdf_params_rejected",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::UnknownKind => "unknown_kind",
            ErrorCode::MalformedRecord => "malformed_record",
            ErrorCode::VersionMismatch => "version_mismatch",
            ErrorCode::UnsupportedFormat => "unsupported_format",
            ErrorCode::WeakBackupPassphrase => "weak_backup_passphrase",
            ErrorCode::WrongBackupPassphrase => "wrong_backup_passphrase",
            ErrorCode::NotABackup => "not_a_backup",
            ErrorCode::BackupNewerVersion => "backup_newer_version",
            ErrorCode::BackupDamaged => "backup_damaged",
            ErrorCode::BackupTooLarge => "backup_too_large",
            ErrorCode::BackupIo => "backup_io",
            ErrorCode::Cancelled => "cancelled",
            ErrorCode::SessionChanged => "session_changed",
            ErrorCode::UnknownLocale => "unknown_locale",
            ErrorCode::TranslationBroken => "translation_broken",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An error with a stable, machine-readable code.
pub trait Coded: std::error::Error {
    /// Its code on the wire.
    fn code(&self) -> ErrorCode;
    /// Non-sensitive structured details for the UI, or `Value::Null`.
    fn details(&self) -> Value {
        Value::Null
    }
}
