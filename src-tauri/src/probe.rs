//! The opt-in startup probe behind `scripts/bench-startup.sh`.
//!
//! With `TRYGG_STARTUP_PROBE=1` in the environment, the app measures the
//! time from process start to the first paint of its first screen (the
//! cover, or the set-up screen on first use), prints one line
//! `startup_ms=<float>` to stdout and exits. Without the variable nothing of
//! this runs: the page is never told to call [`probe_painted`], and the
//! command does nothing if it is called anyway.
//!
//! How it works: [`mark_start`] notes an [`Instant`] as the first thing in
//! [`crate::run`]; [`plugin`] adds an initialisation script that sets
//! `window.__TRYGG_PROBE__`; the UI (ui/src/lib/probe.ts), seeing the flag,
//! waits for the first screen and two animation frames (so that frame has
//! been painted), then calls [`probe_painted`].
//!
//! Why an `Instant` in `run` rather than the kernel's start time
//! (`/proc/self/stat` field 22): that field counts clock ticks (10 ms at
//! the usual 100 Hz), too coarse for a figure of a few hundred ms compared
//! within 15 %. The `Instant` is monotonic and precise, and misses only the
//! exec and dynamic linking before `main`, which are the same libraries
//! (GTK, WebKitGTK) for Trygg and for the bare shell in bench/bare-shell;
//! leaving that shared part out of both makes the Trygg/bare ratio, if
//! anything, stricter.

use crate::error::Input;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{AppHandle, Runtime};

/// Set to `1` to measure start-up once and exit.
pub const PROBE_ENV: &str = "TRYGG_STARTUP_PROBE";

static START: OnceLock<Instant> = OnceLock::new();

/// Notes the process start (the first call wins).
pub fn mark_start() {
    START.get_or_init(Instant::now);
}

/// True when the probe was asked for.
pub fn enabled() -> bool {
    std::env::var_os(PROBE_ENV).is_some_and(|v| v == "1")
}

/// Tells the page, before any of its scripts run, that the probe is on.
/// Registered only when [`enabled`].
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("trygg-probe")
        .js_init_script("window.__TRYGG_PROBE__ = true;")
        .build()
}

/// At most this many page marks are printed (the UI sends four).
const MAX_MARKS: usize = 8;

/// A mark's name as printed: short, lower-case letters and `_` only.
fn mark_name_ok(name: &str) -> bool {
    (1..=16).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// The page's marks as one line, `startup_page name=ms …` (ms since the
/// page's navigation began), sorted by time; anything malformed is left out.
pub fn page_line(marks: &BTreeMap<String, f64>) -> String {
    let mut ok: Vec<(&str, f64)> = marks
        .iter()
        .filter(|(k, v)| mark_name_ok(k) && v.is_finite() && **v >= 0.0)
        .map(|(k, v)| (k.as_str(), *v))
        .take(MAX_MARKS)
        .collect();
    ok.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut line = String::from("startup_page");
    for (k, v) in ok {
        line.push_str(&format!(" {k}={v:.1}"));
    }
    line
}

/// Called by the UI once its first screen has been painted: prints the
/// time since [`mark_start`] (and the page's own marks) and exits. Does
/// nothing unless [`enabled`], so a page cannot use it to close the app in
/// normal use.
#[tauri::command]
pub fn probe_painted<R: Runtime>(app: AppHandle<R>, marks: Option<Input<BTreeMap<String, f64>>>) {
    if !enabled() {
        return;
    }
    let Some(start) = START.get() else {
        return;
    };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let marks = marks.and_then(|m| m.get().ok()).unwrap_or_default();
    let mut out = std::io::stdout().lock();
    // Only durations are printed, never anything of the vault.
    let _ = writeln!(out, "startup_ms={ms:.1}");
    let _ = writeln!(out, "{}", page_line(&marks));
    let _ = out.flush();
    drop(out);
    app.exit(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_marks_print_in_time_order_and_only_well_formed_ones() {
        let mut m = BTreeMap::new();
        m.insert("painted".to_string(), 120.04);
        m.insert("script".to_string(), 12.0);
        m.insert("boot".to_string(), 30.55);
        m.insert("Bad Name".to_string(), 1.0);
        m.insert("negative".to_string(), -3.0);
        m.insert("nan".to_string(), f64::NAN);
        m.insert("x".repeat(17), 2.0);
        assert_eq!(
            page_line(&m),
            "startup_page script=12.0 boot=30.6 painted=120.0"
        );
        assert_eq!(page_line(&BTreeMap::new()), "startup_page");
    }
}
