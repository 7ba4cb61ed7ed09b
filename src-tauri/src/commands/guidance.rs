//! Language and guidance text.

use super::vault::{status_of, VaultStatus};
use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use serde::Serialize;
use std::sync::Arc;
use tauri::State;
use trygg::error::ErrorCode;
use trygg::i18n::{LocaleBundle, LocaleInfo};
use trygg::settings::Settings;

/// The longest locale tag accepted over IPC.
const MAX_TAG_LEN: usize = 16;

/// Everything the first screen needs, in one round trip: the text, the
/// settings (which cover to draw) and the vault's status (cover or set-up,
/// and any wait). A vault that cannot be read does not fail the call: the
/// UI still gets its text, to show `vault_error` translated.
#[derive(Serialize)]
pub struct Bootstrap {
    pub locales: Vec<LocaleInfo>,
    pub bundle: Arc<LocaleBundle>,
    pub settings: Settings,
    pub vault: Option<VaultStatus>,
    pub vault_error: Option<CommandError>,
}

/// The locale to start in: the remembered choice, or the OS's preferred
/// languages (read from the platform: see `os_locale.rs`).
fn startup_locale(state: &AppState) -> CommandResult<&'static str> {
    let chosen = state.settings()?.locale.clone();
    let requested: Vec<String> = match chosen {
        Some(tag) => vec![tag],
        None => crate::os_locale::os_locales(),
    };
    Ok(state.i18n.negotiate(&requested))
}

/// Everything the UI needs to draw its first screen.
#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> CommandResult<Bootstrap> {
    let tag = startup_locale(&state)?;
    let settings = state.settings()?.clone();
    let (vault, vault_error) = match status_of(&state) {
        Ok(s) => (Some(s), None),
        Err(e) => (None, Some(e)),
    };
    Ok(Bootstrap {
        locales: state.i18n.locales(),
        bundle: state.i18n.bundle(tag)?,
        settings,
        vault,
        vault_error,
    })
}

/// Makes ready what [`bootstrap`] will read, while the web view is still
/// starting (the shell runs this on a thread of its own at launch): the
/// locale list's draft flags, the start-up locale's payload (both kept by
/// the `Localizer`) and the open vault file. The call then finds them done
/// instead of working on the main thread while the page waits. Whatever
/// fails here is left for `bootstrap` itself to report.
pub fn prepare_bootstrap(state: &AppState) {
    if let Ok(tag) = startup_locale(state) {
        state.i18n.locales();
        let _ = state.i18n.bundle(tag);
    }
    let _ = state.with_vault(|_| Ok(()));
}

fn checked_tag<'a>(state: &AppState, tag: &'a str) -> CommandResult<&'a str> {
    if tag.len() > MAX_TAG_LEN || !state.i18n.has(tag) {
        return Err(CommandError::new(
            ErrorCode::UnknownLocale,
            "unknown locale",
        ));
    }
    Ok(tag)
}

/// Switches the UI language and remembers the choice.
#[tauri::command]
pub fn set_locale(
    state: State<'_, AppState>,
    tag: Input<String>,
) -> CommandResult<Arc<LocaleBundle>> {
    let tag = tag.get()?;
    let tag = checked_tag(&state, &tag)?;
    let bundle = state.i18n.bundle(tag)?;
    state.update_settings(|s| s.locale = Some(tag.to_string()))?;
    Ok(bundle)
}

/// Another locale's text without switching (person view, review mode).
#[tauri::command]
pub fn get_bundle(
    state: State<'_, AppState>,
    tag: Input<String>,
) -> CommandResult<Arc<LocaleBundle>> {
    let tag = tag.get()?;
    let tag = checked_tag(&state, &tag)?;
    Ok(state.i18n.bundle(tag)?)
}
