//! The vault: records sealed with AES-256-GCM under a random data key (DEK),
//! the DEK wrapped by a key derived from the passcode with Argon2id, all in
//! one SQLite file.
//!
//! Scheme in short (full write-up: docs/security-vault.md):
//! - passcode → Argon2id (random 16-byte salt, calibrated cost, floor
//!   m = 19 MiB, t = 2, p = 1) → 32-byte KEK;
//! - two keyslots, each AES-256-GCM(KEK, AD = "trygg/keyslot/v1" ‖ slot)
//!   over (flags, workspace id, DEK): the real one, and either a duress
//!   slot or random bytes. One KDF run tries both;
//! - each record: AES-256-GCM(DEK, fresh 96-bit nonce, AD = workspace ‖ kind
//!   ‖ id ‖ version), stored with only random IDs, kind and version in clear;
//! - child IDs: HMAC-SHA256 under an HKDF-derived index key, so a case's
//!   crisis plan is found without a plaintext link;
//! - failed attempts counted durably before the KDF runs; back-off from the
//!   fifth failure; crypto-shred after a configurable limit.
//!
//! Typical use:
//! ```no_run
//! use trygg::vault::{KdfParams, Vault, VaultOptions, RecordKind};
//! # fn main() -> Result<(), trygg::vault::VaultError> {
//! let mut v = Vault::open("/path/vault.db", VaultOptions::default())?;
//! if !v.is_initialised()? {
//!     v.create("4711 0815 42", KdfParams::calibrate(std::time::Duration::from_millis(700))?)?;
//! } else {
//!     v.unlock("4711 0815 42")?;
//! }
//! let id = Vault::new_id()?;
//! v.put(RecordKind::Case, &id, br#"{"alias":"A"}"#)?;
//! let plan_id = v.child_id(RecordKind::CrisisPlan, &id)?;
//! # let _ = plan_id;
//! v.lock();
//! # Ok(()) }
//! ```

mod attempts;
mod batch;
mod clock;
mod crypto;
mod error;
mod kdf;
mod listing;
pub mod record;
mod records;
mod schema;
mod store;
pub mod strength;

pub use attempts::{backoff_after, AttemptStatus, DEFAULT_ATTEMPT_LIMIT, FREE_ATTEMPTS};
pub use batch::VaultTx;
pub use clock::{Clock, ManualClock, MonotonicClock};
pub use error::VaultError;
pub use kdf::{check_passcode_strength, KdfCap, KdfParams};
pub(crate) use kdf::{derive_kek, SALT_LEN};
pub use listing::{AnyRecord, DamagedRecord, Listing};
pub use record::{Record, RecordId, RecordKind};
pub use records::MAX_RECORD_BYTES;
pub use store::{Vault, VaultOptions};
pub use strength::{
    assess_backup_passphrase, assess_passcode, Strength, WeakReason, MIN_PASSPHRASE_CHARS,
    MIN_PIN_DIGITS,
};

/// Parses a kind name received over IPC; `UnknownKind` otherwise.
pub fn parse_kind(s: &str) -> Result<RecordKind, VaultError> {
    RecordKind::parse(s).ok_or(VaultError::UnknownKind)
}
