//! Reading a translator's updated `.ftl` for a locale: what it adds,
//! changes and lacks against the source, and what cannot be taken.

use super::texts::{parse_lenient, FtlIssue, MessageTexts};
use serde::Serialize;

/// A message whose variables differ from the source's. It is not taken:
/// the UI would show a raw `{$name}` or lose a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VariableMismatch {
    pub key: String,
    /// The source's variables.
    pub expected: Vec<String>,
    /// The imported text's variables.
    pub found: Vec<String>,
}

/// What an import found, message key by message key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub locale: String,
    /// Syntax errors and duplicate IDs, with line numbers. What could be
    /// read around them is still taken.
    pub errors: Vec<FtlIssue>,
    /// Source messages the locale had no text for.
    pub added: Vec<String>,
    /// Messages whose text differs from the locale's current text.
    pub changed: Vec<String>,
    pub unchanged: Vec<String>,
    /// Source messages the file lacks (they keep their current text).
    pub missing: Vec<String>,
    /// Keys the source does not have (ignored).
    pub unknown: Vec<String>,
    /// Messages not taken because their variables differ from the source.
    pub variable_mismatch: Vec<VariableMismatch>,
    /// Messages whose review state went back to unreviewed.
    pub reset: Vec<String>,
    /// How many messages were taken (added + changed + unchanged).
    pub accepted: usize,
}

/// The report and the texts that were taken.
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    pub report: ImportReport,
    pub accepted: MessageTexts,
}

/// Compares an imported `.ftl` for `locale` with the source and with the
/// locale's current text. Pure: the caller stores what was accepted and
/// resets the review state of what changed.
pub fn import_ftl(
    locale: &str,
    text: &str,
    source: &MessageTexts,
    current: &MessageTexts,
) -> ImportOutcome {
    let (parsed, errors) = parse_lenient("import", text);
    let mut report = ImportReport {
        locale: locale.to_string(),
        errors,
        ..ImportReport::default()
    };
    let mut accepted = MessageTexts::new();
    for m in parsed.iter() {
        let Some(src) = source.get(&m.key) else {
            report.unknown.push(m.key.clone());
            continue;
        };
        if src.vars != m.vars {
            report.variable_mismatch.push(VariableMismatch {
                key: m.key.clone(),
                expected: src.vars.iter().cloned().collect(),
                found: m.vars.iter().cloned().collect(),
            });
            continue;
        }
        match current.text(&m.key) {
            None => report.added.push(m.key.clone()),
            Some(t) if t == m.text => report.unchanged.push(m.key.clone()),
            Some(_) => report.changed.push(m.key.clone()),
        }
        let mut taken = m.clone();
        taken.file = src.file.clone();
        accepted.insert(taken);
    }
    report.missing = source
        .keys()
        .filter(|k| !parsed.contains(k))
        .map(str::to_string)
        .collect();
    report.accepted = accepted.len();
    ImportOutcome { report, accepted }
}
