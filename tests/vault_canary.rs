//! No plaintext reaches the disk: a canary string sealed in records never
//! appears in the database, its WAL/SHM/journal files or SQLite's temp dir,
//! in UTF-8 or UTF-16 (LE/BE), while open, after deleting, or after close.

// Its own binary: it points SQLite's temporary files (SQLITE_TMPDIR, read
// once per process) at the folder it scans, before anything else in the
// process uses SQLite.
#[path = "integration/vault_support/mod.rs"]
mod vault_support;

use std::path::Path;
use trygg::vault::{RecordKind, Vault};
use vault_support::*;

fn encodings(s: &str) -> Vec<(&'static str, Vec<u8>)> {
    let utf16: Vec<u16> = s.encode_utf16().collect();
    vec![
        ("utf-8", s.as_bytes().to_vec()),
        (
            "utf-16le",
            utf16.iter().flat_map(|u| u.to_le_bytes()).collect(),
        ),
        (
            "utf-16be",
            utf16.iter().flat_map(|u| u.to_be_bytes()).collect(),
        ),
    ]
}

/// Every (file, encoding) where `needle` occurs, in all files under `dirs`.
fn hits(dirs: &[&Path], needle: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<std::path::PathBuf> = dirs.iter().map(|d| d.to_path_buf()).collect();
    let mut files = 0;
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        files += 1;
        let bytes = std::fs::read(&p).unwrap_or_default();
        for (name, enc) in encodings(needle) {
            if bytes.windows(enc.len()).any(|w| w == enc.as_slice()) {
                out.push(format!("{} ({name})", p.display()));
            }
        }
    }
    assert!(files > 0, "nothing scanned");
    out
}

#[test]
fn sealed_plaintext_never_reaches_any_file() {
    let tmp = tempfile::tempdir().unwrap();
    // SQLite puts any temp file here (it reads SQLITE_TMPDIR when it needs one).
    std::env::set_var("SQLITE_TMPDIR", tmp.path());
    let canary = format!(
        "KANARIEFÅGEL-{}-säker-plats",
        Vault::new_id().unwrap().to_hex()
    );
    let (dir, path, clock, mut v) = new_vault();
    let scan = |label: &str| {
        let found = hits(&[dir.path(), tmp.path()], &canary);
        assert!(found.is_empty(), "{label}: canary found in {found:?}");
        let found = hits(&[dir.path(), tmp.path()], PIN);
        assert!(found.is_empty(), "{label}: passcode found in {found:?}");
    };

    // The scanner itself works: an unencrypted copy is found in every encoding.
    let control = dir.path().join("control.db");
    {
        let c = rusqlite::Connection::open(&control).unwrap();
        c.execute_batch("CREATE TABLE t (a TEXT, b BLOB)").unwrap();
        let be: Vec<u8> = encodings(&canary)[2].1.clone();
        c.execute(
            "INSERT INTO t VALUES (?1, ?2)",
            rusqlite::params![canary, be],
        )
        .unwrap();
    }
    let found = hits(&[dir.path()], &canary);
    assert!(
        found.iter().any(|h| h.contains("utf-8")) && found.iter().any(|h| h.contains("utf-16be"))
    );
    std::fs::remove_file(&control).unwrap();

    let mut ids = Vec::new();
    for kind in RecordKind::ALL {
        for i in 0..20 {
            let id = Vault::new_id().unwrap();
            let body = format!(
                "{{\"note\":\"{canary} #{i}\",\"pad\":\"{}\"}}",
                "z".repeat(i * 150)
            );
            v.put(kind, &id, body.as_bytes()).unwrap();
            ids.push((kind, id));
        }
    }
    let case_id = Vault::new_id().unwrap();
    v.put_record(
        &case_id,
        &CaseNote {
            text: canary.clone(),
            n: 1,
        },
    )
    .unwrap();
    v.put_many(&[(
        RecordKind::Meeting,
        Vault::new_id().unwrap(),
        canary.as_bytes(),
    )])
    .unwrap();
    // Overwrites leave old page images behind in SQLite: still only ciphertext.
    v.put(
        RecordKind::Case,
        &case_id,
        format!("{canary} v2").as_bytes(),
    )
    .unwrap();
    assert_eq!(v.list_all().unwrap().len(), RecordKind::ALL.len() * 20 + 2);
    scan("while open, WAL in use");

    v.change_passcode(PIN, OTHER_PIN).unwrap();
    v.set_duress(DURESS_PIN, false).unwrap();
    v.lock();
    v.unlock(DURESS_PIN).unwrap();
    v.put(
        RecordKind::Case,
        &Vault::new_id().unwrap(),
        canary.as_bytes(),
    )
    .unwrap();
    v.lock();
    scan("after lock");

    v.unlock(OTHER_PIN).unwrap();
    for (kind, id) in ids.iter().take(30) {
        assert!(v.delete(*kind, id).unwrap());
    }
    v.delete_many(&ids[30..40]).unwrap();
    scan("after deleting");
    v.close().unwrap();
    scan("after close");

    let mut v = reopen(&path, &clock);
    v.unlock(OTHER_PIN).unwrap();
    v.set_attempt_limit(Some(1)).unwrap();
    v.lock();
    assert!(v.unlock(PIN).is_err(), "wipes");
    drop(v);
    scan("after wipe");
}
