//! The vault and case commands through the mock runtime, with the real
//! capabilities: the flows the UI runs, and bad input of every kind.

use crate::common;

use serde_json::{json, Value};

const PASS: &str = "4711081542";

fn unlocked_app() -> common::TestApp {
    let t = common::app();
    let status = t.call("vault_status", json!({})).unwrap();
    assert_eq!(status["initialised"], false);
    t.call("vault_create", json!({ "passcode": PASS })).unwrap();
    t
}

#[test]
fn create_unlock_lock_and_the_locked_error() {
    let t = unlocked_app();
    let status = t.call("vault_status", json!({})).unwrap();
    assert_eq!(
        status,
        json!({ "initialised": true, "unlocked": true, "retry_after_secs": 0, "fresh": false })
    );
    t.call("vault_lock", json!({})).unwrap();
    let err = t.call("case_list", json!({})).unwrap_err();
    assert_eq!(err["code"], "locked");
    let err = t
        .call("vault_unlock", json!({ "passcode": "0000000000" }))
        .unwrap_err();
    assert_eq!(err["code"], "wrong_passcode");
    assert_eq!(err["details"]["attempts_left"], 9);
    t.call("vault_unlock", json!({ "passcode": PASS })).unwrap();
    assert_eq!(t.call("case_list", json!({})).unwrap()["cases"], json!([]));
}

#[test]
fn a_whole_case_through_the_commands() {
    let t = unlocked_app();
    let c = t.call("case_create", json!({ "alias": "Rosen" })).unwrap();
    let id = c["id"].as_str().unwrap().to_string();
    let file = t.call("case_open", json!({ "id": id })).unwrap();
    let mut plan = file["plan"].clone();
    plan["code_word"] = json!("KANARIE-7");
    plan["steps"] = json!(["Ring 112"]);
    let saved = t
        .call("plan_save", json!({ "caseId": id, "value": plan }))
        .unwrap();
    assert_eq!(saved["code_word"], "KANARIE-7");

    let mut contact = file["contact"].clone();
    contact["code_word_cannot_talk"] = json!("lingon");
    t.call("contact_save", json!({ "caseId": id, "value": contact }))
        .unwrap();

    let m = t
        .call(
            "meeting_create",
            json!({ "caseId": id, "date": "2026-12-01" }),
        )
        .unwrap();
    let mut meeting = m["meeting"].clone();
    meeting["checklist"][0]["done"] = json!(true);
    t.call("meeting_save", json!({ "id": m["id"], "value": meeting }))
        .unwrap();

    t.call("vault_lock", json!({})).unwrap();
    t.call("vault_unlock", json!({ "passcode": PASS })).unwrap();
    let file = t.call("case_open", json!({ "id": id })).unwrap();
    assert_eq!(file["plan"]["code_word"], "KANARIE-7");
    assert_eq!(file["contact"]["code_word_cannot_talk"], "lingon");
    assert_eq!(file["meetings"][0]["meeting"]["checklist"][0]["done"], true);

    t.call("case_delete", json!({ "id": id })).unwrap();
    let err = t.call("case_open", json!({ "id": id })).unwrap_err();
    assert_eq!(err["code"], "not_found");
}

#[test]
fn alias_warnings_flag_identity_numbers() {
    let t = common::app();
    let w = t
        .call("case_alias_warnings", json!({ "alias": "19121212-1212" }))
        .unwrap();
    assert_eq!(w, json!(["personal-identity-number"]));
    let w = t
        .call("case_alias_warnings", json!({ "alias": "Klient A" }))
        .unwrap();
    assert_eq!(w, json!([]));
}

#[test]
fn settings_round_trip_and_refuse_out_of_range() {
    let t = common::app();
    let mut s = t.call("settings_get", json!({})).unwrap();
    assert_eq!(s["cover"], "calculator");
    s["idle_lock_secs"] = json!(300);
    s["cover"] = json!("passcode");
    t.call("settings_set", json!({ "settings": s })).unwrap();
    assert_eq!(
        t.call("settings_get", json!({})).unwrap()["idle_lock_secs"],
        300
    );
    s["idle_lock_secs"] = json!(5);
    let err = t
        .call("settings_set", json!({ "settings": s }))
        .unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(err["details"]["field"], "idle_lock_secs");
}

/// Every command with argument-taking payloads of the wrong type, oversized
/// or malformed: each answers with a typed error and the app stays up.
#[test]
fn bad_input_to_every_command_gives_a_typed_error() {
    let t = unlocked_app();
    let huge = "x".repeat(10 * 1024 * 1024);
    let bad_id = json!("not-an-id");
    let unknown_id = json!("0123456789abcdef0123456789abcdef");
    let cases: Vec<(&str, Value)> = vec![
        ("set_locale", json!({ "tag": 12 })),
        ("set_locale", json!({ "tag": huge })),
        ("get_bundle", json!({ "tag": [] })),
        ("vault_unlock", json!({ "passcode": huge })),
        ("vault_unlock", json!({ "passcode": 123456 })),
        ("vault_create", json!({ "passcode": "1" })),
        ("passcode_strength", json!({ "passcode": huge })),
        ("passcode_strength", json!({ "passcode": 123456 })),
        (
            "vault_change_passcode",
            json!({ "old": PASS, "next": false }),
        ),
        (
            "vault_set_duress",
            json!({ "passcode": "12345678", "shredReal": "yes" }),
        ),
        ("vault_set_attempt_limit", json!({ "limit": 0 })),
        ("vault_set_attempt_limit", json!({ "limit": "ten" })),
        ("settings_set", json!({ "settings": { "cover": "nope" } })),
        ("settings_set", json!({ "settings": "x" })),
        ("case_alias_warnings", json!({ "alias": huge })),
        ("case_create", json!({ "alias": huge })),
        ("case_create", json!({ "alias": "" })),
        ("case_create", json!({ "alias": { "a": 1 } })),
        ("case_update", json!({ "id": bad_id, "value": {} })),
        (
            "case_update",
            json!({ "id": unknown_id, "value": { "alias": "x" } }),
        ),
        ("case_delete", json!({ "id": bad_id })),
        ("case_delete", json!({ "id": unknown_id })),
        ("case_open", json!({ "id": huge })),
        ("case_open", json!({ "id": unknown_id })),
        (
            "plan_save",
            json!({ "caseId": unknown_id, "value": { "situation": huge } }),
        ),
        ("plan_save", json!({ "caseId": bad_id, "value": [] })),
        ("contact_save", json!({ "caseId": unknown_id, "value": 5 })),
        (
            "review_save",
            json!({ "caseId": unknown_id, "value": null }),
        ),
        (
            "meeting_create",
            json!({ "caseId": unknown_id, "date": "2026-13-40" }),
        ),
        (
            "meeting_create",
            json!({ "caseId": unknown_id, "date": "2026-12-01" }),
        ),
        ("meeting_save", json!({ "id": unknown_id, "value": {} })),
        ("meeting_delete", json!({ "id": unknown_id })),
        ("backup_export", json!({ "passphrase": huge })),
        ("backup_export", json!({ "passphrase": 5 })),
        ("backup_export", json!({ "passphrase": "123456789012345" })),
        (
            "backup_import",
            json!({ "passphrase": "en lång backupfras", "mode": "sideways" }),
        ),
        (
            "backup_import",
            json!({ "passphrase": huge, "mode": "merge" }),
        ),
        (
            "backup_import",
            json!({ "passphrase": [], "mode": "merge" }),
        ),
    ];
    for (cmd, body) in cases {
        let err = t
            .call(cmd, body)
            .expect_err(&format!("{cmd} must refuse bad input"));
        let code = err["code"]
            .as_str()
            .unwrap_or_else(|| panic!("{cmd}: untyped error {err}"));
        assert!(
            [
                "invalid_input",
                "not_found",
                "weak_passcode",
                "unknown_locale",
                "too_large",
                "weak_backup_passphrase"
            ]
            .contains(&code),
            "{cmd}: unexpected code {code}"
        );
        assert!(err["message"].is_string());
    }
    // Still up, still unlocked, nothing created by the bad calls.
    assert_eq!(t.call("case_list", json!({})).unwrap()["cases"], json!([]));
}
