//! Where a message is shown in review mode: guidance text under its section
//! of the sheet, in the sheet's order; everything else under the file it
//! lives in (the app's own strings).

use super::texts::{message_id, MessageTexts};
use crate::guidance::{catalogue, SectionId};
use serde::Serialize;

/// A group of messages in review mode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum ReviewGroup {
    /// A section of the guidance sheet: its title and intro, its items and
    /// the references they cite.
    Section(SectionId),
    /// Other strings, by source file without `.ftl` (`ui`, `cases`, …).
    File(String),
}

/// The group of a source message.
pub fn group_of(key: &str, file: &str) -> ReviewGroup {
    let c = catalogue();
    let id = message_id(key);
    let section = if let Some(s) = id.strip_prefix("section-") {
        c.sections.iter().find(|x| x.id.as_str() == s).map(|x| x.id)
    } else if let Some(i) = id.strip_prefix("item-") {
        c.item(i).map(|x| x.section)
    } else if let Some(r) = id.strip_prefix("ref-") {
        c.items
            .iter()
            .find(|x| x.references.contains(&r))
            .map(|x| x.section)
    } else {
        None
    };
    match section {
        Some(s) => ReviewGroup::Section(s),
        None => ReviewGroup::File(file.to_string()),
    }
}

/// Sort position of a group: sections in the sheet's order, then the
/// guidance file's other strings, then the UI strings, then other files
/// by name.
fn group_rank(g: &ReviewGroup) -> (usize, String) {
    let c = catalogue();
    match g {
        ReviewGroup::Section(s) => (
            c.sections.iter().position(|x| x.id == *s).unwrap_or(0),
            String::new(),
        ),
        ReviewGroup::File(f) => {
            let base = c.sections.len();
            match f.as_str() {
                "guidance" => (base, String::new()),
                "ui" => (base + 1, String::new()),
                other => (base + 2, other.to_string()),
            }
        }
    }
}

/// Every source message with its group, in review order: groups as
/// [`group_rank`] orders them; within a section, the catalogue's order
/// (title, intro, items with body and checklist line, references); within
/// a file, the file's order.
pub fn ordered_keys(source: &MessageTexts) -> Vec<(String, ReviewGroup)> {
    let required: Vec<String> = catalogue()
        .required_messages()
        .into_iter()
        .map(|(id, attr)| match attr {
            Some(a) => format!("{id}.{a}"),
            None => id,
        })
        .collect();
    struct Row {
        rank: (usize, String),
        within: usize,
        file_pos: usize,
        key: String,
        group: ReviewGroup,
    }
    let mut rows: Vec<Row> = source
        .iter()
        .enumerate()
        .map(|(file_pos, m)| {
            let group = group_of(&m.key, &m.file);
            let within = match group {
                ReviewGroup::Section(_) => required
                    .iter()
                    .position(|k| *k == m.key)
                    .unwrap_or(usize::MAX),
                ReviewGroup::File(_) => 0,
            };
            Row {
                rank: group_rank(&group),
                within,
                file_pos,
                key: m.key.clone(),
                group,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.rank, a.within, a.file_pos).cmp(&(&b.rank, b.within, b.file_pos)));
    rows.into_iter().map(|r| (r.key, r.group)).collect()
}
