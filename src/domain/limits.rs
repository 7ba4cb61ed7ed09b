//! Every length limit of the case domain, in one place.
//!
//! Limits are counted in Unicode scalar values (`char`s), not bytes, so a
//! Swedish or Arabic text gets the same room as an English one. They exist to
//! keep a sealed record small and to stop a bad IPC call from storing
//! megabytes; they are generous for what a practitioner types on a visit.

use serde::Serialize;

/// Longest alias, counted after trimming.
pub const ALIAS_MAX: usize = 60;
/// Longest single-line text: a label, a step, a place, a note on a line.
pub const SHORT_TEXT_MAX: usize = 200;
/// Longest multi-line text: a description of the situation, a judgement.
pub const LONG_TEXT_MAX: usize = 10_000;
/// Longest code word or agreed signal.
pub const CODE_WORD_MAX: usize = 100;
/// Longest phone number as typed, with spaces and dashes.
pub const PHONE_NUMBER_MAX: usize = 30;
/// Most entries in a list the practitioner fills in by hand.
pub const LIST_MAX: usize = 50;
/// Most entries in a meeting checklist. The checklist is generated from the
/// guidance catalogue (one entry per item and phase), so it may outgrow
/// [`LIST_MAX`]; this bound only guards against a forged record.
pub const CHECKLIST_MAX: usize = 300;

/// The limits as one value, so the shell can hand them to the UI (for
/// `maxlength` attributes and counters) without repeating the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Limits {
    pub alias: usize,
    pub short_text: usize,
    pub long_text: usize,
    pub code_word: usize,
    pub phone_number: usize,
    pub list: usize,
    pub checklist: usize,
}

/// All limits of the domain.
pub const LIMITS: Limits = Limits {
    alias: ALIAS_MAX,
    short_text: SHORT_TEXT_MAX,
    long_text: LONG_TEXT_MAX,
    code_word: CODE_WORD_MAX,
    phone_number: PHONE_NUMBER_MAX,
    list: LIST_MAX,
    checklist: CHECKLIST_MAX,
};
