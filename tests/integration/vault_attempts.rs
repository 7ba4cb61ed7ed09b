//! Failed-unlock counting, back-off and the self-wipe, across restarts of the
//! store, with a simulated monotonic clock (no sleeping).

use crate::vault_support;

use std::time::Duration;
use trygg::vault::{RecordKind, Vault, VaultError};
use vault_support::*;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn wrong(v: &mut Vault) -> VaultError {
    v.unlock(OTHER_PIN).unwrap_err()
}

#[test]
fn backoff_follows_the_schedule_and_waits_are_not_counted() {
    let (_dir, path, clock, mut v) = new_vault();
    v.set_attempt_limit(None).unwrap();
    v.lock();
    for n in 1..=4 {
        assert_eq!(
            wrong(&mut v),
            VaultError::WrongPasscode {
                attempts_left: None,
                retry_after_secs: 0
            },
            "failure {n} has no wait"
        );
    }
    let expected = [30u64, 60, 300, 900, 3600, 3600];
    for (i, wait) in expected.into_iter().enumerate() {
        let failures = 5 + i as u32;
        assert_eq!(
            wrong(&mut v),
            VaultError::WrongPasscode {
                attempts_left: None,
                retry_after_secs: wait
            }
        );
        // During the wait even the right passcode is not tried, and nothing is counted.
        assert_eq!(
            v.unlock(PIN),
            Err(VaultError::Backoff {
                retry_after_secs: wait
            })
        );
        clock.advance(secs(wait - 1));
        assert_eq!(
            v.unlock(OTHER_PIN),
            Err(VaultError::Backoff {
                retry_after_secs: 1
            })
        );
        let status = v.attempt_status().unwrap();
        assert_eq!((status.failures, status.retry_after_secs), (failures, 1));
        clock.advance(secs(1));
        assert_eq!(v.attempt_status().unwrap().retry_after_secs, 0);
    }
    // After a restart the count is still there.
    drop(v);
    let mut v = reopen(&path, &clock);
    assert_eq!(v.attempt_status().unwrap().failures, 10);
    clock.advance(secs(3600));
    v.unlock(PIN).unwrap();
    assert_eq!(
        v.attempt_status().unwrap().failures,
        0,
        "a success resets the count"
    );
    v.lock();
    assert!(matches!(
        wrong(&mut v),
        VaultError::WrongPasscode {
            retry_after_secs: 0,
            ..
        }
    ));
}

#[test]
fn a_pending_wait_restarts_in_full_after_reopening() {
    let (_dir, path, clock, mut v) = new_vault();
    v.lock();
    for _ in 0..5 {
        wrong(&mut v);
    }
    clock.advance(secs(20));
    assert_eq!(v.attempt_status().unwrap().retry_after_secs, 10);
    drop(v);

    // Restart: the monotonic clock keeps running (here: jumps 10 minutes)
    // but the wait starts again from the moment of opening.
    clock.advance(secs(600));
    let mut v = reopen(&path, &clock);
    let status = v.attempt_status().unwrap();
    assert_eq!((status.failures, status.retry_after_secs), (5, 30));
    assert_eq!(
        v.unlock(PIN),
        Err(VaultError::Backoff {
            retry_after_secs: 30
        })
    );
    clock.advance(secs(30));
    v.unlock(PIN).unwrap();
}

#[test]
fn the_limit_wipes_the_vault_across_restarts() {
    let (_dir, path, clock, mut v) = new_vault();
    let id = Vault::new_id().unwrap();
    v.put(RecordKind::CrisisPlan, &id, b"plan").unwrap();
    v.lock();
    // Ten failures with the default limit, restarting the store after each.
    for n in 1..=9u32 {
        let err = wrong(&mut v);
        assert!(
            matches!(err, VaultError::WrongPasscode { attempts_left: Some(left), .. } if left == 10 - n),
            "{err:?}"
        );
        drop(v);
        v = reopen(&path, &clock);
        assert_eq!(v.attempt_status().unwrap().failures, n);
        clock.advance(secs(3600));
    }
    assert_eq!(wrong(&mut v), VaultError::Wiped);
    assert!(!v.is_initialised().unwrap());
    assert_eq!(v.unlock(PIN), Err(VaultError::Wiped));

    // Nothing is left in the file: no keys, no header, no records, no counter.
    let raw = raw(&path);
    for table in ["header", "keyslot", "record", "attempts"] {
        let n: i64 = raw
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table} emptied");
    }
    drop(v);
    let mut v = reopen(&path, &clock);
    assert_eq!(v.unlock(PIN), Err(VaultError::NotInitialised));
    // The app can start over.
    v.create(PIN, FAST).unwrap();
    assert_eq!(
        v.get(RecordKind::CrisisPlan, &id),
        Err(VaultError::NotFound)
    );
}

#[test]
fn a_practitioner_set_limit_and_no_limit() {
    let (_dir, path, clock, mut v) = new_vault();
    v.set_attempt_limit(Some(3)).unwrap();
    v.lock();
    assert!(matches!(
        wrong(&mut v),
        VaultError::WrongPasscode {
            attempts_left: Some(2),
            ..
        }
    ));
    assert!(matches!(
        wrong(&mut v),
        VaultError::WrongPasscode {
            attempts_left: Some(1),
            ..
        }
    ));
    assert_eq!(wrong(&mut v), VaultError::Wiped);
    assert!(!v.is_initialised().unwrap());
    drop(v);

    let mut v = reopen(&path, &clock);
    v.create(PIN, FAST).unwrap();
    v.set_attempt_limit(None).unwrap();
    v.lock();
    for _ in 0..12 {
        clock.advance(secs(3600));
        assert!(matches!(
            wrong(&mut v),
            VaultError::WrongPasscode {
                attempts_left: None,
                ..
            }
        ));
    }
    clock.advance(secs(3600));
    v.unlock(PIN).unwrap();
}

#[test]
fn a_limit_reached_while_the_app_was_killed_wipes_on_open() {
    let (_dir, path, clock, mut v) = new_vault();
    v.put(RecordKind::Case, &Vault::new_id().unwrap(), b"case")
        .unwrap();
    drop(v);
    // As if the app died during the KDF of the tenth attempt: counted, not yet wiped.
    raw(&path)
        .execute("UPDATE attempts SET failures = 10", [])
        .unwrap();
    let mut v = reopen(&path, &clock);
    assert!(!v.is_initialised().unwrap());
    assert_eq!(v.unlock(PIN), Err(VaultError::Wiped));
}

#[test]
fn a_wipe_interrupted_after_the_keys_is_finished_on_open() {
    let (_dir, path, clock, mut v) = new_vault();
    v.put(RecordKind::Case, &Vault::new_id().unwrap(), b"case")
        .unwrap();
    drop(v);
    // First phase of a wipe done (keys gone), second phase not.
    raw(&path)
        .execute_batch("DELETE FROM keyslot; DELETE FROM header;")
        .unwrap();
    let v = reopen(&path, &clock);
    assert!(!v.is_initialised().unwrap());
    let n: i64 = raw(&path)
        .query_row("SELECT count(*) FROM record", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn wrong_old_passcode_in_change_counts_toward_the_limit() {
    let (_dir, _path, _clock, mut v) = new_vault();
    v.set_attempt_limit(Some(2)).unwrap();
    assert!(matches!(
        v.change_passcode(OTHER_PIN, DURESS_PIN),
        Err(VaultError::WrongPasscode {
            attempts_left: Some(1),
            ..
        })
    ));
    assert_eq!(
        v.change_passcode(OTHER_PIN, DURESS_PIN),
        Err(VaultError::Wiped)
    );
    assert!(!v.is_unlocked());
    assert!(!v.is_initialised().unwrap());
}
