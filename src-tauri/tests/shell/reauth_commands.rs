//! Coercion at an unlocked device: the sensitive actions need the passcode
//! again, checked as a counted attempt, and the races around unlocking and
//! backups land nowhere they should not. Through the commands, with the
//! real capability file.

use crate::common;

use common::dialog_returns;
use serde_json::{json, Value};
use std::time::Duration;

const PIN: &str = "4711081542";
const WRONG: &str = "9988776655";
const DURESS: &str = "58203917462";
const BACKUP_PASS: &str = "en lång backupfras 2026";

fn code(r: Result<Value, Value>) -> String {
    match r {
        Ok(v) => format!("ok {v}"),
        Err(e) => e["code"].as_str().unwrap_or("untyped").to_string(),
    }
}

/// A vault with one case, exported to the file the dialog stand-in names.
fn with_a_backup() -> common::TestApp {
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    a.call("case_create", json!({ "alias": "Rosen" })).unwrap();
    a.call(
        "backup_export",
        json!({ "current": PIN, "passphrase": BACKUP_PASS }),
    )
    .unwrap();
    a
}

#[test]
fn export_needs_the_passcode_and_a_wrong_one_counts() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("reauth.bak");
    let _dialog = dialog_returns(&file);
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    a.call("case_create", json!({ "alias": "Rosen" })).unwrap();

    let missing = a.call("backup_export", json!({ "passphrase": BACKUP_PASS }));
    assert_eq!(code(missing), "invalid_input");
    let wrong = a
        .call(
            "backup_export",
            json!({ "current": WRONG, "passphrase": BACKUP_PASS }),
        )
        .unwrap_err();
    assert_eq!(wrong["code"], "wrong_passcode");
    assert_eq!(
        wrong["details"]["attempts_left"], 9,
        "counted like an unlock"
    );
    assert!(!file.exists(), "nothing written without the passcode");
    // Still unlocked: a wrong re-entry does not throw the practitioner out.
    assert!(a.call("case_list", json!({})).is_ok());

    a.call(
        "backup_export",
        json!({ "current": PIN, "passphrase": BACKUP_PASS }),
    )
    .unwrap();
    assert!(file.exists());
    // The right passcode resets the count, as an unlock does.
    a.call("vault_lock", json!({})).unwrap();
    let after = a.call("vault_unlock", json!({ "passcode": WRONG }));
    let after = after.unwrap_err();
    assert_eq!(after["details"]["attempts_left"], 9);
}

#[test]
fn duress_changes_need_the_passcode_so_they_are_no_free_oracle() {
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    // Guessing the real passcode through the duress form: each guess is a
    // counted attempt now, with the back-off and the wipe behind it.
    for left in (6..=9).rev() {
        let e = a
            .call(
                "vault_set_duress",
                json!({ "current": WRONG, "passcode": DURESS, "shredReal": false }),
            )
            .unwrap_err();
        assert_eq!(e["code"], "wrong_passcode");
        assert_eq!(e["details"]["attempts_left"], left);
    }
    let no_current = a.call(
        "vault_set_duress",
        json!({ "passcode": DURESS, "shredReal": false }),
    );
    assert_eq!(code(no_current), "invalid_input");
    a.call(
        "vault_set_duress",
        json!({ "current": PIN, "passcode": DURESS, "shredReal": false }),
    )
    .unwrap();
    assert_eq!(
        code(a.call("vault_remove_duress", json!({}))),
        "invalid_input"
    );
    assert_eq!(
        code(a.call("vault_remove_duress", json!({ "current": WRONG }))),
        "wrong_passcode"
    );
    a.call("vault_remove_duress", json!({ "current": PIN }))
        .unwrap();
}

#[test]
fn turning_the_wipe_off_or_raising_it_needs_the_passcode_lowering_does_not() {
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    let limit = |a: &common::TestApp| {
        a.call("vault_security_info", json!({})).unwrap()["attempt_limit"].clone()
    };
    assert_eq!(limit(&a), 10);
    assert_eq!(
        code(a.call("vault_set_attempt_limit", json!({ "limit": null }))),
        "invalid_input"
    );
    assert_eq!(
        code(a.call(
            "vault_set_attempt_limit",
            json!({ "limit": 20, "current": WRONG })
        )),
        "wrong_passcode"
    );
    assert_eq!(limit(&a), 10, "unchanged");
    a.call("vault_set_attempt_limit", json!({ "limit": 5 }))
        .unwrap();
    assert_eq!(limit(&a), 5, "lowering is always allowed");
    a.call(
        "vault_set_attempt_limit",
        json!({ "limit": null, "current": PIN }),
    )
    .unwrap();
    assert_eq!(limit(&a), Value::Null);
}

#[test]
fn a_replacing_restore_needs_the_passcode_a_merge_does_not() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("replace.bak");
    let _dialog = dialog_returns(&file);
    let a = with_a_backup();
    let replace = |current: Option<&str>| {
        let mut body = json!({ "passphrase": BACKUP_PASS, "mode": "replace" });
        if let Some(c) = current {
            body["current"] = json!(c);
        }
        a.call("backup_import", body)
    };
    assert_eq!(code(replace(None)), "invalid_input");
    assert_eq!(code(replace(Some(WRONG))), "wrong_passcode");
    assert!(replace(Some(PIN)).is_ok());
    assert!(a
        .call(
            "backup_import",
            json!({ "passphrase": BACKUP_PASS, "mode": "merge" })
        )
        .is_ok());
}

#[test]
fn a_lock_during_the_key_derivation_leaves_the_vault_locked() {
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    a.call("vault_lock", json!({})).unwrap();
    // The unlock derives its key for about 0.7 s; a hide (here the UI's
    // lock call, as on a blur) arrives in the middle of it.
    let window = a.window.clone();
    let hide = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(150));
        common::call_on(&window, "vault_lock", json!({}))
    });
    let r = a.call("vault_unlock", json!({ "passcode": PIN }));
    hide.join().unwrap().unwrap();
    assert_eq!(code(r), "unlock_interrupted");
    assert_eq!(code(a.call("case_list", json!({}))), "locked");
    // Nothing was counted against the practitioner: the code was right.
    a.call("vault_unlock", json!({ "passcode": PIN })).unwrap();
    assert!(a.call("case_list", json!({})).is_ok());
}

#[test]
fn an_import_does_not_land_after_the_vault_was_locked() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("late.bak");
    let _dialog = dialog_returns(&file);
    let _a = with_a_backup();

    let b = common::app();
    b.call("vault_create", json!({ "passcode": PIN })).unwrap();
    // Checking the file derives the backup key (about a second) without
    // holding the vault; the vault is locked and opened again meanwhile.
    let window = b.window.clone();
    let relock = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        common::call_on(&window, "vault_lock", json!({})).unwrap();
        common::call_on(&window, "vault_unlock", json!({ "passcode": PIN }))
    });
    let r = b.call(
        "backup_import",
        json!({ "passphrase": BACKUP_PASS, "mode": "merge" }),
    );
    relock.join().unwrap().unwrap();
    assert_eq!(code(r), "session_changed");
    assert_eq!(
        b.call("case_list", json!({})).unwrap()["cases"],
        json!([]),
        "nothing imported into the session opened meanwhile"
    );
}

#[test]
fn a_dialog_left_open_past_the_idle_time_still_locks() {
    use tauri::Manager;
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    let state = a.app.state::<trygg_app::state::AppState>();
    let (open, n) = state.dialog_guard();
    trygg_app::commands::backup::lock_if_dialog_outlasts(
        a.app.handle(),
        n,
        Duration::from_millis(100),
    );
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(code(a.call("case_list", json!({}))), "locked");
    drop(open);

    // A dialog closed in time locks nothing.
    a.call("vault_unlock", json!({ "passcode": PIN })).unwrap();
    let (open, n) = state.dialog_guard();
    trygg_app::commands::backup::lock_if_dialog_outlasts(
        a.app.handle(),
        n,
        Duration::from_millis(300),
    );
    drop(open);
    std::thread::sleep(Duration::from_millis(600));
    assert!(a.call("case_list", json!({})).is_ok());
}
