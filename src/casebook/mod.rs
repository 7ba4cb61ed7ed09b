//! The case book: every operation on cases, their crisis plan, contact
//! agreement, situation review and meetings, on top of the vault.
//!
//! Relations live only inside sealed records. A case's one plan, agreement
//! and review sit at keyed child IDs ([`Vault::child_id`]); meetings carry
//! their case ID inside the sealed payload. Every save validates, stamps the
//! time, touches the case (so retention sees it as used) and commits in one
//! transaction.

mod error;

pub use error::CaseBookError;

use crate::domain::{Case, ContactAgreement, CrisisPlan, Meeting, SituationReview};
use crate::guidance::Catalogue;
use crate::vault::{Record, RecordId, RecordKind, Vault, VaultError, VaultTx};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub type Result<T> = std::result::Result<T, CaseBookError>;

/// The one field of a sealed meeting that says whose it is: read from every
/// meeting, so that only the case's own are parsed whole (see [`open`]).
#[derive(Deserialize)]
struct MeetingOwner {
    case_id: RecordId,
}

/// A case as listed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CaseSummary {
    #[cfg_attr(test, ts(type = "string"))]
    pub id: RecordId,
    pub case: Case,
}

/// All cases that opened, and the IDs of any that did not.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
    pub damaged: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MeetingEntry {
    #[cfg_attr(test, ts(type = "string"))]
    pub id: RecordId,
    pub meeting: Meeting,
}

/// Everything of one case. Parts never saved come as fresh defaults.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CaseFile {
    #[cfg_attr(test, ts(type = "string"))]
    pub id: RecordId,
    pub case: Case,
    pub plan: CrisisPlan,
    pub contact: ContactAgreement,
    pub review: SituationReview,
    pub meetings: Vec<MeetingEntry>,
    /// Records of this case's kinds that failed to open; the rest show.
    pub damaged: Vec<String>,
}

fn damaged_ids<T>(listing: &crate::vault::Listing<T>) -> Vec<String> {
    listing
        .damaged
        .iter()
        .map(|d| d.id.map(|i| i.to_hex()).unwrap_or_default())
        .collect()
}

/// Every case, newest first by last change.
pub fn list(v: &mut Vault) -> Result<CaseList> {
    let listing = v.list_records::<Case>()?;
    let damaged = damaged_ids(&listing);
    let mut cases: Vec<CaseSummary> = listing
        .ok
        .into_iter()
        .map(|(id, case)| CaseSummary { id, case })
        .collect();
    cases.sort_by_key(|c| std::cmp::Reverse(c.case.updated));
    Ok(CaseList { cases, damaged })
}

/// Creates a case under a new random ID.
pub fn create(v: &mut Vault, alias: &str) -> Result<CaseSummary> {
    let case = Case::new(alias)?;
    case.validate()?;
    let id = Vault::new_id()?;
    v.put_record(&id, &case)?;
    Ok(CaseSummary { id, case })
}

fn existing_case(tx: &VaultTx<'_>, id: &RecordId) -> Result<Case> {
    match tx.get_record::<Case>(id) {
        Ok(c) => Ok(c),
        Err(VaultError::NotFound) => Err(CaseBookError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// Saves the case's own fields (alias, colour, archived). Its creation
/// time is kept from the stored record.
pub fn update(v: &mut Vault, id: &RecordId, mut case: Case) -> Result<CaseSummary> {
    case.validate()?;
    let id = *id;
    v.transaction(|tx| {
        let stored = existing_case(tx, &id).map_err(to_vault)?;
        case.created = stored.created;
        case.touch();
        tx.put_record(&id, &case)?;
        Ok(CaseSummary { id, case })
    })
    .map_err(from_vault)
}

// The vault's transaction closure speaks VaultError; carry case-book errors
// through it without losing their meaning.
fn to_vault(e: CaseBookError) -> VaultError {
    match e {
        CaseBookError::Vault(v) => v,
        CaseBookError::NotFound => VaultError::NotFound,
        CaseBookError::Domain(_) | CaseBookError::Mismatch => VaultError::NotFound,
    }
}

fn from_vault(e: VaultError) -> CaseBookError {
    match e {
        VaultError::NotFound => CaseBookError::NotFound,
        other => CaseBookError::Vault(other),
    }
}

/// Deletes a case and everything of it, at once, in one transaction.
pub fn delete(v: &mut Vault, id: &RecordId) -> Result<()> {
    let id = *id;
    v.transaction(|tx| {
        existing_case(tx, &id).map_err(to_vault)?;
        for kind in [
            RecordKind::CrisisPlan,
            RecordKind::ContactAgreement,
            RecordKind::SituationReview,
        ] {
            let child = tx.child_id(kind, &id);
            tx.delete(kind, &child)?;
        }
        let meetings = tx.list_records_where::<Meeting, MeetingOwner>(|m| m.case_id == id)?;
        for (mid, _) in meetings.ok {
            tx.delete(RecordKind::Meeting, &mid)?;
        }
        tx.delete(RecordKind::Case, &id)?;
        Ok(())
    })
    .map_err(from_vault)
}

fn child_or_default<T: Record>(
    tx: &VaultTx<'_>,
    case_id: &RecordId,
    damaged: &mut Vec<String>,
    default: impl FnOnce() -> T,
) -> std::result::Result<T, VaultError> {
    let id = tx.child_id(T::KIND, case_id);
    match tx.get_record::<T>(&id) {
        Ok(v) => Ok(v),
        Err(VaultError::NotFound) => Ok(default()),
        Err(VaultError::Locked) => Err(VaultError::Locked),
        // A damaged part shows as such; the rest of the case still opens.
        Err(_) => {
            damaged.push(id.to_hex());
            Ok(default())
        }
    }
}

/// Opens a case with its plan, agreement, review and meetings. `damaged`
/// lists this case's parts that failed to open, and any meeting whose case
/// cannot be told (it failed to decrypt, or its owner field to parse).
pub fn open(v: &mut Vault, id: &RecordId) -> Result<CaseFile> {
    let id = *id;
    v.transaction(|tx| {
        let case = existing_case(tx, &id).map_err(to_vault)?;
        let mut damaged = Vec::new();
        let plan = child_or_default(tx, &id, &mut damaged, || CrisisPlan::new(id))?;
        let contact = child_or_default(tx, &id, &mut damaged, || ContactAgreement::new(id))?;
        let mut review = child_or_default(tx, &id, &mut damaged, || SituationReview::new(id))?;
        // An item added to the review since it was saved shows as unknown.
        review.fill_missing();
        // A meeting's case is known only inside its sealed record, so every
        // meeting is decrypted; only this case's are parsed whole.
        let listing = tx.list_records_where::<Meeting, MeetingOwner>(|m| m.case_id == id)?;
        damaged.extend(damaged_ids(&listing));
        let mut meetings: Vec<MeetingEntry> = listing
            .ok
            .into_iter()
            .map(|(mid, meeting)| MeetingEntry { id: mid, meeting })
            .collect();
        meetings.sort_by_key(|m| std::cmp::Reverse(m.meeting.date));
        Ok(CaseFile {
            id,
            case,
            plan,
            contact,
            review,
            meetings,
            damaged,
        })
    })
    .map_err(from_vault)
}

/// Stores a one-per-case part (plan, agreement, review) and touches the case.
fn save_child<T: Record>(v: &mut Vault, case_id: &RecordId, value: &T) -> Result<()> {
    let case_id = *case_id;
    v.transaction(|tx| {
        let mut case = existing_case(tx, &case_id).map_err(to_vault)?;
        case.touch();
        tx.put_record(&case_id, &case)?;
        let child = tx.child_id(T::KIND, &case_id);
        tx.put_record(&child, value)?;
        Ok(())
    })
    .map_err(from_vault)
}

pub fn save_plan(v: &mut Vault, case_id: &RecordId, mut plan: CrisisPlan) -> Result<CrisisPlan> {
    if plan.case_id != *case_id {
        return Err(CaseBookError::Mismatch);
    }
    plan.validate()?;
    plan.touch();
    save_child(v, case_id, &plan)?;
    Ok(plan)
}

pub fn save_contact(
    v: &mut Vault,
    case_id: &RecordId,
    mut contact: ContactAgreement,
) -> Result<ContactAgreement> {
    if contact.case_id != *case_id {
        return Err(CaseBookError::Mismatch);
    }
    contact.validate()?;
    contact.touch();
    save_child(v, case_id, &contact)?;
    Ok(contact)
}

pub fn save_review(
    v: &mut Vault,
    case_id: &RecordId,
    mut review: SituationReview,
) -> Result<SituationReview> {
    if review.case_id != *case_id {
        return Err(CaseBookError::Mismatch);
    }
    review.validate()?;
    review.touch();
    save_child(v, case_id, &review)?;
    Ok(review)
}

/// Starts a meeting with the guidance checklist for before, during, after.
pub fn create_meeting(
    v: &mut Vault,
    case_id: &RecordId,
    date: NaiveDate,
    catalogue: &Catalogue,
) -> Result<MeetingEntry> {
    let meeting = Meeting::new(*case_id, date, catalogue);
    let id = Vault::new_id()?;
    let case_id = *case_id;
    v.transaction(|tx| {
        let mut case = existing_case(tx, &case_id).map_err(to_vault)?;
        case.touch();
        tx.put_record(&case_id, &case)?;
        tx.put_record(&id, &meeting)?;
        Ok(())
    })
    .map_err(from_vault)?;
    Ok(MeetingEntry { id, meeting })
}

/// Saves a meeting; it must exist and stay with its case.
pub fn save_meeting(
    v: &mut Vault,
    id: &RecordId,
    mut meeting: Meeting,
    catalogue: &Catalogue,
) -> Result<MeetingEntry> {
    meeting.validate(catalogue)?;
    meeting.touch();
    let id = *id;
    let mut mismatch = false;
    v.transaction(|tx| {
        let stored = tx.get_record::<Meeting>(&id)?;
        if stored.case_id != meeting.case_id {
            mismatch = true;
            return Err(VaultError::NotFound);
        }
        let mut case = existing_case(tx, &meeting.case_id).map_err(to_vault)?;
        case.touch();
        tx.put_record(&meeting.case_id, &case)?;
        tx.put_record(&id, &meeting)?;
        Ok(())
    })
    .map_err(|e| {
        if mismatch {
            CaseBookError::Mismatch
        } else {
            from_vault(e)
        }
    })?;
    Ok(MeetingEntry { id, meeting })
}

pub fn delete_meeting(v: &mut Vault, id: &RecordId) -> Result<()> {
    if v.delete(RecordKind::Meeting, id)? {
        Ok(())
    } else {
        Err(CaseBookError::NotFound)
    }
}

/// Cases not changed for `days` days at `now`: listed for review, deleted
/// only on the practitioner's confirmation.
pub fn retention_due(v: &mut Vault, days: u32, now: DateTime<Utc>) -> Result<Vec<CaseSummary>> {
    let cutoff = now - Duration::days(i64::from(days));
    Ok(list(v)?
        .cases
        .into_iter()
        .filter(|c| c.case.updated < cutoff)
        .collect())
}
