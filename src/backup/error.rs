//! Why a backup could not be written or read, as stable codes the UI translates.
//!
//! Messages never hold case data, the passphrase or a path.

use crate::domain::DomainError;
use crate::error::{Coded, ErrorCode};
use crate::vault::{VaultError, WeakReason};
use serde_json::{json, Value};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// The backup passphrase is too short, only digits or easy to guess
    /// (see [`super::check_backup_passphrase`]); `reason` says which.
    #[error("the backup passphrase is too weak")]
    WeakPassphrase { reason: WeakReason },
    /// The passphrase does not open this backup (or its header was altered).
    #[error("wrong backup passphrase")]
    WrongPassphrase,
    /// The file does not start like a Trygg backup.
    #[error("not a backup file")]
    NotABackup,
    /// Written by a newer Trygg with a format this version cannot read.
    #[error("the backup was written by a newer version")]
    NewerVersion { found: u16, supported: u16 },
    /// The file is damaged: altered, cut short, reordered or extended.
    /// `reason` is a fixed, non-sensitive word (header, chunk, truncated,
    /// trailing, content).
    #[error("the backup file is damaged")]
    Damaged { reason: &'static str },
    /// The file is larger than any backup this version writes.
    #[error("the backup file is too large")]
    TooLarge { limit_bytes: u64 },
    /// The key derivation cost in the header is outside what this device accepts.
    #[error("key derivation parameters rejected")]
    KdfParamsRejected,
    /// The disk is full. Nothing was written (export) or changed (import).
    #[error("the disk is full")]
    DiskFull,
    /// The file could not be written or read (permissions, missing folder).
    #[error("the backup file could not be written or read")]
    Io,
    /// The practitioner closed the file dialog.
    #[error("cancelled")]
    Cancelled,
    /// The vault failed (locked, damaged...).
    #[error(transparent)]
    Vault(VaultError),
}

impl From<VaultError> for BackupError {
    /// A full disk is the same answer whichever layer met it.
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::DiskFull => BackupError::DiskFull,
            other => BackupError::Vault(other),
        }
    }
}

impl From<DomainError> for BackupError {
    fn from(_: DomainError) -> Self {
        BackupError::Damaged { reason: "content" }
    }
}

impl From<ring::error::Unspecified> for BackupError {
    fn from(_: ring::error::Unspecified) -> Self {
        BackupError::Vault(VaultError::Crypto)
    }
}

impl BackupError {
    /// Maps an I/O failure without keeping its message (it may quote a path).
    pub fn from_io(e: &std::io::Error) -> BackupError {
        // ENOSPC and EDQUOT: the disk (or the user's quota) is full.
        match e.raw_os_error() {
            Some(28) | Some(122) => BackupError::DiskFull,
            _ => BackupError::Io,
        }
    }
}

impl Coded for BackupError {
    fn code(&self) -> ErrorCode {
        match self {
            BackupError::WeakPassphrase { .. } => ErrorCode::WeakBackupPassphrase,
            BackupError::WrongPassphrase => ErrorCode::WrongBackupPassphrase,
            BackupError::NotABackup => ErrorCode::NotABackup,
            BackupError::NewerVersion { .. } => ErrorCode::BackupNewerVersion,
            BackupError::Damaged { .. } => ErrorCode::BackupDamaged,
            BackupError::TooLarge { .. } => ErrorCode::BackupTooLarge,
            BackupError::KdfParamsRejected => ErrorCode::KdfParamsRejected,
            BackupError::DiskFull => ErrorCode::DiskFull,
            BackupError::Io => ErrorCode::BackupIo,
            BackupError::Cancelled => ErrorCode::Cancelled,
            BackupError::Vault(e) => e.code(),
        }
    }

    fn details(&self) -> Value {
        match self {
            BackupError::NewerVersion { found, supported } => {
                json!({ "found": found, "supported": supported })
            }
            BackupError::Damaged { reason } => json!({ "reason": reason }),
            BackupError::WeakPassphrase { reason } => json!({ "reason": reason.as_str() }),
            BackupError::TooLarge { limit_bytes } => json!({ "limit_bytes": limit_bytes }),
            BackupError::Vault(e) => e.details(),
            _ => Value::Null,
        }
    }
}
