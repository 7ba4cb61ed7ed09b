//! The practitioner's preferences: not sensitive, stored as a small JSON
//! file beside the vault, written atomically.
//!
//! Nothing here may reveal a case. The file says which cover the app shows
//! and which language it speaks, no more.

use crate::error::{Coded, ErrorCode};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{Read, Write};
use std::path::Path;

/// The largest settings file read; anything bigger is treated as damaged.
pub const MAX_SETTINGS_BYTES: u64 = 16 * 1024;

/// Which neutral cover the app starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum CoverKind {
    /// A working calculator; the passcode is typed, then `=`.
    #[default]
    Calculator,
    /// A plain passcode screen with a neutral title.
    Passcode,
}

/// Preferences, validated on load and on every change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// The locale the user chose; `None` follows the OS.
    pub locale: Option<String>,
    pub cover: CoverKind,
    /// Lock after this long without input (30 s to 15 min).
    pub idle_lock_secs: u32,
    /// Cases untouched this long are listed for review.
    pub retention_days: u32,
    /// Remind about a backup after this many days; 0 = never.
    pub backup_reminder_days: u32,
    /// A vault has been created on this device. From then on the app starts
    /// on its cover whatever happens to the vault file (wiped, damaged,
    /// missing): set-up is only reached through the cover's deliberate act.
    /// Kept by the shell; a settings change from the UI never clears it.
    pub set_up: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: None,
            cover: CoverKind::Calculator,
            idle_lock_secs: 120,
            retention_days: 180,
            backup_reminder_days: 30,
            set_up: false,
        }
    }
}

/// Seconds without input before the app locks.
pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 30..=900;
/// Days a case may stay untouched before the retention review lists it.
pub const RETENTION_RANGE: std::ops::RangeInclusive<u32> = 7..=3650;
/// Days between backup reminders (0 = never).
pub const BACKUP_REMINDER_RANGE: std::ops::RangeInclusive<u32> = 0..=365;
/// Self-wipe limits a practitioner may choose (failed attempts); the
/// setting can also be off. The vault itself takes any limit above 0.
pub const ATTEMPT_LIMIT_RANGE: std::ops::RangeInclusive<u32> = 3..=50;

/// Why settings could not be used or saved.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("a setting is out of range")]
    OutOfRange { field: &'static str },
    #[error("the settings could not be saved")]
    Write,
}

impl Coded for SettingsError {
    fn code(&self) -> ErrorCode {
        match self {
            SettingsError::OutOfRange { .. } => ErrorCode::InvalidInput,
            SettingsError::Write => ErrorCode::Storage,
        }
    }
    fn details(&self) -> serde_json::Value {
        match self {
            SettingsError::OutOfRange { field } => {
                serde_json::json!({ "field": field, "reason": "out_of_range" })
            }
            SettingsError::Write => serde_json::Value::Null,
        }
    }
}

impl Settings {
    /// Checks every field against its range. The locale tag is checked by
    /// the caller against the shipped locales.
    pub fn validate(&self) -> Result<(), SettingsError> {
        if !IDLE_LOCK_RANGE.contains(&self.idle_lock_secs) {
            return Err(SettingsError::OutOfRange {
                field: "idle_lock_secs",
            });
        }
        if !RETENTION_RANGE.contains(&self.retention_days) {
            return Err(SettingsError::OutOfRange {
                field: "retention_days",
            });
        }
        if !BACKUP_REMINDER_RANGE.contains(&self.backup_reminder_days) {
            return Err(SettingsError::OutOfRange {
                field: "backup_reminder_days",
            });
        }
        if self.locale.as_ref().is_some_and(|l| l.len() > 16) {
            return Err(SettingsError::OutOfRange { field: "locale" });
        }
        Ok(())
    }

    /// Parses settings; anything damaged or out of range yields `None`.
    pub fn parse(bytes: &[u8]) -> Option<Settings> {
        let s: Settings = serde_json::from_slice(bytes).ok()?;
        s.validate().ok()?;
        Some(s)
    }

    /// Loads settings from `path`. A missing, oversized or damaged file
    /// gives the defaults: preferences are never worth refusing to start.
    pub fn load(path: &Path) -> Settings {
        read_limited(path)
            .and_then(|b| Settings::parse(&b))
            .unwrap_or_default()
    }

    /// Saves atomically: a temporary file beside it, synced, then renamed.
    pub fn save(&self, path: &Path) -> Result<(), SettingsError> {
        self.validate()?;
        let json = serde_json::to_vec_pretty(self).map_err(|_| SettingsError::Write)?;
        let tmp = path.with_extension("tmp");
        let write = || -> std::io::Result<()> {
            // Owner-only on Unix, like everything in the data folder.
            let mut f = crate::datadir::private_file_options()
                .write(true)
                .create(true)
                .truncate(true)
                .open(&tmp)?;
            crate::datadir::restrict(&tmp, crate::datadir::FILE_MODE)?;
            f.write_all(&json)?;
            f.sync_all()?;
            fs::rename(&tmp, path)?;
            if let Some(dir) = path.parent() {
                if let Ok(d) = fs::File::open(dir) {
                    let _ = d.sync_all();
                }
            }
            Ok(())
        };
        write().map_err(|_| {
            let _ = fs::remove_file(&tmp);
            SettingsError::Write
        })
    }
}

/// The file's bytes if it is a regular file of at most [`MAX_SETTINGS_BYTES`].
/// The length in the metadata is not enough on its own: a link to a device
/// (`/dev/zero` reports 0 bytes and never ends) or a file that grows after
/// the check would be read without bound, and opening a named pipe blocks
/// the start until something writes to it. So only regular files are
/// opened, and never more than the limit is read.
fn read_limited(path: &Path) -> Option<Vec<u8>> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_SETTINGS_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .ok()?
        .take(MAX_SETTINGS_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() as u64 > MAX_SETTINGS_BYTES {
        return None;
    }
    Some(bytes)
}
