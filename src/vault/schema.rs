//! The SQLite file: connection settings, schema and migrations.
//!
//! # Tables (schema version 1)
//!
//! | table | columns | plaintext meaning |
//! |---|---|---|
//! | `header` | one row: `kdf_salt`, `kdf_m`, `kdf_t`, `kdf_p`, `digest` | Argon2id salt and cost; SHA-256 over header + keyslots to detect damage |
//! | `keyslot` | `slot` (0 or 1), `nonce`, `wrapped` | always two rows of identical shape: the real slot and either the duress slot or random bytes |
//! | `attempts` | one row: `failures`, `attempt_limit` | failed-unlock count and the wipe limit (must be readable while locked) |
//! | `record` | `workspace`, `kind`, `id`, `version`, `sealed` | random workspace id, kind name, random record id, format version; `sealed` = nonce ‖ AES-256-GCM ciphertext ‖ tag |
//!
//! Nothing else is stored: no names, dates, counts per case or timestamps.
//! Which slot is real and which workspace id belongs to it is inside the
//! sealed keyslots.
//!
//! # Journal mode: WAL with `synchronous=FULL`
//!
//! Both candidates keep old page images for a while: DELETE mode in the
//! rollback journal (deleted, so its blocks linger in the file system), WAL
//! mode in the `-wal` file until a checkpoint. Neither ever holds plaintext,
//! since only sealed bytes reach SQLite. We chose WAL because a durable save
//! costs one fsync of the WAL instead of two (journal + database) plus a file
//! deletion: measured here (bench `vault/journal_mode`, one 4 KB insert
//! commit, `synchronous=FULL`) 3.5 ms in WAL vs 17.4 ms in DELETE mode, and
//! our save-latency goal is < 5 ms. To keep old pages from lingering, the
//! vault runs `PRAGMA wal_checkpoint(TRUNCATE)` after every delete, after
//! passcode and duress changes, on lock, on close and on drop, so the WAL is
//! emptied and (with `secure_delete=ON`) freed space in the main file is
//! zeroed.

use super::error::VaultError;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// Current schema version, kept in `PRAGMA user_version`.
pub(crate) const SCHEMA_VERSION: i64 = 1;

/// `MIGRATIONS[i]` brings the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 → 1: initial schema.
    "CREATE TABLE header (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kdf_salt BLOB NOT NULL,
        kdf_m INTEGER NOT NULL,
        kdf_t INTEGER NOT NULL,
        kdf_p INTEGER NOT NULL,
        digest BLOB NOT NULL
    );
    CREATE TABLE keyslot (
        slot INTEGER PRIMARY KEY,
        nonce BLOB NOT NULL,
        wrapped BLOB NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL,
        attempt_limit INTEGER
    );
    CREATE TABLE record (
        workspace BLOB NOT NULL,
        kind TEXT NOT NULL,
        id BLOB NOT NULL,
        version INTEGER NOT NULL,
        sealed BLOB NOT NULL,
        UNIQUE (workspace, kind, id)
    );",
];

const TABLES: [&str; 4] = ["header", "keyslot", "attempts", "record"];

/// Opens (creating if needed) the vault file with the vault's settings and
/// brings its schema up to date.
pub(crate) fn open_connection(path: &Path) -> Result<Connection, VaultError> {
    create_private(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    configure(&conn)?;
    migrate(&conn)?;
    check_schema(&conn)?;
    restrict_companions(path)?;
    Ok(conn)
}

/// Creates the file with owner-only permissions before SQLite touches it
/// (and narrows an existing one). SQLite gives `-wal` and `-shm` the
/// database's permissions when it creates them; [`restrict_companions`]
/// narrows ones left by an earlier run with other rights.
fn create_private(path: &Path) -> Result<(), VaultError> {
    if path.exists() {
        return restrict_file(path);
    }
    let mut opts = crate::datadir::private_file_options();
    opts.write(true).create_new(true);
    match opts.open(path) {
        Ok(_) => restrict_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => restrict_file(path),
        Err(_) => Err(VaultError::Storage),
    }
}

fn restrict_file(path: &Path) -> Result<(), VaultError> {
    crate::datadir::restrict(path, crate::datadir::FILE_MODE).map_err(|_| VaultError::Storage)
}

/// Narrows `<db>-wal` and `<db>-shm` to owner-only if they exist.
fn restrict_companions(path: &Path) -> Result<(), VaultError> {
    let Some(name) = path.file_name() else {
        return Ok(());
    };
    for suffix in ["-wal", "-shm"] {
        let mut companion = name.to_os_string();
        companion.push(suffix);
        let companion = path.with_file_name(companion);
        if companion.exists() {
            restrict_file(&companion)?;
        }
    }
    Ok(())
}

fn configure(conn: &Connection) -> Result<(), VaultError> {
    // The first statement reads the file header, so a file that is not a
    // database fails here with NOTADB → Corrupt.
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(VaultError::Storage);
    }
    conn.execute_batch(
        "PRAGMA synchronous=FULL;
         PRAGMA secure_delete=ON;
         PRAGMA foreign_keys=ON;
         PRAGMA temp_store=MEMORY;
         PRAGMA trusted_schema=OFF;
         PRAGMA cell_size_check=ON;",
    )?;
    Ok(())
}

fn migrate(conn: &Connection) -> Result<(), VaultError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(VaultError::UnsupportedFormat);
    }
    let start = usize::try_from(version).map_err(|_| VaultError::Corrupt)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(start) {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let step = conn
            .execute_batch(sql)
            .and_then(|_| conn.execute_batch(&format!("PRAGMA user_version = {}", i + 1)));
        match step {
            Ok(()) => conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                // A file at version 0 that already has other tables is not ours.
                return Err(match VaultError::from(e) {
                    VaultError::Storage => VaultError::Corrupt,
                    other => other,
                });
            }
        }
    }
    Ok(())
}

/// Refuses a file whose schema holds anything we did not create (a planted
/// trigger or view could act on every write) or lacks a table.
fn check_schema(conn: &Connection) -> Result<(), VaultError> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name FROM sqlite_master")?;
    let mut rows = stmt.query([])?;
    let mut seen = 0usize;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(0)?;
        let name: String = row.get(1)?;
        let table: String = row.get(2)?;
        let ok = match kind.as_str() {
            "table" => TABLES.contains(&name.as_str()),
            "index" => name.starts_with("sqlite_autoindex_") && TABLES.contains(&table.as_str()),
            _ => false,
        };
        if !ok {
            return Err(VaultError::Corrupt);
        }
        if kind == "table" {
            seen += 1;
        }
    }
    if seen != TABLES.len() {
        return Err(VaultError::Corrupt);
    }
    Ok(())
}

/// Moves every WAL frame into the database and truncates the WAL to zero
/// bytes, so old page images do not linger. Best effort when the database is
/// busy (another reader); the next checkpoint catches up.
pub(crate) fn checkpoint(conn: &Connection) -> Result<(), VaultError> {
    let _busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(())
}

/// Moves every committed WAL frame into the main file and syncs it, or
/// fails: unlike [`checkpoint`], "busy" is an error here. Used where a write
/// must survive the loss of the `-wal` file (the failed-attempt count: a
/// person who kills the app and deletes `store.db-wal` must not get the
/// guess back). `TRUNCATE` first, which also empties the WAL; if a reader
/// blocks that, `FULL`, which only needs every reader on the latest
/// snapshot. With `synchronous=FULL` SQLite fsyncs the database file before
/// it reports the checkpoint done.
pub(crate) fn checkpoint_durable(conn: &Connection) -> Result<(), VaultError> {
    for mode in ["TRUNCATE", "FULL"] {
        let sql = format!("PRAGMA wal_checkpoint({mode})");
        let done = conn.query_row(&sql, [], |r| {
            let busy: i64 = r.get(0)?;
            let log: i64 = r.get(1)?;
            let moved: i64 = r.get(2)?;
            // (0, -1, -1) would mean "not in WAL mode": nothing to move.
            Ok(busy == 0 && log == moved)
        });
        match done {
            Ok(true) => return Ok(()),
            Ok(false) => continue,
            Err(_) => return Err(VaultError::AttemptNotSaved),
        }
    }
    Err(VaultError::AttemptNotSaved)
}
