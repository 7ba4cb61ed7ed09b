//! Crash safety: a child process (this test binary, re-executed with an env
//! var) writes in a loop and reports each write after the call returns; the
//! parent kills it with SIGKILL at random points. Every reported write must
//! be there afterwards and SQLite's integrity check must pass.

use crate::vault_support;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use trygg::vault::{KdfCap, KdfParams, RecordId, RecordKind, Vault, VaultOptions};
use vault_support::*;

const CHILD_ENV: &str = "TRYGG_VAULT_CRASH_CHILD";
const ROUNDS: usize = 50;

/// Entry point of the child process; does nothing in a normal test run.
/// `TRYGG_VAULT_CRASH_CHILD=writer:<path>` writes records forever;
/// `unlock:<path>` makes one (slow) unlock attempt.
#[test]
fn child_process_entry() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (mode, path) = spec.split_once(':').unwrap();
    let options = VaultOptions {
        kdf_cap: endless_cap(),
        ..VaultOptions::default()
    };
    let mut v = Vault::open(path, options).unwrap();
    let mut out = std::io::stdout();
    // libtest has printed "test vault_crash::child_process_entry ... " without a newline.
    writeln!(out).unwrap();
    match mode {
        "writer" => {
            v.unlock(PIN).unwrap();
            loop {
                let ids: Vec<RecordId> =
                    (0..1 + usize::from(Vault::new_id().unwrap().0[0] % 4 == 0) * 2)
                        .map(|_| Vault::new_id().unwrap())
                        .collect();
                let bodies: Vec<Vec<u8>> = ids.iter().map(body_for).collect();
                if ids.len() == 1 {
                    v.put(kind_for(&ids[0]), &ids[0], &bodies[0]).unwrap();
                } else {
                    let items: Vec<_> = ids
                        .iter()
                        .zip(&bodies)
                        .map(|(id, b)| (kind_for(id), *id, b.as_slice()))
                        .collect();
                    v.put_many(&items).unwrap();
                }
                // Reported only after the call returned.
                for id in &ids {
                    writeln!(out, "committed {}", id.to_hex()).unwrap();
                }
                out.flush().unwrap();
            }
        }
        "unlock" => {
            writeln!(out, "opened").unwrap();
            out.flush().unwrap();
            let _ = v.unlock(PIN);
            writeln!(out, "done").unwrap();
        }
        _ => panic!("unknown child mode"),
    }
}

fn kind_for(id: &RecordId) -> RecordKind {
    RecordKind::ALL[usize::from(id.0[1]) % RecordKind::ALL.len()]
}

/// A body derived from the id, 100 bytes to ~6 KB (some span several pages).
fn body_for(id: &RecordId) -> Vec<u8> {
    let len = 100 + (usize::from(id.0[2]) * 256 + usize::from(id.0[3])) % 6000;
    id.to_hex().bytes().cycle().take(len).collect()
}

/// Kills the child when dropped, so a failing assertion leaves no process behind.
struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_child(mode: &str, path: &Path) -> (ChildGuard, mpsc::Receiver<String>) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "vault_crash::child_process_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, format!("{mode}:{}", path.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (ChildGuard(child), rx)
}

/// A small xorshift generator; the seed comes from the system RNG.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn killed_writers_never_lose_a_committed_record() {
    let (_dir, path, clock, mut v) = new_vault();
    v.set_attempt_limit(None).unwrap();
    v.close().unwrap();
    let seed = u64::from_le_bytes(Vault::new_id().unwrap().0[..8].try_into().unwrap()) | 1;
    let mut rng = Rng(seed);
    let mut committed: HashMap<RecordId, RecordKind> = HashMap::new();
    let mut rounds_with_writes = 0;

    for round in 0..ROUNDS {
        let (mut child, lines) = spawn_child("writer", &path);
        // Let it commit a random number of writes (0 = kill during start-up
        // or unlock), then kill it a random few milliseconds later.
        let wait_for = rng.below(12) as usize;
        let mut seen = Vec::new();
        while seen.len() < wait_for {
            match lines.recv_timeout(Duration::from_secs(20)) {
                Ok(line) => seen.push(line),
                Err(_) => panic!("round {round}: child stopped writing"),
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(4000)));
        child.0.kill().unwrap(); // SIGKILL
        let status = child.0.wait().unwrap();
        assert!(
            !status.success(),
            "round {round}: the child was killed, not finished"
        );
        // Lines written before the kill are still in the pipe.
        seen.extend(lines.iter());
        let before = committed.len();
        for line in &seen {
            if let Some(id) = line.strip_prefix("committed ").and_then(RecordId::parse) {
                committed.insert(id, kind_for(&id));
            }
        }
        if committed.len() > before {
            rounds_with_writes += 1;
        }

        let mut v = reopen(&path, &clock);
        v.check_integrity()
            .unwrap_or_else(|e| panic!("round {round}: integrity {e:?}"));
        v.unlock(PIN).unwrap();
        let all = v.list_all().unwrap();
        assert!(all.damaged.is_empty(), "round {round}: {:?}", all.damaged);
        let stored: HashMap<RecordId, (RecordKind, Vec<u8>)> = all
            .ok
            .into_iter()
            .map(|(id, r)| (id, (r.kind, r.plaintext.to_vec())))
            .collect();
        for (id, kind) in &committed {
            let (k, body) = stored
                .get(id)
                .unwrap_or_else(|| panic!("round {round}: committed record {id} lost"));
            assert_eq!(k, kind);
            assert_eq!(body, &body_for(id), "round {round}: record {id} intact");
        }
        v.close().unwrap();
    }
    let raw_check: String = raw(&path)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(raw_check, "ok");
    assert!(
        rounds_with_writes >= ROUNDS / 2,
        "most kills land after some writes: {rounds_with_writes}"
    );
}

/// A cap that lets the child run a KDF that would take half an hour.
fn endless_cap() -> KdfCap {
    KdfCap {
        max_m_kib: KdfParams::FLOOR.m_kib,
        max_t_cost: u32::MAX,
        max_p_cost: 1,
        max_m_times_t: u64::MAX,
    }
}

/// Sets the pass count in the header and recomputes the header checksum
/// (format: `crypto::header_digest` in src/vault/crypto.rs).
fn set_pass_count(path: &Path, t: u32) {
    let raw = raw(path);
    raw.execute("UPDATE header SET kdf_t = ?1", [t]).unwrap();
    let (salt, m, t, p): (Vec<u8>, u32, u32, u32) = raw
        .query_row(
            "SELECT kdf_salt, kdf_m, kdf_t, kdf_p FROM header",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(b"trygg/header-digest/v1");
    ctx.update(&(salt.len() as u32).to_be_bytes());
    ctx.update(&salt);
    for x in [m, t, p] {
        ctx.update(&x.to_be_bytes());
    }
    let mut stmt = raw
        .prepare("SELECT slot, nonce, wrapped FROM keyslot ORDER BY slot")
        .unwrap();
    let slots: Vec<(u8, Vec<u8>, Vec<u8>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (slot, nonce, wrapped) in slots {
        ctx.update(&[slot]);
        ctx.update(&(nonce.len() as u32).to_be_bytes());
        ctx.update(&nonce);
        ctx.update(&(wrapped.len() as u32).to_be_bytes());
        ctx.update(&wrapped);
    }
    raw.execute("UPDATE header SET digest = ?1", [ctx.finish().as_ref()])
        .unwrap();
}

/// Starts a child that unlocks (with a KDF that runs for half an hour) and
/// waits until the attempt is on disk: the count must be committed before
/// the KDF starts. Returns the child, its output lines and a raw
/// connection to the file.
fn child_counted_one_attempt(
    path: &Path,
) -> (ChildGuard, mpsc::Receiver<String>, rusqlite::Connection) {
    let (child, lines) = spawn_child("unlock", path);
    // Skip libtest's own banner lines.
    while lines.recv_timeout(Duration::from_secs(20)).unwrap() != "opened" {}
    let raw = raw(path);
    let mut failures = 0i64;
    for _ in 0..2000 {
        failures = raw
            .query_row("SELECT failures FROM attempts", [], |r| r.get(0))
            .unwrap();
        if failures == 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(failures, 1, "counted before the KDF result");
    (child, lines, raw)
}

#[test]
fn killing_the_app_during_an_attempt_still_counts_it() {
    let (_dir, path, clock, v) = new_vault();
    v.close().unwrap();
    // A KDF that would run for about half an hour: the only way to see the
    // count is for it to be committed before the KDF starts.
    set_pass_count(&path, 100_000);

    let (mut child, lines, _raw) = child_counted_one_attempt(&path);
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    assert!(
        lines.iter().all(|l| l != "done"),
        "killed while the attempt was still running"
    );

    // The interrupted attempt still counts after a restart.
    let v = Vault::open(
        &path,
        VaultOptions {
            clock: std::sync::Arc::new(clock),
            kdf_cap: endless_cap(),
        },
    )
    .unwrap();
    assert_eq!(v.attempt_status().unwrap().failures, 1);
}

/// The files beside the vault: `store.db-wal` and `store.db-shm`.
fn wal_files(path: &Path) -> [std::path::PathBuf; 2] {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    [
        path.with_file_name(format!("{name}-wal")),
        path.with_file_name(format!("{name}-shm")),
    ]
}

#[test]
fn a_counted_attempt_survives_losing_the_wal() {
    let (dir, path, clock, v) = new_vault();
    // Everything so far is in the main file.
    v.close().unwrap();
    let mut v = reopen(&path, &clock);
    assert!(matches!(
        v.unlock(OTHER_PIN),
        Err(trygg::vault::VaultError::WrongPasscode { .. })
    ));
    // A copy of the main file alone is what is left when someone deletes
    // the -wal and -shm files while the app is not running.
    let copy = dir.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    for f in wal_files(&copy) {
        assert!(!f.exists());
    }
    let c = reopen(&copy, &clock);
    assert_eq!(c.attempt_status().unwrap().failures, 1);
    drop(c);
    // And a second one, on top.
    assert!(v.unlock(OTHER_PIN).is_err());
    std::fs::remove_file(&copy).unwrap();
    std::fs::copy(&path, &copy).unwrap();
    assert_eq!(reopen(&copy, &clock).attempt_status().unwrap().failures, 2);
}

#[test]
fn killing_the_app_during_an_attempt_and_deleting_the_wal_still_counts_it() {
    let (_dir, path, clock, v) = new_vault();
    v.close().unwrap();
    set_pass_count(&path, 100_000);

    let (mut child, lines, raw) = child_counted_one_attempt(&path);
    drop(raw);
    // Well into the half-hour KDF.
    std::thread::sleep(Duration::from_millis(500));
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    assert!(lines.iter().all(|l| l != "done"), "killed mid-attempt");
    for f in wal_files(&path) {
        let _ = std::fs::remove_file(&f);
        assert!(!f.exists());
    }

    let v = Vault::open(
        &path,
        VaultOptions {
            clock: std::sync::Arc::new(clock),
            kdf_cap: endless_cap(),
        },
    )
    .unwrap();
    assert_eq!(v.attempt_status().unwrap().failures, 1);
}

#[test]
fn an_attempt_whose_count_cannot_reach_the_main_file_is_refused_without_the_kdf() {
    let (_dir, path, clock, v) = new_vault();
    v.close().unwrap();
    // If the KDF ran, this test would take half an hour.
    set_pass_count(&path, 100_000);
    let options = || VaultOptions {
        clock: std::sync::Arc::new(clock.clone()),
        kdf_cap: endless_cap(),
    };
    let mut v = Vault::open(&path, options()).unwrap();
    // Another process keeps reading an old snapshot: no checkpoint can
    // move the new count into the main file.
    let reader = raw(&path);
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM record", [], |r| r.get(0))
        .unwrap();
    let started = std::time::Instant::now();
    let err = v.unlock(PIN).unwrap_err();
    assert_eq!(err, trygg::vault::VaultError::AttemptNotSaved);
    assert_eq!(trygg::error::Coded::code(&err), "attempt_not_saved");
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "refused without running the KDF: {:?}",
        started.elapsed()
    );
    assert!(!v.is_unlocked());
    reader.execute_batch("COMMIT").unwrap();
}
