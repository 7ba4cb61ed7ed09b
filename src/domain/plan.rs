//! The crisis plan: what the person does, and who they call, if something
//! happens. The sheet advises making one early, from the person's current
//! situation, and telling the person it is routine in every case.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::check;
use super::error::DomainError;
use super::limits::{CODE_WORD_MAX, LIST_MAX, LONG_TEXT_MAX, PHONE_NUMBER_MAX, SHORT_TEXT_MAX};
use crate::vault::{Record, RecordId, RecordKind};

/// What kind of warning sign or trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    TravelAbroad,
    Engagement,
    Holidays,
    FamilyPressure,
    Other,
}

/// A warning sign or trigger to watch for.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct WarningSign {
    pub kind: WarningKind,
    /// Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub note: String,
}

redacted_debug!(WarningSign);

/// Whom a contact in the plan reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ContactRole {
    /// Serialised as `emergency112`.
    Emergency112,
    Police,
    SocialServicesOnCall,
    Shelter,
    TrustedPerson,
    Other,
}

/// A number to call. An empty label means "show the role's name".
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct PlanContact {
    pub role: ContactRole,
    /// One line, ≤ [`SHORT_TEXT_MAX`]; may be empty.
    pub label: String,
    /// Digits and ` -+()/.`, ≤ [`PHONE_NUMBER_MAX`]; may be empty.
    pub number: String,
}

redacted_debug!(PlanContact);

/// Things to keep ready in case the person has to leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum KeepReadyThing {
    /// Identity documents (ID card, passport).
    Id,
    Phone,
    Money,
    Medicine,
    Other,
}

/// One line of the keep-ready checklist.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct KeepReady {
    pub thing: KeepReadyThing,
    pub ready: bool,
    /// One line, ≤ [`SHORT_TEXT_MAX`].
    pub note: String,
}

redacted_debug!(KeepReady);

/// The crisis plan of a case (one per case).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CrisisPlan {
    #[cfg_attr(test, ts(type = "string"))]
    pub case_id: RecordId,
    /// The person's current situation. Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub situation: String,
    /// ≤ [`LIST_MAX`] entries.
    pub warning_signs: Vec<WarningSign>,
    /// What the person does if something happens, in order. ≤ [`LIST_MAX`]
    /// steps of one line, ≤ [`SHORT_TEXT_MAX`] each.
    pub steps: Vec<String>,
    /// ≤ [`LIST_MAX`] places of one line, ≤ [`SHORT_TEXT_MAX`] each.
    pub safe_places: Vec<String>,
    /// ≤ [`LIST_MAX`] entries.
    pub contacts: Vec<PlanContact>,
    /// ≤ [`LIST_MAX`] entries.
    pub keep_ready: Vec<KeepReady>,
    /// Agreed code word or signal. One line, ≤ [`CODE_WORD_MAX`].
    pub code_word: String,
    /// What the person says if someone asks why their phone was off or
    /// showed no location for a while (agreed with the person on the
    /// phone-trail card). Multi-line, ≤ [`LONG_TEXT_MAX`]. Absent in records
    /// written before it existed (read as empty).
    #[serde(default)]
    pub gap_explanation: String,
    pub next_review: Option<NaiveDate>,
    /// The person has been told that a crisis plan is routine in every case,
    /// even if it is never used (the sheet asks for this).
    pub routine_note_given: bool,
    pub updated: DateTime<Utc>,
}

redacted_debug!(CrisisPlan);

impl Record for CrisisPlan {
    const KIND: RecordKind = RecordKind::CrisisPlan;
    const VERSION: u16 = 1;
}

impl CrisisPlan {
    /// An empty plan for `case_id`: 112 as the first contact (empty label,
    /// number "112"), ID, phone, money and medicine on the keep-ready list,
    /// all unticked; everything else empty; updated now.
    pub fn new(case_id: RecordId) -> CrisisPlan {
        let keep = |thing| KeepReady {
            thing,
            ready: false,
            note: String::new(),
        };
        CrisisPlan {
            case_id,
            situation: String::new(),
            warning_signs: Vec::new(),
            steps: Vec::new(),
            safe_places: Vec::new(),
            contacts: vec![PlanContact {
                role: ContactRole::Emergency112,
                label: String::new(),
                number: "112".into(),
            }],
            keep_ready: vec![
                keep(KeepReadyThing::Id),
                keep(KeepReadyThing::Phone),
                keep(KeepReadyThing::Money),
                keep(KeepReadyThing::Medicine),
            ],
            code_word: String::new(),
            gap_explanation: String::new(),
            next_review: None,
            routine_note_given: false,
            updated: Utc::now(),
        }
    }

    /// Checks every length limit and character rule; the first failure is
    /// returned with its field path (e.g. `plan.steps[3]`).
    pub fn validate(&self) -> Result<(), DomainError> {
        check::multi_line("plan.situation", &self.situation, LONG_TEXT_MAX)?;

        check::list_len("plan.warning_signs", &self.warning_signs, LIST_MAX)?;
        for (i, w) in self.warning_signs.iter().enumerate() {
            check::multi_line(
                &format!("plan.warning_signs[{i}].note"),
                &w.note,
                LONG_TEXT_MAX,
            )?;
        }

        check::list_len("plan.steps", &self.steps, LIST_MAX)?;
        for (i, step) in self.steps.iter().enumerate() {
            check::single_line(&format!("plan.steps[{i}]"), step, SHORT_TEXT_MAX)?;
        }

        check::list_len("plan.safe_places", &self.safe_places, LIST_MAX)?;
        for (i, place) in self.safe_places.iter().enumerate() {
            check::single_line(&format!("plan.safe_places[{i}]"), place, SHORT_TEXT_MAX)?;
        }

        check::list_len("plan.contacts", &self.contacts, LIST_MAX)?;
        for (i, c) in self.contacts.iter().enumerate() {
            check::single_line(
                &format!("plan.contacts[{i}].label"),
                &c.label,
                SHORT_TEXT_MAX,
            )?;
            check::phone_number(
                &format!("plan.contacts[{i}].number"),
                &c.number,
                PHONE_NUMBER_MAX,
            )?;
        }

        check::list_len("plan.keep_ready", &self.keep_ready, LIST_MAX)?;
        for (i, k) in self.keep_ready.iter().enumerate() {
            check::single_line(
                &format!("plan.keep_ready[{i}].note"),
                &k.note,
                SHORT_TEXT_MAX,
            )?;
        }

        check::single_line("plan.code_word", &self.code_word, CODE_WORD_MAX)?;
        check::multi_line("plan.gap_explanation", &self.gap_explanation, LONG_TEXT_MAX)
    }

    /// Marks the plan as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }
}
