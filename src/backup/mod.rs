//! Encrypted backup of a whole workspace, and its restore on another device
//! (or the same one).
//!
//! A backup is one file ([`format`]): Argon2id over a separate backup
//! passphrase with its own salt and cost, then AES-256-GCM chunks in an
//! authenticated stream. Inside is [`content`]: every record of the open
//! workspace as the vault sealed it. [`import`] checks the whole file before
//! it touches the vault, then applies it in one transaction ([`restore`]).
//!
//! The backup passphrase is not the vault passcode: the file may travel on a
//! USB stick or through a cloud folder, where it meets an offline attack with
//! no attempt limit, so it must be a passphrase ([`check_backup_passphrase`]).

pub mod content;
mod error;
pub mod format;
pub mod log;
pub mod restore;

pub use content::KindCounts;
pub use error::BackupError;
pub use restore::{ImportMode, ImportReport, SkipReason, Skipped};

use crate::guidance::Catalogue;
use crate::vault::{KdfCap, KdfParams, Vault};
use chrono::{DateTime, NaiveDate, Utc};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Minimum characters of a backup passphrase.
pub use crate::vault::strength::MIN_BACKUP_PASSPHRASE_CHARS;

/// A backup passphrase: at least 12 characters, not only digits, and hard
/// to guess by zxcvbn's measure (score 3 or more: no repeat, run, keyboard
/// row or common password; see [`crate::vault::strength`]). Twelve digits
/// would fall to an offline attack in days once the file is copied (the
/// README's table). `WeakPassphrase` carries the reason.
pub fn check_backup_passphrase(p: &str) -> Result<(), BackupError> {
    let s = crate::vault::assess_backup_passphrase(p);
    if s.acceptable {
        return Ok(());
    }
    Err(BackupError::WeakPassphrase {
        reason: s.reason.unwrap_or(crate::vault::WeakReason::Guessable),
    })
}

/// How to write a backup.
#[derive(Debug, Clone, Copy)]
pub struct ExportOptions {
    pub kdf: KdfParams,
    pub chunk_bytes: u32,
}

impl ExportOptions {
    pub fn new(kdf: KdfParams) -> ExportOptions {
        ExportOptions {
            kdf,
            chunk_bytes: format::DEFAULT_CHUNK_BYTES,
        }
    }
}

/// A backup ready to be written, and what it holds.
pub struct Exported {
    pub file: Vec<u8>,
    pub counts: KindCounts,
    /// Records that could not be read on this device and are not included.
    pub damaged: u32,
}

/// Encrypts every record of the open workspace under `passphrase`.
pub fn export(
    v: &Vault,
    passphrase: &str,
    options: ExportOptions,
    now: DateTime<Utc>,
) -> Result<Exported, BackupError> {
    check_backup_passphrase(passphrase)?;
    seal(content::collect(v, now)?, passphrase, options)
}

/// The slow half of [`export`], which needs no vault: the KDF and the
/// encryption of content already collected. The shell runs it without
/// holding the vault, so a lock is never kept waiting by it.
pub fn seal(
    collected: content::Collected,
    passphrase: &str,
    options: ExportOptions,
) -> Result<Exported, BackupError> {
    check_backup_passphrase(passphrase)?;
    let file = format::seal(
        &collected.json,
        passphrase,
        options.kdf,
        options.chunk_bytes,
    )?;
    Ok(Exported {
        file,
        counts: collected.counts,
        damaged: collected.damaged,
    })
}

/// Checks the whole backup (passphrase, every chunk, the content) and only
/// then applies it to the open workspace in one transaction. On any error
/// the workspace is as it was.
pub fn import(
    v: &mut Vault,
    file: &[u8],
    passphrase: &str,
    mode: ImportMode,
    catalogue: &Catalogue,
    cap: &KdfCap,
) -> Result<ImportReport, BackupError> {
    if !v.is_unlocked() {
        return Err(BackupError::Vault(crate::vault::VaultError::Locked));
    }
    let content = open(file, passphrase, cap)?;
    apply(v, &content, mode, catalogue)
}

/// The slow half of [`import`], which needs no vault: the KDF, the check of
/// every chunk, and parsing the content.
pub fn open(file: &[u8], passphrase: &str, cap: &KdfCap) -> Result<content::Content, BackupError> {
    let plain: Zeroizing<Vec<u8>> = format::open(file, passphrase, cap)?;
    content::parse(&plain)
}

/// Applies opened content to the open workspace in one transaction.
pub fn apply(
    v: &mut Vault,
    content: &content::Content,
    mode: ImportMode,
    catalogue: &Catalogue,
) -> Result<ImportReport, BackupError> {
    Ok(restore::apply(v, content, mode, catalogue)?)
}

/// A file name that says nothing about what is inside: a date and `.bak`.
pub fn suggested_file_name(today: NaiveDate) -> String {
    format!("backup-{}.bak", today.format("%Y-%m-%d"))
}

/// Reads a backup file, refusing anything larger than a backup can be.
pub fn read_file(path: &Path) -> Result<Vec<u8>, BackupError> {
    let f = fs::File::open(path).map_err(|e| BackupError::from_io(&e))?;
    let len = f.metadata().map_err(|e| BackupError::from_io(&e))?.len();
    if len > format::MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            limit_bytes: format::MAX_BACKUP_BYTES,
        });
    }
    let mut out = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    f.take(format::MAX_BACKUP_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| BackupError::from_io(&e))?;
    if out.len() as u64 > format::MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            limit_bytes: format::MAX_BACKUP_BYTES,
        });
    }
    Ok(out)
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, synced,
/// then renamed over. On any failure (a full disk) the temporary file is
/// removed and an existing file at `path` is untouched.
pub fn write_file_atomic(path: &Path, bytes: &[u8]) -> Result<(), BackupError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let dir = dir.unwrap_or_else(|| Path::new("."));
    let name = path.file_name().ok_or(BackupError::Io)?;
    let suffix: [u8; 8] = crate::vault::Vault::new_id()?.0[..8]
        .try_into()
        .map_err(|_| BackupError::Io)?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", u64::from_le_bytes(suffix)));
    let tmp: PathBuf = dir.join(tmp_name);
    let result = (|| -> std::io::Result<()> {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        BackupError::from_io(&e)
    })
}

#[cfg(test)]
mod tests;
