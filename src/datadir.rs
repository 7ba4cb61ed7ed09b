//! The data folder: owner-only permissions, and one Trygg at a time.
//!
//! On Unix the folder is `0700` and every file Trygg writes in it is `0600`
//! (the vault's `-wal` and `-shm`, which SQLite creates itself, are set
//! after the vault is opened: see `vault::schema`). Other people's accounts
//! on the same device (a shared family computer) then cannot even list the
//! folder.
//!
//! [`DataLock`] is an advisory lock on a neutral file in the folder, held
//! for the app's life. A second Trygg started on the same folder gets
//! [`DataDirError::AlreadyRunning`] instead of a second writer on the vault
//! (two processes each counting attempts and checkpointing would work, but
//! two windows each believing they hold the only unlocked session would
//! not). The operating system drops the lock when the process ends, even
//! when it is killed, so a crash never leaves a stale lock behind.

use crate::error::{Coded, ErrorCode};
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// The lock file's name: as neutral as `store.db` and `prefs.json`.
pub const LOCK_FILE: &str = "store.lock";

/// Permission bits of the data folder on Unix.
pub const DIR_MODE: u32 = 0o700;
/// Permission bits of every file Trygg writes in it on Unix.
pub const FILE_MODE: u32 = 0o600;

/// Why the data folder cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DataDirError {
    /// Another Trygg process holds the folder.
    #[error("Trygg is already running with this data folder")]
    AlreadyRunning,
    /// The folder or the lock file could not be created or locked.
    #[error("storage error")]
    Storage,
    /// This process let go of the folder (it is shutting down).
    #[error("the data folder was released")]
    Released,
}

impl Coded for DataDirError {
    fn code(&self) -> ErrorCode {
        match self {
            DataDirError::AlreadyRunning => ErrorCode::AlreadyRunning,
            DataDirError::Storage | DataDirError::Released => ErrorCode::Storage,
        }
    }
}

/// Creates `dir` (and its parents) if needed, and makes `dir` itself
/// owner-only on Unix, also when it already existed with wider rights.
/// Parents are left as they are: they are the platform's or the user's.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    restrict(dir, DIR_MODE)
}

/// Options that create a file as `0600` on Unix (the mode only applies to
/// a file that does not exist yet; see [`restrict`] for one that does).
pub fn private_file_options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut opts = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(FILE_MODE);
    }
    opts
}

/// Sets the permission bits of an existing path on Unix if they differ
/// from `mode`; does nothing elsewhere (Windows and mobile keep app data
/// per user or per app already).
pub fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::metadata(path)?;
        if meta.permissions().mode() & 0o7777 != mode {
            fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
    }
    Ok(())
}

/// The data folder, held: while this value lives no other process (and no
/// other `DataLock` in this one) can lock the same folder.
#[derive(Debug)]
pub struct DataLock {
    _file: File,
}

impl DataLock {
    /// Locks `dir` (which must exist), creating the lock file as `0600`.
    /// `AlreadyRunning` at once if another holder has it; never waits.
    pub fn acquire(dir: &Path) -> Result<DataLock, DataDirError> {
        let path = dir.join(LOCK_FILE);
        let file = private_file_options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|_| DataDirError::Storage)?;
        restrict(&path, FILE_MODE).map_err(|_| DataDirError::Storage)?;
        match try_lock(&file) {
            Ok(()) => Ok(DataLock { _file: file }),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Err(DataDirError::AlreadyRunning),
            // A file system without locks (some network mounts): better to
            // run unguarded than not at all; the vault itself stays
            // consistent under SQLite's own locking.
            Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(DataLock { _file: file }),
            Err(_) => Err(DataDirError::Storage),
        }
    }
}

/// An exclusive, non-blocking advisory lock on the whole file, released
/// when the file is closed (or the process ends). `flock(2)`: per open
/// file, so a second open in the same process conflicts too.
#[cfg(unix)]
fn try_lock(file: &File) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: flock only reads the descriptor number, which `file` keeps
    // open for the duration of the call.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc == 0 {
        return Ok(());
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EWOULDBLOCK) => Err(io::ErrorKind::WouldBlock.into()),
        Some(libc::ENOLCK) | Some(libc::EOPNOTSUPP) => Err(io::ErrorKind::Unsupported.into()),
        _ => Err(e),
    }
}

/// Elsewhere (Windows: `LockFileEx`) std's lock, stable since Rust 1.89;
/// on Unix the `flock` above keeps the core buildable at the declared MSRV.
#[cfg(not(unix))]
#[allow(clippy::incompatible_msrv)]
fn try_lock(file: &File) -> io::Result<()> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(fs::TryLockError::WouldBlock) => Err(io::ErrorKind::WouldBlock.into()),
        Err(fs::TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = DataLock::acquire(dir.path()).unwrap();
        let err = DataLock::acquire(dir.path()).unwrap_err();
        assert_eq!(err, DataDirError::AlreadyRunning);
        assert_eq!(err.code(), "already_running");
        // Another folder is not affected.
        let other = tempfile::tempdir().unwrap();
        let _other = DataLock::acquire(other.path()).unwrap();
        drop(first);
        let _again = DataLock::acquire(dir.path()).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_and_the_lock_file_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join("a").join("data");
        ensure_private_dir(&dir).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        // A folder that already exists with wider rights is narrowed.
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        ensure_private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        let _lock = DataLock::acquire(&dir).unwrap();
        assert_eq!(mode(&dir.join(LOCK_FILE)), 0o600);
    }

    /// The vault with its -wal and -shm, and the settings, are 0600 even
    /// under a lax umask and when an earlier run left them wider.
    #[cfg(unix)]
    #[test]
    fn the_vault_and_settings_files_are_owner_only() {
        use crate::settings::Settings;
        use crate::vault::{KdfParams, Vault, VaultOptions};
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let db = dir.path().join("store.db");
        let files = [
            db.clone(),
            dir.path().join("store.db-wal"),
            dir.path().join("store.db-shm"),
        ];
        let mut v = Vault::open(&db, VaultOptions::default()).unwrap();
        v.create("4711081542", KdfParams::FLOOR).unwrap();
        for f in &files {
            assert_eq!(mode(f), 0o600, "{}", f.display());
        }
        drop(v);
        // Widened behind Trygg's back (a copy, a restore, another tool).
        for f in &files {
            if !f.exists() {
                fs::write(f, b"").unwrap();
            }
            fs::set_permissions(f, fs::Permissions::from_mode(0o644)).unwrap();
        }
        let v = Vault::open(&db, VaultOptions::default()).unwrap();
        for f in &files {
            assert_eq!(mode(f), 0o600, "reopened: {}", f.display());
        }
        drop(v);
        let prefs = dir.path().join("prefs.json");
        Settings::default().save(&prefs).unwrap();
        assert_eq!(mode(&prefs), 0o600);
        fs::set_permissions(&prefs, fs::Permissions::from_mode(0o666)).unwrap();
        fs::write(prefs.with_extension("tmp"), b"left over").unwrap();
        fs::set_permissions(
            prefs.with_extension("tmp"),
            fs::Permissions::from_mode(0o666),
        )
        .unwrap();
        Settings::default().save(&prefs).unwrap();
        assert_eq!(
            mode(&prefs),
            0o600,
            "a save replaces the file with a 0600 one"
        );
    }
}
