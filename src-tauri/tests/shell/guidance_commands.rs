//! The language and guidance commands, through the mock runtime.

use crate::common;

use serde_json::json;
use tauri::Manager;

#[test]
fn bootstrap_gives_catalogue_and_text_in_one_call() {
    let t = common::app();
    let b = t.call("bootstrap", json!({})).expect("bootstrap works");
    let locales: Vec<&str> = b["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["tag"].as_str().unwrap())
        .collect();
    assert!(locales.contains(&"sv") && locales.contains(&"en"));
    let bundle = &b["bundle"];
    let sections = bundle["catalogue"]["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 6);
    // Every item's title and body are in the payload, so the UI needs no
    // other call to show the guidance.
    for item in bundle["catalogue"]["items"].as_array().unwrap() {
        let id = item["id"].as_str().unwrap();
        assert!(common::has_message(bundle, &format!("item-{id}")), "{id}");
        assert!(
            common::has_message(bundle, &format!("item-{id}.body")),
            "{id}"
        );
    }
    assert!(common::has_message(bundle, "nav-guidance"));
}

#[test]
fn bootstrap_tells_the_first_screen_which_cover_and_any_wait() {
    let t = common::app();
    // First use: no vault yet, so the set-up screen; the default cover.
    let b = t.call("bootstrap", json!({})).unwrap();
    assert_eq!(
        b["vault"],
        json!({ "initialised": false, "unlocked": false, "retry_after_secs": 0, "fresh": true })
    );
    assert_eq!(b["vault_error"], json!(null));
    assert_eq!(b["settings"]["cover"], "calculator");

    // Set up with the plain passcode screen chosen, then a wrong code.
    t.call("vault_create", json!({ "passcode": "4711081542" }))
        .unwrap();
    let mut s = b["settings"].clone();
    s["cover"] = json!("passcode");
    t.call("settings_set", json!({ "settings": s })).unwrap();
    t.call("case_create", json!({ "alias": "Kanariefågel" }))
        .unwrap();
    t.call("vault_lock", json!({})).unwrap();
    t.call("vault_unlock", json!({ "passcode": "0000000000" }))
        .unwrap_err();
    let b = t.call("bootstrap", json!({})).unwrap();
    assert_eq!(b["settings"]["cover"], "passcode");
    assert_eq!(b["vault"]["initialised"], true);
    assert_eq!(b["vault"]["unlocked"], false);
    // Nothing of the vault's content reaches the cover's payload.
    let text = b.to_string();
    assert!(!text.contains("4711081542") && !text.contains("Kanariefågel"));
}

#[test]
fn bootstrap_with_a_damaged_vault_file_still_gives_the_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("store.db"), b"not a database at all").unwrap();
    let t = common::app_in(dir);
    let b = t.call("bootstrap", json!({})).expect("the text arrives");
    assert_eq!(b["vault"], json!(null));
    let code = b["vault_error"]["code"].as_str().unwrap();
    assert!(
        common::has_message(&b["bundle"], &format!("error-{code}")),
        "{code} has a translated message"
    );
}

#[test]
fn set_locale_switches_and_is_remembered() {
    let t = common::app();
    let en = t
        .call("set_locale", json!({ "tag": "en" }))
        .expect("en exists");
    assert_eq!(en["locale"], "en");
    assert_eq!(en["draft"], true);
    assert_eq!(en["resources"][0]["locale"], "en");
    assert!(en["resources"][0]["source"]
        .as_str()
        .unwrap()
        .contains("\nnav-guidance = Guidance\n"));
    // A new app on the same data folder starts in English.
    let again = common::restart(t);
    let b = again.call("bootstrap", json!({})).unwrap();
    assert_eq!(b["bundle"]["locale"], "en");
}

#[test]
fn source_locale_is_not_marked_draft() {
    let t = common::app();
    let sv = t.call("get_bundle", json!({ "tag": "sv" })).unwrap();
    assert_eq!(sv["draft"], false);
    assert_eq!(sv["dir"], "ltr");
}

#[test]
fn unknown_or_hostile_locale_gives_typed_error() {
    let t = common::app();
    for tag in ["xx", "../../etc", "", &"a".repeat(10_000_000)] {
        let err = t.call("set_locale", json!({ "tag": tag })).unwrap_err();
        assert_eq!(err["code"], "unknown_locale");
    }
    // Wrong type: a number where a string goes.
    let err = t.call("set_locale", json!({ "tag": 5 })).unwrap_err();
    assert_eq!(err["code"], "invalid_input");
    // The app still answers afterwards.
    assert!(t.call("bootstrap", json!({})).is_ok());
}

#[test]
fn error_wire_shape_is_pinned() {
    let t = common::app();
    let err = t.call("get_bundle", json!({ "tag": "xx" })).unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "unknown_locale", "message": "unknown locale", "details": null })
    );
}

/// What the launch thread prepares (src-tauri/src/lib.rs) changes nothing
/// the first screen gets: same locale, text, settings and vault status as
/// an app that did not prepare.
#[test]
fn a_prepared_bootstrap_gives_what_an_unprepared_one_does() {
    let set_up = || {
        let t = common::app();
        t.call("vault_create", json!({ "passcode": "4711081542" }))
            .unwrap();
        t.call("set_locale", json!({ "tag": "ar" })).unwrap();
        t.call("vault_lock", json!({})).unwrap();
        // A fresh start on the same data folder, as after a restart: the
        // old app lets go of it first, as an exiting process does.
        common::restart(t)
    };
    let prepared = set_up();
    trygg_app::commands::guidance::prepare_bootstrap(
        &prepared.app.state::<trygg_app::state::AppState>(),
    );
    let plain = set_up();
    let a = prepared.call("bootstrap", json!({})).unwrap();
    let b = plain.call("bootstrap", json!({})).unwrap();
    assert_eq!(a["bundle"]["locale"], "ar");
    assert_eq!(a["vault"]["initialised"], true);
    assert_eq!(a["vault"]["unlocked"], false);
    assert_eq!(a, b);
}
