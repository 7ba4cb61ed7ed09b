//! Case domain types. (Being built.)
