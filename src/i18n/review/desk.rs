//! One locale's review in progress: the shipped text and state, with a
//! reviewer's local state and imported text laid over them.
//!
//! The shell reads the reviewer's files, opens a [`ReviewDesk`], acts on
//! it, and writes back what [`ReviewDesk::local_json`] and
//! [`ReviewDesk::imported_ftl`] return. The desk itself does no I/O.

use super::group::{ordered_keys, ReviewGroup};
use super::import::{import_ftl, ImportReport};
use super::texts::MessageTexts;
use super::{
    export_ftl, Progress, ReviewEntry, ReviewError, ReviewFile, ReviewState, MAX_IMPORT_BYTES,
};
use crate::i18n::{Localizer, TextDirection, SOURCE_LOCALE};
use serde::Serialize;

/// One message as review mode shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewRow {
    /// `id` or `id.attr`.
    pub key: String,
    pub group: ReviewGroup,
    /// The text in the chosen source language (Swedish by default); `None`
    /// when that language lacks the message.
    pub source_text: Option<String>,
    /// The target's text (imported, if any was, else shipped); `None` when
    /// the target lacks it and readers see fallback text.
    pub target_text: Option<String>,
    /// Whether the target text came from an import on this device.
    pub imported: bool,
    pub state: ReviewState,
    pub comment: String,
    /// Whether the Swedish text changed since the state was last set.
    pub source_changed: bool,
    /// The variables the message uses (they must stay in a translation).
    pub vars: Vec<String>,
}

/// Review progress of one locale, for the progress bars.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleProgress {
    pub locale: &'static str,
    pub name: &'static str,
    pub dir: TextDirection,
    #[serde(flatten)]
    pub progress: Progress,
}

/// One target locale under review.
pub struct ReviewDesk<'a> {
    localizer: &'a Localizer,
    tag: &'static str,
    /// The reviewer's own entries (what was set or reset on this device).
    local: ReviewFile,
    /// Text imported on this device, by key.
    imported: MessageTexts,
    /// Shipped text with the imported text laid over it.
    target: MessageTexts,
    /// Shipped state with the local state laid over it, for `target`.
    state: ReviewFile,
}

impl<'a> ReviewDesk<'a> {
    /// Opens the review of `tag` (any shipped locale but the source) with
    /// the reviewer's saved state and imported text, if any.
    pub fn open(
        localizer: &'a Localizer,
        tag: &str,
        local_json: Option<&str>,
        imported_ftl: Option<&str>,
    ) -> Result<Self, ReviewError> {
        let meta = localizer
            .meta(tag)
            .filter(|m| m.tag != SOURCE_LOCALE)
            .ok_or(ReviewError::UnknownLocale)?;
        let local = match local_json {
            Some(json) => {
                let f = ReviewFile::parse(json)?;
                if f.locale != meta.tag {
                    return Err(ReviewError::Damaged);
                }
                f
            }
            None => ReviewFile::empty(meta.tag),
        };
        let mut desk = ReviewDesk {
            localizer,
            tag: meta.tag,
            local,
            imported: MessageTexts::new(),
            target: MessageTexts::new(),
            state: ReviewFile::empty(meta.tag),
        };
        if let Some(text) = imported_ftl {
            // Stored by an earlier import; keep only what an import accepts.
            let outcome = import_ftl(meta.tag, text, desk.source(), &MessageTexts::new());
            desk.imported = outcome.accepted;
        }
        desk.recompute();
        Ok(desk)
    }

    pub fn locale(&self) -> &'static str {
        self.tag
    }

    fn source(&self) -> &'a MessageTexts {
        self.localizer.source_texts()
    }

    fn shipped_texts(&self) -> &'a MessageTexts {
        self.localizer
            .texts(self.tag)
            .unwrap_or_else(|_| self.localizer.empty_texts())
    }

    fn recompute(&mut self) {
        let source = self.source();
        self.target = self.shipped_texts().overlaid(&self.imported);
        let shipped_state = self
            .localizer
            .shipped_review(self.tag)
            .cloned()
            .unwrap_or_else(|_| ReviewFile::empty(self.tag));
        let mut state = ReviewFile::merge(&shipped_state, &self.local, source, &self.target);
        state.reconcile(source, &self.target);
        state.invalidate_changed_sources(source, &self.target);
        self.state = state;
    }

    /// The effective review state (shipped, with local work laid over).
    pub fn state(&self) -> &ReviewFile {
        &self.state
    }

    /// The target's current text (shipped, with imports laid over).
    pub fn target(&self) -> &MessageTexts {
        &self.target
    }

    /// Every source message in review order, with `source_tag`'s text
    /// beside the target's.
    pub fn rows(&self, source_tag: &str) -> Result<Vec<ReviewRow>, ReviewError> {
        let shown: &MessageTexts = if source_tag == SOURCE_LOCALE {
            self.source()
        } else if source_tag == self.tag {
            &self.target
        } else {
            self.localizer
                .texts(source_tag)
                .map_err(|_| ReviewError::UnknownLocale)?
        };
        Ok(ordered_keys(self.source())
            .into_iter()
            .map(|(key, group)| self.row(key, group, shown))
            .collect())
    }

    fn row(&self, key: String, group: ReviewGroup, shown: &MessageTexts) -> ReviewRow {
        let source = self.source();
        let entry = self.state.messages.get(&key);
        ReviewRow {
            source_text: shown.text(&key).map(str::to_string),
            target_text: self.target.text(&key).map(str::to_string),
            imported: self.imported.contains(&key),
            state: self.state.state_of(&key, source, &self.target),
            comment: entry.map(|e| e.comment.clone()).unwrap_or_default(),
            source_changed: entry.is_some_and(|e| e.source_changed(source.text(&key))),
            vars: source
                .get(&key)
                .map(|m| m.vars.iter().cloned().collect())
                .unwrap_or_default(),
            group,
            key,
        }
    }

    /// Records a reviewer's decision on one message of the target.
    pub fn set(
        &mut self,
        key: &str,
        state: ReviewState,
        comment: &str,
    ) -> Result<ReviewRow, ReviewError> {
        if !self.target.contains(key) && self.source().contains(key) {
            return Err(ReviewError::invalid("key", "not_translated"));
        }
        self.local
            .set_state(key, state, comment, self.source(), &self.target)?;
        self.recompute();
        let group = ordered_keys(self.source())
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, g)| g)
            .ok_or(ReviewError::invalid("key", "unknown"))?;
        Ok(self.row(key.to_string(), group, self.source()))
    }

    pub fn progress(&self) -> Progress {
        self.state.progress(self.source(), &self.target)
    }

    /// Progress with the locale's name and direction, for a progress bar.
    pub fn locale_progress(&self) -> LocaleProgress {
        let (name, dir) = self
            .localizer
            .meta(self.tag)
            .map(|m| (m.autonym, m.direction()))
            .unwrap_or((self.tag, TextDirection::Ltr));
        LocaleProgress {
            locale: self.tag,
            name,
            dir,
            progress: self.progress(),
        }
    }

    /// The translator's file: see [`export_ftl`].
    pub fn export(&self) -> String {
        export_ftl(self.tag, self.source(), &self.target, &self.state)
    }

    /// Takes an updated `.ftl` for the target. What parses, is a source
    /// message and keeps the source's variables is laid over the current
    /// text; every message whose text changed goes back to unreviewed.
    pub fn import(&mut self, text: &str) -> Result<ImportReport, ReviewError> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(ReviewError::Invalid {
                field: "ftl_text",
                reason: "too_large",
                max: Some(MAX_IMPORT_BYTES),
            });
        }
        let source = self.source();
        let outcome = import_ftl(self.tag, text, source, &self.target);
        let mut report = outcome.report;
        for key in report.changed.iter().chain(report.added.iter()) {
            let before = self.state.messages.get(key);
            if before.is_some_and(|e| e.state != ReviewState::Unreviewed) {
                report.reset.push(key.clone());
            }
            let new_text = outcome.accepted.text(key);
            self.local.messages.insert(
                key.clone(),
                ReviewEntry {
                    state: ReviewState::Unreviewed,
                    source_hash: source.text(key).map(super::text_hash).unwrap_or_default(),
                    target_hash: new_text.map(super::text_hash).unwrap_or_default(),
                    comment: before.map(|e| e.comment.clone()).unwrap_or_default(),
                },
            );
        }
        self.imported = self.imported.overlaid(&outcome.accepted);
        self.recompute();
        Ok(report)
    }

    /// The reviewer's local state, to be saved as `review/<tag>.json`.
    pub fn local_json(&self) -> String {
        self.local.to_json()
    }

    /// The imported text, to be saved as `review/<tag>.ftl` (`None` when
    /// nothing was imported).
    pub fn imported_ftl(&self) -> Option<String> {
        if self.imported.is_empty() {
            None
        } else {
            Some(self.imported.to_ftl())
        }
    }
}
