//! The vault's uses of ring: keyslot wrapping, record sealing, the keyed
//! index for child IDs and the header checksum. No primitive is built here;
//! this module only fixes formats and associated data.
//!
//! ring's `LessSafeKey` cannot be zeroised, so the raw key bytes live in
//! `Zeroizing` buffers and a ring key is built for each operation (one
//! `seal`, one `open`, or one whole listing) and dropped right after. ring's
//! expanded AES key schedule therefore exists only on the stack during that
//! call; it is not explicitly wiped (a documented limit).

use super::error::VaultError;
use super::record::{RecordId, RecordKind};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, hkdf, hmac};
use zeroize::Zeroizing;

pub(crate) const DEK_LEN: usize = 32;
pub(crate) const WORKSPACE_LEN: usize = 16;
pub(crate) const NONCE_LEN: usize = 12;
pub(crate) const TAG_LEN: usize = 16;

/// Bytes sealed in a keyslot: payload format, flags, workspace id, DEK.
const PAYLOAD_LEN: usize = 1 + 1 + WORKSPACE_LEN + DEK_LEN;
/// Length of a wrapped keyslot (payload + GCM tag). Dummy slots have the
/// same length so they cannot be told apart from real ones.
pub(crate) const WRAPPED_LEN: usize = PAYLOAD_LEN + TAG_LEN;
const PAYLOAD_FORMAT: u8 = 1;

/// Keyslot flag: this slot opens the decoy (duress) workspace.
pub(crate) const FLAG_DECOY: u8 = 1;
/// Keyslot flag (decoy only): opening this slot silently shreds the real workspace.
pub(crate) const FLAG_SHRED_REAL: u8 = 2;
/// Keyslot flag (real only): a duress slot is configured. Needed so that a
/// passcode change knows whether it may pick a new salt (see `Vault::change_passcode`).
pub(crate) const FLAG_HAS_DURESS: u8 = 4;

const SLOT_AD_PREFIX: &[u8] = b"trygg/keyslot/v1";
const RECORD_AD_PREFIX: &[u8] = b"trygg/record/v1";
const INDEX_SALT: &[u8] = b"trygg/index-salt/v1";
const INDEX_INFO: &[u8] = b"trygg/index-key/v1";
const CHILD_PREFIX: &[u8] = b"trygg/child-id/v1";
const HEADER_DIGEST_PREFIX: &[u8] = b"trygg/header-digest/v1";

fn rng() -> SystemRandom {
    SystemRandom::new()
}

/// `N` random bytes from the system CSPRNG.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], VaultError> {
    let mut out = [0u8; N];
    rng().fill(&mut out)?;
    Ok(out)
}

/// `N` random bytes for key material, in a buffer wiped on drop.
pub(crate) fn random_key<const N: usize>() -> Result<Zeroizing<[u8; N]>, VaultError> {
    let mut out = Zeroizing::new([0u8; N]);
    rng().fill(&mut *out)?;
    Ok(out)
}

fn aead_key(raw: &[u8; 32]) -> Result<LessSafeKey, VaultError> {
    Ok(LessSafeKey::new(UnboundKey::new(&AES_256_GCM, raw)?))
}

/// What a keyslot seals.
pub(crate) struct SlotPayload {
    pub flags: u8,
    pub workspace: [u8; WORKSPACE_LEN],
    pub dek: Zeroizing<[u8; DEK_LEN]>,
}

impl SlotPayload {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut v = Zeroizing::new(Vec::with_capacity(PAYLOAD_LEN + TAG_LEN));
        v.push(PAYLOAD_FORMAT);
        v.push(self.flags);
        v.extend_from_slice(&self.workspace);
        v.extend_from_slice(&*self.dek);
        v
    }

    fn decode(bytes: &[u8]) -> Option<SlotPayload> {
        if bytes.len() != PAYLOAD_LEN || bytes[0] != PAYLOAD_FORMAT {
            return None;
        }
        let mut workspace = [0u8; WORKSPACE_LEN];
        workspace.copy_from_slice(&bytes[2..2 + WORKSPACE_LEN]);
        let mut dek = Zeroizing::new([0u8; DEK_LEN]);
        dek.copy_from_slice(&bytes[2 + WORKSPACE_LEN..]);
        Some(SlotPayload {
            flags: bytes[1],
            workspace,
            dek,
        })
    }
}

fn slot_ad(slot: u8) -> [u8; SLOT_AD_PREFIX.len() + 4] {
    let mut ad = [0u8; SLOT_AD_PREFIX.len() + 4];
    ad[..SLOT_AD_PREFIX.len()].copy_from_slice(SLOT_AD_PREFIX);
    ad[SLOT_AD_PREFIX.len()..].copy_from_slice(&u32::from(slot).to_be_bytes());
    ad
}

/// A keyslot as stored: nonce and wrapped payload.
pub(crate) struct WrappedSlot {
    pub nonce: [u8; NONCE_LEN],
    pub wrapped: Vec<u8>,
}

/// Wraps `payload` under `kek` for slot number `slot` with a fresh nonce.
pub(crate) fn wrap_slot(
    kek: &[u8; 32],
    slot: u8,
    payload: &SlotPayload,
) -> Result<WrappedSlot, VaultError> {
    let key = aead_key(kek)?;
    let nonce = random_bytes::<NONCE_LEN>()?;
    let mut buf = payload.encode();
    let tag = key.seal_in_place_separate_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(slot_ad(slot)),
        &mut buf[..],
    )?;
    buf.extend_from_slice(tag.as_ref());
    Ok(WrappedSlot {
        nonce,
        wrapped: buf.to_vec(),
    })
}

/// Random bytes shaped like a keyslot. Fills the unused slot so that whether
/// a duress passcode is set cannot be seen from the file.
pub(crate) fn dummy_slot() -> Result<WrappedSlot, VaultError> {
    let nonce = random_bytes::<NONCE_LEN>()?;
    let wrapped = random_bytes::<WRAPPED_LEN>()?.to_vec();
    Ok(WrappedSlot { nonce, wrapped })
}

/// Tries to open one keyslot. `None` for a wrong KEK or a damaged slot:
/// AEAD cannot tell the two apart (the header checksum catches damage).
pub(crate) fn unwrap_slot(
    kek: &[u8; 32],
    slot: u8,
    nonce: &[u8],
    wrapped: &[u8],
) -> Option<SlotPayload> {
    let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
    if wrapped.len() != WRAPPED_LEN {
        return None;
    }
    let key = aead_key(kek).ok()?;
    let mut buf = Zeroizing::new(wrapped.to_vec());
    let plain = key
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(slot_ad(slot)),
            &mut buf[..],
        )
        .ok()?;
    SlotPayload::decode(plain)
}

/// Associated data of a record: a fixed prefix, then workspace id, kind
/// (length-prefixed), record id and format version. Every field has a fixed
/// length or a length prefix, so no two different tuples encode the same.
fn record_ad(
    workspace: &[u8; WORKSPACE_LEN],
    kind: &str,
    id: &RecordId,
    version: u16,
) -> Result<Vec<u8>, VaultError> {
    let kind_len = u8::try_from(kind.len()).map_err(|_| VaultError::UnknownKind)?;
    let mut ad = Vec::with_capacity(RECORD_AD_PREFIX.len() + WORKSPACE_LEN + 1 + kind.len() + 18);
    ad.extend_from_slice(RECORD_AD_PREFIX);
    ad.extend_from_slice(workspace);
    ad.push(kind_len);
    ad.extend_from_slice(kind.as_bytes());
    ad.extend_from_slice(&id.0);
    ad.extend_from_slice(&version.to_be_bytes());
    Ok(ad)
}

/// Seals a record: `nonce ‖ ciphertext ‖ tag`, with a fresh random nonce.
/// The output buffer is allocated at its final size up front so the
/// plaintext copied into it is never left behind by a reallocation.
pub(crate) fn seal_record(
    dek: &[u8; DEK_LEN],
    workspace: &[u8; WORKSPACE_LEN],
    kind: RecordKind,
    id: &RecordId,
    version: u16,
    plaintext: &[u8],
) -> Result<Vec<u8>, VaultError> {
    let key = aead_key(dek)?;
    let nonce = random_bytes::<NONCE_LEN>()?;
    let ad = record_ad(workspace, kind.as_str(), id, version)?;
    let mut out = Vec::with_capacity(NONCE_LEN + plaintext.len() + TAG_LEN);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let tag = key.seal_in_place_separate_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(ad),
        &mut out[NONCE_LEN..],
    )?;
    out.extend_from_slice(tag.as_ref());
    Ok(out)
}

/// A record key prepared for opening many records (one listing).
pub(crate) struct RecordOpener {
    key: LessSafeKey,
    workspace: [u8; WORKSPACE_LEN],
}

impl RecordOpener {
    pub(crate) fn new(
        dek: &[u8; DEK_LEN],
        workspace: &[u8; WORKSPACE_LEN],
    ) -> Result<Self, VaultError> {
        Ok(RecordOpener {
            key: aead_key(dek)?,
            workspace: *workspace,
        })
    }

    /// Opens a sealed record stored under (`kind`, `id`, `version`).
    /// Any failure is `Tampered` for that record.
    pub(crate) fn open(
        &self,
        kind: &str,
        id: &RecordId,
        version: u16,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        let tampered = || VaultError::Tampered {
            record: id.to_hex(),
        };
        if sealed.len() < NONCE_LEN + TAG_LEN {
            return Err(tampered());
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| tampered())?;
        let ad = record_ad(&self.workspace, kind, id, version).map_err(|_| tampered())?;
        // The buffer holds plaintext after opening (and unspecified bytes on
        // failure), so it is wiped on drop either way.
        let mut buf = Zeroizing::new(body.to_vec());
        let len = self
            .key
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(ad),
                &mut buf[..],
            )
            .map_err(|_| tampered())?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

/// Output length marker for HKDF expansion into 32 raw bytes.
struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

/// The index key: HKDF-SHA256 of the DEK, used only for child IDs.
pub(crate) fn index_key(dek: &[u8; DEK_LEN]) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, INDEX_SALT).extract(dek);
    let mut out = Zeroizing::new([0u8; 32]);
    prk.expand(&[INDEX_INFO], Len32)?.fill(&mut *out)?;
    Ok(out)
}

/// Deterministic child ID: HMAC-SHA256(index key, prefix ‖ kind ‖ parent),
/// truncated to 16 bytes. Without the key it looks random and cannot be
/// linked to its parent.
pub(crate) fn child_id(index_key: &[u8; 32], kind: RecordKind, parent: &RecordId) -> RecordId {
    let key = hmac::Key::new(hmac::HMAC_SHA256, index_key);
    let mut ctx = hmac::Context::with_key(&key);
    ctx.update(CHILD_PREFIX);
    let kind = kind.as_str().as_bytes();
    ctx.update(&[kind.len() as u8]);
    ctx.update(kind);
    ctx.update(&parent.0);
    let tag = ctx.sign();
    let mut id = [0u8; 16];
    id.copy_from_slice(&tag.as_ref()[..16]);
    RecordId(id)
}

/// Unkeyed SHA-256 over the header and keyslots. Not a security control (an
/// attacker who edits the file can recompute it): it lets accidental damage
/// to a keyslot show as `Corrupt` rather than as a wrong passcode.
pub(crate) fn header_digest(
    salt: &[u8],
    m: u32,
    t: u32,
    p: u32,
    slots: &[(u8, &[u8], &[u8])],
) -> [u8; 32] {
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(HEADER_DIGEST_PREFIX);
    ctx.update(&(salt.len() as u32).to_be_bytes());
    ctx.update(salt);
    ctx.update(&m.to_be_bytes());
    ctx.update(&t.to_be_bytes());
    ctx.update(&p.to_be_bytes());
    for (slot, nonce, wrapped) in slots {
        ctx.update(&[*slot]);
        ctx.update(&(nonce.len() as u32).to_be_bytes());
        ctx.update(nonce);
        ctx.update(&(wrapped.len() as u32).to_be_bytes());
        ctx.update(wrapped);
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ad_is_unambiguous() {
        let ws = [7u8; 16];
        let id = RecordId([1; 16]);
        let a = record_ad(&ws, "case", &id, 1).unwrap();
        let b = record_ad(&ws, "cas", &id, 1).unwrap();
        assert_ne!(a, b);
        assert_ne!(a, record_ad(&ws, "case", &id, 2).unwrap());
    }

    #[test]
    fn seal_open_round_trip_and_binding() {
        let dek = [3u8; 32];
        let ws = [4u8; 16];
        let id = RecordId([5; 16]);
        let sealed = seal_record(&dek, &ws, RecordKind::Case, &id, 1, b"hello").unwrap();
        let opener = RecordOpener::new(&dek, &ws).unwrap();
        assert_eq!(&opener.open("case", &id, 1, &sealed).unwrap()[..], b"hello");
        assert!(opener.open("meeting", &id, 1, &sealed).is_err());
        assert!(opener.open("case", &id, 2, &sealed).is_err());
        assert!(opener.open("case", &RecordId([6; 16]), 1, &sealed).is_err());
        let other_ws = RecordOpener::new(&dek, &[9; 16]).unwrap();
        assert!(other_ws.open("case", &id, 1, &sealed).is_err());
    }

    #[test]
    fn slot_round_trip_and_slot_binding() {
        let kek = [8u8; 32];
        let payload = SlotPayload {
            flags: FLAG_DECOY,
            workspace: [2; 16],
            dek: Zeroizing::new([9; 32]),
        };
        let w = wrap_slot(&kek, 1, &payload).unwrap();
        assert_eq!(w.wrapped.len(), WRAPPED_LEN);
        assert_eq!(dummy_slot().unwrap().wrapped.len(), WRAPPED_LEN);
        let back = unwrap_slot(&kek, 1, &w.nonce, &w.wrapped).unwrap();
        assert_eq!(back.flags, FLAG_DECOY);
        assert_eq!(*back.dek, [9; 32]);
        assert!(unwrap_slot(&kek, 0, &w.nonce, &w.wrapped).is_none());
        assert!(unwrap_slot(&[0; 32], 1, &w.nonce, &w.wrapped).is_none());
    }
}
