//! What the vault stores: typed records, identified by random IDs.
//!
//! This file is the contract between the vault (which seals bytes) and the
//! domain (which defines what the bytes mean).

use serde::{de::DeserializeOwned, Serialize};
use std::fmt;

/// Kinds of record the vault accepts. The string form is stored in a
/// plaintext column and bound into every record's associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Case,
    CrisisPlan,
    ContactAgreement,
    SituationReview,
    Meeting,
    /// Facts about the workspace itself (e.g. when it was last backed up),
    /// sealed like any record so a copied file does not show them.
    Meta,
}

impl RecordKind {
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Case,
        RecordKind::CrisisPlan,
        RecordKind::ContactAgreement,
        RecordKind::SituationReview,
        RecordKind::Meeting,
        RecordKind::Meta,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Case => "case",
            RecordKind::CrisisPlan => "crisis_plan",
            RecordKind::ContactAgreement => "contact_agreement",
            RecordKind::SituationReview => "situation_review",
            RecordKind::Meeting => "meeting",
            RecordKind::Meta => "meta",
        }
    }

    /// Parses a stored or requested kind; `None` for an unknown kind.
    pub fn parse(s: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A random 128-bit record ID, shown as 32 lowercase hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(pub [u8; 16]);

impl RecordId {
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Parses 32 lowercase or uppercase hex digits; `None` otherwise.
    pub fn parse(s: &str) -> Option<RecordId> {
        let bytes = s.as_bytes();
        if bytes.len() != 32 {
            return None;
        }
        let mut out = [0u8; 16];
        for (i, pair) in bytes.chunks_exact(2).enumerate() {
            let hi = (pair[0] as char).to_digit(16)?;
            let lo = (pair[1] as char).to_digit(16)?;
            out[i] = (hi * 16 + lo) as u8;
        }
        Some(RecordId(out))
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl Serialize for RecordId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for RecordId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RecordId::parse(&s).ok_or_else(|| serde::de::Error::custom("invalid record id"))
    }
}

/// A domain value the vault can store. Implemented by the domain types.
pub trait Record: Serialize + DeserializeOwned {
    const KIND: RecordKind;
    /// Format version of the serialised value; bound into the AD.
    const VERSION: u16 = 1;
}
