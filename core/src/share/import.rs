//! STUB
use crate::saved::SavedWorkshop;
pub const MAX_IMPORT_BYTES: usize = 8_000_000;
pub struct Imported { pub saved: SavedWorkshop, pub text: String }
pub fn read_workshop(text: &str) -> Result<Imported, String> { crate::saved::decode(text).map(|saved| Imported { saved, text: text.to_owned() }).map_err(|e| e.to_string()) }
