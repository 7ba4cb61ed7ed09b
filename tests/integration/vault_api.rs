//! The vault's everyday API: round trips, lock/unlock, passcode change,
//! batches, child IDs, and bad input that must give typed errors.

use crate::vault_support;

use trygg::error::Coded;
use trygg::vault::{
    parse_kind, KdfParams, ManualClock, RecordId, RecordKind, Vault, VaultError, WeakReason,
    MAX_RECORD_BYTES,
};
use vault_support::*;

#[test]
fn every_kind_round_trips_raw_and_typed_and_survives_reopen() {
    let (_dir, path, clock, mut v) = new_vault();
    let mut ids = Vec::new();
    for (i, kind) in RecordKind::ALL.into_iter().enumerate() {
        let id = Vault::new_id().unwrap();
        let body = format!("{{\"kind\":\"{kind}\",\"i\":{i}}}");
        v.put(kind, &id, body.as_bytes()).unwrap();
        assert_eq!(&v.get(kind, &id).unwrap()[..], body.as_bytes());
        // The same ID under another kind is a different record.
        let other = RecordKind::ALL[(i + 1) % RecordKind::ALL.len()];
        assert_eq!(v.get(other, &id), Err(VaultError::NotFound));
        ids.push((kind, id, body));
    }
    let case_id = Vault::new_id().unwrap();
    let case = CaseNote {
        text: "Åsa, kodord: blåklint".into(),
        n: 1,
    };
    let plan = PlanNote {
        text: "plan".into(),
        n: 2,
    };
    let agreement = AgreementNote {
        text: "avtal".into(),
        n: 3,
    };
    let review = ReviewNote {
        text: "bedömning".into(),
        n: 4,
    };
    let meeting = MeetingNote {
        text: "möte".into(),
        n: 5,
    };
    v.put_record(&case_id, &case).unwrap();
    v.put_record(&case_id, &plan).unwrap();
    v.put_record(&case_id, &agreement).unwrap();
    v.put_record(&case_id, &review).unwrap();
    v.put_record(&case_id, &meeting).unwrap();
    v.close().unwrap();

    let mut v = reopen(&path, &clock);
    v.unlock(PIN).unwrap();
    for (kind, id, body) in &ids {
        assert_eq!(&v.get(*kind, id).unwrap()[..], body.as_bytes());
        let listed = v.list(*kind).unwrap();
        assert!(listed.damaged.is_empty());
        assert!(listed
            .ok
            .iter()
            .any(|(i, b)| i == id && &b[..] == body.as_bytes()));
    }
    assert_eq!(v.get_record::<CaseNote>(&case_id).unwrap(), case);
    assert_eq!(v.get_record::<PlanNote>(&case_id).unwrap(), plan);
    assert_eq!(v.get_record::<AgreementNote>(&case_id).unwrap(), agreement);
    assert_eq!(v.get_record::<ReviewNote>(&case_id).unwrap(), review);
    assert_eq!(v.get_record::<MeetingNote>(&case_id).unwrap(), meeting);
    let cases = v.list_records::<CaseNote>().unwrap();
    assert_eq!(cases.ok.len(), 1);
    assert_eq!(
        cases.damaged.len(),
        1,
        "the raw JSON case is not a CaseNote"
    );
    // One raw record per kind, and the five typed notes.
    assert_eq!(v.list_all().unwrap().len(), RecordKind::ALL.len() + 5);
}

#[test]
fn overwrite_replaces_and_delete_removes() {
    let (_dir, _path, _clock, mut v) = new_vault();
    let id = Vault::new_id().unwrap();
    v.put(RecordKind::Meeting, &id, b"first").unwrap();
    v.put(RecordKind::Meeting, &id, b"second").unwrap();
    assert_eq!(&v.get(RecordKind::Meeting, &id).unwrap()[..], b"second");
    assert_eq!(v.ids(RecordKind::Meeting).unwrap(), vec![id]);
    assert!(v.delete(RecordKind::Meeting, &id).unwrap());
    assert!(!v.delete(RecordKind::Meeting, &id).unwrap());
    assert_eq!(v.get(RecordKind::Meeting, &id), Err(VaultError::NotFound));
    assert!(v.list(RecordKind::Meeting).unwrap().is_empty());
}

#[test]
fn lock_drops_access_until_unlock() {
    let (_dir, _path, _clock, mut v) = new_vault();
    let id = Vault::new_id().unwrap();
    v.put(RecordKind::Case, &id, b"x").unwrap();
    assert!(v.is_unlocked());
    v.lock();
    assert!(!v.is_unlocked());
    assert_eq!(v.get(RecordKind::Case, &id), Err(VaultError::Locked));
    assert_eq!(v.put(RecordKind::Case, &id, b"y"), Err(VaultError::Locked));
    assert_eq!(v.list(RecordKind::Case).unwrap_err(), VaultError::Locked);
    assert_eq!(
        v.child_id(RecordKind::CrisisPlan, &id),
        Err(VaultError::Locked)
    );
    assert_eq!(v.set_attempt_limit(None), Err(VaultError::Locked));
    assert_eq!(v.transaction(|_| Ok(())), Err(VaultError::Locked));
    v.unlock(PIN).unwrap();
    assert_eq!(&v.get(RecordKind::Case, &id).unwrap()[..], b"x");
}

#[test]
fn wrong_passcode_is_refused_and_counted() {
    let (_dir, _path, _clock, mut v) = new_vault();
    v.lock();
    let err = v.unlock(OTHER_PIN).unwrap_err();
    assert_eq!(
        err,
        VaultError::WrongPasscode {
            attempts_left: Some(9),
            retry_after_secs: 0
        }
    );
    assert_eq!(err.code(), "wrong_passcode");
    assert_eq!(err.details()["attempts_left"], 9);
    assert!(!v.is_unlocked());
    assert_eq!(v.attempt_status().unwrap().failures, 1);
    v.unlock(PIN).unwrap();
    assert_eq!(
        v.attempt_status().unwrap().failures,
        0,
        "success resets the count"
    );
}

#[test]
fn passcode_change_rewraps_only_the_key() {
    let (_dir, path, clock, mut v) = new_vault();
    let id = Vault::new_id().unwrap();
    v.put(RecordKind::CrisisPlan, &id, b"plan").unwrap();
    let raw = raw(&path);
    let salt_before: Vec<u8> = raw
        .query_row("SELECT kdf_salt FROM header", [], |r| r.get(0))
        .unwrap();
    let sealed_before: Vec<u8> = raw
        .query_row("SELECT sealed FROM record", [], |r| r.get(0))
        .unwrap();

    assert_eq!(
        v.change_passcode(PIN, "123"),
        Err(VaultError::WeakPasscode {
            reason: WeakReason::TooShort
        })
    );
    assert_eq!(
        v.change_passcode(PIN, "1234567890"),
        Err(VaultError::WeakPasscode {
            reason: WeakReason::Sequence
        })
    );
    assert!(matches!(
        v.change_passcode(DURESS_PIN, OTHER_PIN),
        Err(VaultError::WrongPasscode { .. })
    ));
    assert!(
        v.is_unlocked(),
        "a wrong old passcode does not lock the vault"
    );
    v.change_passcode(PIN, OTHER_PIN).unwrap();

    let salt_after: Vec<u8> = raw
        .query_row("SELECT kdf_salt FROM header", [], |r| r.get(0))
        .unwrap();
    let sealed_after: Vec<u8> = raw
        .query_row("SELECT sealed FROM record", [], |r| r.get(0))
        .unwrap();
    assert_ne!(salt_before, salt_after, "a new salt");
    assert_eq!(sealed_before, sealed_after, "records untouched");
    drop(v);

    let mut v = reopen(&path, &clock);
    assert!(matches!(
        v.unlock(PIN),
        Err(VaultError::WrongPasscode { .. })
    ));
    v.unlock(OTHER_PIN).unwrap();
    assert_eq!(&v.get(RecordKind::CrisisPlan, &id).unwrap()[..], b"plan");
}

#[test]
fn create_checks_passcode_params_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let clock = ManualClock::new();
    let mut v = Vault::open(&path, options(&clock)).unwrap();
    assert!(!v.is_initialised().unwrap());
    assert_eq!(v.unlock(PIN), Err(VaultError::NotInitialised));
    assert_eq!(v.attempt_status(), Err(VaultError::NotInitialised));
    for weak in ["", "12345", "abc12", "kort"] {
        assert_eq!(
            v.create(weak, FAST),
            Err(VaultError::WeakPasscode {
                reason: WeakReason::TooShort
            }),
            "{weak:?}"
        );
    }
    // Long enough, but among the first codes anyone tries; the error says why.
    for (weak, reason) in [
        ("123456", "sequence"),
        ("000000", "repeat"),
        ("1234567890", "sequence"),
        ("121212", "repeat"),
        ("159753", "common"),
        ("password", "common"),
        ("abcdefgh", "sequence"),
    ] {
        let err = v.create(weak, FAST).unwrap_err();
        assert_eq!(err.code(), "weak_passcode", "{weak:?}");
        assert_eq!(err.details()["reason"], reason, "{weak:?}");
    }
    assert!(!v.is_initialised().unwrap());
    let below = KdfParams { t_cost: 1, ..FAST };
    assert_eq!(v.create(PIN, below), Err(VaultError::KdfParamsRejected));
    let above = KdfParams {
        m_kib: 4 * 1024 * 1024,
        ..FAST
    };
    assert_eq!(v.create(PIN, above), Err(VaultError::KdfParamsRejected));
    assert!(!v.is_initialised().unwrap());
    v.create("en lång lösenfras", FAST).unwrap();
    assert!(v.is_initialised().unwrap() && v.is_unlocked());
    assert_eq!(v.create(PIN, FAST), Err(VaultError::AlreadyInitialised));
}

#[test]
fn planted_kdf_params_are_refused_at_open_and_unlock() {
    let (_dir, path, clock, v) = new_vault();
    drop(v);
    for (col, value) in [
        ("kdf_m", 4i64 << 30),
        ("kdf_t", 1_000_000),
        ("kdf_p", 255),
        ("kdf_t", 1),
        ("kdf_m", 1024),
        ("kdf_m", -5),
    ] {
        let raw = raw(&path);
        let old: i64 = raw
            .query_row(&format!("SELECT {col} FROM header"), [], |r| r.get(0))
            .unwrap();
        raw.execute(&format!("UPDATE header SET {col} = ?1"), [value])
            .unwrap();
        let err = Vault::open(&path, options(&clock)).err();
        assert_eq!(err, Some(VaultError::KdfParamsRejected), "{col} = {value}");
        raw.execute(&format!("UPDATE header SET {col} = ?1"), [old])
            .unwrap();
    }
    let mut v = reopen(&path, &clock);
    v.unlock(PIN).unwrap();
}

#[test]
fn batches_are_all_or_nothing() {
    let (_dir, _path, _clock, mut v) = new_vault();
    let case = Vault::new_id().unwrap();
    let plan = v.child_id(RecordKind::CrisisPlan, &case).unwrap();
    let meeting = Vault::new_id().unwrap();
    v.put_many(&[
        (RecordKind::Case, case, b"case".as_slice()),
        (RecordKind::CrisisPlan, plan, b"plan".as_slice()),
        (RecordKind::Meeting, meeting, b"meeting".as_slice()),
    ])
    .unwrap();

    // A failure half-way leaves nothing behind.
    let extra = Vault::new_id().unwrap();
    let big = vec![b'x'; MAX_RECORD_BYTES + 1];
    let err = v.put_many(&[
        (RecordKind::Case, extra, b"extra".as_slice()),
        (RecordKind::Case, case, big.as_slice()),
    ]);
    assert_eq!(
        err,
        Err(VaultError::TooLarge {
            limit_bytes: MAX_RECORD_BYTES
        })
    );
    assert_eq!(v.get(RecordKind::Case, &extra), Err(VaultError::NotFound));
    assert_eq!(&v.get(RecordKind::Case, &case).unwrap()[..], b"case");

    let err: Result<(), _> = v.transaction(|tx| {
        assert!(tx.delete(RecordKind::Case, &case)?);
        assert_eq!(tx.get(RecordKind::Case, &case), Err(VaultError::NotFound));
        Err(VaultError::NotFound)
    });
    assert!(err.is_err());
    assert_eq!(
        &v.get(RecordKind::Case, &case).unwrap()[..],
        b"case",
        "rolled back"
    );

    // The domain's "delete a case and its children" in one go.
    let n = v
        .transaction(|tx| {
            let plan_id = tx.child_id(RecordKind::CrisisPlan, &case);
            let mut n = usize::from(tx.delete(RecordKind::CrisisPlan, &plan_id)?);
            n += usize::from(tx.delete(RecordKind::Case, &case)?);
            Ok(n)
        })
        .unwrap();
    assert_eq!(n, 2);
    assert_eq!(
        v.delete_many(&[(RecordKind::Meeting, meeting), (RecordKind::Case, case)])
            .unwrap(),
        1
    );
    assert!(v.list_all().unwrap().is_empty());
}

#[test]
fn child_ids_are_deterministic_keyed_and_distinct() {
    let (_dir, path, clock, mut v) = new_vault();
    let parent = RecordId([7; 16]);
    let a = v.child_id(RecordKind::CrisisPlan, &parent).unwrap();
    assert_eq!(a, v.child_id(RecordKind::CrisisPlan, &parent).unwrap());
    assert_ne!(
        a,
        v.child_id(RecordKind::ContactAgreement, &parent).unwrap()
    );
    assert_ne!(
        a,
        v.child_id(RecordKind::CrisisPlan, &RecordId([8; 16]))
            .unwrap()
    );
    assert_ne!(a, parent);
    v.lock();
    v.unlock(PIN).unwrap();
    assert_eq!(
        a,
        v.child_id(RecordKind::CrisisPlan, &parent).unwrap(),
        "stable across unlocks"
    );
    drop(v);
    let _ = reopen(&path, &clock);

    // Another vault (another DEK) derives a different ID for the same parent.
    let (_d2, _p2, _c2, other) = new_vault();
    assert_ne!(a, other.child_id(RecordKind::CrisisPlan, &parent).unwrap());
}

#[test]
fn oversized_records_are_refused() {
    let (_dir, _path, _clock, mut v) = new_vault();
    let id = Vault::new_id().unwrap();
    let err = v
        .put(RecordKind::Case, &id, &vec![0u8; MAX_RECORD_BYTES + 1])
        .unwrap_err();
    assert_eq!(err.code(), "too_large");
    let huge = CaseNote {
        text: "x".repeat(MAX_RECORD_BYTES),
        n: 0,
    };
    assert_eq!(
        v.put_record(&id, &huge),
        Err(VaultError::TooLarge {
            limit_bytes: MAX_RECORD_BYTES
        })
    );
    v.put(RecordKind::Case, &id, &vec![1u8; MAX_RECORD_BYTES])
        .unwrap();
    assert_eq!(
        v.get(RecordKind::Case, &id).unwrap().len(),
        MAX_RECORD_BYTES
    );
}

#[test]
fn typed_reads_of_bad_plaintext_give_typed_errors() {
    let (_dir, _path, _clock, mut v) = new_vault();
    let cases: [&[u8]; 5] = [
        b"\xff\xfe\xfd",
        b"not json",
        b"{\"text\": 5}",
        b"",
        b"{\"text\":\"\xc3\x28\",\"n\":1}",
    ];
    for bytes in cases {
        let id = Vault::new_id().unwrap();
        v.put(RecordKind::Case, &id, bytes).unwrap();
        let err = v.get_record::<CaseNote>(&id).unwrap_err();
        assert_eq!(
            err,
            VaultError::Malformed {
                record: id.to_hex()
            }
        );
        assert_eq!(err.code(), "malformed_record");
    }
    let id = Vault::new_id().unwrap();
    v.put_record(&id, &CaseV2 { text: "v2".into() }).unwrap();
    assert_eq!(
        v.get_record::<CaseNote>(&id),
        Err(VaultError::VersionMismatch {
            record: id.to_hex(),
            found: 2,
            expected: 1
        })
    );
    assert_eq!(v.get_record::<CaseV2>(&id).unwrap().text, "v2");
    let listing = v.list_records::<CaseNote>().unwrap();
    assert!(listing.ok.is_empty());
    assert_eq!(listing.damaged.len(), 6);
}

#[test]
fn unknown_kinds_are_typed_errors() {
    let (_dir, path, _clock, mut v) = new_vault();
    assert_eq!(parse_kind("diary"), Err(VaultError::UnknownKind));
    assert_eq!(parse_kind("crisis_plan"), Ok(RecordKind::CrisisPlan));
    let id = Vault::new_id().unwrap();
    v.put(RecordKind::Meeting, &id, b"m").unwrap();
    let good = Vault::new_id().unwrap();
    v.put(RecordKind::Case, &good, b"c").unwrap();
    // A row of a kind this version does not know (written by a newer app, or planted).
    raw(&path)
        .execute(
            "UPDATE record SET kind = 'diary' WHERE id = ?1",
            [&id.0[..]],
        )
        .unwrap();
    let all = v.list_all().unwrap();
    assert_eq!(all.ok.len(), 1);
    assert_eq!(all.damaged.len(), 1);
    assert_eq!(all.damaged[0].id, Some(id));
    assert_eq!(all.damaged[0].error, VaultError::UnknownKind);
    assert!(v.list(RecordKind::Meeting).unwrap().is_empty());
}

#[test]
fn error_codes_are_stable_and_messages_hold_no_data() {
    let id = RecordId([0xab; 16]);
    let e = VaultError::Tampered {
        record: id.to_hex(),
    };
    assert_eq!(e.code(), "tampered");
    assert_eq!(e.details()["record"], id.to_hex());
    assert!(!e.to_string().contains(&id.to_hex()));
    assert_eq!(
        VaultError::Backoff {
            retry_after_secs: 30
        }
        .details()["retry_after_secs"],
        30
    );
    let codes = [
        (VaultError::Locked, "locked"),
        (VaultError::NotInitialised, "not_initialised"),
        (VaultError::AlreadyInitialised, "already_initialised"),
        (VaultError::Corrupt, "corrupt"),
        (VaultError::DiskFull, "disk_full"),
        (VaultError::UnknownKind, "unknown_kind"),
        (VaultError::NotFound, "not_found"),
        (
            VaultError::WeakPasscode {
                reason: WeakReason::Common,
            },
            "weak_passcode",
        ),
        (VaultError::AttemptNotSaved, "attempt_not_saved"),
        (VaultError::Storage, "storage"),
        (VaultError::Wiped, "wiped"),
        (VaultError::KdfParamsRejected, "kdf_params_rejected"),
    ];
    for (e, code) in codes {
        assert_eq!(e.code(), code);
    }
}

#[test]
fn attempt_limit_setting_is_validated_and_persisted() {
    let (_dir, path, clock, mut v) = new_vault();
    assert_eq!(v.attempt_status().unwrap().limit, Some(10));
    assert_eq!(v.set_attempt_limit(Some(0)), Err(VaultError::InvalidLimit));
    v.set_attempt_limit(Some(4)).unwrap();
    drop(v);
    let v = reopen(&path, &clock);
    let s = v.attempt_status().unwrap();
    assert_eq!((s.failures, s.limit, s.retry_after_secs), (0, Some(4), 0));
    assert_eq!(s.attempts_left(), Some(4));
}
