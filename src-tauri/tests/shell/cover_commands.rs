//! Still a calculator after a wipe or damage: the start-up call says
//! "fresh" (open on set-up) only on the device's very first start, never
//! after a wipe, with a missing vault file or with a damaged one.

use crate::common;

use serde_json::{json, Value};

const PIN: &str = "4711081542";
const WRONG: &str = "9988776655";

fn boot(a: &common::TestApp) -> Value {
    a.call("bootstrap", json!({})).unwrap()
}

#[test]
fn only_the_first_start_is_fresh() {
    let a = common::app();
    assert_eq!(boot(&a)["vault"]["fresh"], true);
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    assert_eq!(boot(&a)["vault"]["fresh"], false);
    // A settings change from the page cannot make the device fresh again.
    let mut s = a.call("settings_get", json!({})).unwrap();
    s.as_object_mut().unwrap().remove("set_up");
    s["cover"] = json!("passcode");
    a.call("settings_set", json!({ "settings": s })).unwrap();
    assert_eq!(boot(&a)["vault"]["fresh"], false);
    assert_eq!(boot(&a)["settings"]["set_up"], true);
}

#[test]
fn after_the_wipe_the_start_is_not_fresh() {
    let a = common::app();
    a.call("vault_create", json!({ "passcode": PIN })).unwrap();
    a.call("vault_set_attempt_limit", json!({ "limit": 3 }))
        .unwrap();
    a.call("vault_lock", json!({})).unwrap();
    let mut last = Value::Null;
    for _ in 0..3 {
        last = a
            .call("vault_unlock", json!({ "passcode": WRONG }))
            .unwrap_err();
    }
    assert_eq!(last["code"], "wiped");
    let b = boot(&a);
    assert_eq!(b["vault"]["initialised"], false);
    assert_eq!(b["vault"]["fresh"], false, "the cover, not set-up: {b}");
    // What the next start reads: the flag is in the preferences on disk.
    let prefs = std::fs::read_to_string(a.dir.path().join("prefs.json")).unwrap();
    let prefs: Value = serde_json::from_str(&prefs).unwrap();
    assert_eq!(prefs["set_up"], true);
}

/// A data folder as a device leaves it once a vault was made: the
/// preferences, and `store` as given (None: the file is gone).
fn folder_after_set_up(store: Option<&[u8]>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("prefs.json"),
        br#"{"cover":"calculator","set_up":true}"#,
    )
    .unwrap();
    if let Some(bytes) = store {
        std::fs::write(dir.path().join("store.db"), bytes).unwrap();
    }
    dir
}

#[test]
fn a_missing_vault_file_is_not_fresh() {
    let a = common::app_in(folder_after_set_up(None));
    let b = boot(&a);
    assert_eq!(b["vault"]["initialised"], false);
    assert_eq!(b["vault"]["fresh"], false, "{b}");
}

#[test]
fn a_damaged_vault_file_still_boots_to_the_cover() {
    let a = common::app_in(folder_after_set_up(Some(
        b"not a database at all, 4711 4711 4711 4711 4711 4711 4711 4711 4711 4711 4711 4711 4711",
    )));
    let b = boot(&a);
    assert!(b["vault"].is_null());
    assert!(b["vault_error"]["code"].is_string());
    assert_eq!(b["settings"]["set_up"], true, "the UI shows the cover");
    assert_eq!(b["settings"]["cover"], "calculator");
}
