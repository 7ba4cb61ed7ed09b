//! A case: the alias a practitioner files a person's records under.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::alias::{alias_warnings, AliasWarning};
use super::check;
use super::error::DomainError;
use super::limits::ALIAS_MAX;
use crate::vault::{Record, RecordKind};

/// A colour tag to tell cases apart at a glance without reading an alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Colour {
    Red,
    Orange,
    Yellow,
    Green,
    Blue,
    Purple,
}

/// A case. Its record ID is assigned by the vault; the other records of the
/// case point to it by `case_id`. The times live inside the sealed record so
/// the database shows nothing about when a case was opened.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Chosen by the practitioner; never the person's name (see
    /// [`alias_warnings`]). 1..=60 chars after trimming.
    pub alias: String,
    pub colour: Option<Colour>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub archived: bool,
}

redacted_debug!(Case);

impl Record for Case {
    const KIND: RecordKind = RecordKind::Case;
    const VERSION: u16 = 1;
}

impl Case {
    /// A new, unarchived case without colour, created now. The alias is
    /// stored trimmed.
    pub fn new(alias: &str) -> Result<Case, DomainError> {
        let now = Utc::now();
        let case = Case {
            alias: alias.trim().to_owned(),
            colour: None,
            created: now,
            updated: now,
            archived: false,
        };
        case.validate()?;
        Ok(case)
    }

    /// Checks the alias: non-empty and at most [`ALIAS_MAX`] chars after
    /// trimming, one line.
    pub fn validate(&self) -> Result<(), DomainError> {
        let alias = self.alias.trim();
        if alias.is_empty() {
            return Err(DomainError::Empty {
                field: "case.alias".into(),
            });
        }
        check::single_line("case.alias", alias, ALIAS_MAX)
    }

    /// Warnings for this case's alias; see [`alias_warnings`].
    pub fn alias_warnings(&self) -> Vec<AliasWarning> {
        alias_warnings(&self.alias)
    }

    /// Marks the case as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }
}
