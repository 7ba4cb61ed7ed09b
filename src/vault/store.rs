//! [`Vault`]: unlocking, passcode and duress management, attempt limits and
//! the record API.

use super::attempts::{backoff_after, ceil_secs, AttemptStatus, DEFAULT_ATTEMPT_LIMIT};
use super::batch::VaultTx;
use super::clock::{Clock, MonotonicClock};
use super::crypto::{
    self, SlotPayload, WrappedSlot, FLAG_DECOY, FLAG_HAS_DURESS, FLAG_SHRED_REAL, NONCE_LEN,
    WRAPPED_LEN,
};
use super::error::VaultError;
use super::kdf::{check_passcode_strength, derive_kek, KdfCap, KdfParams, SALT_LEN};
use super::listing::{AnyRecord, Listing};
use super::record::{Record, RecordId, RecordKind};
use super::records::{self, Session};
use super::schema;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use zeroize::Zeroizing;

/// Number of keyslots. Always two, so the file does not show whether a
/// duress passcode is set.
const SLOTS: u8 = 2;

/// How a vault is opened.
#[derive(Clone)]
pub struct VaultOptions {
    /// Monotonic clock for back-off waits. Tests inject a [`super::ManualClock`].
    pub clock: Arc<dyn Clock>,
    /// Largest KDF parameters accepted from the file (and at `create`).
    pub kdf_cap: KdfCap,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            clock: Arc::new(MonotonicClock::new()),
            kdf_cap: KdfCap::default(),
        }
    }
}

impl std::fmt::Debug for VaultOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultOptions")
            .field("kdf_cap", &self.kdf_cap)
            .finish_non_exhaustive()
    }
}

/// The KDF header as read from the file.
struct Header {
    salt: [u8; SALT_LEN],
    params: KdfParams,
    slots: Vec<(u8, [u8; NONCE_LEN], Vec<u8>)>,
}

/// Which keyslots an attempt may open.
#[derive(Clone, Copy)]
enum Target {
    /// Unlock: any slot (real or duress).
    Any,
    /// Re-verifying the passcode of the open workspace.
    Slot(u8),
}

/// A passcode that opened a slot.
struct Opened {
    slot: u8,
    payload: SlotPayload,
    kek: Zeroizing<[u8; 32]>,
    header: Header,
}

/// An encrypted store of records in one SQLite file.
///
/// Lifecycle: [`Vault::open`] → [`Vault::create`] (first run; leaves the
/// vault unlocked) or [`Vault::unlock`] → record calls → [`Vault::lock`] /
/// [`Vault::close`]. While locked only [`Vault::attempt_status`],
/// [`Vault::is_initialised`], [`Vault::check_integrity`] and unlock/create
/// work; everything else returns [`VaultError::Locked`].
///
/// `unlock` behaves the same for the real and the duress passcode: the
/// caller cannot tell (and so cannot show) which workspace is open.
///
/// Every write is one SQLite transaction, durable (WAL fsynced) when the call
/// returns. `Vault` is `Send` but not `Sync`; the shell holds it in a mutex.
pub struct Vault {
    conn: Connection,
    clock: Arc<dyn Clock>,
    kdf_cap: KdfCap,
    session: Option<Session>,
    /// Monotonic time from which the current back-off wait is measured: the
    /// last failure, or the moment the vault was opened.
    backoff_anchor: Duration,
    /// This instance shredded the vault after the failure limit.
    wiped: bool,
}

impl Vault {
    /// Opens (or creates an empty) vault file. Does not unlock.
    ///
    /// A pending back-off wait restarts in full from now, because monotonic
    /// time does not survive a restart and wall time can be changed. If the
    /// failure limit was already reached (the app was killed during the
    /// attempt that reached it), the vault is shredded here.
    pub fn open(path: impl AsRef<Path>, options: VaultOptions) -> Result<Vault, VaultError> {
        let conn = schema::open_connection(path.as_ref())?;
        let now = options.clock.now();
        let mut vault = Vault {
            conn,
            clock: options.clock,
            kdf_cap: options.kdf_cap,
            session: None,
            backoff_anchor: now,
            wiped: false,
        };
        if vault.read_header()?.is_none() {
            vault.finish_interrupted_shred()?;
        } else {
            let (failures, limit) = vault.read_attempts()?;
            if limit.is_some_and(|l| failures >= l) {
                vault.shred_all()?;
            }
        }
        Ok(vault)
    }

    /// True once [`Vault::create`] has run (and no wipe has happened since).
    pub fn is_initialised(&self) -> Result<bool, VaultError> {
        Ok(self.read_header_row()?.is_some())
    }

    /// True while a workspace is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.session.is_some()
    }

    /// Sets up a new vault with `passcode` and leaves it unlocked. `params`
    /// usually comes from [`KdfParams::calibrate`]; it must meet the floor
    /// and the cap. The attempt limit starts at 10.
    pub fn create(&mut self, passcode: &str, params: KdfParams) -> Result<(), VaultError> {
        if self.is_initialised()? {
            return Err(VaultError::AlreadyInitialised);
        }
        check_passcode_strength(passcode)?;
        self.kdf_cap.check(&params)?;
        let salt = crypto::random_bytes::<SALT_LEN>()?;
        let kek = derive_kek(passcode, &salt, &params)?;
        let payload = SlotPayload {
            flags: 0,
            workspace: crypto::random_bytes()?,
            dek: crypto::random_key()?,
        };
        // The real slot's position is random, so neither slot number means "real".
        let slot = crypto::random_bytes::<1>()?[0] & 1;
        let mut slots = [crypto::dummy_slot()?, crypto::dummy_slot()?];
        slots[usize::from(slot)] = crypto::wrap_slot(&kek, slot, &payload)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Leftovers of an earlier vault (e.g. a decoy's rows) go first.
        tx.execute_batch("DELETE FROM record; DELETE FROM keyslot; DELETE FROM attempts;")?;
        write_header(&tx, &salt, &params, &slots)?;
        tx.execute(
            "INSERT INTO attempts (id, failures, attempt_limit) VALUES (1, 0, ?1)",
            params![DEFAULT_ATTEMPT_LIMIT],
        )?;
        tx.commit()?;
        self.wiped = false;
        self.session = Some(session_from(payload, slot, kek)?);
        Ok(())
    }

    /// Unlocks with the real or the duress passcode.
    ///
    /// Errors: `Backoff` during a wait (nothing is counted, the KDF does not
    /// run); `WrongPasscode` with attempts left and the next wait; `Wiped`
    /// when this failure reached the limit and the vault shredded itself;
    /// `Corrupt`/`KdfParamsRejected` for a damaged header (not counted).
    pub fn unlock(&mut self, passcode: &str) -> Result<(), VaultError> {
        self.session = None;
        let opened = self.attempt(passcode, Target::Any)?;
        if opened.payload.flags & FLAG_DECOY != 0 && opened.payload.flags & FLAG_SHRED_REAL != 0 {
            self.shred_real(&opened)?;
        }
        self.session = Some(session_from(opened.payload, opened.slot, opened.kek)?);
        Ok(())
    }

    /// Asks for the open workspace's passcode again before a sensitive
    /// action (export, a replacing restore, weaker wipe settings, duress or
    /// passcode changes), so nobody at an unlocked device can take the cases
    /// away without the code. Checked exactly like an unlock attempt: back-off,
    /// durable count before the KDF, wipe at the limit. Only the open
    /// workspace's own slot can pass (in the decoy, the decoy's passcode).
    pub fn reverify(&mut self, passcode: &str) -> Result<(), VaultError> {
        let own_slot = self.session()?.slot;
        self.attempt(passcode, Target::Slot(own_slot)).map(|_| ())
    }

    /// Drops and zeroises all key material, then empties the WAL. Always
    /// succeeds from the caller's point of view: a failed checkpoint is
    /// retried at the next lock or close.
    pub fn lock(&mut self) {
        self.session = None;
        let _ = schema::checkpoint(&self.conn);
    }

    /// Locks and closes the file, checkpointing the WAL.
    pub fn close(mut self) -> Result<(), VaultError> {
        self.session = None;
        schema::checkpoint(&self.conn)
    }

    /// Failure count, limit and current wait. Works while locked.
    pub fn attempt_status(&self) -> Result<AttemptStatus, VaultError> {
        if !self.is_initialised()? {
            return Err(VaultError::NotInitialised);
        }
        let (failures, limit) = self.read_attempts()?;
        Ok(AttemptStatus {
            failures,
            limit,
            retry_after_secs: self.retry_after_secs(failures),
        })
    }

    /// Sets the number of failures after which the vault wipes itself
    /// (`None` = never). Needs the vault unlocked; `Some(0)` is refused.
    pub fn set_attempt_limit(&mut self, limit: Option<u32>) -> Result<(), VaultError> {
        self.session()?;
        if limit == Some(0) {
            return Err(VaultError::InvalidLimit);
        }
        self.conn.execute(
            "UPDATE attempts SET attempt_limit = ?1 WHERE id = 1",
            params![limit],
        )?;
        Ok(())
    }

    /// Replaces the passcode of the open workspace. Records are untouched;
    /// only the keyslot is re-wrapped.
    ///
    /// `old` is checked like an unlock attempt (back-off, counting, limit).
    /// A new salt is drawn when no duress slot exists. With a duress slot the
    /// salt is kept, because both slots share one salt (one KDF run tries
    /// both) and the duress slot cannot be re-wrapped without its passcode.
    /// In the decoy workspace the salt is likewise kept.
    pub fn change_passcode(&mut self, old: &str, new: &str) -> Result<(), VaultError> {
        let own_slot = self.session()?.slot;
        check_passcode_strength(new)?;
        let opened = self.attempt(old, Target::Slot(own_slot))?;
        let session = self.session()?;
        let keep_salt = session.is_decoy() || session.flags & FLAG_HAS_DURESS != 0;
        let header = opened.header;
        let other = 1 - own_slot;
        let (salt, new_kek, other_slot) = if keep_salt {
            let kek = derive_kek(new, &header.salt, &header.params)?;
            let (_, nonce, wrapped) = slot_of(&header, other)?;
            // In the real workspace, refuse the duress passcode. In the decoy
            // this check would be an oracle for the real passcode, so it is
            // not made there (see docs/security-vault.md).
            if !session.is_decoy() && crypto::unwrap_slot(&kek, other, nonce, wrapped).is_some() {
                return Err(VaultError::PasscodeReused);
            }
            let kept = WrappedSlot {
                nonce: *nonce,
                wrapped: wrapped.clone(),
            };
            (header.salt, kek, kept)
        } else {
            let salt = crypto::random_bytes::<SALT_LEN>()?;
            (
                salt,
                derive_kek(new, &salt, &header.params)?,
                crypto::dummy_slot()?,
            )
        };
        let own = crypto::wrap_slot(&new_kek, own_slot, &opened.payload)?;
        let mut slots = [crypto::dummy_slot()?, crypto::dummy_slot()?];
        slots[usize::from(own_slot)] = own;
        slots[usize::from(other)] = other_slot;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_header(&tx, &salt, &header.params, &slots)?;
        tx.commit()?;
        if let Some(s) = self.session.as_mut() {
            s.kek = new_kek;
        }
        let _ = schema::checkpoint(&self.conn);
        Ok(())
    }

    /// Sets (or replaces) the duress passcode, which opens a new, empty
    /// decoy workspace. With `shred_real`, using it also silently shreds the
    /// real workspace. Replacing an existing duress passcode discards the old
    /// decoy's records. Only from the real workspace; the passcode must meet
    /// the policy and differ from the real one.
    pub fn set_duress(&mut self, passcode: &str, shred_real: bool) -> Result<(), VaultError> {
        let session = self.session()?;
        if session.is_decoy() {
            return Err(VaultError::DuressUnavailable);
        }
        check_passcode_strength(passcode)?;
        let header = self.read_header()?.ok_or(VaultError::NotInitialised)?;
        let own_slot = session.slot;
        let kek = derive_kek(passcode, &header.salt, &header.params)?;
        let (_, nonce, wrapped) = slot_of(&header, own_slot)?;
        if crypto::unwrap_slot(&kek, own_slot, nonce, wrapped).is_some() {
            return Err(VaultError::PasscodeReused);
        }
        let decoy = SlotPayload {
            flags: FLAG_DECOY | if shred_real { FLAG_SHRED_REAL } else { 0 },
            workspace: crypto::random_bytes()?,
            dek: crypto::random_key()?,
        };
        let other = 1 - own_slot;
        let decoy_slot = crypto::wrap_slot(&kek, other, &decoy)?;
        self.rewrite_slots(header, decoy_slot, FLAG_HAS_DURESS)
    }

    /// Removes the duress passcode and deletes the decoy's records. Only
    /// from the real workspace.
    pub fn remove_duress(&mut self) -> Result<(), VaultError> {
        if self.session()?.is_decoy() {
            return Err(VaultError::DuressUnavailable);
        }
        let header = self.read_header()?.ok_or(VaultError::NotInitialised)?;
        self.rewrite_slots(header, crypto::dummy_slot()?, 0)
    }

    /// Checks the whole file with `PRAGMA integrity_check`. Works while locked.
    pub fn check_integrity(&self) -> Result<(), VaultError> {
        let first: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if first == "ok" {
            Ok(())
        } else {
            Err(VaultError::Corrupt)
        }
    }

    /// A fresh random record ID.
    pub fn new_id() -> Result<RecordId, VaultError> {
        Ok(RecordId(crypto::random_bytes()?))
    }

    /// The deterministic ID of the `kind` child of `parent` (e.g. the one
    /// crisis plan of a case): HMAC-SHA256 under a key derived from the DEK,
    /// truncated to 16 bytes. Looks random without the key, so the file holds
    /// no link between a case and its plan.
    pub fn child_id(&self, kind: RecordKind, parent: &RecordId) -> Result<RecordId, VaultError> {
        Ok(crypto::child_id(&self.session()?.index_key, kind, parent))
    }

    /// Stores `plaintext` (format version 1) under (`kind`, `id`), replacing
    /// any previous value. Durable when it returns.
    pub fn put(
        &mut self,
        kind: RecordKind,
        id: &RecordId,
        plaintext: &[u8],
    ) -> Result<(), VaultError> {
        self.put_versioned(kind, id, 1, plaintext)
    }

    /// Like [`Vault::put`] with an explicit format version (bound into the AD).
    pub fn put_versioned(
        &mut self,
        kind: RecordKind,
        id: &RecordId,
        version: u16,
        plaintext: &[u8],
    ) -> Result<(), VaultError> {
        let s = self.session()?;
        records::put(&self.conn, s, kind, id, version, plaintext)
    }

    /// The plaintext of one record. `NotFound`, or `Tampered` if it fails
    /// authentication.
    pub fn get(&self, kind: RecordKind, id: &RecordId) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        Ok(self.get_versioned(kind, id)?.1)
    }

    /// The format version and plaintext of one record.
    pub fn get_versioned(
        &self,
        kind: RecordKind,
        id: &RecordId,
    ) -> Result<(u16, Zeroizing<Vec<u8>>), VaultError> {
        records::get(&self.conn, self.session()?, kind, id)
    }

    /// Deletes one record; `false` if there was none. The WAL is then
    /// checkpointed so the old ciphertext does not linger.
    pub fn delete(&mut self, kind: RecordKind, id: &RecordId) -> Result<bool, VaultError> {
        let deleted = records::delete(&self.conn, self.session()?, kind, id)?;
        let _ = schema::checkpoint(&self.conn);
        Ok(deleted)
    }

    /// IDs of all records of `kind`, without decrypting anything.
    pub fn ids(&self, kind: RecordKind) -> Result<Vec<RecordId>, VaultError> {
        records::ids(&self.conn, self.session()?, kind)
    }

    /// Every record of `kind`: opened ones in `ok`, damaged ones in `damaged`.
    pub fn list(&self, kind: RecordKind) -> Result<Listing<Zeroizing<Vec<u8>>>, VaultError> {
        let all = records::list(&self.conn, self.session()?, Some(kind))?;
        Ok(Listing {
            ok: all
                .ok
                .into_iter()
                .map(|(id, r)| (id, r.plaintext))
                .collect(),
            damaged: all.damaged,
        })
    }

    /// Every record of every kind in the open workspace, with its kind and
    /// format version. Rows with a kind this version does not know are
    /// reported as `UnknownKind` in `damaged`.
    pub fn list_all(&self) -> Result<Listing<AnyRecord>, VaultError> {
        records::list(&self.conn, self.session()?, None)
    }

    /// Stores several records in one transaction: all or none.
    pub fn put_many(&mut self, items: &[(RecordKind, RecordId, &[u8])]) -> Result<(), VaultError> {
        self.transaction(|tx| {
            for (kind, id, bytes) in items {
                tx.put(*kind, id, bytes)?;
            }
            Ok(())
        })
    }

    /// Deletes several records in one transaction; returns how many existed.
    pub fn delete_many(&mut self, items: &[(RecordKind, RecordId)]) -> Result<usize, VaultError> {
        self.transaction(|tx| {
            let mut n = 0;
            for (kind, id) in items {
                n += usize::from(tx.delete(*kind, id)?);
            }
            Ok(n)
        })
    }

    /// Runs `f` in one transaction. If `f` returns `Err`, nothing it did is
    /// kept. Committed (durably) only when `f` returns `Ok`.
    pub fn transaction<R>(
        &mut self,
        f: impl FnOnce(&mut VaultTx<'_>) -> Result<R, VaultError>,
    ) -> Result<R, VaultError> {
        let session = self.session.as_ref().ok_or(VaultError::Locked)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut vtx = VaultTx::new(tx, session);
        let out = f(&mut vtx)?;
        let deleted = vtx.commit()?;
        if deleted {
            let _ = schema::checkpoint(&self.conn);
        }
        Ok(out)
    }

    /// Lets the file grow by only `extra_pages` more pages, as a full disk
    /// would (tests of full-disk handling elsewhere in the crate).
    #[cfg(test)]
    pub(crate) fn limit_growth_for_test(&self, extra_pages: i64) {
        let pages: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap_or(0);
        let _ = self.conn.query_row(
            &format!("PRAGMA max_page_count = {}", pages + extra_pages),
            [],
            |r| r.get::<_, i64>(0),
        );
    }

    /// Serialises `value` as JSON and stores it under (`T::KIND`, `id`) with
    /// format version `T::VERSION`.
    pub fn put_record<T: Record>(&mut self, id: &RecordId, value: &T) -> Result<(), VaultError> {
        let json = records::to_json(id, value)?;
        self.put_versioned(T::KIND, id, T::VERSION, &json)
    }

    /// Reads and parses one record. `Malformed` if the plaintext is not
    /// valid JSON for `T`, `VersionMismatch` for another format version.
    pub fn get_record<T: Record>(&self, id: &RecordId) -> Result<T, VaultError> {
        let (version, bytes) = self.get_versioned(T::KIND, id)?;
        records::from_json(id, version, &bytes)
    }

    /// Every record of `T::KIND`, parsed; unparseable ones go to `damaged`.
    pub fn list_records<T: Record>(&self) -> Result<Listing<T>, VaultError> {
        Ok(records::parse_listing(records::list(
            &self.conn,
            self.session()?,
            Some(T::KIND),
        )?))
    }

    // ---- internals ----

    fn session(&self) -> Result<&Session, VaultError> {
        self.session.as_ref().ok_or(VaultError::Locked)
    }

    fn retry_after_secs(&self, failures: u32) -> u64 {
        let waited = self.clock.now().saturating_sub(self.backoff_anchor);
        ceil_secs(backoff_after(failures).saturating_sub(waited))
    }

    /// One passcode attempt: limit and back-off checks, durable count, one
    /// KDF run tried against every allowed slot, then reset or failure.
    fn attempt(&mut self, passcode: &str, target: Target) -> Result<Opened, VaultError> {
        let Some(header) = self.read_header()? else {
            return Err(if self.wiped {
                VaultError::Wiped
            } else {
                VaultError::NotInitialised
            });
        };
        let (failures, limit) = self.read_attempts()?;
        if limit.is_some_and(|l| failures >= l) {
            self.shred_all()?;
            return Err(VaultError::Wiped);
        }
        let retry_after_secs = self.retry_after_secs(failures);
        if retry_after_secs > 0 {
            return Err(VaultError::Backoff { retry_after_secs });
        }
        // Count first, durably: killing the app during the KDF cannot undo it.
        self.conn.execute(
            "UPDATE attempts SET failures = failures + 1 WHERE id = 1",
            [],
        )?;
        // And into the main file, not only the WAL: deleting `-wal` after a
        // kill must not give the guess back. No KDF unless that worked.
        schema::checkpoint_durable(&self.conn)?;
        let failures = failures.saturating_add(1);

        let kek = derive_kek(passcode, &header.salt, &header.params)?;
        // Try every slot so the work is the same whichever passcode was used.
        let mut chosen: Option<(u8, SlotPayload)> = None;
        for (slot, nonce, wrapped) in &header.slots {
            let allowed = match target {
                Target::Any => true,
                Target::Slot(s) => s == *slot,
            };
            if let Some(p) = crypto::unwrap_slot(&kek, *slot, nonce, wrapped) {
                // If both open (the decoy was given the real passcode), the
                // decoy wins, so the decoy cannot be used to probe the real one.
                let better = match &chosen {
                    None => true,
                    Some((_, c)) => c.flags & FLAG_DECOY == 0 && p.flags & FLAG_DECOY != 0,
                };
                if allowed && better {
                    chosen = Some((*slot, p));
                }
            }
        }
        match chosen {
            Some((slot, payload)) => {
                self.conn
                    .execute("UPDATE attempts SET failures = 0 WHERE id = 1", [])?;
                Ok(Opened {
                    slot,
                    payload,
                    kek,
                    header,
                })
            }
            None => {
                self.backoff_anchor = self.clock.now();
                if limit.is_some_and(|l| failures >= l) {
                    self.shred_all()?;
                    return Err(VaultError::Wiped);
                }
                Err(VaultError::WrongPasscode {
                    attempts_left: limit.map(|l| l.saturating_sub(failures)),
                    retry_after_secs: backoff_after(failures).as_secs(),
                })
            }
        }
    }

    fn read_header_row(&self) -> Result<Option<HeaderRow>, VaultError> {
        Ok(self
            .conn
            .query_row(
                "SELECT kdf_salt, kdf_m, kdf_t, kdf_p, digest FROM header WHERE id = 1",
                [],
                |r| {
                    Ok(HeaderRow {
                        salt: r.get(0)?,
                        m: r.get(1)?,
                        t: r.get(2)?,
                        p: r.get(3)?,
                        digest: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Reads and validates header and keyslots: shapes, checksum, then the
    /// KDF floor and cap. `None` when the vault is not initialised.
    fn read_header(&self) -> Result<Option<Header>, VaultError> {
        let Some(row) = self.read_header_row()? else {
            return Ok(None);
        };
        let salt: [u8; SALT_LEN] = row
            .salt
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::Corrupt)?;
        let to_u32 = |v: i64| u32::try_from(v).map_err(|_| VaultError::KdfParamsRejected);
        let params = KdfParams {
            m_kib: to_u32(row.m)?,
            t_cost: to_u32(row.t)?,
            p_cost: to_u32(row.p)?,
        };
        // Cap before anything else: a planted header must never reach the KDF.
        self.kdf_cap.check(&params)?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT slot, nonce, wrapped FROM keyslot ORDER BY slot")?;
        let mut rows = stmt.query([])?;
        let mut slots = Vec::with_capacity(usize::from(SLOTS));
        while let Some(r) = rows.next()? {
            let slot: i64 = r.get(0)?;
            let nonce: Vec<u8> = r.get(1)?;
            let wrapped: Vec<u8> = r.get(2)?;
            let slot = u8::try_from(slot).map_err(|_| VaultError::Corrupt)?;
            let nonce: [u8; NONCE_LEN] = nonce
                .as_slice()
                .try_into()
                .map_err(|_| VaultError::Corrupt)?;
            if usize::from(slot) != slots.len() || wrapped.len() != WRAPPED_LEN {
                return Err(VaultError::Corrupt);
            }
            slots.push((slot, nonce, wrapped));
        }
        if slots.len() != usize::from(SLOTS) {
            return Err(VaultError::Corrupt);
        }
        let slot_refs: Vec<(u8, &[u8], &[u8])> = slots
            .iter()
            .map(|(s, n, w)| (*s, &n[..], w.as_slice()))
            .collect();
        let digest = crypto::header_digest(
            &salt,
            params.m_kib,
            params.t_cost,
            params.p_cost,
            &slot_refs,
        );
        if row.digest.as_slice() != digest.as_slice() {
            return Err(VaultError::Corrupt);
        }
        Ok(Some(Header {
            salt,
            params,
            slots,
        }))
    }

    fn read_attempts(&self) -> Result<(u32, Option<u32>), VaultError> {
        let (failures, limit): (i64, Option<i64>) = self
            .conn
            .query_row(
                "SELECT failures, attempt_limit FROM attempts WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(VaultError::Corrupt)?;
        let failures = u32::try_from(failures.max(0)).unwrap_or(u32::MAX);
        let limit = match limit {
            None => None,
            Some(l) if l >= 1 => Some(u32::try_from(l).unwrap_or(u32::MAX)),
            Some(_) => return Err(VaultError::Corrupt),
        };
        Ok((failures, limit))
    }

    /// Writes a new duress slot (or a dummy) opposite the real slot, updates
    /// the real slot's `HAS_DURESS` flag, and deletes every record outside
    /// the real workspace. One transaction, then a checkpoint.
    fn rewrite_slots(
        &mut self,
        header: Header,
        other_slot: WrappedSlot,
        has_duress: u8,
    ) -> Result<(), VaultError> {
        let session = self.session()?;
        let own_slot = session.slot;
        let payload = SlotPayload {
            flags: (session.flags & !FLAG_HAS_DURESS) | has_duress,
            workspace: session.workspace,
            dek: Zeroizing::new(*session.dek),
        };
        let own = crypto::wrap_slot(&session.kek, own_slot, &payload)?;
        let workspace = session.workspace;
        let mut slots = [crypto::dummy_slot()?, crypto::dummy_slot()?];
        slots[usize::from(own_slot)] = own;
        slots[usize::from(1 - own_slot)] = other_slot;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_header(&tx, &header.salt, &header.params, &slots)?;
        tx.execute(
            "DELETE FROM record WHERE workspace <> ?1",
            params![&workspace[..]],
        )?;
        tx.commit()?;
        if let Some(s) = self.session.as_mut() {
            s.flags = payload.flags;
        }
        let _ = schema::checkpoint(&self.conn);
        Ok(())
    }

    /// Duress with "shred the real vault": the other slot becomes random
    /// bytes (indistinguishable from an unused slot) and every record outside
    /// the decoy workspace is deleted, in one transaction; then checkpoint.
    fn shred_real(&mut self, opened: &Opened) -> Result<(), VaultError> {
        let mut slots = [crypto::dummy_slot()?, crypto::dummy_slot()?];
        let (_, nonce, wrapped) = slot_of(&opened.header, opened.slot)?;
        slots[usize::from(opened.slot)] = WrappedSlot {
            nonce: *nonce,
            wrapped: wrapped.clone(),
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_header(&tx, &opened.header.salt, &opened.header.params, &slots)?;
        tx.execute(
            "DELETE FROM record WHERE workspace <> ?1",
            params![&opened.payload.workspace[..]],
        )?;
        tx.commit()?;
        schema::checkpoint(&self.conn)
    }

    /// Crypto-shreds the whole vault: first the keyslots and header are
    /// overwritten and deleted and that is committed (from then on nothing
    /// can be decrypted), then the records and counters are deleted, the WAL
    /// checkpointed and the file vacuumed. Afterwards the vault is
    /// uninitialised. Safe to re-run if interrupted (see `open`).
    fn shred_all(&mut self) -> Result<(), VaultError> {
        self.session = None;
        self.wiped = true;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(
            "UPDATE keyslot SET nonce = zeroblob(length(nonce)), wrapped = zeroblob(length(wrapped));
             UPDATE header SET kdf_salt = zeroblob(length(kdf_salt));
             DELETE FROM keyslot;
             DELETE FROM header;",
        )?;
        tx.commit()?;
        schema::checkpoint(&self.conn)?;
        self.conn
            .execute_batch("BEGIN IMMEDIATE; DELETE FROM record; DELETE FROM attempts; COMMIT;")?;
        schema::checkpoint(&self.conn)?;
        self.conn.execute_batch("VACUUM")?;
        schema::checkpoint(&self.conn)
    }

    /// If a wipe was interrupted after the keys were gone, finish it.
    fn finish_interrupted_shred(&mut self) -> Result<(), VaultError> {
        let leftovers: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM keyslot) + (SELECT count(*) FROM attempts)
                  + (SELECT count(*) FROM (SELECT 1 FROM record LIMIT 1))",
            [],
            |r| r.get(0),
        )?;
        if leftovers > 0 {
            self.shred_all()?;
            self.wiped = false;
        }
        Ok(())
    }
}

impl Drop for Vault {
    /// Zeroises the keys (by dropping the session) and empties the WAL.
    fn drop(&mut self) {
        self.session = None;
        let _ = schema::checkpoint(&self.conn);
    }
}

struct HeaderRow {
    salt: Vec<u8>,
    m: i64,
    t: i64,
    p: i64,
    digest: Vec<u8>,
}

fn slot_of(header: &Header, slot: u8) -> Result<&(u8, [u8; NONCE_LEN], Vec<u8>), VaultError> {
    header
        .slots
        .iter()
        .find(|(s, _, _)| *s == slot)
        .ok_or(VaultError::Corrupt)
}

/// Replaces header and both keyslots (inside the caller's transaction).
fn write_header(
    conn: &Connection,
    salt: &[u8; SALT_LEN],
    params: &KdfParams,
    slots: &[WrappedSlot; 2],
) -> Result<(), VaultError> {
    let refs: Vec<(u8, &[u8], &[u8])> = slots
        .iter()
        .enumerate()
        .map(|(i, s)| (i as u8, &s.nonce[..], s.wrapped.as_slice()))
        .collect();
    let digest = crypto::header_digest(salt, params.m_kib, params.t_cost, params.p_cost, &refs);
    conn.execute(
        "INSERT INTO header (id, kdf_salt, kdf_m, kdf_t, kdf_p, digest) VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET kdf_salt = excluded.kdf_salt, kdf_m = excluded.kdf_m,
           kdf_t = excluded.kdf_t, kdf_p = excluded.kdf_p, digest = excluded.digest",
        params![&salt[..], params.m_kib, params.t_cost, params.p_cost, &digest[..]],
    )?;
    for (i, s) in slots.iter().enumerate() {
        conn.execute(
            "INSERT INTO keyslot (slot, nonce, wrapped) VALUES (?1, ?2, ?3)
             ON CONFLICT (slot) DO UPDATE SET nonce = excluded.nonce, wrapped = excluded.wrapped",
            params![i as i64, &s.nonce[..], s.wrapped],
        )?;
    }
    Ok(())
}

fn session_from(
    payload: SlotPayload,
    slot: u8,
    kek: Zeroizing<[u8; 32]>,
) -> Result<Session, VaultError> {
    Ok(Session {
        index_key: crypto::index_key(&payload.dek)?,
        dek: payload.dek,
        kek,
        workspace: payload.workspace,
        slot,
        flags: payload.flags,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shell keeps the vault in a `Mutex` shared across threads.
    #[test]
    fn vault_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<Vault>();
        assert_send::<VaultError>();
    }

    #[test]
    fn a_full_disk_is_reported_as_disk_full_and_nothing_is_half_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v.db"), VaultOptions::default()).unwrap();
        v.create("4711081542", KdfParams::FLOOR).unwrap();
        let small = Vault::new_id().unwrap();
        v.put(RecordKind::Case, &small, b"small").unwrap();
        let pages: i64 = v
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        // SQLite reports SQLITE_FULL once the file may not grow: as on a full disk.
        let _: i64 = v
            .conn
            .query_row(&format!("PRAGMA max_page_count = {}", pages + 1), [], |r| {
                r.get(0)
            })
            .unwrap();
        let big = Vault::new_id().unwrap();
        let err = v
            .put(RecordKind::Case, &big, &[7u8; 64 * 1024])
            .unwrap_err();
        assert_eq!(err, VaultError::DiskFull);
        assert_eq!(crate::error::Coded::code(&err), "disk_full");
        assert_eq!(v.get(RecordKind::Case, &big), Err(VaultError::NotFound));
        assert_eq!(&v.get(RecordKind::Case, &small).unwrap()[..], b"small");
    }
}
