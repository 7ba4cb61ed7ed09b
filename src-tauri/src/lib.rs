//! Trygg's Tauri shell. (Being built.)

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("trygg: could not start: {e}");
        std::process::exit(1);
    }
}
