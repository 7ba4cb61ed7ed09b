//! `passcode_strength`: the set-up hint's rule is the rule that refuses.

use crate::common;

use serde_json::json;

#[test]
fn the_hint_says_what_vault_create_will_say() {
    let t = common::app();
    for (code, reason) in [
        ("123456", "sequence"),
        ("000000", "repeat"),
        ("1234567890", "sequence"),
        ("121212", "repeat"),
        ("12345", "too_short"),
        ("password", "common"),
    ] {
        let s = t
            .call("passcode_strength", json!({ "passcode": code }))
            .unwrap();
        assert_eq!(s["acceptable"], false, "{code}");
        assert_eq!(s["reason"], reason, "{code}");
        assert_eq!(s["score"], 0, "{code}");
        // And creating the vault with it is refused for the same reason.
        let err = t
            .call("vault_create", json!({ "passcode": code }))
            .unwrap_err();
        assert_eq!(err["code"], "weak_passcode", "{code}");
        assert_eq!(err["details"]["reason"], reason, "{code}");
    }
    let s = t
        .call("passcode_strength", json!({ "passcode": "4711081542" }))
        .unwrap();
    assert_eq!(
        s,
        json!({ "kind": "digits", "score": 2, "acceptable": true, "reason": null })
    );
    let s = t
        .call(
            "passcode_strength",
            json!({ "passcode": "blå häst ritar moln" }),
        )
        .unwrap();
    assert_eq!(
        (s["kind"].clone(), s["acceptable"].clone()),
        (json!("phrase"), json!(true))
    );
    t.call("vault_create", json!({ "passcode": "4711081542" }))
        .unwrap();
    // Works unlocked too, and stores nothing.
    assert_eq!(
        t.call("passcode_strength", json!({ "passcode": "000000" }))
            .unwrap()["reason"],
        "repeat"
    );
}

#[test]
fn every_refusal_reason_has_a_translated_message() {
    let t = common::app();
    let b = t.call("bootstrap", json!({})).unwrap();
    let has = |key: &str| common::has_message(&b["bundle"], key);
    for reason in [
        "repeat",
        "sequence",
        "keyboard",
        "common",
        "date",
        "guessable",
    ] {
        for code in ["weak_passcode", "weak_backup_passphrase"] {
            let key = format!("error-{code}-{reason}");
            assert!(has(&key), "{key}");
        }
    }
    for code in [
        "weak_passcode",
        "weak_backup_passphrase",
        "already_running",
        "attempt_not_saved",
    ] {
        assert!(has(&format!("error-{code}")), "{code}");
    }
}

#[test]
fn bad_input_is_a_typed_error() {
    let t = common::app();
    for body in [
        json!({ "passcode": "x".repeat(10_000) }),
        json!({ "passcode": 123456 }),
    ] {
        let err = t.call("passcode_strength", body).unwrap_err();
        assert_eq!(err["code"], "invalid_input", "{err}");
    }
}
