//! The guidance catalogue: the structure of the safety sheet.
//!
//! The structure (sections in the sheet's order, items, meeting phases,
//! audience, references) lives only in [`items`]. All text lives in Fluent,
//! under message IDs derived from the IDs here (see [`model`]).

pub mod items;
pub mod model;

pub use model::{Audience, Catalogue, Item, Phase, RefKind, Reference, Section, SectionId};

/// The whole catalogue, in the sheet's order.
pub fn catalogue() -> Catalogue {
    Catalogue {
        sections: items::SECTIONS,
        items: items::ITEMS,
        references: items::REFERENCES,
    }
}
