//! The language and guidance commands, through the mock runtime.

mod common;

use serde_json::json;

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
        assert!(bundle["messages"][format!("item-{id}")].is_string(), "{id}");
        assert!(
            bundle["messages"][format!("item-{id}.body")].is_string(),
            "{id}"
        );
    }
    assert!(bundle["messages"]["nav-guidance"].is_string());
}

#[test]
fn set_locale_switches_and_is_remembered() {
    let t = common::app();
    let en = t
        .call("set_locale", json!({ "tag": "en" }))
        .expect("en exists");
    assert_eq!(en["locale"], "en");
    assert_eq!(en["draft"], true);
    assert_eq!(en["messages"]["nav-guidance"], "Guidance");
    let dir = t.dir;
    drop(t.window);
    drop(t.app);
    // A new app on the same data folder starts in English.
    let again = common::app_in(dir);
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
