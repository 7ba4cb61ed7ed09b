//! Fluent bundles, locale negotiation and the per-locale payload for the UI.
//!
//! Bundles are built once, when the [`Localizer`] is made, from the `.ftl`
//! files embedded at build time. Bidi isolation stays on (Fluent's default),
//! so numbers and Latin references stay readable inside RTL text.
//!
//! Every translation carries its review state ([`review`]); a locale is
//! marked as a draft while any text its reader sees is unapproved.

mod embedded;
mod error;
mod locales;
mod localizer;
mod messages;
mod negotiate;
pub mod review;

pub use error::I18nError;
pub use locales::{LocaleInfo, LocaleMeta, TextDirection, LOCALES, SOURCE_LOCALE};
pub use localizer::{LocaleBundle, LocaleSource, Localizer};
pub use messages::{variables_of, MessageKey, MessageShape};
pub use review::{
    ImportReport, LocaleProgress, MessageTexts, Progress, ReviewDesk, ReviewEntry, ReviewError,
    ReviewFile, ReviewGroup, ReviewRow, ReviewState,
};
