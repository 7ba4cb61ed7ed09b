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
    state.update_settings(|s| *s = next)
}
