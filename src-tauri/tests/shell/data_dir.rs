//! The data folder: one Trygg at a time, and owner-only files.

use crate::common;

use serde_json::json;

#[test]
fn a_second_app_on_the_same_folder_is_refused_with_a_translated_code() {
    let first = common::app();
    first
        .call("vault_create", json!({ "passcode": "4711081542" }))
        .unwrap();
    let dir = first.dir.path().to_path_buf();

    // A second app on the same folder while the first still runs.
    let second = trygg_app::configure_in(tauri::test::mock_builder(), dir.clone())
        .unwrap()
        .build(tauri::generate_context!(test = true))
        .unwrap();
    let window = tauri::WebviewWindowBuilder::new(&second, "main", Default::default())
        .build()
        .unwrap();
    let b = common::call_on(&window, "bootstrap", json!({})).expect("text still arrives");
    assert_eq!(b["vault"], json!(null));
    assert_eq!(b["vault_error"]["code"], "already_running");
    assert!(
        common::has_message(&b["bundle"], "error-already_running"),
        "a translated message"
    );
    // It touches neither the vault nor the settings.
    let err =
        common::call_on(&window, "vault_unlock", json!({ "passcode": "4711081542" })).unwrap_err();
    assert_eq!(err["code"], "already_running");
    let err = common::call_on(&window, "set_locale", json!({ "tag": "en" })).unwrap_err();
    assert_eq!(err["code"], "already_running");

    // The first is unaffected.
    assert_eq!(
        first.call("vault_status", json!({})).unwrap()["unlocked"],
        true
    );
    // Once it has exited, the folder opens again.
    let again = common::restart(first);
    let b = again.call("bootstrap", json!({})).unwrap();
    assert_eq!(b["vault_error"], json!(null));
    assert_eq!(b["vault"]["initialised"], true);
}

#[cfg(unix)]
#[test]
fn the_data_folder_is_0700_and_every_file_in_it_0600() {
    use std::os::unix::fs::PermissionsExt;
    let base = tempfile::tempdir().unwrap();
    let dir = base.path().join("profile");
    let t = trygg_app::configure_in(tauri::test::mock_builder(), dir.clone())
        .unwrap()
        .build(tauri::generate_context!(test = true))
        .unwrap();
    let window = tauri::WebviewWindowBuilder::new(&t, "main", Default::default())
        .build()
        .unwrap();
    let call = |cmd: &str, body| common::call_on(&window, cmd, body);
    call("vault_create", json!({ "passcode": "4711081542" })).unwrap();
    call("case_create", json!({ "alias": "Rosen" })).unwrap();
    call("set_locale", json!({ "tag": "en" })).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the data folder");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for expected in [
        "prefs.json",
        "store.db",
        "store.db-shm",
        "store.db-wal",
        "store.lock",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    for name in &names {
        let p = dir.join(name);
        if p.is_dir() {
            assert_eq!(mode(&p), 0o700, "{name}");
        } else {
            assert_eq!(mode(&p), 0o600, "{name}");
        }
    }
}
