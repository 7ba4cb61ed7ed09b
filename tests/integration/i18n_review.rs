//! Translation review: the state file, invalidation when a text changes,
//! merging a reviewer's local work, progress, export and import, and the
//! draft flag the reader sees.

use std::collections::BTreeSet;

use trygg::error::Coded;
use trygg::guidance::catalogue;
use trygg::i18n::review::{
    import_ftl, text_hash, MessageText, MessageTexts, ReviewDesk, ReviewFile, ReviewGroup,
    ReviewState, MAX_COMMENT_CHARS, MAX_IMPORT_BYTES,
};
use trygg::i18n::{Localizer, SOURCE_LOCALE};

fn localizer() -> Localizer {
    Localizer::new().unwrap()
}

/// The message dropped from Arabic by [`localizer_with_gap`].
const DROPPED: &str = "error-unknown_kind";

/// The shipped locale files read from disk, with one message removed from
/// Arabic, so the desk's handling of a message a locale lacks is tested
/// even when every shipped locale is complete.
fn localizer_with_gap() -> Localizer {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut owned: Vec<(String, String, String)> = Vec::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let mut text = std::fs::read_to_string(&f).unwrap();
            if tag == "ar" && name == "ui.ftl" {
                text = text
                    .lines()
                    .filter(|l| !l.starts_with(&format!("{DROPPED} =")))
                    .map(|l| format!("{l}\n"))
                    .collect();
            }
            owned.push((tag.clone(), name, text));
        }
    }
    let files: Vec<(&str, &str, &str)> = owned
        .iter()
        .map(|(t, n, x)| (t.as_str(), n.as_str(), x.as_str()))
        .collect();
    Localizer::from_files(&files).unwrap()
}

fn texts(files: &[(&str, &str)]) -> MessageTexts {
    let mut t = MessageTexts::new();
    for (name, src) in files {
        t.add_file(name, src).unwrap();
    }
    t
}

/// `t` with `key`'s text replaced.
fn with_text(t: &MessageTexts, key: &str, text: &str) -> MessageTexts {
    let mut out = t.clone();
    let old = t.get(key).unwrap();
    out.insert(MessageText {
        text: text.to_string(),
        ..old.clone()
    });
    out
}

const SV: &str = "hello = Hej\nbye = Hej då\n    .title = Avsluta\ncount = Träffar: { $n }\n";
const EN: &str = "hello = Hello\nbye = Goodbye\n    .title = Leave\ncount = Hits: { $n }\n";

// ---------------------------------------------------------------------------
// Texts and hashes.
// ---------------------------------------------------------------------------

#[test]
fn hash_is_sha256_hex() {
    assert_eq!(
        text_hash("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn line_wrapping_does_not_change_a_text_but_wording_does() {
    let a = texts(&[("f", "m = one two\n")]);
    let b = texts(&[("f", "m =\n    one two\n")]);
    let c = texts(&[("f", "m = one three\n")]);
    assert_eq!(a.text("m"), b.text("m"));
    assert_ne!(a.text("m"), c.text("m"));
}

#[test]
fn every_shipped_locale_round_trips_through_ftl() {
    let l = localizer();
    for info in l.locales() {
        let t = l.texts(info.tag).unwrap();
        let again = texts(&[("x", &t.to_ftl())]);
        assert_eq!(again.len(), t.len(), "{}", info.tag);
        for m in t.iter() {
            assert_eq!(
                again.text(&m.key),
                Some(m.text.as_str()),
                "{} {}",
                info.tag,
                m.key
            );
            assert_eq!(
                again.get(&m.key).unwrap().vars,
                m.vars,
                "{} {}",
                info.tag,
                m.key
            );
        }
    }
}

// ---------------------------------------------------------------------------
// The state file.
// ---------------------------------------------------------------------------

#[test]
fn generated_state_is_all_unreviewed_and_round_trips_through_json() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", EN)]);
    let mut f = ReviewFile::generate("en", &sv, &en);
    assert_eq!(f.messages.len(), 4);
    assert!(f
        .messages
        .values()
        .all(|e| e.state == ReviewState::Unreviewed));
    f.set_state(
        "bye.title",
        ReviewState::NeedsChange,
        "Too formal — “Leave” is odd.",
        &sv,
        &en,
    )
    .unwrap();
    f.set_state("hello", ReviewState::Approved, "", &sv, &en)
        .unwrap();
    let json = f.to_json();
    assert!(json.contains("\"needs-change\""));
    assert_eq!(ReviewFile::parse(&json).unwrap(), f);
}

#[test]
fn damaged_or_newer_state_files_give_typed_errors() {
    assert_eq!(ReviewFile::parse("{").unwrap_err().code(), "corrupt");
    assert_eq!(
        ReviewFile::parse(
            r#"{"format":1,"locale":"en","messages":{"a":{"state":"bogus","source_hash":""}}}"#
        )
        .unwrap_err()
        .code(),
        "corrupt"
    );
    assert_eq!(
        ReviewFile::parse(r#"{"format":99,"locale":"en","messages":{}}"#)
            .unwrap_err()
            .code(),
        "unsupported_format"
    );
}

#[test]
fn set_state_checks_key_comment_and_that_there_is_text_to_approve() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", "hello = Hello\n")]);
    let mut f = ReviewFile::generate("en", &sv, &en);
    let e = f
        .set_state("nope", ReviewState::Approved, "", &sv, &en)
        .unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert_eq!(e.details()["field"], "key");
    let long = "å".repeat(MAX_COMMENT_CHARS + 1);
    let e = f
        .set_state("hello", ReviewState::NeedsChange, &long, &sv, &en)
        .unwrap_err();
    assert_eq!(e.details()["reason"], "too_long");
    assert_eq!(e.details()["max"], MAX_COMMENT_CHARS);
    let just = "å".repeat(MAX_COMMENT_CHARS);
    f.set_state("hello", ReviewState::NeedsChange, &just, &sv, &en)
        .unwrap();
    // English lacks "bye": nothing to approve there.
    let e = f
        .set_state("bye", ReviewState::Approved, "", &sv, &en)
        .unwrap_err();
    assert_eq!(e.details()["reason"], "not_translated");
}

#[test]
fn a_changed_swedish_text_sends_its_approval_back_to_unreviewed() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", EN)]);
    let mut f = ReviewFile::generate("en", &sv, &en);
    f.set_state("hello", ReviewState::Approved, "fine", &sv, &en)
        .unwrap();
    f.set_state("bye", ReviewState::Approved, "", &sv, &en)
        .unwrap();
    assert_eq!(f.progress(&sv, &en).approved, 2);

    let sv2 = with_text(&sv, "hello", "Hej hej");
    // Before invalidation the outdated approval already does not count.
    assert_eq!(f.state_of("hello", &sv2, &en), ReviewState::Unreviewed);
    let reset = f.invalidate_changed_sources(&sv2, &en);
    assert_eq!(reset, vec!["hello".to_string()]);
    let e = &f.messages["hello"];
    assert_eq!(e.state, ReviewState::Unreviewed);
    assert_eq!(e.comment, "fine", "the reviewer's comment stays");
    assert!(e.source_changed(sv2.text("hello")));
    // The other approval stands.
    assert_eq!(f.messages["bye"].state, ReviewState::Approved);
    assert!(f.invalidate_changed_sources(&sv2, &en).is_empty());
}

#[test]
fn a_changed_translation_also_needs_a_new_review() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", EN)]);
    let mut f = ReviewFile::generate("en", &sv, &en);
    f.set_state("bye.title", ReviewState::Approved, "", &sv, &en)
        .unwrap();
    let en2 = with_text(&en, "bye.title", "Exit");
    assert_eq!(f.invalidate_changed_sources(&sv, &en2), vec!["bye.title"]);
}

#[test]
fn local_work_is_laid_over_the_shipped_state() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", EN)]);
    let mut shipped = ReviewFile::generate("en", &sv, &en);
    shipped
        .set_state("count", ReviewState::Approved, "", &sv, &en)
        .unwrap();
    let mut local = ReviewFile::empty("en");
    local
        .set_state("hello", ReviewState::Approved, "ok", &sv, &en)
        .unwrap();
    // A local entry for a message the source no longer has is dropped.
    local
        .messages
        .insert("gone".into(), local.messages["hello"].clone());
    let merged = ReviewFile::merge(&shipped, &local, &sv, &en);
    assert_eq!(merged.messages["hello"].state, ReviewState::Approved);
    assert_eq!(merged.messages["count"].state, ReviewState::Approved);
    assert!(!merged.messages.contains_key("gone"));
    assert_eq!(merged.progress(&sv, &en).approved, 2);

    // A newer release approved the new text; the reviewer's old local
    // decision (for the old text) does not hide it.
    let en2 = with_text(&en, "hello", "Hi");
    let mut shipped2 = ReviewFile::generate("en", &sv, &en2);
    shipped2
        .set_state("hello", ReviewState::Approved, "release", &sv, &en2)
        .unwrap();
    let mut local2 = ReviewFile::empty("en");
    local2
        .set_state("hello", ReviewState::NeedsChange, "old", &sv, &en)
        .unwrap();
    let merged2 = ReviewFile::merge(&shipped2, &local2, &sv, &en2);
    assert_eq!(merged2.messages["hello"].comment, "release");
}

#[test]
fn progress_counts_only_the_messages_the_locale_has() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", "hello = Hello\ncount = Hits: { $n }\n")]);
    let mut f = ReviewFile::generate("en", &sv, &en);
    f.set_state("hello", ReviewState::Approved, "", &sv, &en)
        .unwrap();
    f.set_state("count", ReviewState::NeedsChange, "", &sv, &en)
        .unwrap();
    let p = f.progress(&sv, &en);
    assert_eq!((p.approved, p.needs_change, p.unreviewed), (1, 1, 0));
    assert_eq!((p.total, p.missing), (2, 2));
    assert!(!f.all_approved(&sv, &en));
}

// ---------------------------------------------------------------------------
// Import.
// ---------------------------------------------------------------------------

#[test]
fn import_reports_every_kind_of_difference_with_line_numbers() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", "hello = Hello\nbye = Goodbye\n    .title = Leave\n")]);
    let file = "\
# a comment
hello = Hello
bye = Bye now
    .title = Leave
count = Hits: { $m }
stray = Not in Swedish
broken = oops }
hello = Again
";
    let out = import_ftl("en", file, &sv, &en);
    let r = &out.report;
    assert_eq!(r.unchanged, vec!["hello", "bye.title"]);
    assert_eq!(r.changed, vec!["bye"]);
    assert!(r.added.is_empty());
    assert_eq!(r.unknown, vec!["stray"]);
    assert_eq!(r.variable_mismatch.len(), 1);
    assert_eq!(r.variable_mismatch[0].key, "count");
    assert_eq!(r.variable_mismatch[0].expected, vec!["n"]);
    assert_eq!(r.variable_mismatch[0].found, vec!["m"]);
    // "count" is in the file (with the wrong variable), so it is not missing.
    assert!(r.missing.is_empty(), "{:?}", r.missing);
    // The syntax error is on line 7, the duplicate on line 8.
    let lines: Vec<usize> = r.errors.iter().map(|e| e.line).collect();
    assert!(lines.contains(&7), "{:?}", r.errors);
    assert!(lines.contains(&8), "{:?}", r.errors);
    assert_eq!(r.accepted, 3);
    assert!(
        !out.accepted.contains("count"),
        "wrong variables are not taken"
    );
    assert!(!out.accepted.contains("stray"));
}

#[test]
fn import_of_a_message_the_locale_lacked_is_added() {
    let sv = texts(&[("f", SV)]);
    let en = texts(&[("f", "hello = Hello\n")]);
    let r = import_ftl("en", "count = Hits: { $n }\n", &sv, &en).report;
    assert_eq!(r.added, vec!["count"]);
    assert!(r.errors.is_empty());
}

// ---------------------------------------------------------------------------
// The desk (what the shell drives).
// ---------------------------------------------------------------------------

const AIRPLANE: &str = "item-airplane-mode.body";

/// A source message `tag` has no text for (it shows fallback text).
fn lacking_key(l: &Localizer, tag: &str) -> String {
    let own = l.texts(tag).unwrap();
    let key = l
        .source_texts()
        .keys()
        .find(|k| !own.contains(k))
        .unwrap_or_else(|| panic!("{tag} lacks nothing"))
        .to_string();
    assert_eq!(key, DROPPED);
    key
}

#[test]
fn approving_shows_in_progress_and_in_the_export() {
    let l = localizer_with_gap();
    let mut desk = ReviewDesk::open(&l, "ar", None, None).unwrap();
    let before = desk.progress();
    assert_eq!(before.approved, 0, "shipped drafts are unreviewed");
    assert!(before.total > 50);
    let row = desk
        .set(
            AIRPLANE,
            ReviewState::Approved,
            "Checked with an interpreter.",
        )
        .unwrap();
    assert_eq!(row.state, ReviewState::Approved);
    assert_eq!(
        row.group,
        ReviewGroup::Section(catalogue().items[6].section)
    );
    assert_eq!(desk.progress().approved, 1);
    desk.set(
        "item-sms-care",
        ReviewState::NeedsChange,
        "Line one\nline two",
    )
    .unwrap();

    let export = desk.export();
    assert!(
        export.contains(&format!("# [{AIRPLANE}] approved")),
        "{export}"
    );
    assert!(export.contains("#   comment: Checked with an interpreter."));
    assert!(export.contains("# [item-sms-care] needs-change"));
    assert!(export.contains("#            line two"));
    // The Swedish source is there for the translator.
    let sv = l.source_texts().text(AIRPLANE).unwrap();
    assert!(export.contains(&format!("#   sv: {sv}")));
    // Lacking messages are listed, not filled with Swedish.
    let lacking = lacking_key(&l, "ar");
    assert!(export.contains(&format!("# [{lacking}] not translated yet")));
    assert!(!export.contains(&format!("\n{lacking} =")));

    // The export imports back unchanged, with no errors, and keeps the approval.
    let report = desk.import(&export).unwrap();
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert!(report.changed.is_empty() && report.added.is_empty());
    assert!(report.unknown.is_empty() && report.variable_mismatch.is_empty());
    assert_eq!(report.unchanged.len(), desk.progress().total);
    assert_eq!(desk.progress().approved, 1);
}

#[test]
fn importing_a_changed_message_resets_its_approval_and_survives_a_reopen() {
    let l = localizer();
    let mut desk = ReviewDesk::open(&l, "ar", None, None).unwrap();
    desk.set(AIRPLANE, ReviewState::Approved, "ok").unwrap();
    desk.set("section-closing", ReviewState::Approved, "")
        .unwrap();
    let report = desk
        .import("item-airplane-mode =\n    .body = نص جديد\n")
        .unwrap();
    // `item-airplane-mode` has no value in this file: only .body is there.
    assert_eq!(report.changed, vec![AIRPLANE]);
    assert_eq!(report.reset, vec![AIRPLANE]);
    let rows = desk.rows(SOURCE_LOCALE).unwrap();
    let row = rows.iter().find(|r| r.key == AIRPLANE).unwrap();
    assert_eq!(row.state, ReviewState::Unreviewed);
    assert_eq!(row.comment, "ok");
    assert!(row.imported);
    assert_eq!(row.target_text.as_deref(), Some("نص جديد"));
    assert_eq!(desk.progress().approved, 1);

    // What the shell saves brings the same state back.
    let json = desk.local_json();
    let ftl = desk.imported_ftl().expect("something was imported");
    let again = ReviewDesk::open(&l, "ar", Some(&json), Some(&ftl)).unwrap();
    assert_eq!(again.rows(SOURCE_LOCALE).unwrap(), rows);
    assert_eq!(again.progress(), desk.progress());
}

#[test]
fn desk_rejects_bad_input_with_typed_errors() {
    let l = localizer_with_gap();
    for tag in ["sv", "xx", ""] {
        let e = ReviewDesk::open(&l, tag, None, None).err().unwrap();
        assert_eq!(e.code(), "unknown_locale", "{tag}");
    }
    let e = ReviewDesk::open(&l, "ar", Some("not json"), None)
        .err()
        .unwrap();
    assert_eq!(e.code(), "corrupt");
    let other = ReviewFile::empty("fa").to_json();
    let e = ReviewDesk::open(&l, "ar", Some(&other), None)
        .err()
        .unwrap();
    assert_eq!(e.code(), "corrupt");

    let mut desk = ReviewDesk::open(&l, "ar", None, None).unwrap();
    let e = desk
        .set("no-such-key", ReviewState::Approved, "")
        .unwrap_err();
    assert_eq!(e.details()["field"], "key");
    // A message Arabic lacks shows fallback text: nothing to approve.
    let e = desk
        .set(&lacking_key(&l, "ar"), ReviewState::Approved, "")
        .unwrap_err();
    assert_eq!(e.details()["reason"], "not_translated");
    let e = desk.import(&"a".repeat(MAX_IMPORT_BYTES + 1)).unwrap_err();
    assert_eq!(e.details()["reason"], "too_large");
}

#[test]
fn rows_follow_the_sheet_then_the_app_strings() {
    let l = localizer();
    let desk = ReviewDesk::open(&l, "en", None, None).unwrap();
    let rows = desk.rows(SOURCE_LOCALE).unwrap();
    // Every source message exactly once.
    let keys: BTreeSet<&str> = rows.iter().map(|r| r.key.as_str()).collect();
    let source: BTreeSet<&str> = l.source_texts().keys().collect();
    assert_eq!(keys, source);
    assert_eq!(rows.len(), source.len());
    // Groups: the six sections in the sheet's order, then files.
    let mut groups: Vec<&ReviewGroup> = Vec::new();
    for r in &rows {
        if groups.last() != Some(&&r.group) {
            assert!(!groups.contains(&&r.group), "{:?} is split", r.group);
            groups.push(&r.group);
        }
    }
    let sections: Vec<ReviewGroup> = catalogue()
        .sections
        .iter()
        .map(|s| ReviewGroup::Section(s.id))
        .collect();
    assert_eq!(
        groups[..6].iter().map(|g| (*g).clone()).collect::<Vec<_>>(),
        sections
    );
    assert!(groups[6..]
        .iter()
        .all(|g| matches!(g, ReviewGroup::File(_))));
    assert_eq!(rows[0].key, "section-assess-risks");
    // An item's title, body and checklist line are together, in that order.
    let i = rows
        .iter()
        .position(|r| r.key == "item-airplane-mode")
        .unwrap();
    assert_eq!(rows[i + 1].key, "item-airplane-mode.body");
    assert_eq!(rows[i + 2].key, "item-airplane-mode.check");
    // A reference sits in the section of the item that cites it.
    let r = rows.iter().find(|r| r.key == "ref-vaga-forsta").unwrap();
    assert_eq!(
        r.group,
        ReviewGroup::Section(catalogue().item("intellectual-disability").unwrap().section)
    );
    // Variables are listed for the reviewer.
    let r = rows
        .iter()
        .find(|r| r.key == "guidance-search-results")
        .unwrap();
    assert_eq!(r.vars, vec!["count"]);
}

#[test]
fn another_language_can_be_the_source_column() {
    let l = localizer();
    let desk = ReviewDesk::open(&l, "prs", None, None).unwrap();
    let rows = desk.rows("fa").unwrap();
    let r = rows.iter().find(|r| r.key == "section-closing").unwrap();
    assert_eq!(
        r.source_text.as_deref(),
        l.texts("fa").unwrap().text("section-closing")
    );
    assert!(desk.rows("xx").is_err());
}

// ---------------------------------------------------------------------------
// The draft flag the reader sees.
// ---------------------------------------------------------------------------

/// A review.json approving every message of `target`.
fn approved_json(tag: &str, sv: &str, target: &str) -> String {
    let s = texts(&[("t", sv)]);
    let t = texts(&[("t", target)]);
    let mut f = ReviewFile::generate(tag, &s, &t);
    for k in t.keys() {
        f.set_state(k, ReviewState::Approved, "", &s, &t).unwrap();
    }
    f.to_json()
}

#[test]
fn a_locale_is_a_draft_while_its_reader_sees_unapproved_text() {
    let sv = "a = A\nb = B\n";
    let en = "a = A-en\nb = B-en\n";
    let fa = "a = A-fa\nb = B-fa\n";
    let prs = "a = A-prs\n";
    let en_ok = approved_json("en", sv, en);
    let fa_ok = approved_json("fa", sv, fa);
    let prs_ok = approved_json("prs", sv, prs);
    let en_draft = ReviewFile::generate("en", &texts(&[("t", sv)]), &texts(&[("t", en)])).to_json();
    let fa_draft = ReviewFile::generate("fa", &texts(&[("t", sv)]), &texts(&[("t", fa)])).to_json();

    let build = |en_review: &str, fa_review: &str| {
        Localizer::from_files(&[
            ("sv", "t.ftl", sv),
            ("en", "t.ftl", en),
            ("en", "review.json", en_review),
            ("fa", "t.ftl", fa),
            ("fa", "review.json", fa_review),
            ("prs", "t.ftl", prs),
            ("prs", "review.json", &prs_ok),
        ])
        .unwrap()
    };

    let all = build(&en_ok, &fa_ok);
    for tag in ["sv", "en", "fa", "prs"] {
        assert!(!all.bundle(tag).unwrap().draft, "{tag}");
    }
    // Dari's own text is approved, but "b" comes from unreviewed Persian.
    let fa_unreviewed = build(&en_ok, &fa_draft);
    assert!(fa_unreviewed.bundle("prs").unwrap().draft);
    assert!(fa_unreviewed.bundle("fa").unwrap().draft);
    assert!(!fa_unreviewed.bundle("en").unwrap().draft);
    // English unreviewed does not touch Dari: Persian covers what it lacks.
    let en_unreviewed = build(&en_draft, &fa_ok);
    assert!(!en_unreviewed.bundle("prs").unwrap().draft);
    assert!(en_unreviewed.bundle("en").unwrap().draft);
    // The LocaleInfo of the switcher says the same.
    let info = fa_unreviewed.locales();
    assert!(info.iter().find(|i| i.tag == "prs").unwrap().draft);
    assert!(!info.iter().find(|i| i.tag == "sv").unwrap().draft);

    // An approval of an older text does not count.
    let old_en = approved_json("en", sv, "a = A-en\nb = Old\n");
    let stale = build(&old_en, &fa_ok);
    assert!(stale.bundle("en").unwrap().draft);
    // Nor does a missing or damaged review file.
    let broken = build("{", &fa_ok);
    assert!(broken.bundle("en").unwrap().draft);
}
