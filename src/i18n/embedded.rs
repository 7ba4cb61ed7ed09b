//! The `.ftl` (and review-state) files compiled into the binary by build.rs.

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));
