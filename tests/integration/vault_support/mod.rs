//! Shared helpers for the vault integration tests.
#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use trygg::vault::{KdfCap, KdfParams, ManualClock, Record, RecordKind, Vault, VaultOptions};

/// A 10-digit PIN, the length the brief recommends.
pub const PIN: &str = "4711081542";
/// Random-looking too: a pattern or a common PIN would be refused.
pub const OTHER_PIN: &str = "3920571846";
pub const DURESS_PIN: &str = "5093718264";

/// The KDF floor keeps every test unlock fast.
pub const FAST: KdfParams = KdfParams::FLOOR;

/// Options with a manual clock and a cap that keeps any mutated header cheap.
pub fn options(clock: &ManualClock) -> VaultOptions {
    VaultOptions {
        clock: Arc::new(clock.clone()),
        kdf_cap: KdfCap {
            max_m_kib: 32 * 1024,
            max_t_cost: 4,
            max_p_cost: 2,
            max_m_times_t: 64 * 1024,
        },
    }
}

pub fn db_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("vault.db")
}

/// A new, unlocked vault at the KDF floor in a fresh temp dir.
pub fn new_vault() -> (tempfile::TempDir, PathBuf, ManualClock, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let clock = ManualClock::new();
    let mut v = Vault::open(&path, options(&clock)).unwrap();
    v.create(PIN, FAST).unwrap();
    (dir, path, clock, v)
}

pub fn reopen(path: &Path, clock: &ManualClock) -> Vault {
    Vault::open(path, options(clock)).unwrap()
}

/// A raw SQLite connection to the vault file, for inspecting and tampering.
pub fn raw(path: &Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(path).unwrap();
    c.busy_timeout(std::time::Duration::from_secs(5)).unwrap();
    c
}

macro_rules! note_type {
    ($name:ident, $kind:expr) => {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $name {
            pub text: String,
            pub n: u32,
        }
        impl Record for $name {
            const KIND: RecordKind = $kind;
        }
    };
}

note_type!(CaseNote, RecordKind::Case);
note_type!(PlanNote, RecordKind::CrisisPlan);
note_type!(AgreementNote, RecordKind::ContactAgreement);
note_type!(ReviewNote, RecordKind::SituationReview);
note_type!(MeetingNote, RecordKind::Meeting);

/// A record type at format version 2, to check version binding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseV2 {
    pub text: String,
}
impl Record for CaseV2 {
    const KIND: RecordKind = RecordKind::Case;
    const VERSION: u16 = 2;
}
