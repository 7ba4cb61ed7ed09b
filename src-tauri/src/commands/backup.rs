//! Backup export and import. The file is chosen in a native dialog opened
//! here, on the Rust side: the web view never names a path, so a
//! compromised page cannot make Trygg read or write a file of its choosing.
//!
//! The slow steps (the KDF, encryption, checking every chunk) run without
//! holding the vault, so a quick-hide lock never waits for them; only
//! collecting the records and applying an import take the vault, briefly.

use super::vault::reverify;
use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use trygg::backup::{self, BackupError, ExportOptions, ImportMode, ImportReport, KindCounts};
use trygg::error::ErrorCode;
use trygg::guidance::catalogue;
use trygg::vault::{KdfCap, KdfParams, RecordKind, VaultError};
use zeroize::Zeroizing;

/// Longest backup passphrase accepted over IPC.
const MAX_PASSPHRASE_CHARS: usize = 256;
/// One derivation of the backup key should take about this long here.
const KDF_TARGET: Duration = Duration::from_secs(1);

/// Debug builds only: this variable names the file the dialog would have
/// returned, so the end-to-end suite can drive export and import without a
/// native dialog it cannot click. Release builds have no such path.
#[cfg(debug_assertions)]
pub const DIALOG_PATH_ENV: &str = "TRYGG_E2E_DIALOG_PATH";

fn passphrase(input: Input<String>) -> CommandResult<Zeroizing<String>> {
    let p = Zeroizing::new(input.get()?);
    if p.chars().count() > MAX_PASSPHRASE_CHARS {
        return Err(CommandError::invalid("passphrase", "too_long"));
    }
    Ok(p)
}

/// The export's KDF cost, calibrated once per run (it takes a second).
fn export_kdf() -> Result<KdfParams, BackupError> {
    static PARAMS: OnceLock<KdfParams> = OnceLock::new();
    if let Some(p) = PARAMS.get() {
        return Ok(*p);
    }
    let p = KdfParams::calibrate(KDF_TARGET)?;
    Ok(*PARAMS.get_or_init(|| p))
}

#[derive(Clone, Copy)]
enum Pick {
    Save,
    Open,
}

/// Asks the practitioner for a file. While the dialog is up, the window's
/// loss of focus to it is not a reason to lock (see privacy.rs).
fn pick_file<R: Runtime>(app: &AppHandle<R>, pick: Pick) -> CommandResult<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(p) = std::env::var_os(DIALOG_PATH_ENV) {
        return Ok(PathBuf::from(p));
    }
    use tauri_plugin_dialog::DialogExt;
    let state = app.state::<AppState>();
    let (_open, dialog) = state.dialog_guard();
    let idle = state
        .settings()
        .map(|s| Duration::from_secs(u64::from(s.idle_lock_secs)))
        .unwrap_or(Duration::from_secs(120));
    lock_if_dialog_outlasts(app, dialog, idle);
    let dialog = app.dialog().file().add_filter("Backup", &["bak"]);
    let chosen = match pick {
        Pick::Save => dialog
            .set_file_name(backup::suggested_file_name(Utc::now().date_naive()))
            .blocking_save_file(),
        Pick::Open => dialog.blocking_pick_file(),
    };
    let path = chosen
        .and_then(|f| f.into_path().ok())
        .ok_or(BackupError::Cancelled)?;
    Ok(path)
}

/// While Trygg's own dialog is up, losing focus to it does not lock; but
/// the idle lock still does. If the same dialog is still open after the
/// idle-lock time, the vault is locked and the UI told to show the cover
/// (the backup then refuses to go on: `session_changed`).
pub fn lock_if_dialog_outlasts<R: Runtime>(app: &AppHandle<R>, dialog: u64, idle: Duration) {
    let app = app.clone();
    let _ = std::thread::Builder::new()
        .name("dialog-idle".into())
        .spawn(move || {
            std::thread::sleep(idle);
            let state = app.state::<AppState>();
            if state.dialog_still_open(dialog) {
                let _ = app.emit(crate::privacy::LOCKED_EVENT, ());
                state.lock_vault();
            }
        });
}

/// What the backup section shows.
#[derive(Serialize)]
pub struct BackupStatus {
    pub last_export: Option<DateTime<Utc>>,
    pub reminder_due: bool,
}

#[tauri::command]
pub fn backup_status(state: State<'_, AppState>) -> CommandResult<BackupStatus> {
    let every = state.settings()?.backup_reminder_days;
    state.with_vault(|v| {
        let log = backup::log::read(v)?;
        let has_cases = !v.ids(RecordKind::Case)?.is_empty();
        Ok(BackupStatus {
            reminder_due: backup::log::reminder_due(log.last_export, every, has_cases, Utc::now()),
            last_export: log.last_export,
        })
    })
}

/// What an export wrote. The path is not sent back: the page has no use
/// for it, and it may name a folder.
#[derive(Serialize)]
pub struct ExportResult {
    pub file_name: String,
    pub counts: KindCounts,
    pub damaged: u32,
    pub at: DateTime<Utc>,
}

/// The unlocked session a backup started in: its epoch is checked again,
/// with the vault held, before anything is read from or written to the
/// vault, so an export or import that outlives a lock (or a switch to the
/// decoy under duress) never touches another session's workspace.
fn session_epoch(state: &AppState) -> CommandResult<u64> {
    state.with_vault(|v| {
        if v.is_unlocked() {
            Ok(state.unlock_epoch())
        } else {
            Err(VaultError::Locked.into())
        }
    })
}

/// Runs `f` with the vault if it is still the session `epoch` began.
fn in_session<T>(
    state: &AppState,
    epoch: u64,
    f: impl FnOnce(&mut trygg::vault::Vault) -> CommandResult<T>,
) -> CommandResult<T> {
    state.with_vault(|v| {
        if !v.is_unlocked() || state.unlock_epoch() != epoch {
            return Err(CommandError::new(
                ErrorCode::SessionChanged,
                "the app was locked while the backup was running",
            ));
        }
        f(v)
    })
}

/// Exports every record of the open workspace. `current` is the open
/// workspace's passcode, checked first as a counted attempt: nobody at an
/// unlocked device can take the cases away without it.
#[tauri::command]
pub async fn backup_export<R: Runtime>(
    app: AppHandle<R>,
    current: Option<Input<String>>,
    passphrase: Input<String>,
) -> CommandResult<ExportResult> {
    let passphrase = self::passphrase(passphrase)?;
    backup::check_backup_passphrase(&passphrase)?;
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        reverify(&state, current)?;
        let epoch = session_epoch(&state)?;
        let path = pick_file(&app, Pick::Save)?;
        let now = Utc::now();
        let collected = in_session(&state, epoch, |v| Ok(backup::content::collect(v, now)?))?;
        let exported = backup::seal(collected, &passphrase, ExportOptions::new(export_kdf()?))?;
        backup::write_file_atomic(&path, &exported.file)?;
        // The file is written; if the vault was locked meanwhile, the date is
        // not noted (least of all in another workspace).
        let _ = in_session(&state, epoch, |v| Ok(backup::log::note_export(v, now)?));
        Ok(ExportResult {
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            counts: exported.counts,
            damaged: exported.damaged,
            at: now,
        })
    })
    .await
    .map_err(|_| CommandError::internal())?
}

/// Restores a backup into the open workspace. A merge adds and updates
/// only; a replace removes every case first, so it needs `current`, the
/// open workspace's passcode, checked as a counted attempt.
#[tauri::command]
pub async fn backup_import<R: Runtime>(
    app: AppHandle<R>,
    passphrase: Input<String>,
    mode: Input<ImportMode>,
    current: Option<Input<String>>,
) -> CommandResult<ImportReport> {
    let passphrase = self::passphrase(passphrase)?;
    let mode = mode.get()?;
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        if mode == ImportMode::Replace {
            reverify(&state, current)?;
        }
        // Refuse early when locked, before a dialog is shown for nothing.
        let epoch = session_epoch(&state)?;
        let path = pick_file(&app, Pick::Open)?;
        let file = backup::read_file(&path)?;
        let content = backup::open(&file, &passphrase, &KdfCap::default())?;
        let catalogue = catalogue();
        in_session(&state, epoch, |v| {
            Ok(backup::apply(v, &content, mode, &catalogue)?)
        })
    })
    .await
    .map_err(|_| CommandError::internal())?
}
