//! Applying backup content to the open workspace: replace everything, or
//! merge by record ID with the newer copy winning, in one transaction, with
//! a report of what happened to every record.

use super::content::{keeps_id, Content, Entry, KindCounts, BACKED_UP};
use crate::domain::{Case, ContactAgreement, CrisisPlan, Meeting, SituationReview};
use crate::guidance::Catalogue;
use crate::vault::{Record, RecordId, RecordKind, Vault, VaultError, VaultTx};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// How a backup is brought into the open workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// Every case on this device is removed, then the backup's are added.
    Replace,
    /// Records are matched by ID (a case's parts by their case); the copy
    /// changed last wins. Nothing on this device is removed.
    Merge,
}

/// Why a record in the backup was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// A kind of record this version of Trygg does not know.
    UnknownKind,
    /// Written in a record format this version does not read.
    RecordVersion,
    /// The record does not pass this version's checks (limits, fields).
    Invalid,
    /// The case it belongs to is neither in the backup nor on this device.
    NoCase,
}

/// One record of the backup that was not used.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub kind: String,
    /// The case's alias when it is known; the practitioner sees it anyway.
    pub case: Option<String>,
    pub reason: SkipReason,
}

/// What an import did. Shown to the practitioner after it completed.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub mode: ImportMode,
    /// When the backup was made (from inside the encrypted content).
    pub backup_created: DateTime<Utc>,
    pub added: KindCounts,
    pub updated: KindCounts,
    /// Same or newer on this device, so kept as it was (merge only).
    pub kept: KindCounts,
    /// Removed from this device before the backup's records were added
    /// (replace only).
    pub removed: KindCounts,
    pub skipped: Vec<Skipped>,
}

/// The last change of a record, which decides a merge.
trait Stamped: Record {
    fn updated(&self) -> DateTime<Utc>;
    fn case_id(&self) -> Option<RecordId>;
}

macro_rules! stamped {
    ($ty:ty, $case:expr) => {
        impl Stamped for $ty {
            fn updated(&self) -> DateTime<Utc> {
                self.updated
            }
            fn case_id(&self) -> Option<RecordId> {
                #[allow(clippy::redundant_closure_call)]
                ($case)(self)
            }
        }
    };
}
stamped!(Case, |_: &Case| None);
stamped!(CrisisPlan, |v: &CrisisPlan| Some(v.case_id));
stamped!(ContactAgreement, |v: &ContactAgreement| Some(v.case_id));
stamped!(SituationReview, |v: &SituationReview| Some(v.case_id));
stamped!(Meeting, |v: &Meeting| Some(v.case_id));

/// A record of the backup, parsed and checked.
enum Incoming {
    Case(RecordId, Case),
    Plan(CrisisPlan),
    Contact(ContactAgreement),
    Review(SituationReview),
    Meeting(RecordId, Meeting),
}

fn decode<T: Record>(e: &Entry) -> Result<T, SkipReason> {
    if e.version != T::VERSION {
        return Err(SkipReason::RecordVersion);
    }
    serde_json::from_str(e.data.get()).map_err(|_| SkipReason::Invalid)
}

fn check(ok: Result<(), crate::domain::DomainError>) -> Result<(), SkipReason> {
    ok.map_err(|_| SkipReason::Invalid)
}

fn parse_entry(e: &Entry, catalogue: &Catalogue) -> Result<Incoming, SkipReason> {
    let kind = RecordKind::parse(&e.kind)
        .filter(|k| BACKED_UP.contains(k))
        .ok_or(SkipReason::UnknownKind)?;
    let id = match (keeps_id(kind), e.id) {
        (true, Some(id)) => Some(id),
        (true, None) => return Err(SkipReason::Invalid),
        (false, _) => None,
    };
    Ok(match (kind, id) {
        (RecordKind::Case, Some(id)) => {
            let v: Case = decode(e)?;
            check(v.validate())?;
            Incoming::Case(id, v)
        }
        (RecordKind::Meeting, Some(id)) => {
            let v: Meeting = decode(e)?;
            check(v.validate(catalogue))?;
            Incoming::Meeting(id, v)
        }
        (RecordKind::CrisisPlan, _) => {
            let v: CrisisPlan = decode(e)?;
            check(v.validate())?;
            Incoming::Plan(v)
        }
        (RecordKind::ContactAgreement, _) => {
            let v: ContactAgreement = decode(e)?;
            check(v.validate())?;
            Incoming::Contact(v)
        }
        (RecordKind::SituationReview, _) => {
            let v: SituationReview = decode(e)?;
            check(v.validate())?;
            Incoming::Review(v)
        }
        _ => return Err(SkipReason::Invalid),
    })
}

/// Writes `value` at `id` unless this device holds the same or a newer copy.
fn upsert<T: Stamped>(
    tx: &mut VaultTx<'_>,
    id: &RecordId,
    value: &T,
    report: &mut ImportReport,
) -> Result<(), VaultError> {
    match tx.get_record::<T>(id) {
        Err(VaultError::NotFound) => {
            tx.put_record(id, value)?;
            report.added.add(T::KIND);
        }
        // A record ID that here belongs to another case is never taken over.
        Ok(here) if here.case_id() != value.case_id() => report.skipped.push(Skipped {
            kind: T::KIND.as_str().to_owned(),
            case: None,
            reason: SkipReason::Invalid,
        }),
        Ok(here) if here.updated() >= value.updated() => report.kept.add(T::KIND),
        // Older here, or damaged here: the backup's copy replaces it.
        Ok(_)
        | Err(VaultError::Tampered { .. })
        | Err(VaultError::Malformed { .. })
        | Err(VaultError::VersionMismatch { .. }) => {
            tx.put_record(id, value)?;
            report.updated.add(T::KIND);
        }
        Err(e) => return Err(e),
    }
    Ok(())
}

/// A part of a case: placed at the case's child ID on this device, if the
/// case is here.
fn upsert_part<T: Stamped>(
    tx: &mut VaultTx<'_>,
    cases: &HashSet<RecordId>,
    value: &T,
    id: Option<RecordId>,
    aliases: &HashMap<RecordId, String>,
    report: &mut ImportReport,
) -> Result<(), VaultError> {
    let Some(case_id) = value.case_id() else {
        return Ok(());
    };
    if !cases.contains(&case_id) {
        report.skipped.push(Skipped {
            kind: T::KIND.as_str().to_owned(),
            case: aliases.get(&case_id).cloned(),
            reason: SkipReason::NoCase,
        });
        return Ok(());
    }
    let id = id.unwrap_or_else(|| tx.child_id(T::KIND, &case_id));
    upsert(tx, &id, value, report)
}

/// Applies parsed content in one transaction: all of it, or (on any error)
/// nothing.
pub fn apply(
    v: &mut Vault,
    content: &Content,
    mode: ImportMode,
    catalogue: &Catalogue,
) -> Result<ImportReport, VaultError> {
    let mut report = ImportReport {
        mode,
        backup_created: content.created,
        added: KindCounts::default(),
        updated: KindCounts::default(),
        kept: KindCounts::default(),
        removed: KindCounts::default(),
        skipped: Vec::new(),
    };
    let mut incoming = Vec::with_capacity(content.records.len());
    let mut aliases: HashMap<RecordId, String> = HashMap::new();
    for e in &content.records {
        match parse_entry(e, catalogue) {
            Ok(rec) => {
                if let Incoming::Case(id, c) = &rec {
                    aliases.insert(*id, c.alias.clone());
                }
                incoming.push(rec);
            }
            Err(reason) => report.skipped.push(Skipped {
                kind: e.kind.chars().take(40).collect(),
                case: None,
                reason,
            }),
        }
    }
    v.transaction(|tx| {
        if mode == ImportMode::Replace {
            for kind in BACKED_UP {
                for id in tx.ids(kind)? {
                    if tx.delete(kind, &id)? {
                        report.removed.add(kind);
                    }
                }
            }
        }
        for rec in &incoming {
            if let Incoming::Case(id, c) = rec {
                upsert(tx, id, c, &mut report)?;
            }
        }
        for (id, c) in tx.list_records::<Case>()?.ok {
            aliases.entry(id).or_insert(c.alias);
        }
        let cases: HashSet<RecordId> = tx.ids(RecordKind::Case)?.into_iter().collect();
        for rec in &incoming {
            match rec {
                Incoming::Case(..) => {}
                Incoming::Plan(p) => upsert_part(tx, &cases, p, None, &aliases, &mut report)?,
                Incoming::Contact(p) => upsert_part(tx, &cases, p, None, &aliases, &mut report)?,
                Incoming::Review(p) => upsert_part(tx, &cases, p, None, &aliases, &mut report)?,
                Incoming::Meeting(id, m) => {
                    upsert_part(tx, &cases, m, Some(*id), &aliases, &mut report)?
                }
            }
        }
        Ok(())
    })?;
    Ok(report)
}
