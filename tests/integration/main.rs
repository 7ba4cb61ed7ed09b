//! The core's integration tests, one binary (each file a module: linking
//! the crate once instead of once per file). `cargo test -p trygg --test
//! integration <module>::` runs one file's tests.

mod fuzz_support;
mod vault_support;

mod backup;
mod casebook;
mod data_dir_lock;
mod domain_validation;
mod fuzz_backup;
mod fuzz_records;
mod fuzz_review_import;
mod fuzz_settings;
mod fuzz_vault_header;
mod guidance_catalogue;
mod i18n_locales;
mod i18n_review;
mod vault_api;
mod vault_attempts;
mod vault_crash;
mod vault_duress;
mod vault_tamper;
