//! The translation-review commands through the mock runtime, with the real
//! capabilities: approve, export, import, progress, and bad input.

use crate::common;

use serde_json::{json, Value};
use std::fs;

const KEY: &str = "item-airplane-mode.body";

fn row<'a>(load: &'a Value, key: &str) -> &'a Value {
    load["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no row {key}"))
}

/// A message the target lacks (readers see fallback text for it), if the
/// shipped locale lacks any. The core's desk tests cover a lacking message
/// on made-up files (tests/i18n_review.rs) for when every locale is complete.
fn lacking_key(load: &Value) -> Option<String> {
    load["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["target_text"].is_null())
        .and_then(|r| r["key"].as_str())
        .map(str::to_string)
}

fn progress_of<'a>(all: &'a Value, tag: &str) -> &'a Value {
    all.as_array()
        .unwrap()
        .iter()
        .find(|p| p["locale"] == tag)
        .unwrap_or_else(|| panic!("no progress for {tag}"))
}

#[test]
fn load_gives_every_message_beside_swedish_grouped_by_section() {
    let t = common::app();
    let load = t
        .call("review_load", json!({ "source": "sv", "target": "ar" }))
        .unwrap();
    assert_eq!(load["target"], "ar");
    assert_eq!(load["target_dir"], "rtl");
    assert_eq!(load["source_dir"], "ltr");
    assert_eq!(load["damaged_local"], false);
    let rows = load["rows"].as_array().unwrap();
    assert!(rows.len() > 200, "every source message: {}", rows.len());
    assert_eq!(rows[0]["key"], "section-assess-risks");
    assert_eq!(
        rows[0]["group"],
        json!({ "kind": "section", "id": "assess-risks" })
    );
    let r = row(&load, KEY);
    assert_eq!(r["state"], "unreviewed");
    assert_eq!(r["source_changed"], false);
    assert!(r["source_text"].as_str().unwrap().contains("flygplansläge"));
    assert!(r["target_text"].is_string());
    // App strings come after the sheet, grouped by file.
    let nav = row(&load, "nav-guidance");
    assert_eq!(nav["group"], json!({ "kind": "file", "id": "ui" }));
    // Messages Arabic lacks are listed too, with no target text.
    if let Some(lacking) = lacking_key(&load) {
        assert!(row(&load, &lacking)["target_text"].is_null());
    }
}

#[test]
fn approve_export_and_the_export_holds_the_approval() {
    let t = common::app();
    let before = t.call("review_progress", json!({})).unwrap();
    assert_eq!(progress_of(&before, "ar")["approved"], 0);
    assert!(
        before
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["locale"] != "sv"),
        "the source is not reviewed"
    );

    let r = t
        .call(
            "review_set",
            json!({ "target": "ar", "key": KEY, "state": "approved", "comment": "Checked." }),
        )
        .unwrap();
    assert_eq!(r["state"], "approved");
    assert_eq!(r["comment"], "Checked.");

    let after = t.call("review_progress", json!({})).unwrap();
    let ar = progress_of(&after, "ar");
    assert_eq!(ar["approved"], 1);
    assert!(ar["total"].as_u64().unwrap() > 50);

    let done = t.call("review_export", json!({ "target": "ar" })).unwrap();
    let path = done["path"].as_str().unwrap();
    let name = done["file_name"].as_str().unwrap();
    assert!(name.starts_with("ar-") && name.ends_with(".ftl"), "{name}");
    assert!(path.starts_with(t.dir.path().join("exports").to_str().unwrap()));
    let text = fs::read_to_string(path).unwrap();
    assert_eq!(done["bytes"], text.len());
    assert!(text.contains(&format!("# [{KEY}] approved")));
    assert!(text.contains("#   comment: Checked."));
    // No temporary file is left behind.
    let leftovers: Vec<_> = fs::read_dir(t.dir.path().join("exports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // The state is on disk: a new app on the same data folder has it.
    let again = common::restart(t);
    let load = again
        .call("review_load", json!({ "source": "sv", "target": "ar" }))
        .unwrap();
    assert_eq!(row(&load, KEY)["state"], "approved");
}

#[test]
fn importing_a_changed_message_resets_its_approval() {
    let t = common::app();
    t.call(
        "review_set",
        json!({ "target": "ar", "key": KEY, "state": "approved", "comment": "" }),
    )
    .unwrap();
    let report = t
        .call(
            "review_import",
            json!({
                "target": "ar",
                "ftlText": "item-airplane-mode =\n    .body = نص معدّل\nnot-a-message = x\nbroken = }\n"
            }),
        )
        .unwrap();
    assert_eq!(report["changed"], json!([KEY]));
    assert_eq!(report["reset"], json!([KEY]));
    assert_eq!(report["unknown"], json!(["not-a-message"]));
    assert_eq!(report["errors"][0]["line"], 4);

    let load = t
        .call("review_load", json!({ "source": "sv", "target": "ar" }))
        .unwrap();
    let r = row(&load, KEY);
    assert_eq!(r["state"], "unreviewed");
    assert_eq!(r["imported"], true);
    assert_eq!(r["target_text"], "نص معدّل");
    assert!(t.dir.path().join("review").join("ar.ftl").exists());
}

#[test]
fn bad_input_gives_typed_errors() {
    let t = common::app();
    for target in ["sv", "xx", "../../etc/passwd", ""] {
        let e = t
            .call("review_load", json!({ "source": "sv", "target": target }))
            .unwrap_err();
        assert_eq!(e["code"], "unknown_locale", "{target}");
    }
    let e = t
        .call("review_load", json!({ "source": "zz", "target": "ar" }))
        .unwrap_err();
    assert_eq!(e["code"], "unknown_locale");

    let set = |body: Value| t.call("review_set", body).unwrap_err();
    let e =
        set(json!({ "target": "ar", "key": "no-such-key", "state": "approved", "comment": "" }));
    assert_eq!(e["code"], "invalid_input");
    assert_eq!(e["details"]["field"], "key");
    let e = set(
        json!({ "target": "ar", "key": KEY, "state": "approved", "comment": "x".repeat(2001) }),
    );
    assert_eq!(e["code"], "invalid_input");
    assert_eq!(e["details"]["field"], "comment");
    assert_eq!(e["details"]["max"], 2000);
    let e = set(json!({ "target": "ar", "key": KEY, "state": "great", "comment": "" }));
    assert_eq!(e["code"], "invalid_input");
    let e = set(json!({ "target": "ar", "key": 7, "state": "approved", "comment": "" }));
    assert_eq!(e["code"], "invalid_input");
    let e = set(json!({ "target": "sv", "key": KEY, "state": "approved", "comment": "" }));
    assert_eq!(e["code"], "unknown_locale");
    let load = t
        .call("review_load", json!({ "source": "sv", "target": "ar" }))
        .unwrap();
    if let Some(lacking) = lacking_key(&load) {
        let e = set(json!({ "target": "ar", "key": lacking, "state": "approved", "comment": "" }));
        assert_eq!(e["details"]["reason"], "not_translated");
    }

    let e = t
        .call(
            "review_import",
            json!({ "target": "ar", "ftlText": "a".repeat(1024 * 1024 + 1) }),
        )
        .unwrap_err();
    assert_eq!(e["code"], "invalid_input");
    assert_eq!(e["details"]["reason"], "too_large");
    let e = t
        .call("review_export", json!({ "target": "xx" }))
        .unwrap_err();
    assert_eq!(e["code"], "unknown_locale");
    // Nothing was written by the failed calls, and the app still answers.
    assert!(!t.dir.path().join("review").join("ar.ftl").exists());
    assert!(t.call("review_progress", json!({})).is_ok());
}

#[test]
fn a_damaged_local_state_is_set_aside_not_fatal() {
    let t = common::app();
    let dir = t.dir.path().join("review");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("fa.json"), b"{ not json").unwrap();
    let load = t
        .call("review_load", json!({ "source": "sv", "target": "fa" }))
        .unwrap();
    assert_eq!(load["damaged_local"], true);
    assert!(dir.join("fa.json.damaged").exists());
    // Work goes on from the shipped state.
    t.call(
        "review_set",
        json!({ "target": "fa", "key": KEY, "state": "needs-change", "comment": "x" }),
    )
    .unwrap();
    let load = t
        .call("review_load", json!({ "source": "sv", "target": "fa" }))
        .unwrap();
    assert_eq!(load["damaged_local"], false);
    assert_eq!(row(&load, KEY)["state"], "needs-change");
}
