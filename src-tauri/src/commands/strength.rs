//! The set-up screen's strength hint, by the same rule that refuses a weak
//! passcode when the vault is created or the passcode changed
//! (`trygg::vault::strength`), so the hint never promises what the shell
//! then refuses.

use crate::error::{CommandError, CommandResult, Input};
use trygg::vault::{assess_passcode, Strength};
use zeroize::Zeroizing;

/// Longest passcode assessed (the same bound as every passcode command).
const MAX_PASSCODE_CHARS: usize = 256;

/// `{ kind: "digits" | "phrase", score: 0-4, acceptable, reason }`, where
/// `reason` (too_short, repeat, sequence, keyboard, common, date,
/// guessable) is set exactly when the code would be refused. Nothing is
/// stored or logged; works locked and unlocked.
#[tauri::command]
pub async fn passcode_strength(passcode: Input<String>) -> CommandResult<Strength> {
    let passcode = Zeroizing::new(passcode.get()?);
    if passcode.chars().count() > MAX_PASSCODE_CHARS {
        return Err(CommandError::invalid("passcode", "too_long"));
    }
    Ok(assess_passcode(&passcode))
}
