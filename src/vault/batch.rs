//! [`VaultTx`]: several record operations in one SQLite transaction, so the
//! domain can write or delete a case and its children atomically.

use super::error::VaultError;
use super::record::{Record, RecordId, RecordKind};
use super::records::{self, Session};
use super::{crypto, Listing};
use rusqlite::Transaction;
use zeroize::Zeroizing;

/// An open transaction on the unlocked workspace; see [`super::Vault::transaction`].
/// Dropped without commit (when the closure returns `Err`) it rolls back.
pub struct VaultTx<'a> {
    tx: Transaction<'a>,
    session: &'a Session,
    deleted: bool,
}

impl<'a> VaultTx<'a> {
    pub(crate) fn new(tx: Transaction<'a>, session: &'a Session) -> Self {
        VaultTx {
            tx,
            session,
            deleted: false,
        }
    }

    /// Commits; returns whether anything was deleted (the caller then checkpoints).
    pub(crate) fn commit(self) -> Result<bool, VaultError> {
        self.tx.commit()?;
        Ok(self.deleted)
    }

    /// See [`super::Vault::put`].
    pub fn put(
        &mut self,
        kind: RecordKind,
        id: &RecordId,
        plaintext: &[u8],
    ) -> Result<(), VaultError> {
        records::put(&self.tx, self.session, kind, id, 1, plaintext)
    }

    /// See [`super::Vault::put_versioned`].
    pub fn put_versioned(
        &mut self,
        kind: RecordKind,
        id: &RecordId,
        version: u16,
        plaintext: &[u8],
    ) -> Result<(), VaultError> {
        records::put(&self.tx, self.session, kind, id, version, plaintext)
    }

    /// See [`super::Vault::put_record`].
    pub fn put_record<T: Record>(&mut self, id: &RecordId, value: &T) -> Result<(), VaultError> {
        let json = records::to_json(id, value)?;
        records::put(&self.tx, self.session, T::KIND, id, T::VERSION, &json)
    }

    /// See [`super::Vault::get`]. Sees this transaction's own writes.
    pub fn get(&self, kind: RecordKind, id: &RecordId) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        Ok(records::get(&self.tx, self.session, kind, id)?.1)
    }

    /// See [`super::Vault::get_record`].
    pub fn get_record<T: Record>(&self, id: &RecordId) -> Result<T, VaultError> {
        let (version, bytes) = records::get(&self.tx, self.session, T::KIND, id)?;
        records::from_json(id, version, &bytes)
    }

    /// See [`super::Vault::list_records`].
    pub fn list_records<T: Record>(&self) -> Result<Listing<T>, VaultError> {
        Ok(records::parse_listing(records::list(
            &self.tx,
            self.session,
            Some(T::KIND),
        )?))
    }

    /// Records of `T::KIND` whose `K` view (a projection of `T`'s fields)
    /// passes `keep`, parsed whole; the rest are decrypted and their view
    /// read, but not parsed whole. Damaged records, and any whose view does
    /// not parse, are in `damaged`, as with [`Self::list_records`]. For
    /// relations that live only inside sealed records (a meeting's case).
    pub fn list_records_where<T: Record, K: serde::de::DeserializeOwned>(
        &self,
        keep: impl Fn(&K) -> bool,
    ) -> Result<Listing<T>, VaultError> {
        Ok(records::parse_listing_where(
            records::list(&self.tx, self.session, Some(T::KIND))?,
            keep,
        ))
    }

    /// See [`super::Vault::ids`]. Sees this transaction's own writes.
    pub fn ids(&self, kind: RecordKind) -> Result<Vec<RecordId>, VaultError> {
        records::ids(&self.tx, self.session, kind)
    }

    /// See [`super::Vault::delete`].
    pub fn delete(&mut self, kind: RecordKind, id: &RecordId) -> Result<bool, VaultError> {
        let deleted = records::delete(&self.tx, self.session, kind, id)?;
        self.deleted |= deleted;
        Ok(deleted)
    }

    /// See [`super::Vault::child_id`].
    pub fn child_id(&self, kind: RecordKind, parent: &RecordId) -> RecordId {
        crypto::child_id(&self.session.index_key, kind, parent)
    }
}
