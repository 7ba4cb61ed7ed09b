//! Every shipped locale against the Swedish source: it parses, it has the
//! source's messages with the same attributes and variables, a missing
//! message shows fallback text (never an ID), its direction is right, and
//! its review state covers exactly its messages.
//!
//! The review-state files are checked against the `.ftl` files on disk.
//! After adding, removing or changing messages, bring them up to date with
//!
//!     TRYGG_UPDATE_REVIEW=1 cargo test -p trygg --test integration i18n_locales::
//!
//! which adds new messages as unreviewed and drops removed ones; it never
//! approves anything and keeps existing entries (so a changed text still
//! counts as changed).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use trygg::i18n::review::{message_id, MessageTexts, ReviewFile, ReviewState, REVIEW_FILE};
use trygg::i18n::{Localizer, TextDirection, LOCALES, SOURCE_LOCALE};

const UPDATE_ENV: &str = "TRYGG_UPDATE_REVIEW";

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The `.ftl` files of a locale on disk: file name → contents.
fn ftl_files(tag: &str) -> BTreeMap<String, String> {
    let dir = locales_dir().join(tag);
    let mut out = BTreeMap::new();
    for e in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.insert(name, fs::read_to_string(&p).unwrap());
        }
    }
    out
}

/// The tags of every locale folder on disk.
fn tags_on_disk() -> Vec<String> {
    let mut tags: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

/// All messages of one locale on disk, parsed strictly (panics on errors).
fn texts(tag: &str) -> MessageTexts {
    let mut t = MessageTexts::new();
    for (name, src) in ftl_files(tag) {
        let stem = name.trim_end_matches(".ftl");
        if let Err(issues) = t.add_file(stem, &src) {
            panic!("{tag}/{name} does not parse: {issues:?}");
        }
    }
    t
}

fn localizer() -> Localizer {
    Localizer::new().expect("every embedded locale file parses")
}

// ---------------------------------------------------------------------------
// Parsing and shape.
// ---------------------------------------------------------------------------

#[test]
fn every_locale_folder_is_a_known_locale_and_parses_without_errors() {
    let known: BTreeSet<&str> = LOCALES.iter().map(|l| l.tag).collect();
    let tags = tags_on_disk();
    assert!(tags.len() >= 10, "only {tags:?}");
    for tag in &tags {
        assert!(
            known.contains(tag.as_str()),
            "locales/{tag} is not in LOCALES"
        );
        let files = ftl_files(tag);
        assert!(!files.is_empty(), "locales/{tag} has no .ftl file");
        for (name, src) in &files {
            // Junk entries and syntax errors both fail here.
            let mut t = MessageTexts::new();
            if let Err(issues) = t.add_file(name, src) {
                panic!("{tag}/{name}: {issues:?}");
            }
            assert!(!t.is_empty(), "{tag}/{name} has no messages");
        }
    }
    // And the embedded copies build bundles.
    let l = localizer();
    for tag in &tags {
        assert!(l.has(tag), "{tag} is not offered");
    }
}

/// Every message a translation has is a source message of the same file,
/// with the same attributes and the same variables. A translation may lack
/// whole messages or files: readers then see the fallback chain's text
/// (checked below), and review mode lists them as not translated.
#[test]
fn every_message_of_a_locale_matches_the_source_in_attributes_and_variables() {
    let sv_files = ftl_files(SOURCE_LOCALE);
    let mut checked = 0;
    for tag in tags_on_disk() {
        if tag == SOURCE_LOCALE {
            continue;
        }
        for (name, src) in ftl_files(&tag) {
            let sv_src = sv_files
                .get(&name)
                .unwrap_or_else(|| panic!("{tag}/{name} has no source file sv/{name}"));
            let mut sv = MessageTexts::new();
            sv.add_file(&name, sv_src).unwrap();
            let mut target = MessageTexts::new();
            target.add_file(&name, &src).unwrap();
            // The keys (value and attributes) of each message, by ID.
            let by_id = |t: &MessageTexts| -> BTreeMap<String, BTreeSet<String>> {
                let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
                for k in t.keys() {
                    out.entry(message_id(k).to_string())
                        .or_default()
                        .insert(k.to_string());
                }
                out
            };
            let sv_ids = by_id(&sv);
            for (id, keys) in by_id(&target) {
                let want = sv_ids
                    .get(&id)
                    .unwrap_or_else(|| panic!("{tag}/{name}: {id} is not a message of sv/{name}"));
                assert_eq!(&keys, want, "{tag}/{name}: value and attributes of {id}");
            }
            for m in target.iter() {
                let want = &sv.get(&m.key).unwrap().vars;
                assert_eq!(&m.vars, want, "{tag}/{name}: variables of {}", m.key);
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} translated messages checked");
}

/// English is the fallback of every translation, so it is complete.
#[test]
fn english_has_every_source_message() {
    let sv = texts(SOURCE_LOCALE);
    let en = texts("en");
    let lacking: Vec<&str> = sv.keys().filter(|k| !en.contains(k)).collect();
    assert!(lacking.is_empty(), "en lacks {lacking:?}");
}

/// Every code an error can cross IPC with has its own translated message
/// (`error-<code>`) in every locale, so no reader meets a code or a
/// generic "something went wrong" where a real reason exists.
#[test]
fn every_error_code_has_its_message_in_every_locale() {
    let mut lacking = Vec::new();
    for tag in tags_on_disk() {
        let t = texts(&tag);
        for code in trygg::error::ErrorCode::ALL {
            let key = format!("error-{code}");
            if !t.contains(&key) {
                lacking.push(format!("{tag}: {key}"));
            }
        }
    }
    assert!(lacking.is_empty(), "lacking: {lacking:?}");
}

#[test]
fn no_message_id_is_defined_in_two_files_of_a_locale() {
    for tag in tags_on_disk() {
        // `texts` adds file after file and fails on a key seen before.
        let all = texts(&tag);
        assert!(!all.is_empty());
    }
}

// ---------------------------------------------------------------------------
// Fallback and direction.
// ---------------------------------------------------------------------------

#[test]
fn dari_falls_back_to_persian_then_english_then_swedish() {
    let l = localizer();
    assert_eq!(l.chain("prs"), vec!["prs", "fa", "en", "sv"]);
    assert_eq!(l.chain("ar"), vec!["ar", "en", "sv"]);
    assert_eq!(l.chain("en"), vec!["en", "sv"]);
    assert_eq!(l.chain("sv"), vec!["sv"]);
}

/// The shipped localizer picks each reader's own language from the OS's
/// tags (the full table is in the core's `negotiate` unit tests).
#[test]
fn negotiation_gives_dari_and_kurdish_readers_their_own_language() {
    let l = localizer();
    let pick = |tags: &[&str]| l.negotiate(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>());
    assert_eq!(pick(&["fa-AF"]), "prs");
    assert_eq!(pick(&["fa_IR.UTF-8"]), "fa");
    assert_eq!(pick(&["ku"]), "kmr");
    assert_eq!(pick(&["ku_TR.UTF-8@latin"]), "kmr");
    assert_eq!(pick(&["ku-Arab-IQ"]), "ckb");
    assert_eq!(pick(&["ar_EG.UTF-8"]), "ar");
    assert_eq!(pick(&["ti-ER"]), "ti");
    assert_eq!(pick(&["de-DE", "so-SO"]), "so");
    assert_eq!(pick(&["zh-Hant-TW"]), SOURCE_LOCALE);
    assert_eq!(pick(&[]), SOURCE_LOCALE);
    // Every shipped locale's own tag (a remembered choice) gives itself.
    for info in l.locales() {
        assert_eq!(pick(&[info.tag]), info.tag);
    }
}

#[test]
fn every_source_message_has_text_in_every_locale_never_an_id() {
    let l = localizer();
    let source = l.source_texts();
    assert!(source.len() > 100, "sv has only {} messages", source.len());
    for info in l.locales() {
        for (key, m) in source.iter().map(|m| (m.key.as_str(), m)) {
            // Every variable set (to a number, which any placeable takes).
            let mut args = fluent_bundle::FluentArgs::new();
            for v in &m.vars {
                args.set(v.clone(), 3);
            }
            let (id, attr) = match key.split_once('.') {
                Some((i, a)) => (i, Some(a)),
                None => (key, None),
            };
            let (text, _) = l
                .format(info.tag, id, attr, Some(&args))
                .unwrap_or_else(|| panic!("{}: {key} has no text", info.tag));
            assert!(!text.trim().is_empty(), "{}: {key} is empty", info.tag);
            assert_ne!(text, key, "{}: {key} shows its ID", info.tag);
        }
    }
}

#[test]
fn a_message_dari_lacks_comes_from_persian_or_further_down_the_chain() {
    let l = localizer();
    let b = l.bundle("prs").unwrap();
    let prs = l.texts("prs").unwrap();
    let fa = l.texts("fa").unwrap();
    let en = l.texts("en").unwrap();
    // Dari's own text is used where it has one.
    let own = l.format("prs", "section-assess-risks", None, None).unwrap();
    assert_eq!(own.1, "prs");
    assert_eq!(b.resources[0].locale, "prs");
    assert!(b.resources[0].source.contains(&own.0));
    for m in l.source_texts().iter() {
        let key = m.key.as_str();
        // Every variable set (to a number, which any placeable takes).
        let mut args = fluent_bundle::FluentArgs::new();
        for v in &m.vars {
            args.set(v.clone(), 3);
        }
        let k = trygg::i18n::MessageKey::from_flat(key);
        let (_, from) = l
            .format("prs", &k.id, k.attr.as_deref(), Some(&args))
            .unwrap();
        assert_eq!(from == "prs", prs.contains(key), "{key}");
        if prs.contains(key) {
            continue;
        }
        let want = if fa.contains(key) {
            "fa"
        } else if en.contains(key) {
            "en"
        } else {
            "sv"
        };
        assert_eq!(from, want, "{key}");
    }
}

/// The chain itself, on made-up files where Dari lacks messages that
/// Persian, English and only Swedish have: each comes from the right place.
#[test]
fn the_dari_chain_goes_to_persian_then_english_then_swedish() {
    let files: &[(&str, &str, &str)] = &[
        ("sv", "t.ftl", "a = A-sv\nb = B-sv\nc = C-sv\nd = D-sv\n"),
        ("en", "t.ftl", "a = A-en\nb = B-en\nc = C-en\n"),
        ("fa", "t.ftl", "a = A-fa\nb = B-fa\n"),
        ("prs", "t.ftl", "a = A-prs\n"),
    ];
    let l = trygg::i18n::Localizer::from_files(files).unwrap();
    assert_eq!(l.chain("prs"), vec!["prs", "fa", "en", "sv"]);
    let text = |tag: &str, key: &str| l.text(tag, key).unwrap().0;
    assert_eq!(text("prs", "a"), "A-prs");
    assert_eq!(text("prs", "b"), "B-fa");
    assert_eq!(text("prs", "c"), "C-en");
    assert_eq!(text("prs", "d"), "D-sv");
    // The UI gets the same chain's sources, in order, to format from.
    let b = l.bundle("prs").unwrap();
    let sent: Vec<(&str, &str)> = b
        .resources
        .iter()
        .map(|r| (r.locale, r.source.as_str()))
        .collect();
    assert_eq!(
        sent,
        vec![
            ("prs", "a = A-prs\n"),
            ("fa", "a = A-fa\nb = B-fa\n"),
            ("en", "a = A-en\nb = B-en\nc = C-en\n"),
            ("sv", "a = A-sv\nb = B-sv\nc = C-sv\nd = D-sv\n"),
        ]
    );
    let from = |tag: &str, key: &str| l.text(tag, key).unwrap().1;
    assert_eq!(
        ["a", "b", "c", "d"].map(|k| from("prs", k)),
        ["prs", "fa", "en", "sv"]
    );
    // Persian itself skips Dari and goes straight to English.
    assert_eq!(text("fa", "c"), "C-en");
}

/// Review data is read on first use, but a broken translation still stops
/// the start: a syntax error, or one ID given twice (in one file or two).
#[test]
fn a_broken_translation_file_fails_at_start_not_later() {
    use trygg::error::Coded;
    let sv = ("sv", "t.ftl", "a = A\nb = B\n");
    let cases: &[&[(&str, &str, &str)]] = &[
        &[sv, ("en", "t.ftl", "a = A-en\nb = {\n")],
        &[sv, ("en", "t.ftl", "a = A-en\na = again\n")],
        &[
            sv,
            ("en", "t.ftl", "a = A-en\n"),
            ("en", "u.ftl", "a = again\n"),
        ],
    ];
    for files in cases {
        let err = trygg::i18n::Localizer::from_files(files).err();
        let err = err.unwrap_or_else(|| panic!("{files:?} was accepted"));
        assert_eq!(err.code(), "translation_broken", "{files:?}");
        assert_eq!(err.details()["locale"], "en", "{files:?}");
    }
    // The same files without the fault start, and their texts are there.
    let l = trygg::i18n::Localizer::from_files(&[sv, ("en", "t.ftl", "a = A-en\n")]).unwrap();
    assert_eq!(l.texts("en").unwrap().text("a"), Some("A-en"));
    assert_eq!(l.text("en", "b").unwrap(), ("B".to_string(), "sv"));
}

#[test]
fn arabic_script_locales_are_right_to_left_and_the_rest_left_to_right() {
    let l = localizer();
    let rtl = ["ar", "fa", "prs", "ckb"];
    for info in l.locales() {
        let want = if rtl.contains(&info.tag) {
            TextDirection::Rtl
        } else {
            TextDirection::Ltr
        };
        assert_eq!(info.dir, want, "{}", info.tag);
        assert_eq!(l.bundle(info.tag).unwrap().dir, want, "{}", info.tag);
    }
    let offered: BTreeSet<&str> = l.locales().iter().map(|i| i.tag).collect();
    for tag in [
        "sv", "en", "ar", "fa", "prs", "so", "ti", "ckb", "kmr", "tr",
    ] {
        assert!(offered.contains(tag), "{tag} not offered");
    }
}

// ---------------------------------------------------------------------------
// Draft flag and review-state files.
// ---------------------------------------------------------------------------

#[test]
fn source_is_never_a_draft_and_unapproved_translations_are() {
    let l = localizer();
    for info in l.locales() {
        let shipped = l.shipped_review(info.tag).unwrap();
        let own = l.texts(info.tag).unwrap();
        let all_approved = shipped.all_approved(l.source_texts(), own);
        if info.tag == SOURCE_LOCALE {
            assert!(!info.draft);
            assert!(!l.bundle(info.tag).unwrap().draft);
        } else if !all_approved {
            assert!(info.draft, "{} has unapproved text", info.tag);
            assert!(l.bundle(info.tag).unwrap().draft, "{}", info.tag);
        }
    }
}

/// Brings a locale's review.json up to date (only with TRYGG_UPDATE_REVIEW).
fn update_review_file(tag: &str, source: &MessageTexts, target: &MessageTexts) {
    let path = locales_dir().join(tag).join(REVIEW_FILE);
    let mut f = fs::read_to_string(&path)
        .ok()
        .and_then(|j| ReviewFile::parse(&j).ok())
        .filter(|f| f.locale == tag)
        .unwrap_or_else(|| ReviewFile::empty(tag));
    f.reconcile(source, target);
    let tmp = path.with_extension("json.tmp");
    fs::write(&tmp, f.to_json()).unwrap();
    fs::rename(&tmp, &path).unwrap();
}

#[test]
fn every_translation_has_a_review_file_covering_exactly_its_messages() {
    let source = texts(SOURCE_LOCALE);
    let update = std::env::var_os(UPDATE_ENV).is_some();
    let mut problems = Vec::new();
    for tag in tags_on_disk() {
        let path = locales_dir().join(&tag).join(REVIEW_FILE);
        if tag == SOURCE_LOCALE {
            assert!(!path.exists(), "the source needs no review state");
            continue;
        }
        let target = texts(&tag);
        if update {
            update_review_file(&tag, &source, &target);
        }
        let json = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run with {UPDATE_ENV}=1)", path.display()));
        let f = ReviewFile::parse(&json).unwrap_or_else(|e| panic!("{tag}/{REVIEW_FILE}: {e}"));
        assert_eq!(f.locale, tag);
        assert_eq!(
            json,
            f.to_json(),
            "{tag}/{REVIEW_FILE} is not in canonical form"
        );
        let covered: BTreeSet<&str> = f.messages.keys().map(String::as_str).collect();
        let has: BTreeSet<&str> = target.keys().filter(|k| source.contains(k)).collect();
        if covered != has {
            let extra: Vec<_> = covered.difference(&has).collect();
            let lacking: Vec<_> = has.difference(&covered).collect();
            problems.push(format!(
                "{tag}: {} extra (e.g. {:?}), {} lacking (e.g. {:?})",
                extra.len(),
                &extra[..extra.len().min(3)],
                lacking.len(),
                &lacking[..lacking.len().min(3)],
            ));
        }
        for (key, e) in &f.messages {
            for h in [&e.source_hash, &e.target_hash] {
                assert!(
                    h.len() == 64 && h.chars().all(|c| c.is_ascii_hexdigit()),
                    "{tag}: {key} has a malformed hash"
                );
            }
            // An approval shipped for a text that has changed since would
            // be dropped at run time anyway; it must not be shipped.
            if e.state == ReviewState::Approved {
                assert!(
                    e.is_current(source.text(key), target.text(key)),
                    "{tag}: {key} is approved for an older text"
                );
            }
        }
    }
    assert!(
        problems.is_empty(),
        "review files out of date (run with {UPDATE_ENV}=1):\n{}",
        problems.join("\n")
    );
}

#[test]
fn shipped_review_state_is_the_embedded_file() {
    let l = localizer();
    for info in l.locales() {
        if info.tag == SOURCE_LOCALE {
            continue;
        }
        let f = l.shipped_review(info.tag).unwrap();
        assert_eq!(f.locale, info.tag);
        assert!(
            !f.messages.is_empty(),
            "{}: no review state embedded",
            info.tag
        );
    }
}

// ---------------------------------------------------------------------------
// Conventions (Mozilla's Fluent guidelines).
// ---------------------------------------------------------------------------

/// Every Swedish and English message with a variable has a `# Variables:`
/// comment that names each of its variables with its type, as translators
/// (and the UI's plural test, which reads the types) need.
#[test]
fn every_message_with_a_variable_says_what_each_variable_is() {
    use fluent_syntax::ast;
    let mut checked = 0;
    for tag in ["sv", "en"] {
        for (name, src) in ftl_files(tag) {
            let res = fluent_syntax::parser::parse(src.as_str()).expect("parses");
            for entry in &res.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars.extend(trygg::i18n::variables_of(v));
                }
                for a in &m.attributes {
                    vars.extend(trygg::i18n::variables_of(&a.value));
                }
                if vars.is_empty() {
                    continue;
                }
                let comment = m
                    .comment
                    .as_ref()
                    .map(|c| c.content.join("\n"))
                    .unwrap_or_default();
                let id = m.id.name;
                assert!(
                    comment.contains("Variables:"),
                    "{tag}/{name} {id}: no `# Variables:` comment"
                );
                for v in &vars {
                    let typed = ["Number", "String", "Date", "List"]
                        .iter()
                        .any(|t| comment.contains(&format!("${v} ({t})")));
                    assert!(
                        typed,
                        "{tag}/{name} {id}: ${v} is not described with a type"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 90, "only {checked} messages checked");
}
