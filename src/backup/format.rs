//! The backup container: a versioned header, authenticated twice, then a
//! stream of AES-256-GCM chunks in which order, truncation and extension are
//! all detected. Only ring and argon2 primitives; this module fixes the
//! layout and the associated data.
//!
//! Layout, version 1 (integers little-endian):
//!
//! | offset | bytes | field |
//! |---|---|---|
//! | 0 | 8 | magic `89 54 42 4B 0D 0A 1A 0A` (`\x89TBK\r\n\x1a\n`, PNG-style: catches text-mode mangling; names no app) |
//! | 8 | 2 | format version = 1 |
//! | 10 | 1 | KDF id = 1 (Argon2id v1.3) |
//! | 11 | 4 | Argon2 memory cost, KiB |
//! | 15 | 4 | Argon2 passes |
//! | 19 | 4 | Argon2 lanes |
//! | 23 | 16 | KDF salt (random per file) |
//! | 39 | 12 | nonce base (random per file) |
//! | 51 | 4 | chunk size: plaintext bytes per chunk |
//! | 55 | 32 | header MAC: HMAC-SHA256(K_mac, bytes 0..55) |
//! | 87 | 32 | header digest: SHA-256(bytes 0..87) |
//! | 119 | … | chunks: `len: u32` then `len` bytes of ciphertext ‖ tag |
//!
//! Keys: `master = Argon2id(passphrase, salt, m, t, p)`;
//! `K_mac`, `K_chunk` = HKDF-SHA256(salt = "trygg/backup/v1", master) with
//! info "header-mac" and "chunk-key".
//!
//! The digest is unkeyed: it tells accidental damage of the header (or of
//! the MAC) apart from a wrong passphrase. The MAC is the security check: it
//! fails for a wrong passphrase and for any deliberate header change.
//!
//! Chunk `i` (from 0) is sealed with nonce `nonce_base XOR i` (in the last 8
//! bytes) and associated data `"trygg/backup/v1/chunk" ‖ digest ‖ i ‖ final`,
//! where `final` is 1 only for the last chunk — the STREAM construction
//! (Hoang, Reyhanitabar, Rogaway, Vizár 2015). A swapped or repeated chunk
//! fails its index; a file cut at a chunk boundary lacks a final chunk; bytes
//! after the final chunk are refused. Every chunk binds the header digest,
//! so a chunk cannot move to another file (whose salt also gives other keys).

use super::error::BackupError;
use crate::vault::{derive_kek, KdfCap, KdfParams, SALT_LEN};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, hkdf, hmac};
use zeroize::Zeroizing;

/// First bytes of every backup file.
pub const MAGIC: [u8; 8] = *b"\x89TBK\r\n\x1a\n";
/// The container version this code writes and reads.
pub const FORMAT_VERSION: u16 = 1;
/// Plaintext bytes per chunk when writing.
pub const DEFAULT_CHUNK_BYTES: u32 = 64 * 1024;
/// Smallest and largest chunk size accepted when reading.
pub const MIN_CHUNK_BYTES: u32 = 64;
pub const MAX_CHUNK_BYTES: u32 = 1024 * 1024;
/// The largest backup file read (a vault of 10,000 full cases is ~100 MB).
pub const MAX_BACKUP_BYTES: u64 = 512 * 1024 * 1024;

const KDF_ARGON2ID_13: u8 = 1;
const NONCE_BASE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Bytes 0..55: the fields the MAC covers.
pub const HEADER_LEN: usize = 8 + 2 + 1 + 4 + 4 + 4 + SALT_LEN + NONCE_BASE_LEN + 4;
const MAC_LEN: usize = 32;
const DIGEST_LEN: usize = 32;
/// Where the first chunk starts.
pub const PREAMBLE_LEN: usize = HEADER_LEN + MAC_LEN + DIGEST_LEN;

const HKDF_SALT: &[u8] = b"trygg/backup/v1";
const INFO_MAC: &[u8] = b"header-mac";
const INFO_CHUNK: &[u8] = b"chunk-key";
const CHUNK_AD_PREFIX: &[u8] = b"trygg/backup/v1/chunk";

/// The header fields, as read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub version: u16,
    pub kdf: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub nonce_base: [u8; NONCE_BASE_LEN],
    pub chunk_bytes: u32,
}

impl Header {
    fn encode(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        let mut w = Writer { buf: &mut h, at: 0 };
        w.put(&MAGIC);
        w.put(&self.version.to_le_bytes());
        w.put(&[KDF_ARGON2ID_13]);
        w.put(&self.kdf.m_kib.to_le_bytes());
        w.put(&self.kdf.t_cost.to_le_bytes());
        w.put(&self.kdf.p_cost.to_le_bytes());
        w.put(&self.salt);
        w.put(&self.nonce_base);
        w.put(&self.chunk_bytes.to_le_bytes());
        h
    }
}

struct Writer<'a> {
    buf: &'a mut [u8],
    at: usize,
}

impl Writer<'_> {
    fn put(&mut self, b: &[u8]) {
        self.buf[self.at..self.at + b.len()].copy_from_slice(b);
        self.at += b.len();
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(a)
}

fn sha256(parts: &[&[u8]]) -> [u8; DIGEST_LEN] {
    let mut ctx = digest::Context::new(&digest::SHA256);
    for p in parts {
        ctx.update(p);
    }
    let mut out = [0u8; DIGEST_LEN];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

struct Len32;
impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

/// The two keys of one file, wiped on drop.
pub struct FileKeys {
    mac: Zeroizing<[u8; 32]>,
    chunk: Zeroizing<[u8; 32]>,
}

impl FileKeys {
    /// Runs the KDF for `header` (the slow step of opening a backup).
    pub fn derive(passphrase: &str, header: &Header) -> Result<FileKeys, BackupError> {
        file_keys(passphrase, header)
    }
}

fn file_keys(passphrase: &str, header: &Header) -> Result<FileKeys, BackupError> {
    let master = derive_kek(passphrase, &header.salt, &header.kdf)?;
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, HKDF_SALT).extract(&*master);
    let mut mac = Zeroizing::new([0u8; 32]);
    prk.expand(&[INFO_MAC], Len32)?.fill(&mut *mac)?;
    let mut chunk = Zeroizing::new([0u8; 32]);
    prk.expand(&[INFO_CHUNK], Len32)?.fill(&mut *chunk)?;
    Ok(FileKeys { mac, chunk })
}

fn chunk_nonce(base: &[u8; NONCE_BASE_LEN], index: u64) -> Nonce {
    let mut n = *base;
    for (b, i) in n[4..].iter_mut().zip(index.to_be_bytes()) {
        *b ^= i;
    }
    Nonce::assume_unique_for_key(n)
}

fn chunk_ad(digest: &[u8; DIGEST_LEN], index: u64, last: bool) -> Vec<u8> {
    let mut ad = Vec::with_capacity(CHUNK_AD_PREFIX.len() + DIGEST_LEN + 9);
    ad.extend_from_slice(CHUNK_AD_PREFIX);
    ad.extend_from_slice(digest);
    ad.extend_from_slice(&index.to_be_bytes());
    ad.push(u8::from(last));
    ad
}

/// Encrypts `plaintext` into a complete backup file under `passphrase`.
/// The caller checks the passphrase policy first.
pub fn seal(
    plaintext: &[u8],
    passphrase: &str,
    kdf: KdfParams,
    chunk_bytes: u32,
) -> Result<Vec<u8>, BackupError> {
    if !(MIN_CHUNK_BYTES..=MAX_CHUNK_BYTES).contains(&chunk_bytes) {
        return Err(BackupError::Damaged { reason: "header" });
    }
    let rng = SystemRandom::new();
    let mut salt = [0u8; SALT_LEN];
    rng.fill(&mut salt)?;
    let mut nonce_base = [0u8; NONCE_BASE_LEN];
    rng.fill(&mut nonce_base)?;
    let header = Header {
        version: FORMAT_VERSION,
        kdf,
        salt,
        nonce_base,
        chunk_bytes,
    };
    let keys = file_keys(passphrase, &header)?;
    let head = header.encode();
    let mac = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, &*keys.mac), &head);
    let digest = sha256(&[&head, mac.as_ref()]);

    let size = chunk_bytes as usize;
    let n_chunks = plaintext.len().div_ceil(size).max(1);
    let mut out = Vec::with_capacity(PREAMBLE_LEN + n_chunks * (4 + TAG_LEN) + plaintext.len());
    out.extend_from_slice(&head);
    out.extend_from_slice(mac.as_ref());
    out.extend_from_slice(&digest);

    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &*keys.chunk)?);
    for i in 0..n_chunks {
        let part = plaintext.get(i * size..((i + 1) * size).min(plaintext.len()));
        let part = part.unwrap_or(&[]);
        let last = i + 1 == n_chunks;
        let len = u32::try_from(part.len() + TAG_LEN).map_err(|_| BackupError::TooLarge {
            limit_bytes: MAX_BACKUP_BYTES,
        })?;
        out.extend_from_slice(&len.to_le_bytes());
        let start = out.len();
        out.extend_from_slice(part);
        let tag = key.seal_in_place_separate_tag(
            chunk_nonce(&nonce_base, i as u64),
            Aad::from(chunk_ad(&digest, i as u64, last)),
            &mut out[start..],
        )?;
        out.extend_from_slice(tag.as_ref());
    }
    if out.len() as u64 > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            limit_bytes: MAX_BACKUP_BYTES,
        });
    }
    Ok(out)
}

/// Reads and checks the header without any key: magic, version, layout,
/// the digest, and the KDF cost against `cap`.
pub fn read_header(file: &[u8], cap: &KdfCap) -> Result<Header, BackupError> {
    if file.len() < MAGIC.len() || file[..MAGIC.len()] != MAGIC {
        return Err(BackupError::NotABackup);
    }
    if file.len() < PREAMBLE_LEN {
        return Err(BackupError::Damaged {
            reason: "truncated",
        });
    }
    let stored_digest = &file[HEADER_LEN + MAC_LEN..PREAMBLE_LEN];
    let digest_ok = sha256(&[&file[..HEADER_LEN + MAC_LEN]]) == stored_digest;
    let version = u16::from_le_bytes([file[8], file[9]]);
    if version != FORMAT_VERSION {
        // A newer file may have another layout, so its digest is not ours to
        // check. But if the v1 digest matches once the version reads 1, this
        // is a v1 file whose version field was damaged.
        let mut as_v1 = file[..HEADER_LEN + MAC_LEN].to_vec();
        as_v1[8..10].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
        if version == 0 || sha256(&[&as_v1]) == stored_digest {
            return Err(BackupError::Damaged { reason: "header" });
        }
        return Err(BackupError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if !digest_ok || file[10] != KDF_ARGON2ID_13 {
        return Err(BackupError::Damaged { reason: "header" });
    }
    let kdf = KdfParams {
        m_kib: u32_at(file, 11),
        t_cost: u32_at(file, 15),
        p_cost: u32_at(file, 19),
    };
    let mut salt = [0u8; SALT_LEN];
    salt.copy_from_slice(&file[23..23 + SALT_LEN]);
    let mut nonce_base = [0u8; NONCE_BASE_LEN];
    nonce_base.copy_from_slice(&file[39..39 + NONCE_BASE_LEN]);
    let chunk_bytes = u32_at(file, 51);
    if !(MIN_CHUNK_BYTES..=MAX_CHUNK_BYTES).contains(&chunk_bytes) {
        return Err(BackupError::Damaged { reason: "header" });
    }
    cap.check(&kdf)
        .map_err(|_| BackupError::KdfParamsRejected)?;
    Ok(Header {
        version,
        kdf,
        salt,
        nonce_base,
        chunk_bytes,
    })
}

fn open_chunk<'a>(
    key: &LessSafeKey,
    nonce_base: &[u8; NONCE_BASE_LEN],
    digest: &[u8; DIGEST_LEN],
    index: u64,
    last: bool,
    buf: &'a mut [u8],
) -> Option<&'a mut [u8]> {
    key.open_in_place(
        chunk_nonce(nonce_base, index),
        Aad::from(chunk_ad(digest, index, last)),
        buf,
    )
    .ok()
}

/// Checks and decrypts a whole backup file. Every failure is typed; nothing
/// is returned unless every chunk authenticated, in order, up to a final
/// chunk that ends the file.
pub fn open(
    file: &[u8],
    passphrase: &str,
    cap: &KdfCap,
) -> Result<Zeroizing<Vec<u8>>, BackupError> {
    if file.len() as u64 > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            limit_bytes: MAX_BACKUP_BYTES,
        });
    }
    let header = read_header(file, cap)?;
    let keys = file_keys(passphrase, &header)?;
    open_with_keys(file, &header, &keys)
}

/// [`open`] after the KDF: checks the header MAC, then every chunk.
/// `header` must be what [`read_header`] returned for this `file`.
pub fn open_with_keys(
    file: &[u8],
    header: &Header,
    keys: &FileKeys,
) -> Result<Zeroizing<Vec<u8>>, BackupError> {
    if file.len() < PREAMBLE_LEN {
        return Err(BackupError::Damaged {
            reason: "truncated",
        });
    }
    let mac_key = hmac::Key::new(hmac::HMAC_SHA256, &*keys.mac);
    hmac::verify(
        &mac_key,
        &file[..HEADER_LEN],
        &file[HEADER_LEN..HEADER_LEN + MAC_LEN],
    )
    .map_err(|_| BackupError::WrongPassphrase)?;
    let mut digest = [0u8; DIGEST_LEN];
    digest.copy_from_slice(&file[HEADER_LEN + MAC_LEN..PREAMBLE_LEN]);

    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &*keys.chunk)?);
    let max_len = header.chunk_bytes as usize + TAG_LEN;
    // Sized once for the largest possible plaintext, so growing it never
    // leaves a copy of decrypted data in freed memory.
    let mut plain = Zeroizing::new(Vec::with_capacity(file.len() - PREAMBLE_LEN));
    let mut buf = Zeroizing::new(vec![0u8; max_len]);
    let mut at = PREAMBLE_LEN;
    let mut index: u64 = 0;
    loop {
        if at == file.len() {
            // Cut at a chunk boundary: no final chunk was seen.
            return Err(BackupError::Damaged {
                reason: "truncated",
            });
        }
        if file.len() - at < 4 {
            return Err(BackupError::Damaged {
                reason: "truncated",
            });
        }
        let len = u32_at(file, at) as usize;
        at += 4;
        if !(TAG_LEN..=max_len).contains(&len) {
            return Err(BackupError::Damaged { reason: "chunk" });
        }
        if file.len() - at < len {
            return Err(BackupError::Damaged {
                reason: "truncated",
            });
        }
        let sealed = &file[at..at + len];
        at += len;
        // A chunk is final when nothing follows it; if the sender marked it
        // otherwise (or more follows a final one), authentication fails.
        let last = at == file.len();
        buf[..len].copy_from_slice(sealed);
        let opened = open_chunk(
            &key,
            &header.nonce_base,
            &digest,
            index,
            last,
            &mut buf[..len],
        );
        let opened = match opened {
            Some(p) => p,
            None => {
                // Tell the practitioner which damage it is: bytes appended
                // after the real final chunk, or a file that ends where the
                // writer did not end it (cut short), or a damaged chunk.
                buf[..len].copy_from_slice(sealed);
                let as_other = open_chunk(
                    &key,
                    &header.nonce_base,
                    &digest,
                    index,
                    !last,
                    &mut buf[..len],
                );
                let reason = match (as_other.is_some(), last) {
                    (true, false) => "trailing",
                    (true, true) => "truncated",
                    (false, _) => "chunk",
                };
                return Err(BackupError::Damaged { reason });
            }
        };
        if opened.len() > header.chunk_bytes as usize {
            return Err(BackupError::Damaged { reason: "chunk" });
        }
        plain.extend_from_slice(opened);
        if last {
            return Ok(plain);
        }
        index += 1;
    }
}
