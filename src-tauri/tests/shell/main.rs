//! The shell's tests through Tauri's mock runtime, one binary (each file a
//! module: Tauri and the app are linked once instead of once per file).

mod common;

mod backup_commands;
mod capabilities;
mod case_commands;
mod cover_commands;
mod data_dir;
mod guidance_commands;
mod reauth_commands;
mod review_commands;
mod strength_commands;
