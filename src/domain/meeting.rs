//! A meeting with the person: where it took place (as a type, never an
//! address), the checklist from the guidance sheet, who attended, and the
//! information the sheet says to give at the end.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::check;
use super::error::DomainError;
use super::limits::{CHECKLIST_MAX, LIST_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use crate::guidance::{Catalogue, Item, Phase};
use crate::vault::{Record, RecordId, RecordKind};

/// Where the meeting took place, as a type only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PlaceType {
    Office,
    School,
    Home,
    Phone,
    Video,
    Other,
}

/// The part of the meeting a checklist entry belongs to. Unlike
/// [`Phase`], there is no "any": such items are listed under `During`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MeetingPhase {
    Before,
    During,
    After,
}

impl MeetingPhase {
    pub const ALL: [MeetingPhase; 3] = [
        MeetingPhase::Before,
        MeetingPhase::During,
        MeetingPhase::After,
    ];

    /// Where an item of the guidance phase `phase` goes on the checklist.
    pub fn from_guidance(phase: Phase) -> MeetingPhase {
        match phase {
            Phase::Before => MeetingPhase::Before,
            Phase::During | Phase::Any => MeetingPhase::During,
            Phase::After => MeetingPhase::After,
        }
    }

    /// Whether the catalogue item lists this phase (with `Any` as `During`).
    pub fn applies_to(self, item: &Item) -> bool {
        item.phases
            .iter()
            .any(|&p| MeetingPhase::from_guidance(p) == self)
    }
}

/// One line of the meeting checklist. Its text is the Fluent message
/// `item-<item_id>.check`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ChecklistEntry {
    /// The ID of a catalogue item with `checklist: true`.
    pub item_id: String,
    pub phase: MeetingPhase,
    pub done: bool,
    /// One line, ≤ [`SHORT_TEXT_MAX`].
    pub note: String,
}

redacted_debug!(ChecklistEntry);

/// Who attended, by role only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum AttendeeRole {
    Practitioner,
    Interpreter,
    SupportPerson,
    Colleague,
    Police,
    Other,
}

/// Whether and how an interpreter was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum InterpreterUsed {
    None,
    Phone,
    OnSite,
}

/// The interpreter's gender at this meeting, if the person asked for one
/// (the agreement's wish is in `InterpreterPreferences::gender`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum InterpreterGenderUsed {
    #[default]
    NotAsked,
    Female,
    Male,
}

/// A meeting of a case (many per case).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    #[cfg_attr(test, ts(type = "string"))]
    pub case_id: RecordId,
    pub date: NaiveDate,
    pub place: PlaceType,
    /// ≤ [`CHECKLIST_MAX`] entries; see [`Meeting::checklist_from`].
    pub checklist: Vec<ChecklistEntry>,
    /// ≤ [`LIST_MAX`] entries; a role may appear more than once.
    pub attendees: Vec<AttendeeRole>,
    pub interpreter: InterpreterUsed,
    /// The interpreter's gender, if the person asked. Absent in records
    /// written before it existed (read as not asked), like the fields below
    /// up to `closing_who_sees_what`.
    #[serde(default)]
    pub interpreter_gender: InterpreterGenderUsed,
    /// When the interpreter's name was given to the person in advance, so
    /// that they could say no to someone who knows their family; `None` if
    /// it was not.
    #[serde(default)]
    pub interpreter_named_on: Option<NaiveDate>,
    /// The phone-trail card (flight mode, Wi-Fi and location off from
    /// before the journey until the person is back; an explanation for the
    /// gap) was gone through with the person.
    #[serde(default)]
    pub phone_trail_done: bool,
    /// Closing: who will see the information, and what. Multi-line,
    /// ≤ [`LONG_TEXT_MAX`].
    pub closing_who_sees_what: String,
    /// Closing: when the next meeting is.
    pub next_meeting: Option<NaiveDateTime>,
    /// Closing: how contact can be made safely. Multi-line,
    /// ≤ [`LONG_TEXT_MAX`].
    pub closing_safe_contact: String,
    /// The closing information has been given to the person.
    pub closing_given: bool,
    pub updated: DateTime<Utc>,
}

redacted_debug!(Meeting);

impl Record for Meeting {
    const KIND: RecordKind = RecordKind::Meeting;
    const VERSION: u16 = 1;
}

impl Meeting {
    /// A meeting on `date` at the office, attended by the practitioner,
    /// without interpreter, with the checklist of [`Meeting::checklist_from`]
    /// and closing fields empty; updated now.
    pub fn new(case_id: RecordId, date: NaiveDate, catalogue: &Catalogue) -> Meeting {
        Meeting {
            case_id,
            date,
            place: PlaceType::Office,
            checklist: Meeting::checklist_from(catalogue),
            attendees: vec![AttendeeRole::Practitioner],
            interpreter: InterpreterUsed::None,
            interpreter_gender: InterpreterGenderUsed::NotAsked,
            interpreter_named_on: None,
            phone_trail_done: false,
            closing_who_sees_what: String::new(),
            next_meeting: None,
            closing_safe_contact: String::new(),
            closing_given: false,
            updated: Utc::now(),
        }
    }

    /// A fresh checklist: for each catalogue item with `checklist: true`,
    /// one unticked entry per phase it lists (`Any` counts as `During`;
    /// a phase listed twice gives one entry). Ordered by phase (before,
    /// during, after), then by the catalogue's order.
    pub fn checklist_from(catalogue: &Catalogue) -> Vec<ChecklistEntry> {
        let mut out = Vec::new();
        for phase in MeetingPhase::ALL {
            for item in catalogue.items.iter().filter(|i| i.checklist) {
                if phase.applies_to(item) {
                    out.push(ChecklistEntry {
                        item_id: item.id.to_owned(),
                        phase,
                        done: false,
                        note: String::new(),
                    });
                }
            }
        }
        out
    }

    /// The entries of one phase, in order.
    pub fn checklist_phase(&self, phase: MeetingPhase) -> impl Iterator<Item = &ChecklistEntry> {
        self.checklist.iter().filter(move |e| e.phase == phase)
    }

    /// Checks limits and that every checklist entry names a checklist item
    /// of `catalogue`, under a phase that item lists, at most once per
    /// item and phase.
    pub fn validate(&self, catalogue: &Catalogue) -> Result<(), DomainError> {
        check::list_len("meeting.checklist", &self.checklist, CHECKLIST_MAX)?;
        let mut seen = HashSet::new();
        for (i, e) in self.checklist.iter().enumerate() {
            let item = catalogue
                .item(&e.item_id)
                .filter(|item| item.checklist)
                .ok_or_else(|| DomainError::UnknownItem {
                    field: format!("meeting.checklist[{i}].item_id"),
                })?;
            if !e.phase.applies_to(item) {
                return Err(DomainError::WrongPhase {
                    field: format!("meeting.checklist[{i}].phase"),
                });
            }
            if !seen.insert((item.id, e.phase)) {
                return Err(DomainError::Duplicate {
                    field: format!("meeting.checklist[{i}]"),
                });
            }
            check::single_line(
                &format!("meeting.checklist[{i}].note"),
                &e.note,
                SHORT_TEXT_MAX,
            )?;
        }
        check::list_len("meeting.attendees", &self.attendees, LIST_MAX)?;
        check::multi_line(
            "meeting.closing_who_sees_what",
            &self.closing_who_sees_what,
            LONG_TEXT_MAX,
        )?;
        check::multi_line(
            "meeting.closing_safe_contact",
            &self.closing_safe_contact,
            LONG_TEXT_MAX,
        )
    }

    /// Marks the meeting as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }
}
