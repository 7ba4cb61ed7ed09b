//! Fluent bundles and locale negotiation. (Being built.)
