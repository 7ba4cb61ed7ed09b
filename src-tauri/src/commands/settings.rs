//! Preferences (not sensitive): cover, idle lock, retention, reminders.

use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use tauri::State;
use trygg::settings::Settings;

#[tauri::command]
pub fn settings_get(state: State<'_, AppState>) -> CommandResult<Settings> {
    Ok(state.settings()?.clone())
}

#[tauri::command]
pub fn settings_set(
    state: State<'_, AppState>,
    settings: Input<Settings>,
) -> CommandResult<Settings> {
    let next = settings.get()?;
    next.validate()?;
    if let Some(tag) = &next.locale {
        if !state.i18n.has(tag) {
            return Err(CommandError::invalid("locale", "unknown"));
        }
    }
    // Whether a vault was ever made is the shell's to know, not the page's.
    state.update_settings(|s| {
        let set_up = s.set_up;
        *s = next;
        s.set_up = set_up;
    })
}
