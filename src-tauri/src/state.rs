//! What the shell keeps between commands.

use crate::error::{CommandError, CommandResult};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use trygg::datadir::{DataDirError, DataLock};
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
    /// Raised on every unlock, so a delayed lock scheduled before an
    /// unlock cannot lock the session that came after it.
    unlock_epoch: AtomicU64,
    /// A file dialog Trygg itself opened is up (backup export or import).
    dialog_open: AtomicBool,
    /// Counts the dialogs opened, so a watchdog started for one dialog
    /// knows whether that same dialog is still up.
    dialogs: AtomicU64,
    /// Raised whenever the window loses focus, the system sleeps or the UI
    /// locks, whatever is on screen: an unlock whose key derivation saw it
    /// rise locks again instead of opening (see `vault_unlock`).
    hides: AtomicU64,
    /// The data folder, held for the app's life; `AlreadyRunning` when
    /// another Trygg has it (then the vault and settings are not touched).
    data_lock: Mutex<Result<DataLock, DataDirError>>,
}

/// Marks a Trygg-opened file dialog as up until dropped.
pub struct DialogGuard<'a>(&'a AtomicBool);

impl Drop for DialogGuard<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

impl AppState {
    pub fn new(i18n: Arc<Localizer>, data_dir: PathBuf) -> Self {
        let data_lock = DataLock::acquire(&data_dir);
        let settings = Settings::load(&data_dir.join(SETTINGS_FILE));
        AppState {
            i18n,
            data_dir,
            settings: Mutex::new(settings),
            vault: Mutex::new(None),
            unlock_epoch: AtomicU64::new(0),
            dialog_open: AtomicBool::new(false),
            dialogs: AtomicU64::new(0),
            hides: AtomicU64::new(0),
            data_lock: Mutex::new(data_lock),
        }
    }

    /// `already_running` (or `storage`) unless this process holds the data folder.
    pub fn check_data_lock(&self) -> CommandResult<()> {
        let held = self
            .data_lock
            .lock()
            .map_err(|_| CommandError::internal())?;
        match &*held {
            Ok(_) => Ok(()),
            Err(e) => Err(e.clone().into()),
        }
    }

    /// What an exiting process does: closes the vault (keys zeroised, WAL
    /// checkpointed) and lets go of the data folder; afterwards nothing in
    /// this state touches the folder. Lets a test start a second app on the
    /// same folder in one process, as after a restart.
    pub fn release_data_folder(&self) {
        let mut vault = match self.vault.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut held = match self.data_lock.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *vault = None;
        *held = Err(DataDirError::Released);
    }

    /// Runs `f` with the vault, opening the file first if needed.
    pub fn with_vault<T>(
        &self,
        f: impl FnOnce(&mut Vault) -> CommandResult<T>,
    ) -> CommandResult<T> {
        let mut guard = self.vault.lock().map_err(|_| CommandError::internal())?;
        // Under the vault's mutex, so a release cannot slip in between.
        self.check_data_lock()?;
        if guard.is_none() {
            let v = Vault::open(self.data_dir.join(VAULT_FILE), VaultOptions::default())?;
            *guard = Some(v);
        }
        match guard.as_mut() {
            Some(v) => f(v),
            None => Err(CommandError::internal()),
        }
    }

    /// Notes that a file dialog of Trygg's own is up, until the guard drops.
    /// Returns the guard and the dialog's number (see [`AppState::dialog_still_open`]).
    pub fn dialog_guard(&self) -> (DialogGuard<'_>, u64) {
        let n = self.dialogs.fetch_add(1, Ordering::SeqCst) + 1;
        self.dialog_open.store(true, Ordering::SeqCst);
        (DialogGuard(&self.dialog_open), n)
    }

    /// Whether dialog number `n` is the one still up.
    pub fn dialog_still_open(&self, n: u64) -> bool {
        self.dialog_is_open() && self.dialogs.load(Ordering::SeqCst) == n
    }

    /// Whether a file dialog of Trygg's own is up.
    pub fn dialog_is_open(&self) -> bool {
        self.dialog_open.load(Ordering::SeqCst)
    }

    /// Notes that the app was hidden or lost focus (see `hides`).
    pub fn note_hide(&self) {
        self.hides.fetch_add(1, Ordering::SeqCst);
    }

    pub fn hide_count(&self) -> u64 {
        self.hides.load(Ordering::SeqCst)
    }

    /// Marks a new unlocked session (see [`AppState::lock_vault_if_epoch`]).
    /// Called with the vault held, so no command that checks the epoch
    /// under the vault lock can see the new session with the old epoch.
    pub fn note_unlock(&self) {
        self.unlock_epoch.fetch_add(1, Ordering::SeqCst);
    }

    pub fn unlock_epoch(&self) -> u64 {
        self.unlock_epoch.load(Ordering::SeqCst)
    }

    /// Locks unless the vault was unlocked again since `epoch`.
    pub fn lock_vault_if_epoch(&self, epoch: u64) {
        if self.unlock_epoch() == epoch {
            self.lock_vault();
        }
    }

    /// Locks the vault and zeroises its keys, if it is open. Never fails:
    /// locking must work even when everything else does not.
    pub fn lock_vault(&self) {
        // First, so an unlock still deriving its key sees it (it holds the vault).
        self.note_hide();
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
        self.check_data_lock()?;
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
