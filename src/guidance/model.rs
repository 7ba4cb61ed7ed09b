//! Types of the guidance catalogue and the Fluent message-ID conventions.
//!
//! Message IDs (every locale has the same ones; `sv` is the source):
//! - section `S`: `section-S` (title), optional attribute `.intro`;
//! - item `I`: `item-I` (short title), attribute `.body` (the full
//!   recommendation), and, when [`Item::checklist`] is true, attribute
//!   `.check` (a short imperative line for the meeting checklist);
//! - reference `R`: `ref-R` (its label, e.g. "HSLF-FS 2022:39, 4 kap. 1 §").
//!
//! Section and item IDs use kebab-case so that they fit Fluent identifiers.

use serde::Serialize;

/// The six sections of the sheet, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SectionId {
    AssessRisks,
    DigitalDevices,
    MeetingForms,
    Interpreters,
    Approach,
    Closing,
}

impl SectionId {
    /// The kebab-case ID used in Fluent message IDs and over IPC.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionId::AssessRisks => "assess-risks",
            SectionId::DigitalDevices => "digital-devices",
            SectionId::MeetingForms => "meeting-forms",
            SectionId::Interpreters => "interpreters",
            SectionId::Approach => "approach",
            SectionId::Closing => "closing",
        }
    }
}

/// When in the course of a meeting an item applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Before,
    During,
    After,
    Any,
}

/// Who the item is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// For the practitioner only.
    Practitioner,
    /// Also to be shown to the person (the person view shows these).
    Person,
}

/// What kind of source a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum RefKind {
    /// A regulation, e.g. HSLF-FS 2022:39.
    Regulation,
    /// A decision, e.g. JO 2010/11 s. 328.
    Decision,
    /// A working method or activity, e.g. BOPS.
    Practice,
    /// A tool, e.g. Våga förstå! or Länsstyrelsen's question cards.
    Tool,
    /// A register or directory, e.g. Kammarkollegiet's interpreter register.
    Register,
}

/// A source the sheet cites. Its label is the Fluent message `ref-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Reference {
    pub id: &'static str,
    pub kind: RefKind,
    /// Address given in the sheet, if any.
    pub url: Option<&'static str>,
}

/// A section of the sheet. Title `section-<id>`, optional `.intro`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Section {
    pub id: SectionId,
    /// Whether `section-<id>` has an `.intro` attribute.
    pub has_intro: bool,
}

/// One recommendation of the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Item {
    /// Stable ID, kebab-case; never reused for another meaning.
    pub id: &'static str,
    pub section: SectionId,
    /// The meeting phases it applies to (at least one).
    pub phases: &'static [Phase],
    pub audience: Audience,
    /// IDs of [`Reference`]s.
    pub references: &'static [&'static str],
    /// Whether it appears on the meeting checklist (then it has `.check`).
    pub checklist: bool,
}

/// The whole catalogue, in the sheet's order.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Catalogue {
    pub sections: &'static [Section],
    pub items: &'static [Item],
    pub references: &'static [Reference],
}

impl Catalogue {
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn reference(&self, id: &str) -> Option<&'static Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// Every Fluent message ID the catalogue needs, with the attributes it
    /// needs (`None` for the value). Used by tests and the review mode.
    pub fn required_messages(&self) -> Vec<(String, Option<&'static str>)> {
        let mut out = Vec::new();
        for s in self.sections {
            let id = format!("section-{}", s.id.as_str());
            out.push((id.clone(), None));
            if s.has_intro {
                out.push((id, Some("intro")));
            }
        }
        for i in self.items {
            let id = format!("item-{}", i.id);
            out.push((id.clone(), None));
            out.push((id.clone(), Some("body")));
            if i.checklist {
                out.push((id, Some("check")));
            }
        }
        for r in self.references {
            out.push((format!("ref-{}", r.id), None));
        }
        out
    }
}
