//! Fuzzing the settings file (`prefs.json`): whatever it holds, the app
//! starts with valid preferences (the file's, or the defaults), and a
//! setting saved afterwards is what the next start reads.
//!
//! Bounded for `cargo test`; `PROPTEST_CASES=N` runs N cases per target.

use crate::fuzz_support;

use fuzz_support::{apply, edit, runner, Executions, JSON_TOKENS};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use std::path::Path;
use trygg::error::Coded;
use trygg::settings::{
    CoverKind, Settings, SettingsError, BACKUP_REMINDER_RANGE, IDLE_LOCK_RANGE, MAX_SETTINGS_BYTES,
    RETENTION_RANGE,
};

const FIELDS: [&str; 6] = [
    "locale",
    "cover",
    "idle_lock_secs",
    "retention_days",
    "backup_reminder_days",
    "set_up",
];

fn valid_settings() -> impl Strategy<Value = Settings> {
    (
        proptest::option::of(prop_oneof![
            proptest::sample::select(vec!["sv", "en", "ar", "fa", "prs", "so", "ti"])
                .prop_map(str::to_string),
            "[a-zA-Z-]{0,16}",
        ]),
        any::<bool>(),
        IDLE_LOCK_RANGE,
        RETENTION_RANGE,
        BACKUP_REMINDER_RANGE,
        any::<bool>(),
    )
        .prop_map(
            |(locale, passcode, idle, retention, backup, set_up)| Settings {
                locale,
                cover: if passcode {
                    CoverKind::Passcode
                } else {
                    CoverKind::Calculator
                },
                idle_lock_secs: idle,
                retention_days: retention,
                backup_reminder_days: backup,
                set_up,
            },
        )
}

/// A JSON value of any type, biased to the ranges' edges and to the words
/// the fields accept.
fn field_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => proptest::sample::select(vec![
            0i64, 1, 6, 7, 29, 30, 31, 120, 180, 365, 366, 899, 900, 901, 3650, 3651, -1,
            i64::from(u32::MAX), i64::from(u32::MAX) + 1, i64::MIN, i64::MAX,
        ])
        .prop_map(Value::from),
        2 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => proptest::sample::select(vec![120.0f64, 0.5, -0.0, 1e300]).prop_map(Value::from),
        3 => proptest::sample::select(vec![
            "calculator", "passcode", "Calculator", "PASSCODE", "", "sv", "en-GB",
            "abcdefghijklmnop", "abcdefghijklmnopq", "åååååååå", "ååååååååå", "\u{0}",
        ])
        .prop_map(Value::from),
        1 => ".{0,24}".prop_map(Value::from),
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        1 => Just(json!([])),
        1 => Just(json!({"locale": "sv"})),
    ]
}

#[derive(Debug, Clone)]
enum Change {
    Set(usize, Value),
    Remove(usize),
    Unknown(String, Value),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        5 => (0..FIELDS.len(), field_value()).prop_map(|(f, v)| Change::Set(f, v)),
        2 => (0..FIELDS.len()).prop_map(Change::Remove),
        1 => ("[a-z_]{1,20}", field_value())
            .prop_filter("a field we know", |(k, _)| !FIELDS.contains(&k.as_str()))
            .prop_map(|(k, v)| Change::Unknown(k, v)),
    ]
}

/// What the documented rules say a start reads from `obj`: missing fields
/// take their default; an unknown field, a value of the wrong type or out of
/// range makes the whole file fall back to the defaults.
fn expected(obj: &Map<String, Value>) -> Settings {
    let mut s = Settings::default();
    for (key, value) in obj {
        let ok = match key.as_str() {
            "locale" => match value {
                Value::Null => {
                    s.locale = None;
                    true
                }
                Value::String(l) if l.len() <= 16 => {
                    s.locale = Some(l.clone());
                    true
                }
                _ => false,
            },
            "cover" => match value.as_str() {
                Some("calculator") => {
                    s.cover = CoverKind::Calculator;
                    true
                }
                Some("passcode") => {
                    s.cover = CoverKind::Passcode;
                    true
                }
                _ => false,
            },
            "idle_lock_secs" => in_range(value, &IDLE_LOCK_RANGE, &mut s.idle_lock_secs),
            "retention_days" => in_range(value, &RETENTION_RANGE, &mut s.retention_days),
            "backup_reminder_days" => {
                in_range(value, &BACKUP_REMINDER_RANGE, &mut s.backup_reminder_days)
            }
            "set_up" => match value.as_bool() {
                Some(b) => {
                    s.set_up = b;
                    true
                }
                None => false,
            },
            _ => false,
        };
        if !ok {
            return Settings::default();
        }
    }
    s
}

fn in_range(v: &Value, range: &std::ops::RangeInclusive<u32>, out: &mut u32) -> bool {
    match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
        Some(n) if range.contains(&n) => {
            *out = n;
            true
        }
        _ => false,
    }
}

/// After whatever the file held: a valid setting saves and is read back,
/// and a refused save (out of range) leaves it in place.
fn saved_setting_survives(path: &Path, good: &Settings) -> Result<(), TestCaseError> {
    good.save(path)
        .map_err(|e| TestCaseError::fail(format!("save: {e}")))?;
    prop_assert_eq!(&Settings::load(path), good);
    let mut bad = good.clone();
    bad.idle_lock_secs = 5;
    let err = bad.save(path).unwrap_err();
    let refused_field = match err {
        SettingsError::OutOfRange { field } => field,
        SettingsError::Write => "write",
    };
    prop_assert_eq!(refused_field, "idle_lock_secs");
    prop_assert_eq!(err.code(), "invalid_input");
    prop_assert_eq!(&Settings::load(path), good);
    Ok(())
}

/// The bytes without whitespace outside JSON strings: equal for two texts
/// that differ only in layout. (Comparing parsed `Value`s is not enough: a
/// repeated key collapses in a `Value`, while the settings file refuses it.)
fn without_layout(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let (mut in_string, mut escaped) = (false, false);
    for &c in b {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
            }
        } else if c == b'"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            out.push(c);
        }
    }
    out
}

static STRUCTURED: Executions = Executions::new("settings/structured");
static BYTES: Executions = Executions::new("settings/bytes");
static SIZE: Executions = Executions::new("settings/size");

#[test]
fn a_changed_field_is_taken_or_the_defaults_are_used() {
    let dir = fuzz_support::scratch_dir();
    let path = dir.path().join("prefs.json");
    let strategy = (
        valid_settings(),
        proptest::collection::vec(change(), 1..5),
        any::<bool>(),
        valid_settings(),
    );
    runner(128)
        .run(&strategy, |(base, changes, pretty, later)| {
            STRUCTURED.tick();
            let Value::Object(mut obj) = serde_json::to_value(&base).unwrap() else {
                unreachable!("settings serialise as an object");
            };
            for c in changes {
                match c {
                    Change::Set(f, v) => {
                        obj.insert(FIELDS[f].to_string(), v);
                    }
                    Change::Remove(f) => {
                        obj.remove(FIELDS[f]);
                    }
                    Change::Unknown(k, v) => {
                        obj.insert(k, v);
                    }
                }
            }
            let want = expected(&obj);
            let v = Value::Object(obj);
            let bytes = if pretty {
                serde_json::to_vec_pretty(&v).unwrap()
            } else {
                serde_json::to_vec(&v).unwrap()
            };
            std::fs::write(&path, &bytes).unwrap();
            let got = Settings::load(&path);
            prop_assert_eq!(&got, &want, "file: {}", String::from_utf8_lossy(&bytes));
            prop_assert!(got.validate().is_ok());
            saved_setting_survives(&path, &later)
        })
        .unwrap();
    STRUCTURED.report();
}

#[test]
fn damaged_or_random_bytes_give_valid_settings() {
    let dir = fuzz_support::scratch_dir();
    let path = dir.path().join("prefs.json");
    let input = prop_oneof![
        3 => (valid_settings(), proptest::collection::vec(edit(JSON_TOKENS), 1..8)).prop_map(
            |(s, edits)| {
                let mut b = serde_json::to_vec_pretty(&s).unwrap();
                apply(&mut b, &edits);
                (Some(s), b)
            }
        ),
        1 => proptest::collection::vec(any::<u8>(), 0..400).prop_map(|b| (None, b)),
    ];
    runner(512)
        .run(&(input, valid_settings()), |((original, bytes), later)| {
            BYTES.tick();
            std::fs::write(&path, &bytes).unwrap();
            let got = Settings::load(&path);
            prop_assert!(got.validate().is_ok());
            // What the file said, if it said anything valid; never a blend
            // of the file and something else.
            prop_assert_eq!(&got, &Settings::parse(&bytes).unwrap_or_default());
            if let Some(original) = original {
                // Edits that only moved whitespace keep the settings.
                let unchanged = without_layout(&bytes)
                    == without_layout(&serde_json::to_vec(&original).unwrap());
                if unchanged {
                    prop_assert_eq!(&got, &original);
                }
            }
            saved_setting_survives(&path, &later)
        })
        .unwrap();
    BYTES.report();
}

#[test]
fn a_file_over_the_size_limit_gives_the_defaults() {
    let dir = fuzz_support::scratch_dir();
    let path = dir.path().join("prefs.json");
    let max = MAX_SETTINGS_BYTES as usize;
    runner(64)
        .run(
            &(valid_settings(), (max - 8)..(max + 8)),
            |(s, padded_len)| {
                SIZE.tick();
                let mut bytes = serde_json::to_vec(&s).unwrap();
                bytes.resize(padded_len, b' ');
                std::fs::write(&path, &bytes).unwrap();
                let want = if padded_len <= max {
                    s
                } else {
                    Settings::default()
                };
                prop_assert_eq!(Settings::load(&path), want);
                Ok(())
            },
        )
        .unwrap();
    SIZE.report();
}

/// A prefs.json that is not a regular file (a directory, a link to a
/// device that never ends, a named pipe) gives the defaults at once instead of hanging
/// or filling memory.
#[cfg(unix)]
#[test]
fn a_prefs_path_that_is_not_a_file_gives_the_defaults() {
    let dir = fuzz_support::scratch_dir();
    let as_dir = dir.path().join("dir.json");
    std::fs::create_dir(&as_dir).unwrap();
    assert_eq!(Settings::load(&as_dir), Settings::default());

    let endless = dir.path().join("endless.json");
    std::os::unix::fs::symlink("/dev/zero", &endless).unwrap();
    assert_eq!(Settings::load(&endless), Settings::default());

    // A named pipe with no writer: opening it would block the start.
    let fifo = dir.path().join("fifo.json");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    assert_eq!(Settings::load(&fifo), Settings::default());

    let missing = dir.path().join("missing.json");
    assert_eq!(Settings::load(&missing), Settings::default());

    // A saved file next to a stale temporary file still saves and loads.
    let path = dir.path().join("prefs.json");
    std::fs::write(path.with_extension("tmp"), b"{\"cover\":").unwrap();
    let s = Settings {
        cover: CoverKind::Passcode,
        ..Settings::default()
    };
    s.save(&path).unwrap();
    assert_eq!(Settings::load(&path), s);
}
