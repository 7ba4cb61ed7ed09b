//! Message texts as Fluent source: what a reviewer reads and compares, and
//! what the review state's hashes are taken of.
//!
//! A message's text is its pattern written back by fluent-syntax's
//! serializer, so two files that differ only in line wrapping or spacing
//! give the same text (and the same hash), while any change of wording,
//! variables or selectors gives a different one.

use crate::i18n::messages::variables_of;
use fluent_syntax::{ast, parser, serializer};
use ring::digest;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One message value or attribute: `key` is `id` or `id.attr`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageText {
    pub key: String,
    /// The file it came from, without `.ftl` (e.g. `guidance`).
    pub file: String,
    /// The pattern as Fluent source, e.g. `Träffar: { $count }`.
    pub text: String,
    /// The variables it uses.
    pub vars: BTreeSet<String>,
}

/// A problem in a `.ftl` text, with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FtlIssue {
    pub line: usize,
    pub message: String,
}

/// The messages of one locale (or of one imported file), in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageTexts {
    by_key: BTreeMap<String, MessageText>,
    order: Vec<String>,
}

impl MessageTexts {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses one `.ftl` file strictly: any syntax error or duplicate ID is
    /// an issue and nothing of the file is taken. Shipped files use this.
    pub fn add_file(&mut self, file: &str, source: &str) -> Result<(), Vec<FtlIssue>> {
        let (parsed, issues) = parse_lenient(file, source);
        if !issues.is_empty() {
            return Err(issues);
        }
        for m in parsed.into_entries() {
            if self.by_key.contains_key(&m.key) {
                return Err(vec![FtlIssue {
                    line: 0,
                    message: format!("duplicate message {}", m.key),
                }]);
            }
            self.insert(m);
        }
        Ok(())
    }

    /// Adds or replaces one message text (replacing keeps its place).
    pub fn insert(&mut self, m: MessageText) {
        if !self.by_key.contains_key(&m.key) {
            self.order.push(m.key.clone());
        }
        self.by_key.insert(m.key.clone(), m);
    }

    pub fn get(&self, key: &str) -> Option<&MessageText> {
        self.by_key.get(key)
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        self.by_key.get(key).map(|m| m.text.as_str())
    }

    pub fn contains(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Keys in file order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(String::as_str)
    }

    /// Messages in file order.
    pub fn iter(&self) -> impl Iterator<Item = &MessageText> {
        self.order.iter().filter_map(|k| self.by_key.get(k))
    }

    fn into_entries(self) -> Vec<MessageText> {
        let MessageTexts { mut by_key, order } = self;
        order
            .into_iter()
            .filter_map(|k| by_key.remove(&k))
            .collect()
    }

    /// These texts with `over`'s laid on top (its texts win).
    pub fn overlaid(&self, over: &MessageTexts) -> MessageTexts {
        let mut out = self.clone();
        for m in over.iter() {
            out.insert(m.clone());
        }
        out
    }

    /// The texts as one `.ftl` file, message by message in key order of
    /// first appearance. Parsing the result gives the same texts back.
    pub fn to_ftl(&self) -> String {
        let mut out = String::new();
        for (id, parts) in by_message(self.iter()) {
            write_message(&mut out, id, &parts);
        }
        out
    }
}

/// The ID part of a key (`item-x.body` → `item-x`).
pub fn message_id(key: &str) -> &str {
    key.split_once('.').map_or(key, |(id, _)| id)
}

/// The attribute part of a key, if any.
pub fn attribute_of(key: &str) -> Option<&str> {
    key.split_once('.').map(|(_, a)| a)
}

/// One part of a message: `(None, value)` or `(Some(attr), text)`.
pub(crate) type Part<'a> = (Option<&'a str>, &'a str);

/// Groups consecutive texts of the same message: `(id, [(attr, text)])`.
pub(crate) fn by_message<'a>(
    texts: impl Iterator<Item = &'a MessageText>,
) -> Vec<(&'a str, Vec<Part<'a>>)> {
    let mut out: Vec<(&str, Vec<Part>)> = Vec::new();
    for m in texts {
        let id = message_id(&m.key);
        let part = (attribute_of(&m.key), m.text.as_str());
        match out.last_mut() {
            Some((last, parts)) if *last == id => parts.push(part),
            _ => out.push((id, vec![part])),
        }
    }
    out
}

/// Writes one message: its value (if any) and attributes, values first.
pub(crate) fn write_message(out: &mut String, id: &str, parts: &[Part]) {
    out.push_str(id);
    out.push_str(" =");
    if let Some((_, value)) = parts.iter().find(|(a, _)| a.is_none()) {
        push_pattern(out, value, 4);
    } else {
        out.push('\n');
    }
    for (attr, text) in parts {
        if let Some(attr) = attr {
            out.push_str("    .");
            out.push_str(attr);
            out.push_str(" =");
            push_pattern(out, text, 8);
        }
    }
}

/// A single-line text follows ` = `; a multi-line one starts on the next
/// line, every line indented (as fluent-syntax's serializer writes it).
fn push_pattern(out: &mut String, text: &str, indent: usize) {
    if text.contains('\n') {
        out.push('\n');
        for line in text.split('\n') {
            if !line.is_empty() {
                out.push_str(&" ".repeat(indent));
                out.push_str(line);
            }
            out.push('\n');
        }
    } else {
        out.push(' ');
        out.push_str(text);
        out.push('\n');
    }
}

/// SHA-256 of a text, lower-case hex: stable across builds and platforms.
pub fn text_hash(text: &str) -> String {
    let d = digest::digest(&digest::SHA256, text.as_bytes());
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// The 1-based line of byte offset `pos` in `source`.
pub fn line_of(source: &str, pos: usize) -> usize {
    let end = pos.min(source.len());
    1 + source.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

/// A pattern as Fluent source, the way fluent-syntax writes it, without
/// the `id =` and with the indentation of continuation lines removed.
pub fn pattern_source(p: &ast::Pattern<&str>) -> String {
    let res = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "m" },
            value: Some(p.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let s = serializer::serialize(&res);
    let rest = s.strip_prefix("m =").unwrap_or(&s);
    let rest = rest.strip_suffix('\n').unwrap_or(rest);
    if let Some(single) = rest.strip_prefix(' ') {
        return single.to_string();
    }
    let body = rest.strip_prefix('\n').unwrap_or(rest);
    body.split('\n')
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parses `source` as far as it goes: every message it could read (the
/// first of any duplicate ID wins) and every problem, with line numbers.
pub(crate) fn parse_lenient(file: &str, source: &str) -> (MessageTexts, Vec<FtlIssue>) {
    let mut issues = Vec::new();
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                issues.push(FtlIssue {
                    line: line_of(source, e.pos.start),
                    message: e.kind.to_string(),
                });
            }
            r
        }
    };
    let mut out = MessageTexts::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name;
        let n = seen.entry(id).or_insert(0);
        *n += 1;
        if *n > 1 {
            issues.push(FtlIssue {
                line: definition_line(source, id, *n).unwrap_or(0),
                message: format!("duplicate message {id}; the first is kept"),
            });
            continue;
        }
        // The variables of this definition, the one that is kept (a shape
        // of the whole file would take them from the last definition of a
        // duplicated ID, so a text whose variables differ from the
        // source's could pass the import's check behind a duplicate).
        if let Some(value) = &m.value {
            out.insert(MessageText {
                key: id.to_string(),
                file: file.to_string(),
                text: pattern_source(value),
                vars: variables_of(value),
            });
        }
        for a in &m.attributes {
            out.insert(MessageText {
                key: format!("{id}.{}", a.id.name),
                file: file.to_string(),
                text: pattern_source(&a.value),
                vars: variables_of(&a.value),
            });
        }
    }
    (out, issues)
}

/// The line where message `id` is defined for the `nth` time (1-based).
fn definition_line(source: &str, id: &str, nth: usize) -> Option<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .nth(nth.checked_sub(1)?)
        .map(|(i, _)| i + 1)
}
