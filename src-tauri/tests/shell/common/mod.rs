//! Drives the shell's commands through Tauri's mock runtime, with the real
//! capability file, exactly as the UI would call them.

#![allow(dead_code)]

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

pub struct TestApp {
    pub app: tauri::App<tauri::test::MockRuntime>,
    pub window: WebviewWindow<tauri::test::MockRuntime>,
    pub dir: tempfile::TempDir,
}

pub fn app() -> TestApp {
    let dir = tempfile::tempdir().expect("tempdir");
    app_in(dir)
}

pub fn app_in(dir: tempfile::TempDir) -> TestApp {
    // The real context: tauri.conf.json and the capability files, with
    // their access-control lists, exactly as the app ships them.
    let app = trygg_app::configure_in(mock_builder(), dir.path().to_path_buf())
        .expect("state")
        .build(tauri::generate_context!(test = true))
        .expect("app builds");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window");
    TestApp { app, window, dir }
}

/// The app stopped and started again on the same data folder. The old one
/// first lets go of the folder, as an exiting process does (a mock app
/// dropped in a test keeps its state alive, and with it the folder's lock).
pub fn restart(t: TestApp) -> TestApp {
    use tauri::Manager;
    t.app
        .state::<trygg_app::state::AppState>()
        .release_data_folder();
    let TestApp { app, window, dir } = t;
    drop(window);
    drop(app);
    app_in(dir)
}

impl TestApp {
    /// Invokes `cmd` with a JSON body; Ok(value) or Err(error value).
    pub fn call(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        call_on(&self.window, cmd, body)
    }
}

pub fn call_on(
    window: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|b| b.deserialize::<Value>().expect("json"))
}

/// Whether a locale payload's own locale (the first of its chain) has a
/// text for `key` (`id` or `id.attr`) in the Fluent source it sends the UI.
pub fn has_message(bundle: &Value, key: &str) -> bool {
    let source = bundle["resources"][0]["source"].as_str().expect("a source");
    let mut texts = trygg::i18n::MessageTexts::new();
    texts.add_file("all", source).expect("the source parses");
    texts.contains(key)
}

/// The dialog stand-in is one environment variable for the whole test
/// process: the tests that export or import take turns, each holding the
/// guard while its dialog "returns" `path`.
static DIALOG: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub fn dialog_returns(path: &std::path::Path) -> std::sync::MutexGuard<'static, ()> {
    let guard = DIALOG.lock().unwrap_or_else(|p| p.into_inner());
    std::env::set_var(trygg_app::commands::backup::DIALOG_PATH_ENV, path);
    guard
}
