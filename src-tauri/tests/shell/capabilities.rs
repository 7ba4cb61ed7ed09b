//! Least privilege: the main window's capability grants exactly Trygg's own
//! commands (plus listening to its own lock event), and no plugin.

use serde_json::Value;
use trygg_app::commands::COMMANDS;

fn capability() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/capabilities/main.json"
    ))
    .expect("capability file");
    serde_json::from_str(&text).expect("capability is JSON")
}

#[test]
fn the_capability_grants_every_command_and_nothing_else() {
    let cap = capability();
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    let granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    let mut expected: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    expected.push("core:event:allow-listen".into());
    expected.push("core:event:allow-unlisten".into());
    let mut g = granted.clone();
    g.sort();
    expected.sort();
    assert_eq!(g, expected);
    assert!(granted
        .iter()
        .all(|p| !p.contains("fs:") && !p.contains("shell:") && !p.contains("http:")));
}

#[test]
fn a_command_not_granted_is_refused() {
    // The same window asking for a core command it was not given.
    let t = common::app();
    let err = t
        .call(
            "plugin:window|set_title",
            serde_json::json!({ "value": "x" }),
        )
        .unwrap_err();
    let text = err.as_str().unwrap_or_default().to_string();
    assert!(text.contains("not allowed"), "{text}");
}

use crate::common;

/// Devtools exist only in debug builds: no manifest in the workspace turns on
/// tauri's `devtools` feature (it would put the inspector in release builds),
/// and no window config asks for it.
#[test]
fn devtools_are_never_enabled_for_release() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    for manifest in [
        "Cargo.toml",
        "src-tauri/Cargo.toml",
        "bench/bare-shell/Cargo.toml",
    ] {
        let path = format!("{root}/{manifest}");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        assert!(!text.contains("devtools"), "{manifest} mentions devtools");
    }
    let conf = std::fs::read_to_string(format!("{root}/src-tauri/tauri.conf.json")).unwrap();
    assert!(
        !conf.contains("devtools"),
        "tauri.conf.json asks for devtools"
    );
}
