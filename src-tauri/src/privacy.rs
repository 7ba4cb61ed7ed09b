//! Window privacy: when the window loses focus or closes, tell the UI at
//! once (it shows the cover in the same frame) and lock the vault.
//!
//! The UI covers itself on `blur`/`visibilitychange` and sends its last
//! unsaved edit before calling `vault_lock`. This side is the backstop that
//! makes sure the keys go even if the UI does not: it locks after a short
//! grace, long enough for that last save to land, and only if nobody
//! unlocked again in between. Closing the window locks at once.

use crate::state::AppState;
use std::time::Duration;
use tauri::{Emitter, Manager, Runtime, Window, WindowEvent};

/// Event the UI listens to; it carries no data.
pub const LOCKED_EVENT: &str = "trygg://locked";

/// How long a pending save gets before the backstop lock.
pub const LOCK_GRACE: Duration = Duration::from_millis(400);

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    match event {
        WindowEvent::CloseRequested { .. } | WindowEvent::Destroyed => {
            if let Some(state) = window.try_state::<AppState>() {
                state.lock_vault();
            }
        }
        WindowEvent::Focused(false) => {
            // Focus went to the backup file dialog Trygg opened itself: the
            // window behind shows only the settings, and locking now would
            // fail the backup the practitioner asked for.
            if window
                .try_state::<AppState>()
                .is_some_and(|s| s.dialog_is_open())
            {
                return;
            }
            if let Some(state) = window.try_state::<AppState>() {
                state.note_hide();
            }
            let _ = window.emit(LOCKED_EVENT, ());
            let Some(epoch) = window.try_state::<AppState>().map(|s| s.unlock_epoch()) else {
                return;
            };
            let app = window.app_handle().clone();
            std::thread::spawn(move || {
                std::thread::sleep(LOCK_GRACE);
                if let Some(state) = app.try_state::<AppState>() {
                    state.lock_vault_if_epoch(epoch);
                }
            });
        }
        _ => {}
    }
}
