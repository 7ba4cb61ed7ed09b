//! Creating, unlocking and locking the vault; security settings.
//!
//! Passcodes arrive as strings and are moved into `Zeroizing` buffers at
//! once. (The IPC layer's own copies cannot be wiped; see the README.)

use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use serde::Serialize;
use std::time::Duration;
use tauri::State;
use trygg::error::ErrorCode;
use trygg::vault::{KdfParams, VaultError};
use zeroize::Zeroizing;

/// Longest passcode accepted over IPC (a passphrase of many words).
const MAX_PASSCODE_CHARS: usize = 256;
/// Unlocking should take about this long on the device that creates the vault.
const KDF_TARGET: Duration = Duration::from_millis(700);

fn passcode(input: Input<String>, field: &str) -> CommandResult<Zeroizing<String>> {
    let p = Zeroizing::new(input.get()?);
    if p.chars().count() > MAX_PASSCODE_CHARS {
        return Err(CommandError::invalid(field, "too_long"));
    }
    Ok(p)
}

/// What the cover may know.
#[derive(Serialize)]
pub struct VaultStatus {
    pub initialised: bool,
    pub unlocked: bool,
    pub retry_after_secs: u64,
    /// No vault was ever created on this device: the first start, the only
    /// time the app opens on set-up instead of its cover.
    pub fresh: bool,
}

/// The cover's view of the vault: set up, unlocked, any wait, first start.
pub fn status_of(state: &AppState) -> CommandResult<VaultStatus> {
    let set_up = state.settings()?.set_up;
    let status = state.with_vault(|v| {
        let initialised = v.is_initialised()?;
        let retry_after_secs = if initialised {
            v.attempt_status()?.retry_after_secs
        } else {
            0
        };
        Ok(VaultStatus {
            initialised,
            unlocked: v.is_unlocked(),
            retry_after_secs,
            fresh: !initialised && !set_up,
        })
    })?;
    // A vault made before the flag existed: note it now.
    if status.initialised && !set_up {
        let _ = mark_set_up(state);
    }
    Ok(status)
}

/// Remembers that a vault exists on this device (see `Settings::set_up`).
fn mark_set_up(state: &AppState) -> CommandResult<()> {
    if !state.settings()?.set_up {
        state.update_settings(|s| s.set_up = true)?;
    }
    Ok(())
}

/// Checks the open workspace's passcode again before a sensitive action, as
/// a counted attempt (see `Vault::reverify`).
/// `None` (the argument was left out) is refused as `invalid_input`.
pub fn reverify(state: &AppState, passcode: Option<Input<String>>) -> CommandResult<()> {
    let passcode = passcode.ok_or_else(|| CommandError::invalid("current", "required"))?;
    let passcode = self::passcode(passcode, "current")?;
    state.with_vault(|v| Ok(v.reverify(&passcode)?))
}

#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> CommandResult<VaultStatus> {
    status_of(&state)
}

#[tauri::command]
pub async fn vault_create(
    state: State<'_, AppState>,
    passcode: Input<String>,
) -> CommandResult<()> {
    let passcode = self::passcode(passcode, "passcode")?;
    trygg::vault::check_passcode_strength(&passcode)?;
    // Calibrating takes about a second; run it off the main thread.
    let params = tauri::async_runtime::spawn_blocking(|| KdfParams::calibrate(KDF_TARGET))
        .await
        .map_err(|_| CommandError::internal())??;
    state.with_vault(|v| {
        v.create(&passcode, params)?;
        state.note_unlock();
        Ok(())
    })?;
    // The vault is made; failing to note it only means the flag is set at
    // the next start (status_of), so it does not fail the set-up.
    let _ = mark_set_up(&state);
    Ok(())
}

#[tauri::command]
pub async fn vault_unlock(
    state: State<'_, AppState>,
    passcode: Input<String>,
) -> CommandResult<()> {
    let passcode = self::passcode(passcode, "passcode")?;
    let hides = state.hide_count();
    state.with_vault(|v| {
        v.unlock(&passcode)?;
        // Focus lost, the system slept or the UI hid while the key was being
        // derived: whoever stands at the device now must not find it open.
        if state.hide_count() != hides {
            v.lock();
            return Err(CommandError::new(
                ErrorCode::UnlockInterrupted,
                "the app was hidden during the unlock",
            ));
        }
        state.note_unlock();
        Ok(())
    })
}

#[tauri::command]
pub fn vault_lock(state: State<'_, AppState>) -> CommandResult<()> {
    state.lock_vault();
    Ok(())
}

#[tauri::command]
pub async fn vault_change_passcode(
    state: State<'_, AppState>,
    old: Input<String>,
    next: Input<String>,
) -> CommandResult<()> {
    let old = passcode(old, "old")?;
    let next = passcode(next, "next")?;
    state.with_vault(|v| Ok(v.change_passcode(&old, &next)?))
}

#[derive(Serialize)]
pub struct SecurityInfo {
    pub attempt_limit: Option<u32>,
}

#[tauri::command]
pub fn vault_security_info(state: State<'_, AppState>) -> CommandResult<SecurityInfo> {
    state.with_vault(|v| {
        if !v.is_unlocked() {
            return Err(VaultError::Locked.into());
        }
        Ok(SecurityInfo {
            attempt_limit: v.attempt_status()?.limit,
        })
    })
}

/// Sets the duress code. `current` is the open workspace's passcode, checked
/// first as a counted attempt: without it this call would tell, with no
/// count and no wait, whether a guess equals the real passcode.
#[tauri::command]
pub async fn vault_set_duress(
    state: State<'_, AppState>,
    current: Option<Input<String>>,
    passcode: Input<String>,
    shred_real: Input<bool>,
) -> CommandResult<()> {
    let passcode = self::passcode(passcode, "passcode")?;
    let shred_real = shred_real.get()?;
    reverify(&state, current)?;
    state.with_vault(|v| Ok(v.set_duress(&passcode, shred_real)?))
}

#[tauri::command]
pub async fn vault_remove_duress(
    state: State<'_, AppState>,
    current: Option<Input<String>>,
) -> CommandResult<()> {
    reverify(&state, current)?;
    state.with_vault(|v| Ok(v.remove_duress()?))
}

/// Sets the self-wipe limit. Lowering it needs nothing more; turning it off
/// or raising it weakens the protection, so it needs `current`, the open
/// workspace's passcode, checked as a counted attempt.
#[tauri::command]
pub async fn vault_set_attempt_limit(
    state: State<'_, AppState>,
    limit: Input<Option<u32>>,
    current: Option<Input<String>>,
) -> CommandResult<()> {
    let limit = limit.get()?;
    if limit.is_some_and(|l| !trygg::settings::ATTEMPT_LIMIT_RANGE.contains(&l)) {
        return Err(CommandError::invalid("limit", "out_of_range"));
    }
    let now = state.with_vault(|v| {
        if !v.is_unlocked() {
            return Err(VaultError::Locked.into());
        }
        Ok(v.attempt_status()?.limit)
    })?;
    if weakens(now, limit) {
        reverify(&state, current)?;
    }
    state.with_vault(|v| Ok(v.set_attempt_limit(limit)?))
}

/// Whether going from limit `now` to `next` (`None` = off) weakens the wipe.
fn weakens(now: Option<u32>, next: Option<u32>) -> bool {
    match (now, next) {
        (_, None) => now.is_some(),
        (None, Some(_)) => false,
        (Some(a), Some(b)) => b > a,
    }
}

#[cfg(test)]
mod tests {
    use super::weakens;

    #[test]
    fn off_or_higher_weakens_the_wipe_lower_or_on_does_not() {
        assert!(weakens(Some(10), None));
        assert!(weakens(Some(10), Some(11)));
        assert!(!weakens(Some(10), Some(10)));
        assert!(!weakens(Some(10), Some(3)));
        assert!(!weakens(None, Some(50)));
        assert!(!weakens(None, None));
    }
}
