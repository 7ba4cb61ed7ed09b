//! Fuzzing the translation-review import: the `.ftl` a translator sends
//! back (the export, with comments, edited by hand) and the reviewer's saved
//! state. Whatever comes in gives a report or a typed error; what a report
//! says was taken is what the desk then shows, and it is still there after
//! the desk is reopened from what it saved.
//!
//! Bounded for `cargo test`; `PROPTEST_CASES=N` runs N cases per target.

use crate::fuzz_support;

use fuzz_support::{apply, edit, runner, Executions, JSON_TOKENS};
use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;
use trygg::error::Coded;
use trygg::i18n::review::{
    import_ftl, ImportReport, MessageTexts, ReviewDesk, ReviewError, ReviewState,
};
use trygg::i18n::{Localizer, LOCALES, SOURCE_LOCALE};

fn localizer() -> &'static Localizer {
    static L: OnceLock<Localizer> = OnceLock::new();
    L.get_or_init(|| Localizer::new().unwrap())
}

fn targets() -> Vec<&'static str> {
    LOCALES
        .iter()
        .map(|m| m.tag)
        .filter(|t| *t != SOURCE_LOCALE)
        .collect()
}

/// Each target locale's export, made once (it is the same every time).
fn export_of(tag: &str) -> &'static str {
    static EXPORTS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    let all = EXPORTS.get_or_init(|| {
        targets()
            .into_iter()
            .map(|t| {
                let desk = ReviewDesk::open(localizer(), t, None, None).unwrap();
                (t, desk.export())
            })
            .collect()
    });
    all.iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, e)| e.as_str())
        .unwrap()
}

/// Fluent syntax, and the kinds of text a translator's editor adds.
const FTL_TOKENS: &[&str] = &[
    "=",
    " = ",
    "{",
    "}",
    "{ $",
    "$count",
    "{ $count }",
    "{ $n }",
    "{ -brand }",
    "-brand = x\n",
    "->",
    "\n    *[other] x\n",
    "\n    [one] y\n",
    "{ $n ->",
    ".title",
    "\n    .title = t\n",
    "\n",
    "\n    ",
    "\r\n",
    "\t",
    "# ",
    "## ",
    "### ",
    "#",
    "[",
    "]",
    "*",
    ".",
    "\\",
    "\"",
    "{ \"\\u0041\" }",
    "{ \"\\UFFFFFF\" }",
    "{ NUMBER($n) }",
    "{ msg.attr }",
    "a = b\n",
    "item-x = y\n",
    "hello = \n",
    "\u{200f}",
    "\u{feff}",
    "\u{0}",
    "{{",
    "}}",
    "=\n",
    "    ",
    "\n\n\n",
    "é",
    "ش",
    "🙂",
];

/// A text to import: an edited stretch of a real export, Fluent tokens
/// strung together, or any characters.
fn import_text() -> impl Strategy<Value = (String, String)> {
    let tag = proptest::sample::select(targets());
    let window = (any::<Index>(), 1usize..120, any::<bool>());
    let edits = proptest::collection::vec(edit(FTL_TOKENS), 0..8);
    prop_oneof![
        6 => (tag.clone(), window, edits).prop_map(|(tag, (start, lines, whole), edits)| {
            let export = export_of(tag);
            let text = if whole {
                export.to_string()
            } else {
                let all: Vec<&str> = export.split_inclusive('\n').collect();
                let from = start.index(all.len());
                all[from..(from + lines).min(all.len())].concat()
            };
            let mut bytes = text.into_bytes();
            apply(&mut bytes, &edits);
            (tag.to_string(), String::from_utf8_lossy(&bytes).into_owned())
        }),
        2 => (tag.clone(), proptest::collection::vec(
            prop_oneof![
                3 => proptest::sample::select(FTL_TOKENS).prop_map(str::to_string),
                1 => "[a-z][a-z0-9-]{0,12}",
                1 => ".{0,6}",
            ],
            0..60,
        ))
        .prop_map(|(tag, parts)| (tag.to_string(), parts.concat())),
        1 => (tag, ".{0,300}").prop_map(|(tag, s)| (tag.to_string(), s)),
    ]
}

/// What a report must say of itself, whatever the input.
fn check_report(
    text: &str,
    report: &ImportReport,
    taken: &MessageTexts,
    source: &MessageTexts,
    current: &MessageTexts,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        report.accepted,
        report.added.len() + report.changed.len() + report.unchanged.len()
    );
    prop_assert_eq!(report.accepted, taken.len());
    for key in &report.added {
        prop_assert!(current.text(key).is_none(), "added but present: {}", key);
    }
    for key in &report.changed {
        prop_assert!(current.text(key).is_some() && current.text(key) != taken.text(key));
    }
    for key in &report.unchanged {
        prop_assert_eq!(current.text(key), taken.text(key));
    }
    for m in taken.iter() {
        let src = source.get(&m.key);
        prop_assert!(src.is_some(), "taken but not a source message: {}", &m.key);
        // A taken text keeps the source's variables: the UI never shows a
        // raw `{$name}` or loses a value.
        prop_assert_eq!(&src.unwrap().vars, &m.vars, "{}", &m.key);
    }
    for key in &report.unknown {
        prop_assert!(!source.contains(key));
    }
    for v in &report.variable_mismatch {
        let src = source
            .get(&v.key)
            .map(|m| m.vars.iter().cloned().collect::<Vec<_>>());
        prop_assert_eq!(src.as_ref(), Some(&v.expected));
        prop_assert_ne!(&v.expected, &v.found);
        prop_assert!(!taken.contains(&v.key));
    }
    for key in &report.missing {
        prop_assert!(source.contains(key) && !taken.contains(key));
    }
    let lines = text.split('\n').count();
    for e in &report.errors {
        prop_assert!(e.line <= lines, "line {} of {}", e.line, lines);
    }
    Ok(())
}

/// Found by `any_text_imports_to_a_report_that_adds_up`: with an ID
/// defined twice, the first text was kept but checked against the
/// variables of the second, so a text with a variable the source lacks
/// (shown raw as `{$date}`), or without one the source has (a value lost),
/// was taken; and on the next start its stored copy no longer imported.
#[test]
fn a_duplicated_id_cannot_bring_in_other_variables() {
    let mut source = MessageTexts::new();
    source
        .add_file("ui", "calc-keys = Knappar\nhits = Träffar: { $n }\n")
        .unwrap();
    let mut current = MessageTexts::new();
    current
        .add_file("ui", "calc-keys = Keys\nhits = Hits: { $n }\n")
        .unwrap();
    let text = "calc-keys = Keys { $date }\ncalc-keys = Keys\nhits = Hits\nhits = Hits: { $n }\n";
    let out = import_ftl("en", text, &source, &current);
    let mismatched: Vec<&str> = out
        .report
        .variable_mismatch
        .iter()
        .map(|v| v.key.as_str())
        .collect();
    assert_eq!(mismatched, ["calc-keys", "hits"]);
    assert_eq!(out.report.accepted, 0);
    assert!(out.accepted.is_empty());
    let lines: Vec<usize> = out.report.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 4], "{:?}", out.report.errors);
}

static PURE: Executions = Executions::new("review/import_ftl");
static DESK: Executions = Executions::new("review/desk_import");
static STATE: Executions = Executions::new("review/local_state");

#[test]
fn any_text_imports_to_a_report_that_adds_up() {
    let l = localizer();
    runner(192)
        .run(&import_text(), |(tag, text)| {
            PURE.tick();
            let source = l.source_texts();
            let current = l.texts(&tag).unwrap();
            let outcome = import_ftl(&tag, &text, source, current);
            prop_assert_eq!(&outcome.report.locale, &tag);
            check_report(&text, &outcome.report, &outcome.accepted, source, current)?;
            // What was taken is stored as `to_ftl()` and imported again on
            // the next start: it must come back the same, with no errors.
            let stored = outcome.accepted.to_ftl();
            let again = import_ftl(&tag, &stored, source, &outcome.accepted);
            prop_assert!(again.report.errors.is_empty(), "{:?}", again.report.errors);
            prop_assert!(again.report.variable_mismatch.is_empty());
            prop_assert!(again.report.changed.is_empty() && again.report.added.is_empty());
            prop_assert_eq!(&again.report.unchanged.len(), &outcome.accepted.len());
            Ok(())
        })
        .unwrap();
    PURE.report();
}

#[test]
fn an_edited_export_imports_through_the_desk_and_survives_a_reopen() {
    let l = localizer();
    runner(48)
        .run(&import_text(), |(tag, text)| {
            DESK.tick();
            let mut desk = ReviewDesk::open(l, &tag, None, None).unwrap();
            let before = desk.target().clone();
            let report = desk.import(&text).unwrap();
            let pure = import_ftl(&tag, &text, l.source_texts(), &before);
            check_report(&text, &report, &pure.accepted, l.source_texts(), &before)?;
            for key in report.changed.iter().chain(&report.added) {
                // The desk shows the new text, as a draft to review again.
                prop_assert_eq!(desk.target().text(key), pure.accepted.text(key));
                prop_assert_eq!(
                    desk.state().state_of(key, l.source_texts(), desk.target()),
                    ReviewState::Unreviewed
                );
            }
            if text == export_of(&tag) {
                prop_assert!(report.errors.is_empty());
                prop_assert!(report.changed.is_empty() && report.added.is_empty());
                prop_assert_eq!(report.unchanged.len(), before.len());
            }
            let p = desk.progress();
            prop_assert_eq!(p.approved + p.needs_change + p.unreviewed, p.total);

            // Reopened from what it saved, the desk shows the same.
            let local = desk.local_json();
            let imported = desk.imported_ftl();
            let reopened = ReviewDesk::open(l, &tag, Some(&local), imported.as_deref()).unwrap();
            prop_assert!(
                reopened.target() == desk.target(),
                "texts differ after reopen"
            );
            prop_assert_eq!(reopened.progress(), p);
            Ok(())
        })
        .unwrap();
    DESK.report();
}

#[test]
fn a_damaged_saved_review_state_opens_or_is_a_typed_error() {
    let l = localizer();
    let saved = {
        let tag = targets()[0];
        let mut desk = ReviewDesk::open(l, tag, None, None).unwrap();
        let keys: Vec<String> = desk.target().keys().take(3).map(str::to_string).collect();
        desk.set(&keys[0], ReviewState::Approved, "ok").unwrap();
        desk.set(&keys[1], ReviewState::NeedsChange, "ändra\n\"ord\"")
            .unwrap();
        (tag, desk.local_json())
    };
    let input = prop_oneof![
        4 => proptest::collection::vec(edit(JSON_TOKENS), 1..6).prop_map(move |edits| {
            let mut b = saved.1.clone().into_bytes();
            apply(&mut b, &edits);
            String::from_utf8_lossy(&b).into_owned()
        }),
        1 => ".{0,200}",
    ];
    runner(256)
        .run(&input, |json| {
            STATE.tick();
            match ReviewDesk::open(l, saved.0, Some(&json), None) {
                Ok(desk) => {
                    // Whatever opened saves again in a form that opens.
                    let again = desk.local_json();
                    prop_assert!(ReviewDesk::open(l, saved.0, Some(&again), None).is_ok());
                    let p = desk.progress();
                    prop_assert_eq!(p.approved + p.needs_change + p.unreviewed, p.total);
                }
                Err(e) => {
                    let ok = matches!(e, ReviewError::Damaged | ReviewError::UnsupportedFormat);
                    prop_assert!(ok, "unexpected error {:?}", e);
                    prop_assert!(["corrupt", "unsupported_format"].contains(&e.code().as_str()));
                }
            }
            Ok(())
        })
        .unwrap();
    STATE.report();
}
