//! Fuzzing record decoding, on two levels:
//!
//! - plaintext: any bytes, and valid records of every domain type changed
//!   field by field, sealed properly and read back through the typed API:
//!   a value (which then validates or names the broken field) or
//!   `Malformed`/`VersionMismatch`, never a panic, and the other records and
//!   cases still open;
//! - ciphertext: rows of the SQLite file changed behind the vault's back
//!   (sealed bytes, version, kind, id, workspace, column types): the record
//!   gives `Tampered`/`NotFound` (or shows as damaged in a listing), every
//!   other record opens, and once the row is put back it opens again.
//!
//! Bounded for `cargo test`; `PROPTEST_CASES=N` runs N cases per target.

use crate::fuzz_support;

use chrono::NaiveDate;
use fuzz_support::{apply, edit, runner, scratch_dir, Executions, Outcomes, JSON_TOKENS};
use proptest::prelude::*;
use proptest::sample::Index;
use rusqlite::types::Value as Sql;
use serde_json::Value;
use std::cell::RefCell;
use std::path::PathBuf;
use trygg::casebook::{self, CaseFile};
use trygg::domain::{
    Case, Colour, ContactAgreement, CrisisPlan, DomainError, Meeting, SafeToCall, SituationReview,
    WarningKind, WarningSign,
};
use trygg::error::Coded;
use trygg::guidance::catalogue;
use trygg::vault::{
    DamagedRecord, KdfParams, Record, RecordId, RecordKind, Vault, VaultError, VaultOptions,
};

const PASS: &str = "correct horse battery staple";

/// The record kinds of the case domain (the vault has others of its own).
const DOMAIN_KINDS: [RecordKind; 5] = [
    RecordKind::Case,
    RecordKind::CrisisPlan,
    RecordKind::ContactAgreement,
    RecordKind::SituationReview,
    RecordKind::Meeting,
];

/// The parts of one case as stored.
struct Parts {
    id: RecordId,
    file: CaseFile,
    meeting_id: RecordId,
}

impl Parts {
    /// (kind, record ID) of each of the case's records.
    fn records(&self, v: &Vault) -> Vec<(RecordKind, RecordId)> {
        let mut out = vec![(RecordKind::Case, self.id)];
        for k in [
            RecordKind::CrisisPlan,
            RecordKind::ContactAgreement,
            RecordKind::SituationReview,
        ] {
            out.push((k, v.child_id(k, &self.id).unwrap()));
        }
        out.push((RecordKind::Meeting, self.meeting_id));
        out
    }
}

/// A vault (in memory-backed scratch space) with two full cases.
struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
    v: Vault,
    cases: [Parts; 2],
}

fn fixture() -> Fixture {
    let dir = scratch_dir();
    let path = dir.path().join("vault.db");
    let mut v = Vault::open(&path, VaultOptions::default()).unwrap();
    v.create(PASS, KdfParams::FLOOR).unwrap();
    let cat = catalogue();
    let mut make = |alias: &str, word: &str| {
        let c = casebook::create(&mut v, alias).unwrap();
        let mut case = c.case.clone();
        case.colour = Some(Colour::Purple);
        casebook::update(&mut v, &c.id, case).unwrap();
        let mut plan = CrisisPlan::new(c.id);
        plan.situation = "Bor hos föräldrar,\noroad inför sommarlovet".into();
        plan.steps = vec!["Ring 112".into(), "Gå till skolkuratorn".into()];
        plan.safe_places = vec!["Skolans bibliotek".into()];
        plan.warning_signs = vec![WarningSign {
            kind: WarningKind::TravelAbroad,
            note: "Biljetter bokade".into(),
        }];
        plan.code_word = word.into();
        plan.next_review = NaiveDate::from_ymd_opt(2026, 6, 1);
        casebook::save_plan(&mut v, &c.id, plan).unwrap();
        let mut contact = ContactAgreement::new(c.id);
        contact.safe_to_call = SafeToCall::OnlyAtTimes;
        contact.call_when = "Tisdagar 10–12".into();
        contact.code_word_cannot_talk = word.into();
        casebook::save_contact(&mut v, &c.id, contact).unwrap();
        let mut review = SituationReview::new(c.id);
        review.own_view = "Orolig".into();
        review.linked_measures = vec![1, 0];
        casebook::save_review(&mut v, &c.id, review).unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        let m = casebook::create_meeting(&mut v, &c.id, date, &cat).unwrap();
        let mut meeting = m.meeting.clone();
        meeting.checklist[0].done = true;
        meeting.checklist[0].note = "Telefoner lämnade utanför".into();
        casebook::save_meeting(&mut v, &m.id, meeting, &cat).unwrap();
        let file = casebook::open(&mut v, &c.id).unwrap();
        assert!(file.damaged.is_empty());
        Parts {
            id: c.id,
            file,
            meeting_id: m.id,
        }
    };
    let a = make("Rosen", "blåbär");
    let b = make("Eken", "lingon");
    Fixture {
        _dir: dir,
        path,
        v,
        cases: [a, b],
    }
}

/// The parts a user compares when a case opens.
fn same_case(a: &CaseFile, b: &CaseFile) -> bool {
    a.id == b.id
        && a.case == b.case
        && a.plan == b.plan
        && a.contact == b.contact
        && a.review == b.review
        && a.meetings.len() == b.meetings.len()
        && a.meetings
            .iter()
            .zip(&b.meetings)
            .all(|(x, y)| x.id == y.id && x.meeting == y.meeting)
}

// ---------------------------------------------------------------------------
// Plaintext: decoding and validating every domain type.
// ---------------------------------------------------------------------------

/// A domain type with its validation and the prefix of its field paths.
trait Checked: Record + Clone + PartialEq {
    const PREFIX: &'static str;
    fn check(&self) -> Result<(), DomainError>;
}

macro_rules! checked {
    ($ty:ty, $prefix:literal) => {
        impl Checked for $ty {
            const PREFIX: &'static str = $prefix;
            fn check(&self) -> Result<(), DomainError> {
                self.validate()
            }
        }
    };
}
checked!(Case, "case.");
checked!(CrisisPlan, "plan.");
checked!(ContactAgreement, "contact.");
checked!(SituationReview, "review.");

impl Checked for Meeting {
    const PREFIX: &'static str = "meeting.";
    fn check(&self) -> Result<(), DomainError> {
        self.validate(&catalogue())
    }
}

/// Strings that the domain types accept or nearly accept: enum names,
/// dates, IDs, item IDs, phone numbers, and characters validation refuses.
fn domain_words() -> Vec<String> {
    let mut words: Vec<String> = [
        "red",
        "purple",
        "Red",
        "travel-abroad",
        "family-pressure",
        "other",
        "emergency112",
        "social-services-on-call",
        "trusted-person",
        "id",
        "medicine",
        "yes",
        "no",
        "only-at-times",
        "unknown",
        "only-neutral",
        "sms",
        "in-person",
        "via-contact-person",
        "on-site",
        "no-preference",
        "female",
        "office",
        "video",
        "before",
        "during",
        "after",
        "any",
        "practitioner",
        "support-person",
        "police",
        "none",
        "present",
        "partly",
        "absent",
        "2026-01-02",
        "2026-02-30",
        "+262143-12-31",
        "-0001-01-01",
        "99999-01-01",
        "2026-01-02T10:00:00",
        "2026-01-02T10:00:00Z",
        "2026-01-02T10:00:00.123456789+14:00",
        "9999-12-31T23:59:60Z",
        "+262142-12-31T23:59:59Z",
        "1970-01-01T00:00:00-25:00",
        "00000000000000000000000000000000",
        "0123456789ABCDEF0123456789abcdef",
        "0123456789abcdef0123456789abcde",
        "zz000000000000000000000000000000",
        "control-threats",
        "children-exposed",
        "unknown-item",
        "",
        " ",
        "112",
        "+46 (0)8-123 45/67.",
        "08-123abc",
        "-",
        "\n",
        "\t",
        "\u{0}",
        "\u{7}",
        "\r",
        "\u{85}",
        "\u{2028}",
        "a\nb",
        "blåbär",
        "شکرا",
        "\u{202e}",
        "🙂",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.extend(
        catalogue()
            .items
            .iter()
            .filter(|i| i.checklist)
            .take(6)
            .map(|i| i.id.to_string()),
    );
    words
}

fn json_leaf(words: Vec<String>) -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => proptest::sample::select(words).prop_map(Value::from),
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        2 => proptest::sample::select(vec![0i64, 1, 2, 49, 50, 51, 300, -1, i64::MIN])
            .prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => proptest::sample::select(vec![0.5f64, -0.0, 1e20, 2.0]).prop_map(Value::from),
        1 => ".{0,12}".prop_map(Value::from),
    ]
}

fn json_value(words: Vec<String>) -> impl Strategy<Value = Value> {
    json_leaf(words).prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A change to one node of a record's JSON.
#[derive(Debug, Clone)]
enum JsonEdit {
    Replace(Index, Value),
    Remove(Index),
    AddKey(Index, String, Value),
    /// Lists grown or cut to a length around the limits.
    Resize(Index, usize),
    /// Texts of a length around the limits, of one repeated character.
    Stretch(Index, usize, char),
    /// A text replaced by another text (a word of the domain, a control
    /// character...), so the record still decodes and validation is reached.
    Word(Index, String),
}

fn json_edit(words: Vec<String>) -> impl Strategy<Value = JsonEdit> {
    let lengths = proptest::sample::select(vec![
        0usize, 1, 29, 30, 31, 59, 60, 61, 99, 100, 101, 199, 200, 201, 9_999, 10_000, 10_001,
    ]);
    let key = prop_oneof![
        proptest::sample::select(vec![
            "alias", "colour", "case_id", "steps", "note", "kind", "items", "x", "",
        ])
        .prop_map(str::to_string),
        "[a-z_]{1,10}",
    ];
    prop_oneof![
        2 => (any::<Index>(), json_value(words.clone())).prop_map(|(i, v)| JsonEdit::Replace(i, v)),
        1 => any::<Index>().prop_map(JsonEdit::Remove),
        1 => (any::<Index>(), key, json_value(words.clone())).prop_map(|(i, k, v)| JsonEdit::AddKey(i, k, v)),
        2 => (any::<Index>(), proptest::sample::select(vec![0usize, 1, 2, 49, 50, 51, 299, 300, 301]))
            .prop_map(|(i, n)| JsonEdit::Resize(i, n)),
        3 => (any::<Index>(), lengths, proptest::sample::select(vec!['a', 'å', '\n', '\t', '\u{1}', '🙂', ' ']))
            .prop_map(|(i, n, c)| JsonEdit::Stretch(i, n, c)),
        4 => (any::<Index>(), proptest::sample::select(words)).prop_map(|(i, w)| JsonEdit::Word(i, w)),
    ]
}

/// JSON pointers of every node, in document order.
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{here}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                pointers(child, format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// A text the practitioner types (not an enum name, a date or an ID), or
/// an item ID: changing it keeps the record decodable.
fn free_text(pointer: &str, v: &Value) -> bool {
    const FIELDS: &[&str] = &[
        "alias",
        "situation",
        "note",
        "label",
        "number",
        "code_word",
        "call_when",
        "sms_content",
        "code_word_cannot_talk",
        "if_someone_else_answers",
        "avoid",
        "stop_sign",
        "who",
        "own_view",
        "summary",
        "closing_who_sees_what",
        "closing_safe_contact",
        "gap_explanation",
        "item_id",
    ];
    let mut parts = pointer.rsplit('/');
    let last = parts.next().unwrap_or_default();
    let parent = parts.next().unwrap_or_default();
    v.is_string()
        && (FIELDS.contains(&last)
            || (last.parse::<usize>().is_ok() && ["steps", "safe_places"].contains(&parent)))
}

fn apply_json(root: &mut Value, e: &JsonEdit) {
    let mut all = Vec::new();
    pointers(root, String::new(), &mut all);
    let at = |i: &Index| all[i.index(all.len())].clone();
    // The first node from `i` on (wrapping) that `fits`, for the edits
    // that keep a node's type.
    let find = |i: &Index, fits: fn(&str, &Value) -> bool| -> Option<String> {
        let start = i.index(all.len());
        (0..all.len())
            .map(|k| &all[(start + k) % all.len()])
            .find(|p| root.pointer(p).is_some_and(|v| fits(p, v)))
            .cloned()
    };
    match e {
        JsonEdit::Replace(i, v) => {
            if let Some(n) = root.pointer_mut(&at(i)) {
                *n = v.clone();
            }
        }
        JsonEdit::Remove(i) => {
            let p = at(i);
            if let Some((parent, last)) = p.rsplit_once('/') {
                match root.pointer_mut(parent) {
                    Some(Value::Object(m)) => {
                        m.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(k) = last.parse::<usize>() {
                            if k < a.len() {
                                a.remove(k);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        JsonEdit::AddKey(i, k, v) => {
            if let Some(Value::Object(m)) = root.pointer_mut(&at(i)) {
                m.insert(k.clone(), v.clone());
            }
        }
        JsonEdit::Resize(i, n) => {
            let Some(p) = find(i, |_, v| v.is_array()) else {
                return;
            };
            if let Some(Value::Array(a)) = root.pointer_mut(&p) {
                let fill = a.first().cloned().unwrap_or(Value::Null);
                a.resize(*n, fill);
            }
        }
        JsonEdit::Stretch(i, n, c) => {
            if let Some(s) = find(i, free_text).and_then(|p| root.pointer_mut(&p)) {
                *s = Value::String(std::iter::repeat(*c).take(*n).collect());
            }
        }
        JsonEdit::Word(i, w) => {
            if let Some(s) = find(i, free_text).and_then(|p| root.pointer_mut(&p)) {
                *s = Value::String(w.clone());
            }
        }
    }
}

/// A plaintext for a record of kind `k`: its real JSON changed node by
/// node (and sometimes byte by byte), or any bytes.
#[derive(Debug, Clone)]
struct Plain {
    kind: usize,
    /// Replace the case's own record (else a fresh record ID is used).
    own: bool,
    version: u16,
    json: Vec<JsonEdit>,
    bytes: Vec<fuzz_support::Edit>,
    random: Option<Vec<u8>>,
}

fn plain() -> impl Strategy<Value = Plain> {
    let words = domain_words();
    (
        0..DOMAIN_KINDS.len(),
        any::<bool>(),
        prop_oneof![8 => Just(1u16), 1 => any::<u16>()],
        proptest::collection::vec(json_edit(words), 0..4),
        prop_oneof![
            4 => Just(Vec::new()),
            1 => proptest::collection::vec(edit(JSON_TOKENS), 1..4),
        ],
        prop_oneof![
            9 => Just(None),
            1 => proptest::collection::vec(any::<u8>(), 0..200).prop_map(Some),
        ],
    )
        .prop_map(|(kind, own, version, json, bytes, random)| Plain {
            kind,
            own,
            version,
            json,
            bytes,
            random,
        })
}

/// The case a sealed meeting says it belongs to: its `case_id`, when the
/// record has the current format and that field can be read (the rest of it
/// may be broken); `None` when it cannot say.
fn meeting_owner(version: u16, bytes: &[u8]) -> Option<RecordId> {
    #[derive(serde::Deserialize)]
    struct Owner {
        case_id: RecordId,
    }
    if version != Meeting::VERSION {
        return None;
    }
    serde_json::from_slice::<Owner>(bytes)
        .ok()
        .map(|o| o.case_id)
}

/// The record of `T` in `file` (the meeting: the case's one meeting).
fn stored<T: Checked>(file: &CaseFile) -> Value {
    match T::KIND {
        RecordKind::Case => serde_json::to_value(&file.case),
        RecordKind::CrisisPlan => serde_json::to_value(&file.plan),
        RecordKind::ContactAgreement => serde_json::to_value(&file.contact),
        RecordKind::SituationReview => serde_json::to_value(&file.review),
        RecordKind::Meeting => serde_json::to_value(&file.meetings[0].meeting),
        other => unreachable!("not a domain kind: {other}"),
    }
    .unwrap()
}

/// Seals `bytes` as a `T` of case 0, reads it back through every path a
/// user's action takes, and puts the original back.
fn decode_one<T: Checked>(
    f: &mut Fixture,
    p: &Plain,
    probe: RecordId,
) -> Result<(), TestCaseError> {
    let own_ids = f.cases[0].records(&f.v);
    let own = own_ids.iter().find(|(k, _)| *k == T::KIND).unwrap().1;
    let id = if p.own { own } else { probe };
    let original = stored::<T>(&f.cases[0].file);
    let bytes = match &p.random {
        Some(r) => r.clone(),
        None => {
            let mut v = original.clone();
            for e in &p.json {
                apply_json(&mut v, e);
            }
            let mut b = serde_json::to_vec(&v).unwrap();
            apply(&mut b, &p.bytes);
            b
        }
    };
    let unchanged = bytes == serde_json::to_vec(&original).unwrap();
    let hex = id.to_hex();

    match f.v.put_versioned(T::KIND, &id, p.version, &bytes) {
        Ok(()) => {}
        Err(VaultError::TooLarge { limit_bytes }) => {
            PLAIN_OUTCOMES.add("too_large");
            prop_assert!(bytes.len() > limit_bytes);
            prop_assert_eq!(limit_bytes, trygg::vault::MAX_RECORD_BYTES);
            return Ok(());
        }
        Err(e) => return Err(TestCaseError::fail(format!("put: {e:?}"))),
    }

    let got = f.v.get_record::<T>(&id);
    match &got {
        Err(VaultError::VersionMismatch {
            record,
            found,
            expected,
        }) => {
            prop_assert_eq!((record, *found, *expected), (&hex, p.version, T::VERSION));
            prop_assert_ne!(p.version, T::VERSION);
            PLAIN_OUTCOMES.add("version_mismatch");
        }
        Err(VaultError::Malformed { record }) => {
            prop_assert_eq!(record, &hex);
            prop_assert_eq!(p.version, T::VERSION);
            prop_assert!(!unchanged, "the stored record itself did not decode");
            PLAIN_OUTCOMES.add("malformed");
        }
        Err(e) => return Err(TestCaseError::fail(format!("unexpected {e:?}"))),
        Ok(value) => {
            prop_assert_eq!(p.version, T::VERSION);
            if unchanged {
                prop_assert!(serde_json::to_value(value).unwrap() == original);
            }
            match value.check() {
                // A record that opens and validates saves and opens again
                // unchanged.
                Ok(()) => {
                    PLAIN_OUTCOMES.add("valid");
                    f.v.put_record(&id, value).unwrap();
                    prop_assert!(f.v.get_record::<T>(&id).as_ref() == Ok(value));
                }
                // Or the editor is told which field breaks which rule.
                Err(e) => {
                    PLAIN_OUTCOMES.add("invalid");
                    prop_assert!(e.field().starts_with(T::PREFIX), "{}", e.field());
                    prop_assert_eq!(e.code(), "invalid_input");
                    let details = e.details();
                    prop_assert_eq!(details["field"].as_str(), Some(e.field()));
                    prop_assert_eq!(details["reason"].as_str(), Some(e.reason()));
                }
            }
        }
    }

    // A listing says the same of this record, and still has the other
    // case's record of this kind.
    let listing = f.v.list_records::<T>().unwrap();
    match &got {
        Ok(value) => prop_assert!(listing.ok.iter().any(|(i, v)| *i == id && v == value)),
        Err(e) => {
            let named = listing.damaged.contains(&DamagedRecord {
                id: Some(id),
                error: e.clone(),
            });
            prop_assert!(named);
        }
    }
    let other = f.cases[1].records(&f.v);
    let other_id = other.iter().find(|(k, _)| *k == T::KIND).unwrap().1;
    let other_value: T = serde_json::from_value(stored::<T>(&f.cases[1].file)).unwrap();
    prop_assert!(listing
        .ok
        .iter()
        .any(|(i, v)| *i == other_id && *v == other_value));

    // Which case names the record as damaged: a plan, agreement or review
    // the case whose child it is; a meeting the case its `case_id` names,
    // or every case when not even that much of it can be read.
    let owner = meeting_owner(p.version, &bytes);
    let (case0, case1) = (f.cases[0].id, f.cases[1].id);
    let named_in = |case: RecordId| {
        got.is_err()
            && if T::KIND == RecordKind::Meeting {
                owner.map_or(true, |o| o == case)
            } else {
                p.own && case == case0
            }
    };

    // The other case opens whole, naming only what is its own or cannot
    // say whose it is; this one opens, naming its damaged part, unless its
    // own case record is what failed.
    let other_file = casebook::open(&mut f.v, &case1).unwrap();
    prop_assert!(same_case(&other_file, &f.cases[1].file));
    let named_elsewhere = if named_in(case1) {
        vec![hex.clone()]
    } else {
        Vec::new()
    };
    prop_assert_eq!(&other_file.damaged, &named_elsewhere);
    let opened = casebook::open(&mut f.v, &case0);
    match (&got, T::KIND, p.own) {
        (Err(e), RecordKind::Case, true) => {
            let code = opened.as_ref().err().map(|e| e.code());
            prop_assert_eq!(code, Some(e.code()));
        }
        _ => {
            let file = opened.unwrap();
            prop_assert_eq!(file.damaged.contains(&hex), named_in(case0));
            if got.is_err() {
                prop_assert!(file.case == f.cases[0].file.case);
            }
        }
    }
    let list = casebook::list(&mut f.v).unwrap();
    prop_assert!(list.cases.iter().any(|c| c.id == f.cases[1].id));

    // Put the original back.
    if p.own {
        let value: T = serde_json::from_value(original).unwrap();
        f.v.put_record(&id, &value).unwrap();
    } else {
        f.v.delete(T::KIND, &id).unwrap();
    }
    Ok(())
}

/// Case 0 as it was stored, and no probe records.
fn reset(f: &mut Fixture, probe: RecordId) {
    let file = &f.cases[0].file;
    let ids = f.cases[0].records(&f.v);
    for (kind, id) in ids {
        match kind {
            RecordKind::Case => f.v.put_record(&id, &file.case),
            RecordKind::CrisisPlan => f.v.put_record(&id, &file.plan),
            RecordKind::ContactAgreement => f.v.put_record(&id, &file.contact),
            RecordKind::SituationReview => f.v.put_record(&id, &file.review),
            _ => f.v.put_record(&id, &file.meetings[0].meeting),
        }
        .unwrap();
        f.v.delete(kind, &probe).unwrap();
    }
}

static PLAIN: Executions = Executions::new("records/plaintext");
static PLAIN_OUTCOMES: Outcomes = Outcomes::new(&[
    "valid",
    "invalid",
    "malformed",
    "version_mismatch",
    "too_large",
]);
static SEALED: Executions = Executions::new("records/ciphertext_rows");
static SEALED_OUTCOMES: Outcomes = Outcomes::new(&[
    "tampered",
    "moved",
    "other_workspace",
    "unchanged",
    "unique_clash",
]);

#[test]
fn changed_plaintext_of_every_type_decodes_or_is_malformed() {
    let cell = RefCell::new(fixture());
    let probe = Vault::new_id().unwrap();
    let dirty = std::cell::Cell::new(false);
    runner(160)
        .run(&plain(), |p| {
            PLAIN.tick();
            let mut guard = cell.borrow_mut();
            let f = &mut *guard;
            if dirty.replace(true) {
                // The last case failed half-way (while shrinking): start
                // again from the stored originals.
                reset(f, probe);
            }
            let result = match DOMAIN_KINDS[p.kind] {
                RecordKind::Case => decode_one::<Case>(f, &p, probe),
                RecordKind::CrisisPlan => decode_one::<CrisisPlan>(f, &p, probe),
                RecordKind::ContactAgreement => decode_one::<ContactAgreement>(f, &p, probe),
                RecordKind::SituationReview => decode_one::<SituationReview>(f, &p, probe),
                _ => decode_one::<Meeting>(f, &p, probe),
            };
            dirty.set(result.is_err());
            result
        })
        .unwrap();
    PLAIN.report();
    PLAIN_OUTCOMES.report("records/plaintext");
    // Everything is as it was.
    let mut f = cell.into_inner();
    for c in &f.cases {
        let file = casebook::open(&mut f.v, &c.id).unwrap();
        assert!(same_case(&file, &c.file));
    }
}

// ---------------------------------------------------------------------------
// Ciphertext: rows changed in the SQLite file.
// ---------------------------------------------------------------------------

/// One record row as stored.
#[derive(Debug, Clone)]
struct Row {
    rowid: i64,
    workspace: Vec<u8>,
    kind: String,
    id: Vec<u8>,
    version: i64,
    sealed: Vec<u8>,
}

fn snapshot(raw: &rusqlite::Connection) -> Vec<Row> {
    let mut stmt = raw
        .prepare("SELECT rowid, workspace, kind, id, version, sealed FROM record ORDER BY rowid")
        .unwrap();
    stmt.query_map([], |r| {
        Ok(Row {
            rowid: r.get(0)?,
            workspace: r.get(1)?,
            kind: r.get(2)?,
            id: r.get(3)?,
            version: r.get(4)?,
            sealed: r.get(5)?,
        })
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn restore(raw: &rusqlite::Connection, rows: &[Row]) {
    raw.execute_batch("BEGIN; DELETE FROM record;").unwrap();
    for r in rows {
        raw.execute(
            "INSERT INTO record (rowid, workspace, kind, id, version, sealed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![r.rowid, r.workspace, r.kind, r.id, r.version, r.sealed],
        )
        .unwrap();
    }
    raw.execute_batch("COMMIT").unwrap();
}

#[derive(Debug, Clone)]
enum RowEdit {
    Sealed(Vec<fuzz_support::Edit>),
    /// Another row's sealed bytes.
    SealedFrom(Index),
    /// Any column set to a value (possibly of another SQL type).
    Column(&'static str, Sql),
}

fn sql_value() -> impl Strategy<Value = Sql> {
    let kinds: Vec<String> = RecordKind::ALL
        .iter()
        .map(|k| k.as_str().to_string())
        .chain(["Case", "case ", "", "backup"].map(String::from))
        .collect();
    prop_oneof![
        3 => prop_oneof![
            Just(0i64), Just(1), Just(2), Just(65_535), Just(65_536), Just(-1), any::<i64>()
        ].prop_map(Sql::Integer),
        1 => proptest::sample::select(vec![1.0f64, 1.5, -0.0]).prop_map(Sql::Real),
        3 => prop_oneof![proptest::sample::select(kinds), ".{0,20}", Just("1".to_string())]
            .prop_map(Sql::Text),
        3 => prop_oneof![
            proptest::collection::vec(any::<u8>(), 16..=16),
            proptest::collection::vec(any::<u8>(), 0..40),
        ]
        .prop_map(Sql::Blob),
    ]
}

fn row_edit() -> impl Strategy<Value = RowEdit> {
    prop_oneof![
        4 => proptest::collection::vec(edit(JSON_TOKENS), 1..4).prop_map(RowEdit::Sealed),
        1 => any::<Index>().prop_map(RowEdit::SealedFrom),
        6 => (
            proptest::sample::select(vec!["workspace", "kind", "id", "version", "sealed"]),
            sql_value(),
        )
            .prop_map(|(c, v)| RowEdit::Column(c, v)),
    ]
}

/// The parsed key of a row as it is now stored.
fn kind_of(v: &Sql) -> Option<RecordKind> {
    match v {
        Sql::Text(s) => RecordKind::parse(s),
        _ => None,
    }
}

fn id_of(v: &Sql) -> Option<RecordId> {
    match v {
        Sql::Blob(b) => b.as_slice().try_into().ok().map(RecordId),
        _ => None,
    }
}

#[test]
fn a_changed_row_fails_alone_and_opens_again_when_put_back() {
    let f = fixture();
    let raw = rusqlite::Connection::open(&f.path).unwrap();
    raw.busy_timeout(std::time::Duration::from_secs(5)).unwrap();
    let rows = snapshot(&raw);
    let total = rows.len();
    assert_eq!(total, 10);
    // Which case and record each row is, and its plaintext.
    let owners: Vec<(usize, RecordKind, RecordId)> = rows
        .iter()
        .map(|r| {
            let id = RecordId(r.id.as_slice().try_into().unwrap());
            let kind = RecordKind::parse(&r.kind).unwrap();
            let case = (0..2)
                .find(|&c| f.cases[c].records(&f.v).contains(&(kind, id)))
                .unwrap();
            (case, kind, id)
        })
        .collect();
    let plain: Vec<Vec<u8>> = owners
        .iter()
        .map(|(_, k, i)| f.v.get(*k, i).unwrap().to_vec())
        .collect();
    let cell = RefCell::new(f);

    let strategy = (any::<Index>(), proptest::collection::vec(row_edit(), 1..3));
    runner(160)
        .run(&strategy, |(which, edits)| {
            SEALED.tick();
            let mut guard = cell.borrow_mut();
            let f = &mut *guard;
            restore(&raw, &rows);
            let r = which.index(total);
            let (case, kind, id) = owners[r];
            for e in &edits {
                let (col, value) = match e {
                    RowEdit::Sealed(be) => {
                        let mut s = rows[r].sealed.clone();
                        apply(&mut s, be);
                        ("sealed", Sql::Blob(s))
                    }
                    RowEdit::SealedFrom(i) => {
                        ("sealed", Sql::Blob(rows[i.index(total)].sealed.clone()))
                    }
                    RowEdit::Column(c, v) => (*c, v.clone()),
                };
                let sql = format!("UPDATE record SET {col} = ?1 WHERE rowid = ?2");
                if raw
                    .execute(&sql, rusqlite::params![value, rows[r].rowid])
                    .is_err()
                {
                    // A key another row already has (UNIQUE): not a state
                    // SQLite lets the file reach.
                    SEALED_OUTCOMES.add("unique_clash");
                    return Ok(());
                }
            }
            let now: [Sql; 5] = raw
                .query_row(
                    "SELECT workspace, kind, id, version, sealed FROM record WHERE rowid = ?1",
                    [rows[r].rowid],
                    |q| Ok([q.get(0)?, q.get(1)?, q.get(2)?, q.get(3)?, q.get(4)?]),
                )
                .unwrap();
            let o = &rows[r];
            let in_workspace = now[0] == Sql::Blob(o.workspace.clone());
            let addressed = in_workspace
                && now[1] == Sql::Text(o.kind.clone())
                && now[2] == Sql::Blob(o.id.clone());
            let intact = now[3] == Sql::Integer(o.version) && now[4] == Sql::Blob(o.sealed.clone());
            let tampered = |i: RecordId| VaultError::Tampered { record: i.to_hex() };

            let all = f.v.list_all().unwrap();
            if addressed && intact {
                SEALED_OUTCOMES.add("unchanged");
                prop_assert_eq!(f.v.get(kind, &id).unwrap().to_vec(), plain[r].clone());
                prop_assert_eq!(all.ok.len(), total);
            } else if addressed {
                SEALED_OUTCOMES.add("tampered");
                prop_assert_eq!(f.v.get(kind, &id), Err(tampered(id)));
                let named = all.damaged.contains(&DamagedRecord {
                    id: Some(id),
                    error: tampered(id),
                });
                prop_assert!(named);
            } else {
                prop_assert_eq!(f.v.get(kind, &id), Err(VaultError::NotFound));
                SEALED_OUTCOMES.add(if in_workspace {
                    "moved"
                } else {
                    "other_workspace"
                });
                if in_workspace {
                    let corrupt = DamagedRecord {
                        id: None,
                        error: VaultError::Corrupt,
                    };
                    match (kind_of(&now[1]), id_of(&now[2])) {
                        (Some(k), Some(i)) => prop_assert_eq!(f.v.get(k, &i), Err(tampered(i))),
                        (Some(k), None) => {
                            let named = f.v.list(k).unwrap().damaged.contains(&corrupt);
                            prop_assert!(named);
                        }
                        (None, Some(i)) => {
                            let unknown = DamagedRecord {
                                id: Some(i),
                                error: VaultError::UnknownKind,
                            };
                            prop_assert!(all.damaged.contains(&unknown));
                        }
                        (None, None) => prop_assert!(all.damaged.contains(&corrupt)),
                    }
                } else {
                    // Another workspace's row: not shown at all.
                    prop_assert!(all.damaged.is_empty());
                }
            }
            if !(addressed && intact) {
                prop_assert_eq!(all.ok.len(), total - 1);
            }
            // Every other record opens as it was.
            for (j, (_, k, i)) in owners.iter().enumerate() {
                if j != r {
                    prop_assert_eq!(f.v.get(*k, i).unwrap().to_vec(), plain[j].clone());
                }
            }
            // The other case opens whole; this one opens with the damaged
            // part named, unless the case record itself is what failed.
            let other = casebook::open(&mut f.v, &f.cases[1 - case].id).unwrap();
            prop_assert!(same_case(&other, &f.cases[1 - case].file));
            // A meeting row that does not open cannot say whose it is, so
            // every case names it; nothing else of another case is named.
            let meeting_row =
                kind == RecordKind::Meeting || kind_of(&now[1]) == Some(RecordKind::Meeting);
            if meeting_row && !(addressed && intact) {
                let row_names: Vec<String> = [Some(id), id_of(&now[2])]
                    .into_iter()
                    .flatten()
                    .map(|i| i.to_hex())
                    .chain([String::new()])
                    .collect();
                prop_assert!(other.damaged.iter().all(|d| row_names.contains(d)));
            } else {
                prop_assert!(other.damaged.is_empty());
            }
            let opened = casebook::open(&mut f.v, &f.cases[case].id);
            if !(addressed && intact) {
                if kind == RecordKind::Case {
                    let code = opened.as_ref().err().map(|e| e.code().as_str());
                    prop_assert!(matches!(code, Some("tampered" | "not_found")), "{:?}", code);
                } else {
                    let file = opened.unwrap();
                    prop_assert!(file.case == f.cases[case].file.case);
                    if addressed {
                        prop_assert!(file.damaged.contains(&id.to_hex()));
                    }
                }
            }

            // Put back, everything opens again.
            restore(&raw, &rows);
            let all = f.v.list_all().unwrap();
            prop_assert_eq!((all.ok.len(), all.damaged.len()), (total, 0));
            prop_assert_eq!(f.v.get(kind, &id).unwrap().to_vec(), plain[r].clone());
            Ok(())
        })
        .unwrap();
    SEALED.report();
    SEALED_OUTCOMES.report("records/ciphertext_rows");
    let mut f = cell.into_inner();
    for c in &f.cases {
        let file = casebook::open(&mut f.v, &c.id).unwrap();
        assert!(same_case(&file, &c.file) && file.damaged.is_empty());
    }
}
