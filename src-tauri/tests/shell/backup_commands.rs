//! Backup through the commands: export from one profile, import into a
//! fresh one, the status and reminder, and a wrong passphrase. The native
//! dialog is replaced by the debug-only TRYGG_E2E_DIALOG_PATH (the one part
//! not exercised here).

use crate::common;

use serde_json::json;

const PIN: &str = "4711081542";
const BACKUP_PASS: &str = "en lång backupfras 2026";

#[test]
fn a_case_moves_to_a_fresh_profile_through_the_commands() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("backup-test.bak");
    let _dialog = common::dialog_returns(&file);

    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    let status = a.call("backup_status", json!({})).unwrap();
    assert_eq!(status["last_export"], json!(null));
    assert_eq!(status["reminder_due"], false, "nothing to lose yet");
    let case = a.call("case_create", json!({ "alias": "Rosen" })).unwrap();
    let id = case["id"].as_str().unwrap().to_owned();
    let mut plan = a.call("case_open", json!({ "id": id })).unwrap()["plan"].clone();
    plan["code_word"] = json!("blåbär");
    a.call("plan_save", json!({ "caseId": id, "value": plan }))
        .unwrap();
    assert_eq!(
        a.call("backup_status", json!({})).unwrap()["reminder_due"],
        true
    );

    let done = a
        .call(
            "backup_export",
            json!({ "current": PIN, "passphrase": BACKUP_PASS }),
        )
        .unwrap();
    assert_eq!(done["file_name"], "backup-test.bak");
    assert_eq!(done["counts"]["case"], 1);
    assert_eq!(done["counts"]["crisis_plan"], 1);
    assert!(file.exists());
    let status = a.call("backup_status", json!({})).unwrap();
    assert!(status["last_export"].is_string());
    assert_eq!(status["reminder_due"], false);

    // A fresh profile on "another device".
    let b = common::app();
    b.call("vault_create", json!({ "passcode": "5093718264" }))
        .unwrap();
    let err = b
        .call(
            "backup_import",
            json!({ "passphrase": "fel fras men lång nog", "mode": "merge" }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "wrong_backup_passphrase");
    assert_eq!(b.call("case_list", json!({})).unwrap()["cases"], json!([]));

    let report = b
        .call(
            "backup_import",
            json!({ "passphrase": BACKUP_PASS, "mode": "merge" }),
        )
        .unwrap();
    assert_eq!(report["added"]["case"], 1);
    assert_eq!(report["added"]["crisis_plan"], 1);
    assert_eq!(report["skipped"], json!([]));
    let opened = b.call("case_open", json!({ "id": id })).unwrap();
    assert_eq!(opened["case"]["alias"], "Rosen");
    assert_eq!(opened["plan"]["code_word"], "blåbär");

    // Locked: no import, no export.
    b.call("vault_lock", json!({})).unwrap();
    let err = b
        .call(
            "backup_import",
            json!({ "passphrase": BACKUP_PASS, "mode": "merge" }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "locked");
    let err = b
        .call(
            "backup_export",
            json!({ "current": "5093718264", "passphrase": BACKUP_PASS }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "locked");
}
