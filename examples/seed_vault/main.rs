//! Seeds a data folder with a vault of N made-up cases, for the memory and
//! start-up budgets (scripts/bench-memory.sh, scripts/bench-startup.sh).
//!
//! ```text
//! cargo run --release -p trygg --example seed_vault -- <dir> <passcode> 1000
//! ```
//!
//! Writes `<dir>/store.db` the way the app does (src-tauri: `vault_create`
//! calibrates Argon2id to about 0.7 s on this machine, then the case book
//! saves each part in its own transaction) and `<dir>/prefs.json` with the
//! default settings (the calculator cover). Every case gets a filled-in
//! crisis plan, a contact agreement and one meeting with the sheet's
//! checklist, so listing and opening cases cost what they would in use.
//!
//! Only for benchmarks: the passcode is given on the command line, and all
//! content is invented. Refuses to touch a folder that already has a vault.

mod fill;

use chrono::NaiveDate;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use trygg::guidance::catalogue;
use trygg::settings::Settings;
use trygg::vault::{KdfParams, Vault, VaultOptions};

/// What the app's `vault_create` aims for (src-tauri/src/commands/vault.rs).
const KDF_TARGET: Duration = Duration::from_millis(700);
/// The names the app gives its files (src-tauri/src/state.rs).
const VAULT_FILE: &str = "store.db";
const SETTINGS_FILE: &str = "prefs.json";

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, passcode, count] = args.as_slice() else {
        return Err("usage: seed_vault <dir> <passcode> <cases>".into());
    };
    let dir = PathBuf::from(dir);
    let count: usize = count.parse()?;
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(VAULT_FILE);
    if path.exists() {
        return Err(format!("{} already holds a vault", dir.display()).into());
    }

    let started = Instant::now();
    let params = KdfParams::calibrate(KDF_TARGET)?;
    let mut vault = Vault::open(&path, VaultOptions::default())?;
    vault.create(passcode, params)?;
    Settings::default().save(&dir.join(SETTINGS_FILE))?;

    let cat = catalogue();
    let first = NaiveDate::from_ymd_opt(2025, 1, 6).ok_or("bad date")?;
    for i in 0..count {
        fill::case(&mut vault, &cat, i, first, 1)?;
    }
    vault.close()?;
    eprintln!(
        "seed_vault: {count} cases in {:.1} s (Argon2id m={} KiB, t={})",
        started.elapsed().as_secs_f64(),
        params.m_kib,
        params.t_cost
    );
    Ok(())
}
