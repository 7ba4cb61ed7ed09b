//! What a backup holds once decrypted: every case record of the open
//! workspace, each as the exact JSON the vault sealed, with its kind and
//! format version.
//!
//! A crisis plan, contact agreement or situation review is stored at an ID
//! derived from the device's own key ([`crate::vault::Vault::child_id`]), so
//! that ID means nothing on another device: those records travel without an
//! ID and are placed again under their `case_id` on import. Cases and
//! meetings keep their random IDs, which is what merging matches on.

use super::error::BackupError;
use crate::vault::{RecordId, RecordKind, Vault};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use zeroize::{Zeroize, Zeroizing};

/// Names this content format inside the encryption (not the container).
pub const CONTENT_FORMAT: &str = "trygg-backup-content";
pub const CONTENT_VERSION: u16 = 1;

/// One record as carried in a backup. Its `data` (the record's plaintext
/// JSON) is wiped when the entry is dropped.
#[derive(Serialize, Deserialize)]
pub struct Entry {
    pub kind: String,
    /// Present for cases and meetings; absent for the one-per-case parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    pub version: u16,
    pub data: Box<RawValue>,
}

impl Drop for Entry {
    fn drop(&mut self) {
        let data = std::mem::replace(&mut self.data, RawValue::NULL.to_owned());
        let text: Box<str> = data.into();
        String::from(text).zeroize();
    }
}

/// [`Entry`] as written by [`collect`]: the same fields in the same order,
/// but `data` borrowed from the vault's (wiped-on-drop) plaintext, so no
/// copy of a record is made before the one serialised buffer.
#[derive(Serialize)]
struct EntryOut<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<RecordId>,
    version: u16,
    data: &'a RawValue,
}

/// [`Content`] as written by [`collect`].
#[derive(Serialize)]
struct ContentOut<'a> {
    format: &'static str,
    version: u16,
    created: DateTime<Utc>,
    records: Vec<EntryOut<'a>>,
}

/// Counts what a serialiser writes, to size the real buffer once.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 = self.0.saturating_add(buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The decrypted payload.
#[derive(Serialize, Deserialize)]
pub struct Content {
    pub format: String,
    pub version: u16,
    pub created: DateTime<Utc>,
    pub records: Vec<Entry>,
}

/// How many records of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    pub case: u32,
    pub crisis_plan: u32,
    pub contact_agreement: u32,
    pub situation_review: u32,
    pub meeting: u32,
}

impl KindCounts {
    pub fn add(&mut self, kind: RecordKind) {
        let slot = match kind {
            RecordKind::Case => &mut self.case,
            RecordKind::CrisisPlan => &mut self.crisis_plan,
            RecordKind::ContactAgreement => &mut self.contact_agreement,
            RecordKind::SituationReview => &mut self.situation_review,
            RecordKind::Meeting => &mut self.meeting,
            RecordKind::Meta => return,
        };
        *slot = slot.saturating_add(1);
    }

    pub fn total(&self) -> u32 {
        self.case
            .saturating_add(self.crisis_plan)
            .saturating_add(self.contact_agreement)
            .saturating_add(self.situation_review)
            .saturating_add(self.meeting)
    }
}

/// The kinds a backup carries, in the order they are restored (a case
/// before the parts that belong to it).
pub const BACKED_UP: [RecordKind; 5] = [
    RecordKind::Case,
    RecordKind::CrisisPlan,
    RecordKind::ContactAgreement,
    RecordKind::SituationReview,
    RecordKind::Meeting,
];

/// Whether records of `kind` keep their ID across devices.
pub(crate) fn keeps_id(kind: RecordKind) -> bool {
    matches!(kind, RecordKind::Case | RecordKind::Meeting)
}

/// The serialised content of the open workspace, and what was in it.
pub struct Collected {
    pub json: Zeroizing<Vec<u8>>,
    pub counts: KindCounts,
    /// Records that failed to open on this device and are not in the backup.
    pub damaged: u32,
}

/// Reads every record of the open workspace into backup content.
pub fn collect(v: &Vault, now: DateTime<Utc>) -> Result<Collected, BackupError> {
    let all = v.list_all()?;
    let mut counts = KindCounts::default();
    let mut records = Vec::with_capacity(all.ok.len());
    for (id, r) in &all.ok {
        if !BACKED_UP.contains(&r.kind) {
            continue;
        }
        let text = std::str::from_utf8(&r.plaintext).map_err(|_| {
            BackupError::Vault(crate::vault::VaultError::Malformed {
                record: id.to_hex(),
            })
        })?;
        // Checked as JSON and borrowed, not copied.
        let data: &RawValue = serde_json::from_str(text).map_err(|_| {
            BackupError::Vault(crate::vault::VaultError::Malformed {
                record: id.to_hex(),
            })
        })?;
        records.push(EntryOut {
            kind: r.kind.as_str(),
            id: keeps_id(r.kind).then_some(*id),
            version: r.version,
            data,
        });
        counts.add(r.kind);
    }
    let content = ContentOut {
        format: CONTENT_FORMAT,
        version: CONTENT_VERSION,
        created: now,
        records,
    };
    // Serialised twice: once to count the bytes, then into a buffer of
    // exactly that size, which therefore never grows (a growing Vec leaves
    // its old, unwiped copies of the plaintext in freed memory).
    let failed = |_| BackupError::Damaged { reason: "content" };
    let mut size = ByteCount(0);
    serde_json::to_writer(&mut size, &content).map_err(failed)?;
    let mut json = Zeroizing::new(Vec::with_capacity(size.0));
    serde_json::to_writer(&mut *json, &content).map_err(failed)?;
    Ok(Collected {
        json,
        counts,
        damaged: u32::try_from(all.damaged.len()).unwrap_or(u32::MAX),
    })
}

/// Parses decrypted content; a wrong format name or a newer content
/// version is refused before anything is applied.
pub fn parse(plain: &[u8]) -> Result<Content, BackupError> {
    let content: Content =
        serde_json::from_slice(plain).map_err(|_| BackupError::Damaged { reason: "content" })?;
    if content.format != CONTENT_FORMAT {
        return Err(BackupError::Damaged { reason: "content" });
    }
    if content.version > CONTENT_VERSION {
        return Err(BackupError::NewerVersion {
            found: content.version,
            supported: CONTENT_VERSION,
        });
    }
    if content.version == 0 {
        return Err(BackupError::Damaged { reason: "content" });
    }
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::{KdfParams, VaultOptions};

    #[test]
    fn the_serialised_content_is_written_into_one_buffer_of_exactly_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v.db"), VaultOptions::default()).unwrap();
        v.create("4711081542", KdfParams::FLOOR).unwrap();
        for i in 0..30 {
            let c = crate::casebook::create(&mut v, &format!("Fall {i}")).unwrap();
            let mut plan = crate::domain::CrisisPlan::new(c.id);
            plan.situation = "å".repeat(700 + i);
            crate::casebook::save_plan(&mut v, &c.id, plan).unwrap();
        }
        let collected = collect(&v, Utc::now()).unwrap();
        assert!(collected.json.len() > 40_000);
        // Reserved once and never grown.
        assert_eq!(collected.json.capacity(), collected.json.len());
        // The same format as before: it reads back as `Content`.
        let back = parse(&collected.json).unwrap();
        assert_eq!(back.records.len(), 60);
        assert_eq!(collected.counts.case, 30);
        assert_eq!(collected.counts.crisis_plan, 30);
        let plans = back.records.iter().filter(|e| e.kind == "crisis_plan");
        assert!(plans.clone().all(|e| e.id.is_none()));
        assert!(back
            .records
            .iter()
            .filter(|e| e.kind == "case")
            .all(|e| e.id.is_some()));
    }
}
