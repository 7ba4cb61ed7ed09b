//! Window privacy: lock the moment the window loses focus or is hidden,
//! and tell the UI so it shows the cover.
//!
//! The UI also covers itself on `blur`/`visibilitychange` in the same
//! frame; this side makes sure the keys are gone even if the UI is slow.

use crate::state::AppState;
use tauri::{Emitter, Manager, Runtime, Window, WindowEvent};

/// Event the UI listens to; it carries no data.
pub const LOCKED_EVENT: &str = "trygg://locked";

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let lose = matches!(
        event,
        WindowEvent::Focused(false) | WindowEvent::CloseRequested { .. }
    );
    if !lose {
        return;
    }
    if let Some(state) = window.try_state::<AppState>() {
        state.lock_vault();
    }
    let _ = window.emit(LOCKED_EVENT, ());
}
