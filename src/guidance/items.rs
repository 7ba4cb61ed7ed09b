//! The catalogue data. (Being written.)
use super::model::{Reference, Section, Item};

pub static SECTIONS: &[Section] = &[];
pub static ITEMS: &[Item] = &[];
pub static REFERENCES: &[Reference] = &[];
