//! When this workspace was last backed up, kept sealed in the vault (a copied
//! file must not tell anyone that a backup exists somewhere), and whether
//! the practitioner should be reminded.

use crate::vault::{Record, RecordId, RecordKind, Vault, VaultError};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The workspace's backup log. One per workspace, at a keyed ID.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupLog {
    pub last_export: Option<DateTime<Utc>>,
}

impl Record for BackupLog {
    const KIND: RecordKind = RecordKind::Meta;
}

/// The well-known parent under which the log's keyed ID is derived.
const LOG_PARENT: RecordId = RecordId(*b"backup-log/v1\0\0\0");

fn log_id(v: &Vault) -> Result<RecordId, VaultError> {
    v.child_id(RecordKind::Meta, &LOG_PARENT)
}

/// The log of the open workspace (empty if it was never backed up, or if
/// the log itself is damaged: a reminder is the safe side).
pub fn read(v: &Vault) -> Result<BackupLog, VaultError> {
    match v.get_record::<BackupLog>(&log_id(v)?) {
        Ok(l) => Ok(l),
        Err(VaultError::Locked) => Err(VaultError::Locked),
        Err(VaultError::Storage) => Err(VaultError::Storage),
        Err(_) => Ok(BackupLog::default()),
    }
}

/// Notes a completed export.
pub fn note_export(v: &mut Vault, when: DateTime<Utc>) -> Result<(), VaultError> {
    let id = log_id(v)?;
    let mut log = read(v)?;
    log.last_export = Some(when);
    v.put_record(&id, &log)
}

/// Whether to remind: reminders are on (`every_days` > 0), there is
/// something to lose, and the last backup is older than `every_days` (or
/// there never was one).
pub fn reminder_due(
    last: Option<DateTime<Utc>>,
    every_days: u32,
    has_cases: bool,
    now: DateTime<Utc>,
) -> bool {
    if every_days == 0 || !has_cases {
        return false;
    }
    match last {
        None => true,
        Some(t) => now - t >= Duration::days(i64::from(every_days)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn reminds_when_old_or_never_and_only_with_cases() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).unwrap();
        let days = |d| Some(now - Duration::days(d));
        assert!(reminder_due(None, 30, true, now));
        assert!(!reminder_due(None, 30, false, now));
        assert!(!reminder_due(None, 0, true, now));
        assert!(!reminder_due(days(29), 30, true, now));
        assert!(reminder_due(days(30), 30, true, now));
        assert!(reminder_due(days(400), 365, true, now));
    }
}
