//! What the shell keeps between commands.

use crate::error::{CommandError, CommandResult};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use trygg::i18n::Localizer;
use trygg::settings::Settings;

/// File names in the data folder are neutral on purpose.
pub const SETTINGS_FILE: &str = "prefs.json";

pub struct AppState {
    pub i18n: Arc<Localizer>,
    pub data_dir: PathBuf,
    settings: Mutex<Settings>,
}

impl AppState {
    pub fn new(i18n: Arc<Localizer>, data_dir: PathBuf) -> Self {
        let settings = Settings::load(&data_dir.join(SETTINGS_FILE));
        AppState {
            i18n,
            data_dir,
            settings: Mutex::new(settings),
        }
    }

    pub fn settings(&self) -> CommandResult<MutexGuard<'_, Settings>> {
        self.settings.lock().map_err(|_| CommandError::internal())
    }

    pub fn settings_path(&self) -> PathBuf {
        self.data_dir.join(SETTINGS_FILE)
    }

    /// Replaces the settings after saving them durably.
    pub fn update_settings(&self, f: impl FnOnce(&mut Settings)) -> CommandResult<Settings> {
        let mut guard = self.settings()?;
        let mut next = guard.clone();
        f(&mut next);
        next.save(&self.settings_path())?;
        *guard = next.clone();
        Ok(next)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }
}
