//! Declares the shell's one command so its capability can grant it.

const COMMANDS: &[&str] = &["probe_painted"];

fn main() -> Result<(), String> {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .map_err(|e| format!("tauri build step failed: {e:#}"))
}
