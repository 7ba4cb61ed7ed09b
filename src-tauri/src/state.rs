//! What the shell keeps between commands.

use crate::error::{CommandError, CommandResult};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use trygg::i18n::Localizer;
use trygg::settings::Settings;
use trygg::vault::{Vault, VaultOptions};

/// File names in the data folder are neutral on purpose.
pub const SETTINGS_FILE: &str = "prefs.json";
pub const VAULT_FILE: &str = "store.db";

pub struct AppState {
    pub i18n: Arc<Localizer>,
    pub data_dir: PathBuf,
    settings: Mutex<Settings>,
    /// Opened on first use, so a damaged file gives a translated error in
    /// the UI rather than a failed start.
    vault: Mutex<Option<Vault>>,
}

impl AppState {
    pub fn new(i18n: Arc<Localizer>, data_dir: PathBuf) -> Self {
        let settings = Settings::load(&data_dir.join(SETTINGS_FILE));
        AppState {
            i18n,
            data_dir,
            settings: Mutex::new(settings),
            vault: Mutex::new(None),
        }
    }

    /// Runs `f` with the vault, opening the file first if needed.
    pub fn with_vault<T>(
        &self,
        f: impl FnOnce(&mut Vault) -> CommandResult<T>,
    ) -> CommandResult<T> {
        let mut guard = self.vault.lock().map_err(|_| CommandError::internal())?;
        if guard.is_none() {
            let v = Vault::open(self.data_dir.join(VAULT_FILE), VaultOptions::default())?;
            *guard = Some(v);
        }
        match guard.as_mut() {
            Some(v) => f(v),
            None => Err(CommandError::internal()),
        }
    }

    /// Locks the vault and zeroises its keys, if it is open. Never fails:
    /// locking must work even when everything else does not.
    pub fn lock_vault(&self) {
        let mut guard = match self.vault.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(v) = guard.as_mut() {
            v.lock();
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
