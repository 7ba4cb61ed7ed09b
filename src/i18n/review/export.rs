//! The file a translator works with: one `.ftl` for a locale, every message
//! in review order, with its review state, the Swedish source and the
//! reviewer's comment as Fluent comments above it. It imports back as is
//! (comments are ignored on import).

use super::group::{ordered_keys, ReviewGroup};
use super::texts::{attribute_of, message_id, write_message, MessageTexts, Part};
use super::{ReviewFile, ReviewState};
use crate::i18n::SOURCE_LOCALE;
use std::collections::BTreeMap;

fn state_word(s: ReviewState) -> &'static str {
    match s {
        ReviewState::Unreviewed => "unreviewed",
        ReviewState::Approved => "approved",
        ReviewState::NeedsChange => "needs-change",
    }
}

/// Writes `text` as comment lines, the first after `label`, the rest
/// indented under it. Comments never end a message early: every line
/// starts with `#`.
fn push_comment(out: &mut String, label: &str, text: &str) {
    let pad = " ".repeat(label.chars().count());
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if i == 0 {
            out.push_str(&format!("#   {label}{line}"));
        } else {
            out.push_str(&format!("#   {pad}{line}"));
        }
        out.push('\n');
    }
}

fn group_heading(g: &ReviewGroup, source: &MessageTexts) -> String {
    match g {
        ReviewGroup::Section(s) => {
            let title = source
                .text(&format!("section-{}", s.as_str()))
                .unwrap_or_default();
            format!("## Section {}: {}", s.as_str(), title.replace('\n', " "))
        }
        ReviewGroup::File(f) => format!("## Strings of {f}.ftl"),
    }
}

/// The export of `locale`'s review: `target` is the locale's current text
/// (shipped, with anything imported laid over it), `state` its effective
/// review state.
pub fn export_ftl(
    locale: &str,
    source: &MessageTexts,
    target: &MessageTexts,
    state: &ReviewFile,
) -> String {
    let p = state.progress(source, target);
    let mut out = String::new();
    out.push_str(&format!(
        "### Trygg translation review: {locale} (source language: {SOURCE_LOCALE}).\n\
         ### Approved {} of {} messages; {} need a change; {} not translated yet.\n\
         ###\n\
         ### Above each message, for the message and each of its attributes:\n\
         ###   [key] state: unreviewed, approved or needs-change\n\
         ###   sv: the Swedish source text (authoritative)\n\
         ###   comment: the reviewer's comment\n\
         ### Edit the text after \"=\" and import this file in review mode;\n\
         ### lines starting with # are ignored on import. Keep every {{ $variable }}.\n\
         ### To translate a message marked \"not translated yet\", add a line\n\
         ### \"key = text\" under it (an attribute goes under its message as\n\
         ### \"    .attr = text\").\n",
        p.approved, p.total, p.needs_change, p.missing
    ));

    // Messages in review order, each once, with its keys in that order.
    // (group, [(message id, [keys])])
    type Message = (String, Vec<String>);
    let mut groups: Vec<(ReviewGroup, Vec<Message>)> = Vec::new();
    let mut where_is: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (key, group) in ordered_keys(source) {
        let id = message_id(&key).to_string();
        if let Some((gi, mi)) = where_is.get(&id) {
            groups[*gi].1[*mi].1.push(key);
            continue;
        }
        if groups.last().map(|(g, _)| g) != Some(&group) {
            groups.push((group, Vec::new()));
        }
        let gi = groups.len() - 1;
        let msgs = &mut groups[gi].1;
        msgs.push((id.clone(), vec![key]));
        where_is.insert(id, (gi, msgs.len() - 1));
    }

    for (group, messages) in &groups {
        out.push('\n');
        out.push_str(&group_heading(group, source));
        out.push_str("\n\n");
        for (id, keys) in messages {
            let mut parts: Vec<Part> = Vec::new();
            for key in keys {
                let src = source.text(key);
                match target.text(key) {
                    Some(t) => {
                        let st = state.state_of(key, source, target);
                        let mut head = format!("# [{key}] {}", state_word(st));
                        let entry = state.messages.get(key);
                        if entry.is_some_and(|e| e.source_changed(src)) {
                            head.push_str(" (the Swedish text changed since the last review)");
                        }
                        out.push_str(&head);
                        out.push('\n');
                        parts.push((attribute_of(key), t));
                    }
                    None => {
                        out.push_str(&format!("# [{key}] not translated yet\n"));
                    }
                }
                push_comment(&mut out, "sv: ", src.unwrap_or_default());
                if let Some(c) = state.messages.get(key).map(|e| e.comment.as_str()) {
                    if !c.is_empty() {
                        push_comment(&mut out, "comment: ", c);
                    }
                }
            }
            if !parts.is_empty() {
                write_message(&mut out, id, &parts);
            }
            out.push('\n');
        }
    }
    out
}
