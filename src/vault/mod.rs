//! The vault: Argon2id-derived KEK, wrapped DEK, AES-256-GCM sealed records
//! in SQLite. (Being built.)

pub mod record;

pub use record::{Record, RecordId, RecordKind};
