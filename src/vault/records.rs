//! Reading and writing sealed record rows. Shared by [`super::Vault`] and
//! [`super::VaultTx`], so a batch behaves exactly like single calls.

use super::crypto::{self, RecordOpener, DEK_LEN, WORKSPACE_LEN};
use super::error::VaultError;
use super::listing::{AnyRecord, DamagedRecord, Listing};
use super::record::{Record, RecordId, RecordKind};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};
use std::io::Write;
use zeroize::Zeroizing;

/// Largest plaintext accepted for one record (1 MiB). A crisis plan is a few
/// KiB; the cap keeps a runaway or hostile caller from filling the disk or
/// memory with one call.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// Key material of the unlocked workspace. Every secret is in a `Zeroizing`
/// buffer, so dropping the session (on lock, close, drop or wipe) wipes it.
pub(crate) struct Session {
    pub dek: Zeroizing<[u8; DEK_LEN]>,
    pub index_key: Zeroizing<[u8; 32]>,
    /// Kept so the keyslot can be re-wrapped (duress flag changes) without
    /// asking for the passcode again. Grants nothing the DEK does not.
    pub kek: Zeroizing<[u8; 32]>,
    pub workspace: [u8; WORKSPACE_LEN],
    pub slot: u8,
    pub flags: u8,
}

impl Session {
    pub(crate) fn is_decoy(&self) -> bool {
        self.flags & crypto::FLAG_DECOY != 0
    }
}

pub(crate) fn put(
    conn: &Connection,
    s: &Session,
    kind: RecordKind,
    id: &RecordId,
    version: u16,
    plaintext: &[u8],
) -> Result<(), VaultError> {
    if plaintext.len() > MAX_RECORD_BYTES {
        return Err(VaultError::TooLarge {
            limit_bytes: MAX_RECORD_BYTES,
        });
    }
    let sealed = crypto::seal_record(&s.dek, &s.workspace, kind, id, version, plaintext)?;
    conn.prepare_cached(
        "INSERT INTO record (workspace, kind, id, version, sealed) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (workspace, kind, id) DO UPDATE SET version = excluded.version, sealed = excluded.sealed",
    )?
    .execute(params![&s.workspace[..], kind.as_str(), &id.0[..], version, sealed])?;
    Ok(())
}

pub(crate) fn get(
    conn: &Connection,
    s: &Session,
    kind: RecordKind,
    id: &RecordId,
) -> Result<(u16, Zeroizing<Vec<u8>>), VaultError> {
    let mut stmt = conn.prepare_cached(
        "SELECT version, sealed FROM record WHERE workspace = ?1 AND kind = ?2 AND id = ?3",
    )?;
    let row = stmt
        .query_row(params![&s.workspace[..], kind.as_str(), &id.0[..]], |r| {
            Ok((owned(r.get_ref(0)?), owned(r.get_ref(1)?)))
        })
        .optional()?;
    let (version, sealed) = row.ok_or(VaultError::NotFound)?;
    let opener = RecordOpener::new(&s.dek, &s.workspace)?;
    open_row(&opener, kind.as_str(), id, &version, &sealed)
}

pub(crate) fn delete(
    conn: &Connection,
    s: &Session,
    kind: RecordKind,
    id: &RecordId,
) -> Result<bool, VaultError> {
    let n = conn
        .prepare_cached("DELETE FROM record WHERE workspace = ?1 AND kind = ?2 AND id = ?3")?
        .execute(params![&s.workspace[..], kind.as_str(), &id.0[..]])?;
    Ok(n > 0)
}

pub(crate) fn ids(
    conn: &Connection,
    s: &Session,
    kind: RecordKind,
) -> Result<Vec<RecordId>, VaultError> {
    let mut stmt = conn
        .prepare_cached("SELECT id FROM record WHERE workspace = ?1 AND kind = ?2 ORDER BY id")?;
    let mut rows = stmt.query(params![&s.workspace[..], kind.as_str()])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        if let Some(id) = parse_id(row.get_ref(0)?) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Opens every record of `kind` (or of every kind when `None`), keeping
/// going past damaged ones.
pub(crate) fn list(
    conn: &Connection,
    s: &Session,
    kind: Option<RecordKind>,
) -> Result<Listing<AnyRecord>, VaultError> {
    let opener = RecordOpener::new(&s.dek, &s.workspace)?;
    let mut listing = Listing::default();
    let mut stmt;
    let mut rows = match kind {
        Some(k) => {
            stmt = conn.prepare_cached(
                "SELECT kind, id, version, sealed FROM record WHERE workspace = ?1 AND kind = ?2 ORDER BY id",
            )?;
            stmt.query(params![&s.workspace[..], k.as_str()])?
        }
        None => {
            stmt = conn.prepare_cached(
                "SELECT kind, id, version, sealed FROM record WHERE workspace = ?1 ORDER BY kind, id",
            )?;
            stmt.query(params![&s.workspace[..]])?
        }
    };
    while let Some(row) = rows.next()? {
        let Some(id) = parse_id(row.get_ref(1)?) else {
            listing.damaged.push(DamagedRecord {
                id: None,
                error: VaultError::Corrupt,
            });
            continue;
        };
        let kind_name = match row.get_ref(0)? {
            ValueRef::Text(t) => std::str::from_utf8(t).ok().and_then(RecordKind::parse),
            _ => None,
        };
        let Some(kind) = kind_name else {
            listing.damaged.push(DamagedRecord {
                id: Some(id),
                error: VaultError::UnknownKind,
            });
            continue;
        };
        // Borrowed views into SQLite's buffer: no copy before decryption.
        let version = row.get_ref(2)?;
        let sealed = row.get_ref(3)?;
        match open_row_ref(&opener, kind.as_str(), &id, version, sealed) {
            Ok((version, plaintext)) => listing.ok.push((
                id,
                AnyRecord {
                    kind,
                    version,
                    plaintext,
                },
            )),
            Err(error) => listing.damaged.push(DamagedRecord {
                id: Some(id),
                error,
            }),
        }
    }
    Ok(listing)
}

/// A column value copied out of the row, so the statement can be released.
enum Owned {
    Int(i64),
    Blob(Vec<u8>),
    Other,
}

fn owned(v: ValueRef<'_>) -> Owned {
    match v {
        ValueRef::Integer(i) => Owned::Int(i),
        ValueRef::Blob(b) => Owned::Blob(b.to_vec()),
        _ => Owned::Other,
    }
}

fn as_ref(o: &Owned) -> ValueRef<'_> {
    match o {
        Owned::Int(i) => ValueRef::Integer(*i),
        Owned::Blob(b) => ValueRef::Blob(b),
        Owned::Other => ValueRef::Null,
    }
}

fn open_row(
    opener: &RecordOpener,
    kind: &str,
    id: &RecordId,
    version: &Owned,
    sealed: &Owned,
) -> Result<(u16, Zeroizing<Vec<u8>>), VaultError> {
    open_row_ref(opener, kind, id, as_ref(version), as_ref(sealed))
}

/// A row whose version or sealed column has the wrong type was altered:
/// `Tampered` for that record, like a failed tag.
fn open_row_ref(
    opener: &RecordOpener,
    kind: &str,
    id: &RecordId,
    version: ValueRef<'_>,
    sealed: ValueRef<'_>,
) -> Result<(u16, Zeroizing<Vec<u8>>), VaultError> {
    let tampered = || VaultError::Tampered {
        record: id.to_hex(),
    };
    let version = match version {
        ValueRef::Integer(v) => u16::try_from(v).map_err(|_| tampered())?,
        _ => return Err(tampered()),
    };
    let sealed = match sealed {
        ValueRef::Blob(b) => b,
        _ => return Err(tampered()),
    };
    let plain = opener.open(kind, id, version, sealed)?;
    Ok((version, plain))
}

fn parse_id(v: ValueRef<'_>) -> Option<RecordId> {
    match v {
        ValueRef::Blob(b) => b.try_into().ok().map(RecordId),
        _ => None,
    }
}

/// Counts bytes without storing them, to size the JSON buffer exactly.
struct Counter(usize);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        if self.0 > MAX_RECORD_BYTES {
            return Err(std::io::Error::other("too large"));
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Serialises a record to JSON in a buffer allocated once at its exact size,
/// so no reallocation leaves a plaintext copy behind in freed memory.
pub(crate) fn to_json<T: Record>(
    id: &RecordId,
    value: &T,
) -> Result<Zeroizing<Vec<u8>>, VaultError> {
    let mut counter = Counter(0);
    if serde_json::to_writer(&mut counter, value).is_err() {
        return Err(if counter.0 > MAX_RECORD_BYTES {
            VaultError::TooLarge {
                limit_bytes: MAX_RECORD_BYTES,
            }
        } else {
            VaultError::Malformed {
                record: id.to_hex(),
            }
        });
    }
    let mut buf = Zeroizing::new(Vec::with_capacity(counter.0));
    serde_json::to_writer(&mut *buf, value).map_err(|_| VaultError::Malformed {
        record: id.to_hex(),
    })?;
    Ok(buf)
}

/// `VersionMismatch` unless the record has `T`'s format version.
fn check_version<T: Record>(id: &RecordId, version: u16) -> Result<(), VaultError> {
    if version == T::VERSION {
        Ok(())
    } else {
        Err(VaultError::VersionMismatch {
            record: id.to_hex(),
            found: version,
            expected: T::VERSION,
        })
    }
}

/// Parses JSON plaintext as `V`; `Malformed` if it is not that.
fn parse_json<V: serde::de::DeserializeOwned>(
    id: &RecordId,
    bytes: &[u8],
) -> Result<V, VaultError> {
    serde_json::from_slice(bytes).map_err(|_| VaultError::Malformed {
        record: id.to_hex(),
    })
}

/// Checks the format version and parses the JSON plaintext.
pub(crate) fn from_json<T: Record>(
    id: &RecordId,
    version: u16,
    bytes: &[u8],
) -> Result<T, VaultError> {
    check_version::<T>(id, version)?;
    parse_json(id, bytes)
}

/// Parses each opened record of a listing as `T`; failures join `damaged`.
pub(crate) fn parse_listing<T: Record>(all: Listing<AnyRecord>) -> Listing<T> {
    collect_listing(all, |id, r| Some(from_json(id, r.version, &r.plaintext)))
}

/// Like [`parse_listing`], but parses a record whole only when its `K` view
/// (a few of `T`'s fields, cheap to read) passes `keep`. A record whose view
/// does not parse, or of another format version, joins `damaged` as before;
/// one filtered out is skipped without parsing the rest of it.
pub(crate) fn parse_listing_where<T: Record, K: serde::de::DeserializeOwned>(
    all: Listing<AnyRecord>,
    keep: impl Fn(&K) -> bool,
) -> Listing<T> {
    collect_listing(all, |id, r| {
        let view =
            check_version::<T>(id, r.version).and_then(|()| parse_json::<K>(id, &r.plaintext));
        match view {
            Ok(view) if !keep(&view) => None,
            Ok(_) => Some(parse_json(id, &r.plaintext)),
            Err(error) => Some(Err(error)),
        }
    })
}

/// Runs `parse` on each opened record (`None`: leave it out); what fails
/// joins `damaged`, sorted by ID.
fn collect_listing<T>(
    all: Listing<AnyRecord>,
    parse: impl Fn(&RecordId, &AnyRecord) -> Option<Result<T, VaultError>>,
) -> Listing<T> {
    let mut out = Listing {
        ok: Vec::with_capacity(all.ok.len()),
        damaged: all.damaged,
    };
    for (id, r) in all.ok {
        match parse(&id, &r) {
            None => {}
            Some(Ok(v)) => out.ok.push((id, v)),
            Some(Err(error)) => out.damaged.push(DamagedRecord {
                id: Some(id),
                error,
            }),
        }
    }
    out.damaged.sort_by_key(|d| d.id);
    out
}
