//! Tampering and damage: altered records fail alone, damaged files give
//! `Corrupt`, and no input file makes the vault panic.

use crate::vault_support;

use proptest::prelude::*;
use std::path::Path;
use trygg::vault::{ManualClock, RecordId, RecordKind, Vault, VaultError};
use vault_support::*;

fn tampered(id: &RecordId) -> VaultError {
    VaultError::Tampered {
        record: id.to_hex(),
    }
}

fn sealed_of(raw: &rusqlite::Connection, id: &RecordId) -> Vec<u8> {
    raw.query_row(
        "SELECT sealed FROM record WHERE id = ?1",
        [&id.0[..]],
        |r| r.get(0),
    )
    .unwrap()
}

fn set_sealed(raw: &rusqlite::Connection, id: &RecordId, sealed: &[u8]) {
    raw.execute(
        "UPDATE record SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![sealed, &id.0[..]],
    )
    .unwrap();
}

/// Three crisis plans A, B, C in a fresh vault.
fn three_plans() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    ManualClock,
    Vault,
    [RecordId; 3],
) {
    let (dir, path, clock, mut v) = new_vault();
    let ids = [
        Vault::new_id().unwrap(),
        Vault::new_id().unwrap(),
        Vault::new_id().unwrap(),
    ];
    for (i, id) in ids.iter().enumerate() {
        v.put(
            RecordKind::CrisisPlan,
            id,
            format!("plan {i}: safe place, code word").as_bytes(),
        )
        .unwrap();
    }
    (dir, path, clock, v, ids)
}

#[test]
fn flipping_any_byte_of_a_record_fails_that_record_only() {
    let (_dir, path, _clock, v, [a, b, c]) = three_plans();
    let raw = raw(&path);
    raw.execute_batch("PRAGMA synchronous=OFF").unwrap();
    let original = sealed_of(&raw, &b);
    // Every byte: nonce (0..12), ciphertext, tag (last 16).
    for pos in 0..original.len() {
        let mut bad = original.clone();
        bad[pos] ^= 0x01 << (pos % 8);
        set_sealed(&raw, &b, &bad);
        assert_eq!(
            v.get(RecordKind::CrisisPlan, &b),
            Err(tampered(&b)),
            "byte {pos}"
        );
        assert!(v.get(RecordKind::CrisisPlan, &a).is_ok());
        assert!(v.get(RecordKind::CrisisPlan, &c).is_ok());
        let listing = v.list(RecordKind::CrisisPlan).unwrap();
        assert_eq!(listing.ok.len(), 2, "byte {pos}");
        assert_eq!(listing.damaged.len(), 1);
        assert_eq!(listing.damaged[0].id, Some(b));
        assert_eq!(listing.damaged[0].error, tampered(&b));
    }
    // Truncated and extended ciphertexts too.
    for bad in [&original[..original.len() - 1], &original[..10], &[][..]] {
        set_sealed(&raw, &b, bad);
        assert_eq!(v.get(RecordKind::CrisisPlan, &b), Err(tampered(&b)));
    }
    let mut longer = original.clone();
    longer.push(0);
    set_sealed(&raw, &b, &longer);
    assert_eq!(v.get(RecordKind::CrisisPlan, &b), Err(tampered(&b)));
    set_sealed(&raw, &b, &original);
    assert!(v.get(RecordKind::CrisisPlan, &b).is_ok());
}

#[test]
fn moved_ciphertexts_and_altered_columns_are_rejected() {
    let (_dir, path, _clock, mut v, [a, b, c]) = three_plans();
    let case = Vault::new_id().unwrap();
    v.put(RecordKind::Case, &case, b"case body").unwrap();
    let raw = raw(&path);

    // Swap the ciphertexts of two rows.
    let (sa, sb) = (sealed_of(&raw, &a), sealed_of(&raw, &b));
    set_sealed(&raw, &a, &sb);
    set_sealed(&raw, &b, &sa);
    assert_eq!(v.get(RecordKind::CrisisPlan, &a), Err(tampered(&a)));
    assert_eq!(v.get(RecordKind::CrisisPlan, &b), Err(tampered(&b)));
    assert!(v.get(RecordKind::CrisisPlan, &c).is_ok());
    set_sealed(&raw, &a, &sa);
    set_sealed(&raw, &b, &sb);

    // Copy a plan's ciphertext into the case row (another kind).
    let sc = sealed_of(&raw, &case);
    set_sealed(&raw, &case, &sa);
    assert_eq!(v.get(RecordKind::Case, &case), Err(tampered(&case)));
    set_sealed(&raw, &case, &sc);

    // Change the kind column.
    raw.execute(
        "UPDATE record SET kind = 'meeting' WHERE id = ?1",
        [&c.0[..]],
    )
    .unwrap();
    assert_eq!(v.get(RecordKind::Meeting, &c), Err(tampered(&c)));
    assert_eq!(v.get(RecordKind::CrisisPlan, &c), Err(VaultError::NotFound));
    assert_eq!(
        v.list(RecordKind::Meeting).unwrap().damaged[0].error,
        tampered(&c)
    );
    raw.execute(
        "UPDATE record SET kind = 'crisis_plan' WHERE id = ?1",
        [&c.0[..]],
    )
    .unwrap();

    // Change the id, the version, or the column types.
    let moved = RecordId([0x42; 16]);
    raw.execute(
        "UPDATE record SET id = ?1 WHERE id = ?2",
        [&moved.0[..], &c.0[..]],
    )
    .unwrap();
    assert_eq!(v.get(RecordKind::CrisisPlan, &moved), Err(tampered(&moved)));
    raw.execute(
        "UPDATE record SET id = ?1 WHERE id = ?2",
        [&c.0[..], &moved.0[..]],
    )
    .unwrap();
    for sql in [
        "UPDATE record SET version = 2 WHERE id = ?1",
        "UPDATE record SET version = 70000 WHERE id = ?1",
        "UPDATE record SET version = 'one' WHERE id = ?1",
        "UPDATE record SET sealed = 'text, not a blob' WHERE id = ?1",
        "UPDATE record SET sealed = NULL WHERE id = ?1 AND 0",
    ] {
        let before = sealed_of(&raw, &a);
        raw.execute(sql, [&a.0[..]]).unwrap();
        if !sql.ends_with("AND 0") {
            assert_eq!(
                v.get(RecordKind::CrisisPlan, &a),
                Err(tampered(&a)),
                "{sql}"
            );
        }
        raw.execute(
            "UPDATE record SET version = 1, sealed = ?1 WHERE id = ?2",
            rusqlite::params![before, &a.0[..]],
        )
        .unwrap();
    }
    assert!(v.get(RecordKind::CrisisPlan, &a).is_ok());

    // A damaged id column cannot be addressed, but does not hide the others.
    raw.execute("UPDATE record SET id = x'0102' WHERE id = ?1", [&b.0[..]])
        .unwrap();
    let listing = v.list(RecordKind::CrisisPlan).unwrap();
    assert_eq!(listing.ok.len(), 2);
    assert_eq!(listing.damaged.len(), 1);
    assert_eq!(
        (listing.damaged[0].id, &listing.damaged[0].error),
        (None, &VaultError::Corrupt)
    );
}

#[test]
fn a_real_record_moved_into_the_decoy_workspace_does_not_open() {
    let (_dir, path, _clock, mut v, [a, _, _]) = three_plans();
    v.set_duress(DURESS_PIN, false).unwrap();
    v.lock();
    v.unlock(DURESS_PIN).unwrap();
    let decoy_id = Vault::new_id().unwrap();
    v.put(RecordKind::Case, &decoy_id, b"decoy").unwrap();
    let raw = raw(&path);
    let decoy_ws: Vec<u8> = raw
        .query_row(
            "SELECT workspace FROM record WHERE id = ?1",
            [&decoy_id.0[..]],
            |r| r.get(0),
        )
        .unwrap();
    raw.execute(
        "UPDATE record SET workspace = ?1 WHERE id = ?2",
        rusqlite::params![decoy_ws, &a.0[..]],
    )
    .unwrap();
    assert_eq!(v.get(RecordKind::CrisisPlan, &a), Err(tampered(&a)));
    assert_eq!(v.list_all().unwrap().ok.len(), 1);
}

#[test]
fn a_damaged_keyslot_or_header_is_corrupt_not_a_wrong_passcode() {
    let (dir, path, clock, v, _) = three_plans();
    v.close().unwrap();
    let good = std::fs::read(&path).unwrap();
    let damage = [
        "UPDATE keyslot SET wrapped = substr(wrapped, 1, 10) || x'00' || substr(wrapped, 12) WHERE slot = 0",
        "UPDATE keyslot SET wrapped = substr(wrapped, 1, 10) || x'00' || substr(wrapped, 12) WHERE slot = 1",
        "UPDATE keyslot SET nonce = x'00' WHERE slot = 0",
        "UPDATE keyslot SET wrapped = x'00' WHERE slot = 1",
        "UPDATE keyslot SET wrapped = 'text' WHERE slot = 1",
        "DELETE FROM keyslot WHERE slot = 1",
        "UPDATE keyslot SET slot = 5 WHERE slot = 1",
        "UPDATE header SET kdf_salt = x'00112233'",
        "UPDATE header SET kdf_salt = zeroblob(16)",
        "UPDATE header SET digest = zeroblob(32)",
        "UPDATE header SET kdf_m = kdf_m + 1024",
        "DELETE FROM attempts",
    ];
    let damaged = dir.path().join("damaged.db");
    for sql in damage {
        std::fs::write(&damaged, &good).unwrap();
        raw(&damaged).execute_batch(sql).unwrap();
        let result = Vault::open(&damaged, options(&clock)).and_then(|mut v| v.unlock(PIN));
        assert_eq!(result, Err(VaultError::Corrupt), "{sql}");
        if !sql.contains("attempts") {
            let failures: i64 = raw(&damaged)
                .query_row("SELECT failures FROM attempts", [], |r| r.get(0))
                .unwrap();
            assert_eq!(failures, 0, "damage is not counted as a guess: {sql}");
        }
    }
    let mut v = reopen(&path, &clock);
    v.unlock(PIN).unwrap();
}

/// Runs the calls the app makes on start, returning the first error.
fn start_app(path: &Path) -> Result<usize, VaultError> {
    let clock = ManualClock::new();
    let mut v = Vault::open(path, options(&clock))?;
    v.check_integrity()?;
    v.unlock(PIN)?;
    Ok(v.list_all()?.len())
}

#[test]
fn a_truncated_or_foreign_file_is_corrupt_not_a_panic() {
    let (dir, path, _clock, mut v) = new_vault();
    for i in 0..60 {
        v.put(
            RecordKind::Meeting,
            &Vault::new_id().unwrap(),
            format!("meeting {i} {}", "x".repeat(900)).as_bytes(),
        )
        .unwrap();
    }
    v.close().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 16 * 4096, "several pages: {}", bytes.len());
    assert_eq!(start_app(&path), Ok(60));

    let cut = dir.path().join("cut.db");
    for len in [
        100,
        1024,
        4096,
        4096 * 3,
        bytes.len() / 2,
        bytes.len() - 4096,
    ] {
        std::fs::write(&cut, &bytes[..len]).unwrap();
        assert_eq!(
            start_app(&cut),
            Err(VaultError::Corrupt),
            "truncated to {len}"
        );
        let _ = std::fs::remove_file(dir.path().join("cut.db-wal"));
        let _ = std::fs::remove_file(dir.path().join("cut.db-shm"));
    }
    let foreign = dir.path().join("foreign.db");
    std::fs::write(
        &foreign,
        b"%PDF-1.7 this is not a database at all, but it is long enough",
    )
    .unwrap();
    assert_eq!(start_app(&foreign).err(), Some(VaultError::Corrupt));

    // Another app's SQLite database is not mistaken for a vault.
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');")
        .unwrap();
    assert_eq!(
        Vault::open(&other, options(&ManualClock::new())).err(),
        Some(VaultError::Corrupt)
    );

    // A file from a newer version of Trygg is refused with its own code.
    let newer = dir.path().join("newer.db");
    std::fs::write(&newer, &bytes).unwrap();
    raw(&newer)
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    assert_eq!(
        Vault::open(&newer, options(&ManualClock::new())).err(),
        Some(VaultError::UnsupportedFormat)
    );

    // A planted trigger is refused.
    let planted = dir.path().join("planted.db");
    std::fs::write(&planted, &bytes).unwrap();
    raw(&planted)
        .execute_batch("CREATE TRIGGER t AFTER UPDATE ON attempts BEGIN UPDATE attempts SET failures = 0; END;")
        .unwrap();
    assert_eq!(
        Vault::open(&planted, options(&ManualClock::new())).err(),
        Some(VaultError::Corrupt)
    );
}

/// A small valid vault file, made once.
fn base_file() -> &'static [u8] {
    static BASE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let (_dir, path, _clock, mut v) = new_vault();
        v.set_duress(DURESS_PIN, false).unwrap();
        for kind in RecordKind::ALL {
            v.put(kind, &Vault::new_id().unwrap(), b"{\"a\":1}")
                .unwrap();
        }
        v.close().unwrap();
        std::fs::read(&path).unwrap()
    })
}

fn exercise(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzz.db");
    std::fs::write(&path, bytes).unwrap();
    let clock = ManualClock::new();
    if let Ok(mut v) = Vault::open(&path, options(&clock)) {
        let _ = v.is_initialised();
        let _ = v.attempt_status();
        let _ = v.check_integrity();
        if v.unlock(PIN).is_ok() {
            let _ = v.list_all();
            let _ = v.put(RecordKind::Case, &RecordId([1; 16]), b"x");
        }
        let _ = v.unlock(DURESS_PIN);
        let _ = v.create(PIN, FAST);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_as_a_database_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..9000),
        sqlite_magic in any::<bool>(),
    ) {
        let mut bytes = bytes;
        if sqlite_magic && bytes.len() > 100 {
            bytes[..16].copy_from_slice(b"SQLite format 3\0");
        }
        exercise(&bytes);
    }

    #[test]
    fn random_damage_to_a_vault_file_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..24),
    ) {
        let mut bytes = base_file().to_vec();
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        exercise(&bytes);
    }

    #[test]
    fn random_header_fields_never_panic(
        salt in proptest::collection::vec(any::<u8>(), 0..40),
        m in any::<i64>(),
        t in any::<i64>(),
        p in any::<i64>(),
        small in any::<bool>(),
        slot in proptest::collection::vec(any::<u8>(), 0..100),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hdr.db");
        std::fs::write(&path, base_file()).unwrap();
        {
            let raw = raw(&path);
            // Half the cases keep the parameters in range so damage reaches
            // the checksum and slot checks.
            let (m, t, p) = if small { (19456 + (m & 0xff), 2 + (t & 1), 1) } else { (m, t, p) };
            raw.execute(
                "UPDATE header SET kdf_salt = ?1, kdf_m = ?2, kdf_t = ?3, kdf_p = ?4",
                rusqlite::params![salt, m, t, p],
            ).unwrap();
            raw.execute("UPDATE keyslot SET wrapped = ?1 WHERE slot = 1", [slot]).unwrap();
        }
        let clock = ManualClock::new();
        let result = Vault::open(&path, options(&clock)).and_then(|mut v| v.unlock(PIN));
        prop_assert!(matches!(result, Err(VaultError::Corrupt) | Err(VaultError::KdfParamsRejected)), "{:?}", result);
    }
}
