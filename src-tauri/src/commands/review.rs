//! Translation review: every message of a locale beside its source, a
//! state and comment per message, progress, export of a file a translator
//! can work with, and import of the translator's updated `.ftl`.
//!
//! The core does the work ([`trygg::i18n::ReviewDesk`]); this module only
//! checks inputs and keeps the reviewer's files in the data folder:
//! - `review/<tag>.json`: the reviewer's own review state (laid over the
//!   state shipped in `locales/<tag>/review.json`);
//! - `review/<tag>.ftl`: text imported on this device;
//! - `exports/<tag>-<time>.ftl`: exports, named neutrally.
//!
//! Every write is atomic (temporary file, fsync, rename, fsync of the
//! folder), so a crash or a full disk never leaves half a file. These files
//! hold no case data: only translations and reviewers' notes on them.

use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use serde::Serialize;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::State;
use trygg::error::ErrorCode;
use trygg::i18n::review::{ImportReport, LocaleProgress, Progress, ReviewDesk, ReviewRow};
use trygg::i18n::{ReviewError, ReviewState, TextDirection, SOURCE_LOCALE};

/// Folder of the reviewer's state and imported text, in the data folder.
pub const REVIEW_DIR: &str = "review";
/// Folder of exports, in the data folder.
pub const EXPORT_DIR: &str = "exports";
/// The longest locale tag accepted over IPC.
const MAX_TAG_LEN: usize = 16;
/// The longest message key accepted over IPC.
const MAX_KEY_LEN: usize = 200;
/// A local state file larger than this is not read (it would be damaged).
const MAX_STATE_BYTES: u64 = 16 * 1024 * 1024;

/// One review operation at a time: each reads, changes and writes files.
static REVIEW_LOCK: Mutex<()> = Mutex::new(());

fn storage() -> CommandError {
    CommandError::new(ErrorCode::Storage, "could not read or write review files")
}

fn unknown_locale() -> CommandError {
    CommandError::new(ErrorCode::UnknownLocale, "unknown locale")
}

/// A shipped locale other than the source, as the static tag.
fn target_tag(app: &AppState, tag: &str) -> CommandResult<&'static str> {
    if tag.len() > MAX_TAG_LEN {
        return Err(unknown_locale());
    }
    app.i18n
        .meta(tag)
        .filter(|m| m.tag != SOURCE_LOCALE)
        .map(|m| m.tag)
        .ok_or_else(unknown_locale)
}

/// Any shipped locale, as the static tag.
fn any_tag(app: &AppState, tag: &str) -> CommandResult<&'static str> {
    if tag.len() > MAX_TAG_LEN {
        return Err(unknown_locale());
    }
    app.i18n.meta(tag).map(|m| m.tag).ok_or_else(unknown_locale)
}

fn review_dir(app: &AppState) -> PathBuf {
    app.data_dir().join(REVIEW_DIR)
}

fn state_path(app: &AppState, tag: &str) -> PathBuf {
    review_dir(app).join(format!("{tag}.json"))
}

fn imported_path(app: &AppState, tag: &str) -> PathBuf {
    review_dir(app).join(format!("{tag}.ftl"))
}

/// Reads a file that may not exist yet.
fn read_optional(path: &Path) -> CommandResult<Option<String>> {
    match fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(_) => Err(storage()),
        Ok(m) if m.len() > MAX_STATE_BYTES => Ok(Some(String::new())),
        Ok(_) => match fs::read(path) {
            // Not UTF-8 is as damaged as bad JSON: the core says so.
            Ok(bytes) => Ok(Some(String::from_utf8(bytes).unwrap_or_default())),
            Err(_) => Err(storage()),
        },
    }
}

/// Writes `text` to `path` atomically: a temporary file beside it, synced,
/// renamed over the old one, and the folder synced.
pub fn write_atomic(path: &Path, text: &str) -> CommandResult<()> {
    let dir = path.parent().ok_or_else(storage)?;
    trygg::datadir::ensure_private_dir(dir).map_err(|_| storage())?;
    let mut tmp_name = path.file_name().ok_or_else(storage)?.to_os_string();
    tmp_name.push(".tmp");
    let tmp = dir.join(tmp_name);
    let write = || -> std::io::Result<()> {
        // Owner-only on Unix, like everything in the data folder.
        let mut f = trygg::datadir::private_file_options()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        trygg::datadir::restrict(&tmp, trygg::datadir::FILE_MODE)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    };
    write().map_err(|_| {
        let _ = fs::remove_file(&tmp);
        storage()
    })
}

/// Opens the review of `tag` with the reviewer's files. A damaged state
/// file is set aside (`<tag>.json.damaged`, kept for recovery) and the
/// review starts again from the shipped state; the caller is told.
fn open_desk<'a>(app: &'a AppState, tag: &str) -> CommandResult<(ReviewDesk<'a>, bool)> {
    let state_file = state_path(app, tag);
    let local = read_optional(&state_file)?;
    let imported = read_optional(&imported_path(app, tag))?;
    match ReviewDesk::open(&app.i18n, tag, local.as_deref(), imported.as_deref()) {
        Ok(desk) => Ok((desk, false)),
        Err(ReviewError::Damaged) => {
            let aside = review_dir(app).join(format!("{tag}.json.damaged"));
            fs::rename(&state_file, aside).map_err(|_| storage())?;
            let desk = ReviewDesk::open(&app.i18n, tag, None, imported.as_deref())?;
            Ok((desk, true))
        }
        Err(e) => Err(e.into()),
    }
}

fn save_local(app: &AppState, desk: &ReviewDesk<'_>) -> CommandResult<()> {
    write_atomic(&state_path(app, desk.locale()), &desk.local_json())
}

fn lock() -> CommandResult<std::sync::MutexGuard<'static, ()>> {
    REVIEW_LOCK.lock().map_err(|_| CommandError::internal())
}

/// Everything review mode shows for one target locale.
#[derive(Serialize)]
pub struct ReviewLoad {
    pub source: &'static str,
    pub source_dir: TextDirection,
    pub target: &'static str,
    pub target_dir: TextDirection,
    pub progress: Progress,
    /// Every source message in review order: guidance by section of the
    /// sheet, then the app's strings.
    pub rows: Vec<ReviewRow>,
    /// The reviewer's saved state was damaged and was set aside.
    pub damaged_local: bool,
}

/// Every message of `target` beside `source` (Swedish by default).
#[tauri::command]
pub fn review_load(
    app: State<'_, AppState>,
    source: Input<Option<String>>,
    target: Input<String>,
) -> CommandResult<ReviewLoad> {
    let source = source.get()?.unwrap_or_else(|| SOURCE_LOCALE.to_string());
    let target = target.get()?;
    let source = any_tag(&app, &source)?;
    let target = target_tag(&app, &target)?;
    let _guard = lock()?;
    let (desk, damaged_local) = open_desk(&app, target)?;
    let dir_of = |t: &str| {
        app.i18n
            .meta(t)
            .map_or(TextDirection::Ltr, |m| m.direction())
    };
    Ok(ReviewLoad {
        source,
        source_dir: dir_of(source),
        target,
        target_dir: dir_of(target),
        progress: desk.progress(),
        rows: desk.rows(source)?,
        damaged_local,
    })
}

/// Sets one message's review state and comment (at most 2000 characters).
#[tauri::command]
pub fn review_set(
    app: State<'_, AppState>,
    target: Input<String>,
    key: Input<String>,
    state: Input<ReviewState>,
    comment: Input<Option<String>>,
) -> CommandResult<ReviewRow> {
    let target = target.get()?;
    let key = key.get()?;
    let state = state.get()?;
    let comment = comment.get()?.unwrap_or_default();
    let target = target_tag(&app, &target)?;
    if key.len() > MAX_KEY_LEN {
        return Err(CommandError::invalid("key", "unknown"));
    }
    let _guard = lock()?;
    let (mut desk, _) = open_desk(&app, target)?;
    let row = desk.set(&key, state, &comment)?;
    save_local(&app, &desk)?;
    Ok(row)
}

/// Approved / total of every translation.
#[tauri::command]
pub fn review_progress(app: State<'_, AppState>) -> CommandResult<Vec<LocaleProgress>> {
    let _guard = lock()?;
    let mut out = Vec::new();
    for info in app.i18n.locales() {
        if info.tag == SOURCE_LOCALE {
            continue;
        }
        let (desk, _) = open_desk(&app, info.tag)?;
        out.push(desk.locale_progress());
    }
    Ok(out)
}

/// Where an export was written.
#[derive(Serialize)]
pub struct ExportDone {
    /// The full path of the file.
    pub path: String,
    /// Its name in the `exports` folder of the app's data folder.
    pub file_name: String,
    /// Its length in bytes.
    pub bytes: usize,
}

/// Writes the translator's file for `target` into the data folder's
/// `exports/` (a `.ftl` with the state, the Swedish text and the comment
/// above each message).
#[tauri::command]
pub fn review_export(app: State<'_, AppState>, target: Input<String>) -> CommandResult<ExportDone> {
    let target = target.get()?;
    let target = target_tag(&app, &target)?;
    let _guard = lock()?;
    let (desk, _) = open_desk(&app, target)?;
    let text = desk.export();
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let file_name = format!("{target}-{stamp}.ftl");
    let path = app.data_dir().join(EXPORT_DIR).join(&file_name);
    write_atomic(&path, &text)?;
    Ok(ExportDone {
        path: path.to_string_lossy().into_owned(),
        file_name,
        bytes: text.len(),
    })
}

/// Takes a translator's updated `.ftl` for `target` (at most 1 MiB) and
/// reports what it adds, changes and lacks; changed messages go back to
/// unreviewed.
#[tauri::command]
pub fn review_import(
    app: State<'_, AppState>,
    target: Input<String>,
    ftl_text: Input<String>,
) -> CommandResult<ImportReport> {
    let target = target.get()?;
    let text = ftl_text.get()?;
    let target = target_tag(&app, &target)?;
    let _guard = lock()?;
    let (mut desk, _) = open_desk(&app, target)?;
    let report = desk.import(&text)?;
    if let Some(ftl) = desk.imported_ftl() {
        write_atomic(&imported_path(&app, target), &ftl)?;
    }
    save_local(&app, &desk)?;
    Ok(report)
}
