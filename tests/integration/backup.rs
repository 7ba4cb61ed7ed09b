//! Encrypted backup and restore: a vault moves whole to another device, every
//! damaged or wrong backup is refused with a typed error, and the target is
//! never half-changed.

use chrono::{Duration, NaiveDate, Utc};
use trygg::backup::format::{self, FileKeys};
use trygg::backup::{self, BackupError, ExportOptions, ImportMode, SkipReason};
use trygg::casebook;
use trygg::domain::{ContactAgreement, CrisisPlan, SafeToCall, SituationReview};
use trygg::error::Coded;
use trygg::guidance::catalogue;
use trygg::vault::{KdfCap, KdfParams, RecordId, Vault, VaultOptions};

const PIN: &str = "4711081542";
const PASS: &str = "en lång backupfras 2026";
const CANARY_PLAN: &str = "KANARIEFAGEL-plan-7Q";
const CANARY_CODE: &str = "KANARIEFAGEL-kodord-3X";
const CANARY_ALIAS: &str = "KANARIEFAGEL-alias";

fn vault(dir: &tempfile::TempDir, name: &str) -> Vault {
    let mut v = Vault::open(dir.path().join(name), VaultOptions::default()).unwrap();
    v.create(PIN, KdfParams::FLOOR).unwrap();
    v
}

fn options() -> ExportOptions {
    ExportOptions::new(KdfParams::FLOOR)
}

/// The whole open workspace as a backup file under [`PASS`].
fn export_all(v: &Vault) -> Vec<u8> {
    backup::export(v, PASS, options(), Utc::now()).unwrap().file
}

/// A case with every part filled in: plan, contact agreement, situation
/// review and a meeting with a ticked checklist.
fn full_case(v: &mut Vault, alias: &str) -> RecordId {
    let c = casebook::create(v, alias).unwrap();
    let mut plan = CrisisPlan::new(c.id);
    plan.situation = CANARY_PLAN.into();
    plan.steps = vec!["Ring 112".into()];
    plan.code_word = CANARY_CODE.into();
    casebook::save_plan(v, &c.id, plan).unwrap();
    let mut contact = ContactAgreement::new(c.id);
    contact.safe_to_call = SafeToCall::OnlyAtTimes;
    contact.call_when = "Tisdagar 10–12".into();
    casebook::save_contact(v, &c.id, contact).unwrap();
    let mut review = SituationReview::new(c.id);
    review.own_view = "Orolig inför sommarlovet".into();
    casebook::save_review(v, &c.id, review).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let m = casebook::create_meeting(v, &c.id, date, &catalogue()).unwrap();
    let mut meeting = m.meeting.clone();
    meeting.checklist[0].done = true;
    meeting.closing_safe_contact = "Via skolkuratorn".into();
    casebook::save_meeting(v, &m.id, meeting, &catalogue()).unwrap();
    c.id
}

fn import(
    v: &mut Vault,
    file: &[u8],
    pass: &str,
    mode: ImportMode,
) -> Result<backup::ImportReport, BackupError> {
    backup::import(v, file, pass, mode, &catalogue(), &KdfCap::default())
}

/// Every record of the open workspace, decrypted, to compare before/after.
fn snapshot(v: &Vault) -> Vec<(RecordId, String, Vec<u8>)> {
    let all = v.list_all().unwrap();
    assert!(all.damaged.is_empty());
    all.ok
        .into_iter()
        .map(|(id, r)| (id, r.kind.as_str().to_owned(), r.plaintext.to_vec()))
        .collect()
}

#[test]
fn a_whole_vault_moves_to_another_device_and_every_part_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    let id = full_case(&mut a, "Rosen");
    let other = full_case(&mut a, "Linden");
    let exported = backup::export(&a, PASS, options(), Utc::now()).unwrap();
    assert_eq!(exported.counts.case, 2);
    assert_eq!(exported.counts.crisis_plan, 2);
    assert_eq!(exported.counts.contact_agreement, 2);
    assert_eq!(exported.counts.situation_review, 2);
    assert_eq!(exported.counts.meeting, 2);
    assert_eq!(exported.damaged, 0);

    // Another device: another vault, another data key, so other child IDs.
    let mut b = vault(&dir, "b.db");
    let report = import(&mut b, &exported.file, PASS, ImportMode::Merge).unwrap();
    assert_eq!(report.added, exported.counts);
    assert_eq!(report.updated.total() + report.kept.total(), 0);
    assert!(report.skipped.is_empty());

    let f = casebook::open(&mut b, &id).unwrap();
    assert_eq!(f.case.alias, "Rosen");
    assert_eq!(f.plan.code_word, CANARY_CODE);
    assert_eq!(f.plan.situation, CANARY_PLAN);
    assert_eq!(f.contact.safe_to_call, SafeToCall::OnlyAtTimes);
    assert_eq!(f.review.own_view, "Orolig inför sommarlovet");
    assert_eq!(f.meetings.len(), 1);
    assert!(f.meetings[0].meeting.checklist[0].done);
    assert_eq!(
        f.meetings[0].meeting.closing_safe_contact,
        "Via skolkuratorn"
    );
    assert!(f.damaged.is_empty());
    assert_eq!(casebook::open(&mut b, &other).unwrap().case.alias, "Linden");

    // Importing the same backup again changes nothing.
    let again = import(&mut b, &exported.file, PASS, ImportMode::Merge).unwrap();
    assert_eq!(again.added.total() + again.updated.total(), 0);
    assert_eq!(again.kept, exported.counts);
}

#[test]
fn merge_keeps_the_newer_copy_and_replace_removes_what_the_backup_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    let shared = full_case(&mut a, "Delad");
    let file = export_all(&a);

    let mut b = vault(&dir, "b.db");
    import(&mut b, &file, PASS, ImportMode::Merge).unwrap();
    // On B the plan changes after the backup was made: B's copy is newer.
    let mut plan = casebook::open(&mut b, &shared).unwrap().plan;
    plan.code_word = "nyare på B".into();
    casebook::save_plan(&mut b, &shared, plan).unwrap();
    let own = full_case(&mut b, "Bara på B");

    let merged = import(&mut b, &file, PASS, ImportMode::Merge).unwrap();
    assert_eq!(merged.kept.crisis_plan, 1);
    assert_eq!(merged.updated.total(), 0);
    assert_eq!(
        casebook::open(&mut b, &shared).unwrap().plan.code_word,
        "nyare på B"
    );
    assert!(casebook::open(&mut b, &own).is_ok(), "merge never removes");

    // Now A changes the plan later still, and a new backup wins on B.
    let mut plan = casebook::open(&mut a, &shared).unwrap().plan;
    plan.code_word = "nyast på A".into();
    std::thread::sleep(std::time::Duration::from_millis(5));
    casebook::save_plan(&mut a, &shared, plan).unwrap();
    let newer = export_all(&a);
    let merged = import(&mut b, &newer, PASS, ImportMode::Merge).unwrap();
    assert_eq!(merged.updated.crisis_plan, 1);
    assert_eq!(
        casebook::open(&mut b, &shared).unwrap().plan.code_word,
        "nyast på A"
    );

    let replaced = import(&mut b, &newer, PASS, ImportMode::Replace).unwrap();
    assert_eq!(replaced.removed.case, 2);
    assert_eq!(replaced.added.case, 1);
    assert!(matches!(
        casebook::open(&mut b, &own),
        Err(casebook::CaseBookError::NotFound)
    ));
    assert_eq!(casebook::list(&mut b).unwrap().cases.len(), 1);
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    full_case(&mut a, "Rosen");
    let file = export_all(&a);
    let mut b = vault(&dir, "b.db");
    full_case(&mut b, "Egen");
    let before = snapshot(&b);
    let err = import(
        &mut b,
        &file,
        "en lång backupfras 2025",
        ImportMode::Replace,
    )
    .unwrap_err();
    assert_eq!(err, BackupError::WrongPassphrase);
    assert_eq!(err.code(), "wrong_backup_passphrase");
    assert_eq!(snapshot(&b), before);
}

#[test]
fn weak_backup_passphrases_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let a = vault(&dir, "a.db");
    for weak in [
        "",
        "kort fras",
        "123456789012345",
        "   12345 67890 12  ",
        "            ",
    ] {
        let err = backup::export(&a, weak, options(), Utc::now()).err();
        assert!(
            matches!(err, Some(BackupError::WeakPassphrase { .. })),
            "{weak:?}"
        );
    }
    // Long enough, but a repeat or a common password: refused, with why.
    for (weak, reason) in [
        ("aaaaaaaaaaaa", "repeat"),
        ("passwordpassword", "repeat"),
        ("abcdefghijklmnop", "sequence"),
        ("123456789012345", "only_digits"),
        ("kort fras", "too_short"),
    ] {
        let err = backup::export(&a, weak, options(), Utc::now())
            .err()
            .unwrap();
        assert_eq!(err.code(), "weak_backup_passphrase", "{weak:?}");
        assert_eq!(err.details()["reason"], reason, "{weak:?}");
    }
    assert!(backup::export(&a, "tolv tecken!", options(), Utc::now()).is_ok());
}

/// A small backup in many chunks, and the vault it must never change.
struct Damage {
    _dir: tempfile::TempDir,
    file: Vec<u8>,
    target: Vault,
    before: Vec<(RecordId, String, Vec<u8>)>,
}

fn damage_setup() -> Damage {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    full_case(&mut a, "Rosen");
    let file = backup::export(
        &a,
        PASS,
        ExportOptions {
            kdf: KdfParams::FLOOR,
            chunk_bytes: 1024,
        },
        Utc::now(),
    )
    .unwrap()
    .file;
    let mut target = vault(&dir, "b.db");
    full_case(&mut target, "Egen");
    let before = snapshot(&target);
    Damage {
        _dir: dir,
        file,
        target,
        before,
    }
}

/// Offsets where each chunk starts (its length field).
fn chunk_starts(file: &[u8]) -> Vec<usize> {
    let mut at = format::PREAMBLE_LEN;
    let mut out = Vec::new();
    while at < file.len() {
        out.push(at);
        let len = u32::from_le_bytes(file[at..at + 4].try_into().unwrap()) as usize;
        at += 4 + len;
    }
    assert_eq!(at, file.len());
    out
}

fn is_typed_refusal(e: &BackupError) -> bool {
    matches!(
        e,
        BackupError::Damaged { .. }
            | BackupError::NotABackup
            | BackupError::NewerVersion { .. }
            | BackupError::WrongPassphrase
            | BackupError::KdfParamsRejected
    )
}

#[test]
fn every_flipped_byte_is_refused_without_touching_the_target() {
    let mut d = damage_setup();
    let starts = chunk_starts(&d.file);
    assert!(starts.len() >= 4, "the test backup spans several chunks");
    let header = format::read_header(&d.file, &KdfCap::default()).unwrap();
    let keys = FileKeys::derive(PASS, &header).unwrap();
    let mut full_runs = 0;
    for i in 0..d.file.len() {
        let mut bad = d.file.clone();
        bad[i] ^= 0x01;
        // The header region is refused before the KDF; each flip goes the
        // whole way through import. Past it, every flip is checked against
        // the chunk stream with the keys derived once, and one flip in 50
        // also goes through a full import.
        let err = if i < format::PREAMBLE_LEN || i % 50 == 0 {
            full_runs += 1;
            import(&mut d.target, &bad, PASS, ImportMode::Replace).unwrap_err()
        } else {
            format::open_with_keys(&bad, &header, &keys).unwrap_err()
        };
        assert!(is_typed_refusal(&err), "byte {i}: {err:?}");
        if i >= format::PREAMBLE_LEN {
            assert!(
                matches!(err, BackupError::Damaged { .. }),
                "byte {i}: {err:?}"
            );
        }
    }
    assert!(full_runs > format::PREAMBLE_LEN);
    assert_eq!(snapshot(&d.target), d.before);
    // Header bytes: damage, never a misleading "newer version" or passphrase error.
    for i in 8..format::PREAMBLE_LEN {
        let mut bad = d.file.clone();
        bad[i] ^= 0x01;
        let err = import(&mut d.target, &bad, PASS, ImportMode::Merge).unwrap_err();
        assert!(
            matches!(
                err,
                BackupError::Damaged { .. } | BackupError::KdfParamsRejected
            ),
            "header byte {i}: {err:?}"
        );
    }
    assert_eq!(
        import(&mut d.target, &d.file[..4], PASS, ImportMode::Merge).unwrap_err(),
        BackupError::NotABackup
    );
}

#[test]
fn truncation_at_every_chunk_boundary_and_inside_chunks_is_refused() {
    let mut d = damage_setup();
    let starts = chunk_starts(&d.file);
    let mut cuts: Vec<usize> = starts.clone();
    cuts.extend(starts.iter().map(|s| s + 2)); // inside a length field
    cuts.extend(starts.iter().map(|s| s + 10)); // inside a chunk
    cuts.push(d.file.len() - 1);
    cuts.push(format::PREAMBLE_LEN - 1);
    for cut in cuts {
        let err = import(&mut d.target, &d.file[..cut], PASS, ImportMode::Replace).unwrap_err();
        assert_eq!(
            err,
            BackupError::Damaged {
                reason: "truncated"
            },
            "cut at {cut} of {}",
            d.file.len()
        );
    }
    assert_eq!(snapshot(&d.target), d.before);
}

#[test]
fn reordered_repeated_and_appended_chunks_are_refused() {
    let mut d = damage_setup();
    let starts = chunk_starts(&d.file);
    let mut ends = starts[1..].to_vec();
    ends.push(d.file.len());
    let chunk = |i: usize| d.file[starts[i]..ends[i]].to_vec();
    let rebuild = |order: &[usize]| {
        let mut f = d.file[..format::PREAMBLE_LEN].to_vec();
        for &i in order {
            f.extend(chunk(i));
        }
        f
    };
    let n = starts.len();
    let mut bad_files = Vec::new();
    for i in 0..n - 1 {
        let mut order: Vec<usize> = (0..n).collect();
        order.swap(i, i + 1);
        bad_files.push(rebuild(&order));
    }
    let mut repeated: Vec<usize> = (0..n).collect();
    repeated.insert(1, 0);
    bad_files.push(rebuild(&repeated));
    let dropped: Vec<usize> = (0..n).filter(|&i| i != 1).collect();
    bad_files.push(rebuild(&dropped));
    for f in &bad_files {
        let err = import(&mut d.target, f, PASS, ImportMode::Replace).unwrap_err();
        assert!(matches!(err, BackupError::Damaged { .. }), "{err:?}");
    }
    let mut appended = d.file.clone();
    appended.extend_from_slice(b"\x00\x00\x00\x00extra");
    assert_eq!(
        import(&mut d.target, &appended, PASS, ImportMode::Replace).unwrap_err(),
        BackupError::Damaged { reason: "trailing" }
    );
    let mut appended_chunk = d.file.clone();
    appended_chunk.extend(chunk(0));
    assert_eq!(
        import(&mut d.target, &appended_chunk, PASS, ImportMode::Replace).unwrap_err(),
        BackupError::Damaged { reason: "trailing" }
    );
    assert_eq!(snapshot(&d.target), d.before);
}

#[test]
fn a_newer_version_and_an_oversized_kdf_are_refused_by_name() {
    let mut d = damage_setup();
    // A file from a future Trygg: another version and (so) another layout.
    let mut newer = d.file.clone();
    newer[8..10].copy_from_slice(&2u16.to_le_bytes());
    newer[format::HEADER_LEN + 40] ^= 0xff;
    let err = import(&mut d.target, &newer, PASS, ImportMode::Merge).unwrap_err();
    assert_eq!(
        err,
        BackupError::NewerVersion {
            found: 2,
            supported: 1
        }
    );
    assert_eq!(err.code(), "backup_newer_version");

    // A planted header asking for 4 GiB of KDF memory, with its digest
    // recomputed (anyone can): refused before the KDF runs.
    let mut giant = d.file.clone();
    giant[11..15].copy_from_slice(&(4u32 * 1024 * 1024).to_le_bytes());
    let digest = ring::digest::digest(&ring::digest::SHA256, &giant[..format::HEADER_LEN + 32]);
    giant[format::HEADER_LEN + 32..format::PREAMBLE_LEN].copy_from_slice(digest.as_ref());
    let err = import(&mut d.target, &giant, PASS, ImportMode::Merge).unwrap_err();
    assert_eq!(err, BackupError::KdfParamsRejected);
    assert_eq!(snapshot(&d.target), d.before);
}

#[test]
fn the_backup_file_holds_no_case_text_and_a_neutral_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    full_case(&mut a, CANARY_ALIAS);
    let file = export_all(&a);
    let hay = String::from_utf8_lossy(&file).to_lowercase();
    for needle in [
        CANARY_PLAN,
        CANARY_CODE,
        CANARY_ALIAS,
        "kanariefagel",
        "trygg",
        "rosen",
        "case",
    ] {
        assert!(
            !hay.contains(&needle.to_lowercase()),
            "{needle} in the backup file"
        );
    }
    let name = backup::suggested_file_name(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    assert_eq!(name, "backup-2026-11-27.bak");

    // Written to disk atomically, the file reads back the same.
    let path = dir.path().join(&name);
    backup::write_file_atomic(&path, &file).unwrap();
    assert_eq!(backup::read_file(&path).unwrap(), file);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    assert_eq!(
        backup::write_file_atomic(&dir.path().join("no/such/dir/x.bak"), &file).unwrap_err(),
        BackupError::Io
    );
}

#[test]
fn the_last_backup_is_kept_sealed_and_survives_a_replace() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    full_case(&mut a, "Rosen");
    assert_eq!(backup::log::read(&a).unwrap().last_export, None);
    let when = Utc::now() - Duration::days(3);
    backup::log::note_export(&mut a, when).unwrap();
    let file = export_all(&a);
    import(&mut a, &file, PASS, ImportMode::Replace).unwrap();
    assert_eq!(backup::log::read(&a).unwrap().last_export, Some(when));
    a.lock();
    assert!(backup::log::read(&a).is_err());
}

#[test]
fn records_this_version_cannot_use_are_skipped_with_a_reason() {
    use trygg::backup::content::{self, Content, Entry};
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    let id = full_case(&mut a, "Rosen");
    let collected = content::collect(&a, Utc::now()).unwrap();
    let mut c: Content = serde_json::from_slice(&collected.json).unwrap();
    let raw = |s: &str| serde_json::value::RawValue::from_string(s.to_owned()).unwrap();
    c.records.push(Entry {
        kind: "future_thing".into(),
        id: None,
        version: 1,
        data: raw("{}"),
    });
    c.records.push(Entry {
        kind: "case".into(),
        id: Some(RecordId([9; 16])),
        version: 7,
        data: raw("{}"),
    });
    c.records.push(Entry {
        kind: "case".into(),
        id: Some(RecordId([8; 16])),
        version: 1,
        data: raw("{\"alias\":1}"),
    });
    let orphan_plan = serde_json::to_string(&CrisisPlan::new(RecordId([7; 16]))).unwrap();
    c.records.push(Entry {
        kind: "crisis_plan".into(),
        id: None,
        version: 1,
        data: raw(&orphan_plan),
    });
    let json = serde_json::to_vec(&c).unwrap();
    let file = format::seal(&json, PASS, KdfParams::FLOOR, format::DEFAULT_CHUNK_BYTES).unwrap();

    let mut b = vault(&dir, "b.db");
    let report = import(&mut b, &file, PASS, ImportMode::Merge).unwrap();
    let reasons: Vec<SkipReason> = report.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(
        reasons,
        vec![
            SkipReason::UnknownKind,
            SkipReason::RecordVersion,
            SkipReason::Invalid,
            SkipReason::NoCase
        ]
    );
    assert_eq!(report.added.case, 1);
    assert_eq!(
        casebook::open(&mut b, &id).unwrap().plan.code_word,
        CANARY_CODE
    );
}

#[test]
fn import_needs_an_unlocked_vault() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = vault(&dir, "a.db");
    full_case(&mut a, "Rosen");
    let file = export_all(&a);
    a.lock();
    let err = import(&mut a, &file, PASS, ImportMode::Merge).unwrap_err();
    assert_eq!(err.code(), "locked");
    assert!(backup::export(&a, PASS, options(), Utc::now()).is_err());
}
