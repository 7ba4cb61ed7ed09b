//! Fuzzing the backup import: whatever a file holds, opening it gives the
//! content it was sealed with or a typed refusal, never a panic; and
//! whatever an authentic backup's content holds (it could be crafted by
//! anyone who knows the passphrase), applying it leaves a vault that opens.
//!
//! Bounded for `cargo test`; `PROPTEST_CASES=N` runs N cases per target.

use crate::fuzz_support;

use chrono::Utc;
use fuzz_support::{apply, edit, runner, Executions, JSON_TOKENS};
use proptest::prelude::*;
use trygg::backup::content::{self, Content, Entry};
use trygg::backup::format::{self, FileKeys};
use trygg::backup::{self, BackupError, ExportOptions, ImportMode};
use trygg::casebook;
use trygg::domain::CrisisPlan;
use trygg::guidance::catalogue;
use trygg::vault::{KdfCap, KdfParams, RecordId, Vault, VaultOptions};

const PASS: &str = "en lång backupfras 2026";

fn vault(dir: &tempfile::TempDir, name: &str) -> Vault {
    let mut v = Vault::open(dir.path().join(name), VaultOptions::default()).unwrap();
    v.create("4711081542", KdfParams::FLOOR).unwrap();
    v
}

fn sample_backup(dir: &tempfile::TempDir) -> (Vec<u8>, Vec<u8>) {
    let mut a = vault(dir, "a.db");
    let c = casebook::create(&mut a, "Rosen").unwrap();
    let mut plan = CrisisPlan::new(c.id);
    plan.code_word = "blåbär".into();
    casebook::save_plan(&mut a, &c.id, plan).unwrap();
    let plain = content::collect(&a, Utc::now()).unwrap().json.to_vec();
    let file = backup::export(
        &a,
        PASS,
        ExportOptions {
            kdf: KdfParams::FLOOR,
            chunk_bytes: 256,
        },
        Utc::now(),
    )
    .unwrap()
    .file;
    (file, plain)
}

static MUTATED: Executions = Executions::new("backup file mutations");

/// Mutated files: the header check and the chunk stream (keys derived once)
/// either refuse with a typed error or, when the edit happened to cancel
/// out, return exactly the sealed content.
#[test]
fn mutated_backup_files_are_refused_or_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (file, _) = sample_backup(&dir);
    let cap = KdfCap::default();
    let header = format::read_header(&file, &cap).unwrap();
    let keys = FileKeys::derive(PASS, &header).unwrap();
    // What this very file was sealed with (an edit that writes a byte's own
    // value back leaves it unchanged).
    let plain = format::open_with_keys(&file, &header, &keys)
        .unwrap()
        .to_vec();
    let mut r = runner(400);
    r.run(
        &proptest::collection::vec(edit(JSON_TOKENS), 1..4),
        |edits| {
            MUTATED.tick();
            let mut bad = file.clone();
            apply(&mut bad, &edits);
            let result = match format::read_header(&bad, &cap) {
                Ok(h) if h == header => format::open_with_keys(&bad, &h, &keys),
                Ok(_) => Err(BackupError::WrongPassphrase),
                Err(e) => Err(e),
            };
            match result {
                Ok(p) => prop_assert_eq!(&p[..], &plain[..]),
                Err(e) => prop_assert!(
                    matches!(
                        e,
                        BackupError::Damaged { .. }
                            | BackupError::NotABackup
                            | BackupError::NewerVersion { .. }
                            | BackupError::KdfParamsRejected
                            | BackupError::WrongPassphrase
                    ),
                    "{:?}",
                    e
                ),
            }
            Ok(())
        },
    )
    .unwrap();
    MUTATED.report();
}

static RANDOM: Executions = Executions::new("random files");

/// Random bytes behind a real magic: always a typed refusal, and a planted
/// KDF cost is never run.
#[test]
fn random_files_are_refused_without_running_a_planted_kdf() {
    let cap = KdfCap::default();
    let mut r = runner(2000);
    r.run(&proptest::collection::vec(any::<u8>(), 0..400), |tail| {
        RANDOM.tick();
        let mut f = format::MAGIC.to_vec();
        f.extend_from_slice(&tail);
        prop_assert!(format::read_header(&f, &cap).is_err());
        Ok(())
    })
    .unwrap();
    RANDOM.report();
}

static CONTENT: Executions = Executions::new("content json");

/// Decrypted content that is not what Trygg writes: a typed error.
#[test]
fn arbitrary_content_json_is_refused_by_type() {
    let dir = tempfile::tempdir().unwrap();
    let (_, plain) = sample_backup(&dir);
    let mut r = runner(1000);
    r.run(
        &proptest::collection::vec(edit(JSON_TOKENS), 1..6),
        |edits| {
            CONTENT.tick();
            let mut bad = plain.clone();
            apply(&mut bad, &edits);
            if let Err(e) = content::parse(&bad) {
                prop_assert!(
                    matches!(
                        e,
                        BackupError::Damaged { .. } | BackupError::NewerVersion { .. }
                    ),
                    "{:?}",
                    e
                );
            }
            Ok(())
        },
    )
    .unwrap();
    CONTENT.report();
}

fn entry_strategy(
    case_ids: Vec<RecordId>,
) -> impl Strategy<Value = (String, Option<RecordId>, u16, String)> {
    let kinds = proptest::sample::select(vec![
        "case",
        "crisis_plan",
        "contact_agreement",
        "situation_review",
        "meeting",
        "meta",
        "other",
    ]);
    let ids = proptest::option::of(prop_oneof![
        proptest::sample::select(case_ids),
        any::<[u8; 16]>().prop_map(RecordId),
    ]);
    let data = prop_oneof![
        Just("{}".to_owned()),
        Just("null".to_owned()),
        Just("[1,2]".to_owned()),
        "\\{\"alias\":\"[a-zåäö ]{0,70}\",\"colour\":null,\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-0[1-9]-01T00:00:00Z\",\"archived\":false\\}",
    ];
    (kinds.prop_map(str::to_owned), ids, 0u16..3, data)
}

static APPLIED: Executions = Executions::new("applied content");

/// Authentic but strange content (unknown kinds, missing IDs, foreign
/// versions, invalid records, mixed with real ones): applying it never
/// panics, and afterwards every case on the device still opens.
#[test]
fn strange_authentic_content_applies_or_skips_and_the_vault_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (_, plain) = sample_backup(&dir);
    let base: Content = serde_json::from_slice(&plain).unwrap();
    let case_ids: Vec<RecordId> = base.records.iter().filter_map(|e| e.id).collect();
    let target = std::cell::RefCell::new(vault(&dir, "t.db"));
    let cat = catalogue();
    let mut r = runner(150);
    r.run(
        &(
            proptest::collection::vec(entry_strategy(case_ids), 0..8),
            any::<bool>(),
        ),
        |(extra, replace)| {
            APPLIED.tick();
            let mut c: Content = serde_json::from_slice(&plain).unwrap();
            for (kind, id, version, data) in extra {
                let data = serde_json::value::RawValue::from_string(data).unwrap();
                c.records.push(Entry {
                    kind,
                    id,
                    version,
                    data,
                });
            }
            let mode = if replace {
                ImportMode::Replace
            } else {
                ImportMode::Merge
            };
            let mut target = target.borrow_mut();
            let report = backup::apply(&mut target, &c, mode, &cat).unwrap();
            prop_assert!(report.added.total() + report.updated.total() + report.kept.total() >= 1);
            let list = casebook::list(&mut target).unwrap();
            prop_assert!(list.damaged.is_empty());
            for s in &list.cases {
                prop_assert!(casebook::open(&mut target, &s.id).is_ok());
            }
            Ok(())
        },
    )
    .unwrap();
    APPLIED.report();
}
