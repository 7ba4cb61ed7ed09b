//! Trygg's Tauri shell: commands, app state, window privacy. Thin on
//! purpose; everything that can live in the `trygg` core does.

pub mod commands;
pub mod error;
pub mod hardening;
pub mod os_locale;
pub mod privacy;
pub mod probe;
pub mod render;
pub mod state;
pub mod suspend;

use state::AppState;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{Manager, Runtime};
use trygg::i18n::Localizer;

/// Overrides the data folder (used by the end-to-end tests for a fresh
/// profile per run). The command-line form is `--data-dir <dir>`.
pub const DATA_DIR_ENV: &str = "TRYGG_DATA_DIR";
const DATA_DIR_ARG: &str = "--data-dir";

/// The data folder asked for on the command line or in the environment.
fn requested_data_dir() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == DATA_DIR_ARG {
            return args.next().map(PathBuf::from);
        }
        if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(v));
        }
    }
    std::env::var_os(DATA_DIR_ENV).map(PathBuf::from)
}

/// Adds Trygg's commands and window privacy to a builder of any runtime.
fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .invoke_handler(tauri::generate_handler![
            commands::guidance::bootstrap,
            commands::guidance::set_locale,
            commands::guidance::get_bundle,
            commands::vault::vault_status,
            commands::vault::vault_create,
            commands::vault::vault_unlock,
            commands::vault::vault_lock,
            commands::vault::vault_change_passcode,
            commands::vault::vault_security_info,
            commands::vault::vault_set_duress,
            commands::vault::vault_remove_duress,
            commands::vault::vault_set_attempt_limit,
            commands::settings::settings_get,
            commands::settings::settings_set,
            commands::cases::case_list,
            commands::cases::case_alias_warnings,
            commands::cases::case_create,
            commands::cases::case_update,
            commands::cases::case_delete,
            commands::cases::case_open,
            commands::cases::plan_save,
            commands::cases::contact_save,
            commands::cases::review_save,
            commands::cases::meeting_create,
            commands::cases::meeting_save,
            commands::cases::meeting_delete,
            commands::cases::case_retention_due,
            commands::review::review_load,
            commands::review::review_set,
            commands::review::review_progress,
            commands::review::review_export,
            commands::review::review_import,
            commands::backup::backup_status,
            commands::backup::backup_export,
            commands::backup::backup_import,
            probe::probe_painted,
            commands::strength::passcode_strength,
        ])
        .on_window_event(privacy::on_window_event)
        .plugin(tauri_plugin_dialog::init())
}

/// The app as it runs: state is made in `setup`, once the platform's data
/// folder is known (or the one given by `--data-dir`/`TRYGG_DATA_DIR`).
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    with_commands(builder).setup(|app| {
        let dir = match requested_data_dir() {
            Some(d) => d,
            None => app.path().app_data_dir()?,
        };
        app.manage(make_state(dir)?);
        let handle = app.handle().clone();
        // An optimisation only: without the thread, bootstrap does the work.
        let _ = std::thread::Builder::new()
            .name("prepare-bootstrap".into())
            .spawn(move || commands::guidance::prepare_bootstrap(&handle.state::<AppState>()));
        suspend::start(app.handle());
        Ok(())
    })
}

/// The same app with its state made up front, for the mock runtime in
/// tests (whose event loop never runs `setup`).
pub fn configure_in<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: PathBuf,
) -> Result<tauri::Builder<R>, Box<dyn std::error::Error>> {
    Ok(with_commands(builder).manage(make_state(data_dir)?))
}

fn make_state(dir: PathBuf) -> Result<AppState, Box<dyn std::error::Error>> {
    // Owner-only (0700) on Unix; files inside are 0600 (trygg::datadir).
    trygg::datadir::ensure_private_dir(&dir)?;
    let i18n = Arc::new(Localizer::new()?);
    Ok(AppState::new(i18n, dir))
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    // Before any secret is in memory: no core dumps (see hardening.rs).
    hardening::disable_core_dumps();
    probe::mark_start();
    // Before any thread or web process exists (see render.rs).
    render::prefer_cpu_rendering_without_gpu();
    let builder = tauri::Builder::default();
    // The start-up probe's page flag, only when asked for (see probe.rs).
    let builder = if probe::enabled() {
        builder.plugin(probe::plugin())
    } else {
        builder
    };
    let result = configure(builder).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("trygg: could not start: {e}");
        std::process::exit(1);
    }
}
