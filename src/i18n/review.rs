//! Review state of translations: which messages of each locale a reviewer
//! has approved, which need a change, and which nobody has looked at.
//!
//! The state ships with the text, one file per locale
//! (`locales/<tag>/review.json`, embedded like the `.ftl` files): for every
//! message key the locale has, its [`ReviewState`], the hash of the Swedish
//! source text and of the target text at the time of the last review, and
//! the reviewer's comment. An approval holds for that exact pair of texts:
//! when either changes, the message goes back to unreviewed (see
//! [`ReviewFile::invalidate_changed_sources`]), and the reader is told again
//! that the text is a draft.
//!
//! A reviewer's own work (states set on this device, an imported `.ftl`) is
//! kept apart from the shipped state and laid over it ([`ReviewFile::merge`]).
//! Nothing here touches the file system: functions take and return strings
//! and structs, and the shell does the I/O.

mod desk;
mod error;
mod export;
mod group;
mod import;
mod texts;

pub use desk::{LocaleProgress, ReviewDesk, ReviewRow};
pub use error::ReviewError;
pub use export::export_ftl;
pub use group::{group_of, ordered_keys, ReviewGroup};
pub use import::{import_ftl, ImportOutcome, ImportReport, VariableMismatch};
pub use texts::{
    attribute_of, line_of, message_id, pattern_source, text_hash, FtlIssue, MessageText,
    MessageTexts,
};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the review-state file format this build writes.
pub const REVIEW_FORMAT: u32 = 1;
/// The name of the review-state file in `locales/<tag>/`.
pub const REVIEW_FILE: &str = "review.json";
/// The longest reviewer comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;
/// The largest `.ftl` text accepted for import.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Where a message stands in review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewState {
    /// A draft: nobody has approved this text (the default for every
    /// translation written without a qualified reviewer).
    #[default]
    Unreviewed,
    /// A reviewer approved this target text for this source text.
    Approved,
    /// A reviewer found something to change (see the comment).
    NeedsChange,
}

/// The review of one message key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEntry {
    pub state: ReviewState,
    /// SHA-256 (hex) of the Swedish text when the state was last set.
    pub source_hash: String,
    /// SHA-256 (hex) of the target text when the state was last set.
    #[serde(default)]
    pub target_hash: String,
    #[serde(default)]
    pub comment: String,
}

impl ReviewEntry {
    fn unreviewed(source: Option<&str>, target: Option<&str>) -> Self {
        ReviewEntry {
            state: ReviewState::Unreviewed,
            source_hash: source.map(text_hash).unwrap_or_default(),
            target_hash: target.map(text_hash).unwrap_or_default(),
            comment: String::new(),
        }
    }

    /// Whether both texts are still the ones this state was set for.
    pub fn is_current(&self, source: Option<&str>, target: Option<&str>) -> bool {
        source.is_some_and(|s| text_hash(s) == self.source_hash)
            && target.is_some_and(|t| text_hash(t) == self.target_hash)
    }

    /// Whether the Swedish text changed since this state was set.
    pub fn source_changed(&self, source: Option<&str>) -> bool {
        source.is_some_and(|s| text_hash(s) != self.source_hash)
    }
}

/// Counts of one locale's review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Approved, for the current source and target text.
    pub approved: usize,
    pub needs_change: usize,
    pub unreviewed: usize,
    /// Source messages this locale has text for (approved counts of these).
    pub total: usize,
    /// Source messages this locale lacks (they show fallback text).
    pub missing: usize,
}

/// The review state of one locale: `locales/<tag>/review.json`, or a
/// reviewer's local state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewFile {
    pub format: u32,
    pub locale: String,
    /// By message key (`id` or `id.attr`).
    pub messages: BTreeMap<String, ReviewEntry>,
}

impl ReviewFile {
    pub fn empty(locale: &str) -> Self {
        ReviewFile {
            format: REVIEW_FORMAT,
            locale: locale.to_string(),
            messages: BTreeMap::new(),
        }
    }

    /// Every source message the target has, unreviewed.
    pub fn generate(locale: &str, source: &MessageTexts, target: &MessageTexts) -> Self {
        let mut f = ReviewFile::empty(locale);
        f.reconcile(source, target);
        f
    }

    /// Reads a review-state file.
    pub fn parse(json: &str) -> Result<Self, ReviewError> {
        #[derive(Deserialize)]
        struct Head {
            format: u32,
        }
        // One pass for a readable file; the head is read apart only to
        // tell a newer format from damage.
        let newer =
            |json: &str| serde_json::from_str::<Head>(json).is_ok_and(|h| h.format > REVIEW_FORMAT);
        match serde_json::from_str::<ReviewFile>(json) {
            Ok(f) if f.format > REVIEW_FORMAT => Err(ReviewError::UnsupportedFormat),
            Ok(f) => Ok(f),
            Err(_) if newer(json) => Err(ReviewError::UnsupportedFormat),
            Err(_) => Err(ReviewError::Damaged),
        }
    }

    /// Pretty JSON with a final newline, keys sorted: diffs stay small.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Makes the file cover exactly the source messages the target has:
    /// adds those it lacks (unreviewed), drops the rest. Entries kept keep
    /// their hashes, so a text that changed since is still detected.
    /// Returns (added, removed) keys.
    pub fn reconcile(
        &mut self,
        source: &MessageTexts,
        target: &MessageTexts,
    ) -> (Vec<String>, Vec<String>) {
        let removed: Vec<String> = self
            .messages
            .keys()
            .filter(|k| !(source.contains(k) && target.contains(k)))
            .cloned()
            .collect();
        for k in &removed {
            self.messages.remove(k);
        }
        let mut added = Vec::new();
        for key in source.keys() {
            if target.contains(key) && !self.messages.contains_key(key) {
                self.messages.insert(
                    key.to_string(),
                    ReviewEntry::unreviewed(source.text(key), target.text(key)),
                );
                added.push(key.to_string());
            }
        }
        (added, removed)
    }

    /// The shipped state with a reviewer's local state laid over it. A
    /// local entry wins unless it was made for texts that have changed
    /// since while the shipped one is current (a newer release reviewed
    /// the new text). Keys the source no longer has are dropped.
    pub fn merge(
        shipped: &ReviewFile,
        local: &ReviewFile,
        source: &MessageTexts,
        target: &MessageTexts,
    ) -> ReviewFile {
        let mut out = shipped.clone();
        for (key, entry) in &local.messages {
            if !source.contains(key) {
                continue;
            }
            let (s, t) = (source.text(key), target.text(key));
            let keep_shipped = out
                .messages
                .get(key)
                .is_some_and(|sh| sh.is_current(s, t) && !entry.is_current(s, t));
            if !keep_shipped {
                out.messages.insert(key.clone(), entry.clone());
            }
        }
        out.messages.retain(|k, _| source.contains(k));
        out
    }

    /// Records a reviewer's decision on one message, for its current texts.
    pub fn set_state(
        &mut self,
        key: &str,
        state: ReviewState,
        comment: &str,
        source: &MessageTexts,
        target: &MessageTexts,
    ) -> Result<&ReviewEntry, ReviewError> {
        let Some(src) = source.text(key) else {
            return Err(ReviewError::invalid("key", "unknown"));
        };
        let comment_len = comment.chars().count();
        if comment_len > MAX_COMMENT_CHARS {
            return Err(ReviewError::Invalid {
                field: "comment",
                reason: "too_long",
                max: Some(MAX_COMMENT_CHARS),
            });
        }
        let tgt = target.text(key);
        if state == ReviewState::Approved && tgt.is_none() {
            // Nothing to approve: the reader sees fallback text.
            return Err(ReviewError::invalid("key", "not_translated"));
        }
        let entry = ReviewEntry {
            state,
            source_hash: text_hash(src),
            target_hash: tgt.map(text_hash).unwrap_or_default(),
            comment: comment.to_string(),
        };
        self.messages.insert(key.to_string(), entry);
        self.messages
            .get(key)
            .ok_or(ReviewError::invalid("key", "unknown"))
    }

    /// Every approval (or request for change) made for texts that have
    /// changed since goes back to unreviewed; the comment and the old
    /// hashes stay, so the reviewer sees what changed. Returns those keys.
    pub fn invalidate_changed_sources(
        &mut self,
        source: &MessageTexts,
        target: &MessageTexts,
    ) -> Vec<String> {
        let mut reset = Vec::new();
        for (key, entry) in self.messages.iter_mut() {
            if entry.state != ReviewState::Unreviewed
                && !entry.is_current(source.text(key), target.text(key))
            {
                entry.state = ReviewState::Unreviewed;
                reset.push(key.clone());
            }
        }
        reset
    }

    /// The effective state of `key`: approvals for outdated texts count as
    /// unreviewed even before [`Self::invalidate_changed_sources`] runs.
    pub fn state_of(&self, key: &str, source: &MessageTexts, target: &MessageTexts) -> ReviewState {
        match self.messages.get(key) {
            Some(e) if e.is_current(source.text(key), target.text(key)) => e.state,
            _ => ReviewState::Unreviewed,
        }
    }

    /// Approved / needing change / unreviewed, of the source messages the
    /// target has.
    pub fn progress(&self, source: &MessageTexts, target: &MessageTexts) -> Progress {
        let mut p = Progress::default();
        for key in source.keys() {
            if !target.contains(key) {
                p.missing += 1;
                continue;
            }
            p.total += 1;
            match self.state_of(key, source, target) {
                ReviewState::Approved => p.approved += 1,
                ReviewState::NeedsChange => p.needs_change += 1,
                ReviewState::Unreviewed => p.unreviewed += 1,
            }
        }
        p
    }

    /// Whether every source message the target has is approved.
    pub fn all_approved(&self, source: &MessageTexts, target: &MessageTexts) -> bool {
        let p = self.progress(source, target);
        p.approved == p.total
    }
}
