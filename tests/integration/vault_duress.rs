//! The duress passcode: an empty, working decoy workspace; the real data
//! intact, or shredded when so set.

use crate::vault_support;

use trygg::vault::{RecordKind, Vault, VaultError};
use vault_support::*;

fn workspaces(path: &std::path::Path) -> i64 {
    raw(path)
        .query_row("SELECT count(DISTINCT workspace) FROM record", [], |r| {
            r.get(0)
        })
        .unwrap()
}

fn keyslot_shapes(path: &std::path::Path) -> Vec<(i64, i64, i64)> {
    let raw = raw(path);
    let mut stmt = raw
        .prepare("SELECT slot, length(nonce), length(wrapped) FROM keyslot ORDER BY slot")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn duress_opens_an_empty_isolated_decoy_and_leaves_the_real_data() {
    let (_dir, path, clock, mut v) = new_vault();
    let real_id = Vault::new_id().unwrap();
    v.put(RecordKind::CrisisPlan, &real_id, b"real plan")
        .unwrap();
    let shapes_before = keyslot_shapes(&path);
    v.set_duress(DURESS_PIN, false).unwrap();
    assert_eq!(
        keyslot_shapes(&path),
        shapes_before,
        "same two slots of the same size"
    );
    v.lock();

    v.unlock(DURESS_PIN).unwrap();
    assert!(v.is_unlocked());
    for kind in RecordKind::ALL {
        assert!(v.list(kind).unwrap().is_empty(), "decoy is empty");
    }
    assert_eq!(
        v.get(RecordKind::CrisisPlan, &real_id),
        Err(VaultError::NotFound)
    );
    // It works like the real thing.
    let decoy_id = Vault::new_id().unwrap();
    v.put(RecordKind::Case, &decoy_id, b"decoy case").unwrap();
    v.put_record(
        &decoy_id,
        &PlanNote {
            text: "decoy".into(),
            n: 1,
        },
    )
    .unwrap();
    assert_eq!(
        &v.get(RecordKind::Case, &decoy_id).unwrap()[..],
        b"decoy case"
    );
    assert_ne!(
        v.child_id(RecordKind::CrisisPlan, &real_id).unwrap(),
        Vault::open(&path, options(&clock))
            .and_then(|mut r| {
                r.unlock(PIN)?;
                r.child_id(RecordKind::CrisisPlan, &real_id)
            })
            .unwrap(),
        "child ids differ per workspace"
    );
    assert_eq!(
        v.set_duress(OTHER_PIN, false),
        Err(VaultError::DuressUnavailable)
    );
    assert_eq!(v.remove_duress(), Err(VaultError::DuressUnavailable));
    drop(v);

    let mut v = reopen(&path, &clock);
    v.unlock(PIN).unwrap();
    assert_eq!(
        &v.get(RecordKind::CrisisPlan, &real_id).unwrap()[..],
        b"real plan"
    );
    assert_eq!(
        v.get(RecordKind::Case, &decoy_id),
        Err(VaultError::NotFound)
    );
    assert_eq!(
        v.list_all().unwrap().len(),
        1,
        "decoy records not visible in the real workspace"
    );
    v.lock();
    v.unlock(DURESS_PIN).unwrap();
    assert_eq!(v.list_all().unwrap().len(), 2, "decoy records persist");
    assert_eq!(workspaces(&path), 2);
}

#[test]
fn duress_with_shred_destroys_the_real_workspace_silently() {
    let (_dir, path, clock, mut v) = new_vault();
    let real_id = Vault::new_id().unwrap();
    v.put(RecordKind::CrisisPlan, &real_id, b"real plan")
        .unwrap();
    v.put(RecordKind::Case, &real_id, b"real case").unwrap();
    v.set_duress(DURESS_PIN, true).unwrap();
    let shapes = keyslot_shapes(&path);
    drop(v);

    let mut v = reopen(&path, &clock);
    v.unlock(DURESS_PIN).unwrap();
    assert!(v.list_all().unwrap().is_empty());
    let decoy_id = Vault::new_id().unwrap();
    v.put(RecordKind::Meeting, &decoy_id, b"decoy meeting")
        .unwrap();
    assert_eq!(
        keyslot_shapes(&path),
        shapes,
        "still two ordinary-looking slots"
    );
    assert_eq!(workspaces(&path), 1, "real records deleted");
    v.lock();

    // The real passcode no longer opens anything.
    assert!(matches!(
        v.unlock(PIN),
        Err(VaultError::WrongPasscode { .. })
    ));
    // Using the duress passcode again still works and keeps the decoy's data.
    v.unlock(DURESS_PIN).unwrap();
    assert_eq!(
        &v.get(RecordKind::Meeting, &decoy_id).unwrap()[..],
        b"decoy meeting"
    );
}

#[test]
fn duress_passcode_rules() {
    let (_dir, path, clock, mut v) = new_vault();
    assert_eq!(v.set_duress(PIN, false), Err(VaultError::PasscodeReused));
    assert_eq!(
        v.set_duress("1234", false),
        Err(VaultError::WeakPasscode {
            reason: trygg::vault::WeakReason::TooShort
        })
    );
    v.set_duress(DURESS_PIN, false).unwrap();
    assert_eq!(
        v.change_passcode(PIN, DURESS_PIN),
        Err(VaultError::PasscodeReused)
    );
    // Changing the real passcode keeps the duress one working.
    v.change_passcode(PIN, OTHER_PIN).unwrap();
    v.lock();
    assert!(matches!(
        v.unlock(PIN),
        Err(VaultError::WrongPasscode { .. })
    ));
    v.unlock(DURESS_PIN).unwrap();
    assert!(v.list_all().unwrap().is_empty());
    v.lock();
    v.unlock(OTHER_PIN).unwrap();
    v.lock();
    // Setting duress needs the vault unlocked.
    assert_eq!(v.set_duress("5555566666", false), Err(VaultError::Locked));
    drop(v);
    let mut v = reopen(&path, &clock);
    v.unlock(OTHER_PIN).unwrap();
}

#[test]
fn removing_duress_disables_it_and_deletes_the_decoy() {
    let (_dir, path, _clock, mut v) = new_vault();
    v.put(RecordKind::Case, &Vault::new_id().unwrap(), b"real")
        .unwrap();
    v.set_duress(DURESS_PIN, false).unwrap();
    v.lock();
    v.unlock(DURESS_PIN).unwrap();
    v.put(RecordKind::Case, &Vault::new_id().unwrap(), b"decoy")
        .unwrap();
    v.lock();
    v.unlock(PIN).unwrap();
    assert_eq!(workspaces(&path), 2);
    v.remove_duress().unwrap();
    assert_eq!(workspaces(&path), 1);
    v.lock();
    assert!(matches!(
        v.unlock(DURESS_PIN),
        Err(VaultError::WrongPasscode { .. })
    ));
    v.unlock(PIN).unwrap();
    assert_eq!(v.list_all().unwrap().len(), 1);
    // Passcode change without duress picks a new salt; duress can be set again.
    v.change_passcode(PIN, OTHER_PIN).unwrap();
    v.set_duress(DURESS_PIN, false).unwrap();
    v.lock();
    v.unlock(DURESS_PIN).unwrap();
    assert!(v.list_all().unwrap().is_empty());
}

#[test]
fn decoy_passcode_change_does_not_touch_the_real_slot() {
    let (_dir, _path, _clock, mut v) = new_vault();
    v.put(RecordKind::Case, &Vault::new_id().unwrap(), b"real")
        .unwrap();
    v.set_duress(DURESS_PIN, false).unwrap();
    v.lock();
    v.unlock(DURESS_PIN).unwrap();
    v.change_passcode(DURESS_PIN, OTHER_PIN).unwrap();
    v.lock();
    assert!(matches!(
        v.unlock(DURESS_PIN),
        Err(VaultError::WrongPasscode { .. })
    ));
    v.unlock(OTHER_PIN).unwrap();
    assert!(
        v.list_all().unwrap().is_empty(),
        "new decoy passcode opens the decoy"
    );
    v.lock();
    v.unlock(PIN).unwrap();
    assert_eq!(
        v.list_all().unwrap().len(),
        1,
        "real passcode still opens the real data"
    );
}
