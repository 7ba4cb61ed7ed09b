//! Shared pieces of the fuzz tests (`tests/fuzz_*.rs`): the case count,
//! byte-level mutations and dictionaries of tokens that reach deeper into a
//! parser than random bytes do.
//!
//! Every fuzz test runs a small, bounded number of cases in the normal
//! `cargo test`. `PROPTEST_CASES=N` runs N cases per target instead (and
//! `FUZZ_REPORT=1` prints how many ran), for a longer run by hand.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicU64, Ordering};

/// The case count: `PROPTEST_CASES` when set, else `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A runner for a fuzz target: `cases(default)` cases, no persistence file
/// (failures are printed with their input; a fixed seed is not wanted), and
/// a bounded shrink so a failure is reported in reasonable time.
pub fn runner(default: u32) -> TestRunner {
    TestRunner::new(config(default))
}

pub fn config(default: u32) -> Config {
    Config {
        cases: cases(default),
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..Config::default()
    }
}

/// Counts the cases a target ran and prints the count when `FUZZ_REPORT`
/// is set (run with `--nocapture` to see it).
pub struct Executions {
    name: &'static str,
    n: AtomicU64,
}

impl Executions {
    pub const fn new(name: &'static str) -> Self {
        Executions {
            name,
            n: AtomicU64::new(0),
        }
    }

    pub fn tick(&self) {
        self.n.fetch_add(1, Ordering::Relaxed);
    }

    pub fn report(&self) {
        if std::env::var_os("FUZZ_REPORT").is_some() {
            eprintln!(
                "fuzz target {}: {} executions",
                self.name,
                self.n.load(Ordering::Relaxed)
            );
        }
    }
}

/// One edit of a byte string. Positions are `Index`es, so the same edit
/// applies to inputs of any length.
#[derive(Debug, Clone)]
pub enum Edit {
    /// XOR one byte with a non-zero mask.
    Flip(Index, u8),
    /// Overwrite one byte.
    Set(Index, u8),
    /// Insert bytes (often a dictionary token).
    Insert(Index, Vec<u8>),
    /// Remove up to `n` bytes.
    Remove(Index, usize),
    /// Cut the input here.
    Truncate(Index),
    /// Repeat a stretch of the input right after itself.
    Repeat(Index, usize, usize),
}

/// Edits inserting random bytes or tokens of `dictionary`.
pub fn edit(dictionary: &'static [&'static str]) -> impl Strategy<Value = Edit> {
    let token = prop_oneof![
        3 => proptest::sample::select(dictionary).prop_map(|t| t.as_bytes().to_vec()),
        1 => proptest::collection::vec(any::<u8>(), 1..8),
    ];
    prop_oneof![
        3 => (any::<Index>(), 1u8..=255).prop_map(|(i, m)| Edit::Flip(i, m)),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::Set(i, b)),
        4 => (any::<Index>(), token).prop_map(|(i, t)| Edit::Insert(i, t)),
        2 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| Edit::Remove(i, n)),
        1 => any::<Index>().prop_map(Edit::Truncate),
        1 => (any::<Index>(), 1usize..200, 1usize..4).prop_map(|(i, n, k)| Edit::Repeat(i, n, k)),
    ]
}

/// Applies `edits` in order.
pub fn apply(bytes: &mut Vec<u8>, edits: &[Edit]) {
    for e in edits {
        let len = bytes.len();
        match e {
            Edit::Flip(i, m) if len > 0 => bytes[i.index(len)] ^= m,
            Edit::Set(i, b) if len > 0 => bytes[i.index(len)] = *b,
            Edit::Insert(i, t) => {
                let at = i.index(len + 1);
                bytes.splice(at..at, t.iter().copied());
            }
            Edit::Remove(i, n) if len > 0 => {
                let at = i.index(len);
                let end = (at + n).min(len);
                bytes.drain(at..end);
            }
            Edit::Truncate(i) => bytes.truncate(i.index(len + 1)),
            Edit::Repeat(i, n, k) if len > 0 => {
                let at = i.index(len);
                let end = (at + n).min(len);
                let stretch = bytes[at..end].to_vec();
                for _ in 0..*k {
                    bytes.splice(end..end, stretch.iter().copied());
                }
            }
            _ => {}
        }
    }
}

/// Tokens of JSON and of the values the domain types hold.
pub const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "null",
    "true",
    "false",
    "-0",
    "1e999",
    "-1",
    "0.5",
    "18446744073709551616",
    "\\u0000",
    "\\ud800",
    "\\\"",
    "\\n",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{202e}",
    "\u{feff}",
    "\"\":",
    "\"x\":1,",
    "{\"a\":[[[[[[",
    "]]]]]]}",
    "\u{fffd}",
];

/// A temporary directory in memory (`/dev/shm`) where there is one, so the
/// fsyncs of many small saves cost nothing; durability is not what the fuzz
/// tests check. Falls back to the usual temporary directory.
pub fn scratch_dir() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(d) = tempfile::tempdir_in(shm) {
            return d;
        }
    }
    tempfile::tempdir().unwrap()
}

/// Counts of the outcomes a target reached, printed with [`Executions`]
/// (to see that the inputs get past the first check, not only that
/// nothing failed).
pub struct Outcomes {
    names: &'static [&'static str],
    counts: [AtomicU64; 8],
}

impl Outcomes {
    pub const fn new(names: &'static [&'static str]) -> Self {
        Outcomes {
            names,
            counts: [const { AtomicU64::new(0) }; 8],
        }
    }

    pub fn add(&self, name: &str) {
        if let Some(i) = self.names.iter().position(|n| *n == name) {
            self.counts[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn report(&self, target: &str) {
        if std::env::var_os("FUZZ_REPORT").is_some() {
            let parts: Vec<String> = self
                .names
                .iter()
                .zip(&self.counts)
                .map(|(n, c)| format!("{n} {}", c.load(Ordering::Relaxed)))
                .collect();
            eprintln!("fuzz target {target}: {}", parts.join(", "));
        }
    }
}
