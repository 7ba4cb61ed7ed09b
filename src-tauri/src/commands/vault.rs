//! Creating, unlocking and locking the vault; security settings.
//!
//! Passcodes arrive as strings and are moved into `Zeroizing` buffers at
//! once. (The IPC layer's own copies cannot be wiped; see the README.)

use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use serde::Serialize;
use std::time::Duration;
use tauri::State;
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
}

/// The cover's view of the vault: set up, unlocked, and any wait.
pub fn status_of(state: &AppState) -> CommandResult<VaultStatus> {
    state.with_vault(|v| {
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
        })
    })
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
    state.with_vault(|v| Ok(v.create(&passcode, params)?))?;
    state.note_unlock();
    Ok(())
}

#[tauri::command]
pub async fn vault_unlock(
    state: State<'_, AppState>,
    passcode: Input<String>,
) -> CommandResult<()> {
    let passcode = self::passcode(passcode, "passcode")?;
    state.with_vault(|v| Ok(v.unlock(&passcode)?))?;
    state.note_unlock();
    Ok(())
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

#[tauri::command]
pub async fn vault_set_duress(
    state: State<'_, AppState>,
    passcode: Input<String>,
    shred_real: Input<bool>,
) -> CommandResult<()> {
    let passcode = self::passcode(passcode, "passcode")?;
    let shred_real = shred_real.get()?;
    state.with_vault(|v| Ok(v.set_duress(&passcode, shred_real)?))
}

#[tauri::command]
pub fn vault_remove_duress(state: State<'_, AppState>) -> CommandResult<()> {
    state.with_vault(|v| Ok(v.remove_duress()?))
}

/// Limits a practitioner may choose for the self-wipe; `None` turns it off.
const ATTEMPT_LIMIT_RANGE: std::ops::RangeInclusive<u32> = 3..=50;

#[tauri::command]
pub fn vault_set_attempt_limit(
    state: State<'_, AppState>,
    limit: Input<Option<u32>>,
) -> CommandResult<()> {
    let limit = limit.get()?;
    if limit.is_some_and(|l| !ATTEMPT_LIMIT_RANGE.contains(&l)) {
        return Err(CommandError::invalid("limit", "out_of_range"));
    }
    state.with_vault(|v| Ok(v.set_attempt_limit(limit)?))
}
