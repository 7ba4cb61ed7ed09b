//! The physical reference for Trygg's start-up and memory budgets: a Tauri
//! shell with the same Tauri version, window size and CSP as Trygg, an empty
//! page, and the same start-up probe (see src-tauri/src/probe.rs). With
//! `TRYGG_STARTUP_PROBE=1` it prints `startup_ms=<float>` once the page's
//! first frame is painted and exits; without it, it just shows the empty
//! page (what scripts/bench-memory.sh measures).

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{AppHandle, Runtime};

const PROBE_ENV: &str = "TRYGG_STARTUP_PROBE";

static START: OnceLock<Instant> = OnceLock::new();

fn enabled() -> bool {
    std::env::var_os(PROBE_ENV).is_some_and(|v| v == "1")
}

fn probe_plugin<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("bare-probe")
        .js_init_script("window.__TRYGG_PROBE__ = true;")
        .build()
}

/// The page's `painted` mark: ms from its navigation start to the painted
/// frame, as Trygg's probe reports it (so the bench can split the native
/// start from the page's part). Anything malformed is left out.
#[derive(serde::Deserialize)]
struct Marks {
    painted: f64,
}

/// Prints the time since start (and the page's mark) and exits; a no-op
/// unless the probe is on.
#[tauri::command]
fn probe_painted<R: Runtime>(app: AppHandle<R>, marks: Option<serde_json::Value>) {
    if !enabled() {
        return;
    }
    let Some(start) = START.get() else {
        return;
    };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let painted = marks
        .and_then(|m| serde_json::from_value::<Marks>(m).ok())
        .map(|m| m.painted)
        .filter(|p| p.is_finite() && *p >= 0.0);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "startup_ms={ms:.1}");
    match painted {
        Some(p) => {
            let _ = writeln!(out, "startup_page painted={p:.1}");
        }
        None => {
            let _ = writeln!(out, "startup_page");
        }
    }
    let _ = out.flush();
    drop(out);
    app.exit(0);
}

fn main() {
    START.get_or_init(Instant::now);
    let builder = tauri::Builder::default();
    let builder = if enabled() {
        builder.plugin(probe_plugin())
    } else {
        builder
    };
    let result = builder
        .invoke_handler(tauri::generate_handler![probe_painted])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("bare-shell: could not start: {e}");
        std::process::exit(1);
    }
}
