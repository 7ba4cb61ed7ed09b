//! The case domain: what a practitioner writes down on a field visit.
//!
//! Every type here is a [`crate::vault::Record`] that the vault seals whole,
//! so no field is ever stored in plaintext. Each has a `validate` that
//! enforces the limits of [`limits`] and reports the first broken rule as a
//! [`DomainError`] naming the field's path, never its value.
//!
//! Debug output of every type that holds case text is redacted (it prints
//! only the type name), so a stray `{:?}` in a log or a panic message cannot
//! spill a code word or a plan.

/// Implements `Debug` as `Name { .. }` without any field values.
macro_rules! redacted_debug {
    ($ty:ident) => {
        impl ::std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!($ty)).finish_non_exhaustive()
            }
        }
    };
}

pub mod alias;
pub mod case;
mod check;
pub mod contact;
pub mod error;
pub mod limits;
pub mod meeting;
pub mod plan;
pub mod review;

pub use alias::{alias_warnings, AliasWarning};
pub use case::{Case, Colour};
pub use contact::{
    Channel, ContactAgreement, InterpreterGender, InterpreterMode, InterpreterPreferences, OwnWill,
    OwnWillAnswer, SafeToCall, SmsAllowed, SupportPerson,
};
pub use error::DomainError;
pub use limits::{Limits, LIMITS};
pub use meeting::{
    AttendeeRole, ChecklistEntry, InterpreterGenderUsed, InterpreterUsed, Meeting, MeetingPhase,
    PlaceType,
};
pub use plan::{
    ContactRole, CrisisPlan, KeepReady, KeepReadyThing, PlanContact, WarningKind, WarningSign,
};
pub use review::{
    review_item_domain, Rating, ReviewDomain, ReviewEntry, ReviewItem, SituationReview,
    REVIEW_ITEMS,
};
