//! The situation review: a structured professional judgement of the
//! person's situation, domain by domain, now and before.
//!
//! Deliberately not a score. Items are rated in words (present, partly,
//! absent, unknown), the ratings have no order and no numbers, and the
//! judgement is the practitioner's own text beside the person's own view.
//! Item text lives in Fluent as `review-item-<id>`, domain titles as
//! `review-domain-<id>`.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::check;
use super::error::DomainError;
use super::limits::{LIST_MAX, LONG_TEXT_MAX};
use super::plan::CrisisPlan;
use crate::vault::{Record, RecordId, RecordKind};

/// The domains of the review, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ReviewDomain {
    ControlAndViolence,
    /// Violence and control exercised or sanctioned by a collective.
    Collective,
    /// Includes intellectual disability (the sheet suggests Våga förstå!).
    Vulnerability,
    Triggers,
    /// Includes the routine for passing on information about children
    /// (HSLF-FS 2022:39 2 kap. 5 §).
    ChildrenAtRisk,
}

impl ReviewDomain {
    pub const ALL: [ReviewDomain; 5] = [
        ReviewDomain::ControlAndViolence,
        ReviewDomain::Collective,
        ReviewDomain::Vulnerability,
        ReviewDomain::Triggers,
        ReviewDomain::ChildrenAtRisk,
    ];

    /// The kebab-case ID used in Fluent (`review-domain-<id>`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewDomain::ControlAndViolence => "control-and-violence",
            ReviewDomain::Collective => "collective",
            ReviewDomain::Vulnerability => "vulnerability",
            ReviewDomain::Triggers => "triggers",
            ReviewDomain::ChildrenAtRisk => "children-at-risk",
        }
    }

    /// The IDs of this domain's items, in display order.
    pub fn items(self) -> impl Iterator<Item = &'static str> {
        REVIEW_ITEMS
            .iter()
            .filter(move |i| i.domain == self)
            .map(|i| i.id)
    }
}

/// One fixed item of the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ReviewItem {
    /// Stable kebab-case ID; never reused for another meaning.
    pub id: &'static str,
    pub domain: ReviewDomain,
}

const fn item(id: &'static str, domain: ReviewDomain) -> ReviewItem {
    ReviewItem { id, domain }
}

/// Every review item, grouped by domain in [`ReviewDomain::ALL`] order.
pub const REVIEW_ITEMS: &[ReviewItem] = &[
    // Restrictions on movement, friends, clothes, phone, school, work or money.
    item("control-restrictions", ReviewDomain::ControlAndViolence),
    // Phone checks, location tracking, being followed or watched by relatives.
    item("control-monitoring", ReviewDomain::ControlAndViolence),
    // Threats of violence, death, being sent abroad or cast out.
    item("control-threats", ReviewDomain::ControlAndViolence),
    // Physical, sexual or psychological violence.
    item("control-violence", ReviewDomain::ControlAndViolence),
    // More than one person exercises the control or violence.
    item("collective-multiple-perpetrators", ReviewDomain::Collective),
    // The family or kin sanctions or demands the control.
    item("collective-family-mandate", ReviewDomain::Collective),
    // The family's reputation in its surroundings is invoked.
    item("collective-reputation", ReviewDomain::Collective),
    // Relatives or network abroad are involved or can be reached.
    item("collective-network-abroad", ReviewDomain::Collective),
    // Intellectual disability: very vulnerable, hard to detect.
    item(
        "vulnerability-intellectual-disability",
        ReviewDomain::Vulnerability,
    ),
    // Dependent on those who exercise the violence (money, housing, care, permit).
    item("vulnerability-dependence", ReviewDomain::Vulnerability),
    // No network of one's own; isolated.
    item("vulnerability-isolation", ReviewDomain::Vulnerability),
    // Ill-health that affects the ability to tell a coherent account.
    item("vulnerability-ill-health", ReviewDomain::Vulnerability),
    // Planned or possible travel abroad.
    item("trigger-travel-abroad", ReviewDomain::Triggers),
    // Engagement or marriage planned or pressed for.
    item("trigger-engagement-marriage", ReviewDomain::Triggers),
    // School holidays and feasts, when trips and gatherings happen.
    item("trigger-holidays", ReviewDomain::Triggers),
    // A relationship, sexuality or way of life has become or may become known.
    item("trigger-relationship-disclosed", ReviewDomain::Triggers),
    // The family knows or may learn of the contact with authorities.
    item("trigger-contact-with-authorities", ReviewDomain::Triggers),
    // Children live in or regularly visit the household.
    item("children-in-household", ReviewDomain::ChildrenAtRisk),
    // Children are subjected to violence or control themselves.
    item("children-exposed", ReviewDomain::ChildrenAtRisk),
    // Children have witnessed violence.
    item("children-witnessed", ReviewDomain::ChildrenAtRisk),
    // Children risk being taken abroad or married off.
    item(
        "children-risk-abroad-or-marriage",
        ReviewDomain::ChildrenAtRisk,
    ),
];

/// The domain of a review item, or `None` for an unknown ID.
pub fn review_item_domain(item_id: &str) -> Option<ReviewDomain> {
    REVIEW_ITEMS
        .iter()
        .find(|i| i.id == item_id)
        .map(|i| i.domain)
}

/// How far an item applies. No order, no numbers: it is not a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    Present,
    Partly,
    Absent,
    Unknown,
}

/// The rating of one item, now and before, with the practitioner's note.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReviewEntry {
    /// An ID from [`REVIEW_ITEMS`].
    pub item_id: String,
    pub now: Rating,
    pub before: Rating,
    /// Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub note: String,
}

redacted_debug!(ReviewEntry);

/// The situation review of a case (one per case).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SituationReview {
    #[cfg_attr(test, ts(type = "string"))]
    pub case_id: RecordId,
    /// At most one entry per item of [`REVIEW_ITEMS`]. An item without an
    /// entry (e.g. added in a later version) is shown as unknown; see
    /// [`SituationReview::fill_missing`].
    pub items: Vec<ReviewEntry>,
    /// Information about children has been passed on to the part of the
    /// service that investigates children's needs, under the routine of
    /// HSLF-FS 2022:39 2 kap. 5 §.
    pub children_information_passed_on: bool,
    /// The person's own view of the risk. Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub own_view: String,
    /// The practitioner's summary judgement. Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub summary: String,
    /// Indices into the case's [`CrisisPlan::steps`] that answer this
    /// review. Unique, ≤ [`LIST_MAX`]. When steps are removed or moved, call
    /// [`SituationReview::step_removed`] / [`SituationReview::step_moved`].
    pub linked_measures: Vec<usize>,
    pub updated: DateTime<Utc>,
}

redacted_debug!(SituationReview);

impl Record for SituationReview {
    const KIND: RecordKind = RecordKind::SituationReview;
    const VERSION: u16 = 1;
}

fn unknown_entry(item_id: &str) -> ReviewEntry {
    ReviewEntry {
        item_id: item_id.to_owned(),
        now: Rating::Unknown,
        before: Rating::Unknown,
        note: String::new(),
    }
}

impl SituationReview {
    /// A review with every item of [`REVIEW_ITEMS`], in order, rated
    /// unknown now and before; texts empty; no links; updated now.
    pub fn new(case_id: RecordId) -> SituationReview {
        SituationReview {
            case_id,
            items: REVIEW_ITEMS.iter().map(|i| unknown_entry(i.id)).collect(),
            children_information_passed_on: false,
            own_view: String::new(),
            summary: String::new(),
            linked_measures: Vec::new(),
            updated: Utc::now(),
        }
    }

    /// The entry for `item_id`, if the review has one.
    pub fn entry(&self, item_id: &str) -> Option<&ReviewEntry> {
        self.items.iter().find(|e| e.item_id == item_id)
    }

    /// Adds an unknown entry for every item the review lacks, and puts all
    /// entries in [`REVIEW_ITEMS`] order (unknown IDs last, untouched).
    pub fn fill_missing(&mut self) {
        for item in REVIEW_ITEMS {
            if self.entry(item.id).is_none() {
                self.items.push(unknown_entry(item.id));
            }
        }
        let position = |id: &str| {
            REVIEW_ITEMS
                .iter()
                .position(|i| i.id == id)
                .unwrap_or(REVIEW_ITEMS.len())
        };
        self.items.sort_by_key(|e| position(&e.item_id));
    }

    /// Checks limits, that every item ID is known and appears once, and
    /// that links are unique. Whether links point at existing steps needs
    /// the plan: see [`SituationReview::validate_against_plan`].
    pub fn validate(&self) -> Result<(), DomainError> {
        check::list_len("review.items", &self.items, LIST_MAX)?;
        let mut seen = HashSet::new();
        for (i, e) in self.items.iter().enumerate() {
            if review_item_domain(&e.item_id).is_none() {
                return Err(DomainError::UnknownItem {
                    field: format!("review.items[{i}].item_id"),
                });
            }
            if !seen.insert(e.item_id.as_str()) {
                return Err(DomainError::Duplicate {
                    field: format!("review.items[{i}].item_id"),
                });
            }
            check::multi_line(&format!("review.items[{i}].note"), &e.note, LONG_TEXT_MAX)?;
        }
        check::multi_line("review.own_view", &self.own_view, LONG_TEXT_MAX)?;
        check::multi_line("review.summary", &self.summary, LONG_TEXT_MAX)?;

        check::list_len("review.linked_measures", &self.linked_measures, LIST_MAX)?;
        let mut seen = HashSet::new();
        for (i, &step) in self.linked_measures.iter().enumerate() {
            let field = || format!("review.linked_measures[{i}]");
            if step >= LIST_MAX {
                return Err(DomainError::OutOfRange { field: field() });
            }
            if !seen.insert(step) {
                return Err(DomainError::Duplicate { field: field() });
            }
        }
        Ok(())
    }

    /// [`SituationReview::validate`], plus: the plan belongs to the same
    /// case and every link points at one of its steps.
    pub fn validate_against_plan(&self, plan: &CrisisPlan) -> Result<(), DomainError> {
        self.validate()?;
        if plan.case_id != self.case_id {
            return Err(DomainError::CaseMismatch {
                field: "review.case_id".into(),
            });
        }
        for (i, &step) in self.linked_measures.iter().enumerate() {
            if step >= plan.steps.len() {
                return Err(DomainError::OutOfRange {
                    field: format!("review.linked_measures[{i}]"),
                });
            }
        }
        Ok(())
    }

    /// Keeps links right after `plan.steps.remove(index)`: the link to the
    /// removed step goes, links after it shift down by one.
    pub fn step_removed(&mut self, index: usize) {
        self.linked_measures.retain(|&l| l != index);
        for l in &mut self.linked_measures {
            if *l > index {
                *l -= 1;
            }
        }
    }

    /// Keeps links right after a step moved from `from` to `to` (as by
    /// `let s = steps.remove(from); steps.insert(to, s)`).
    pub fn step_moved(&mut self, from: usize, to: usize) {
        for l in &mut self.linked_measures {
            *l = if *l == from {
                to
            } else if from < to && (from + 1..=to).contains(l) {
                *l - 1
            } else if to < from && (to..from).contains(l) {
                *l + 1
            } else {
                *l
            };
        }
    }

    /// Marks the review as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }
}
