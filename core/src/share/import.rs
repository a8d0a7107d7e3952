//! (being written)
pub const MAX_IMPORT_BYTES: usize = 8_000_000;
