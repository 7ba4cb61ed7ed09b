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
use zeroize::Zeroizing;

/// Names this content format inside the encryption (not the container).
pub const CONTENT_FORMAT: &str = "trygg-backup-content";
pub const CONTENT_VERSION: u16 = 1;

/// One record as carried in a backup.
#[derive(Serialize, Deserialize)]
pub struct Entry {
    pub kind: String,
    /// Present for cases and meetings; absent for the one-per-case parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    pub version: u16,
    pub data: Box<RawValue>,
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
        let data = RawValue::from_string(text.to_owned()).map_err(|_| {
            BackupError::Vault(crate::vault::VaultError::Malformed {
                record: id.to_hex(),
            })
        })?;
        records.push(Entry {
            kind: r.kind.as_str().to_owned(),
            id: keeps_id(r.kind).then_some(*id),
            version: r.version,
            data,
        });
        counts.add(r.kind);
    }
    let content = Content {
        format: CONTENT_FORMAT.to_owned(),
        version: CONTENT_VERSION,
        created: now,
        records,
    };
    let mut json = Zeroizing::new(Vec::new());
    serde_json::to_writer(&mut *json, &content)
        .map_err(|_| BackupError::Damaged { reason: "content" })?;
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
