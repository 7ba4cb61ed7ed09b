//! Results of listing many records: one damaged record never hides the others.

use super::error::VaultError;
use super::record::{RecordId, RecordKind};
use zeroize::Zeroizing;

/// Records that opened, and records that did not, each with its own error.
/// Both lists are in record-ID order.
#[derive(Debug)]
pub struct Listing<T> {
    pub ok: Vec<(RecordId, T)>,
    pub damaged: Vec<DamagedRecord>,
}

impl<T> Default for Listing<T> {
    fn default() -> Self {
        Listing {
            ok: Vec::new(),
            damaged: Vec::new(),
        }
    }
}

impl<T> Listing<T> {
    /// Number of records seen, opened or not.
    pub fn len(&self) -> usize {
        self.ok.len() + self.damaged.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A stored record that could not be returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedRecord {
    /// `None` when the ID column itself is damaged.
    pub id: Option<RecordId>,
    /// `Tampered`, `Malformed`, `VersionMismatch`, `UnknownKind` or `Corrupt`.
    pub error: VaultError,
}

/// A record of any kind, as returned by [`super::Vault::list_all`].
#[derive(Debug)]
pub struct AnyRecord {
    pub kind: RecordKind,
    /// Format version the record was written with.
    pub version: u16,
    /// The decrypted plaintext, wiped on drop.
    pub plaintext: Zeroizing<Vec<u8>>,
}
