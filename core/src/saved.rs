//! The saved form of a workshop: an envelope that names the schema it was
//! written with, so that a file from an older app can be migrated and a file
//! from a newer app is recognised instead of being misread.

use serde::{Deserialize, Serialize};

use crate::model::Workshop;

/// The schema this build writes. Raise it with every change to the saved
/// shape and add a migration from the previous one.
///
/// - 1: the first.
/// - 2: conversations may name the source they were merged from, and a
///   workshop may carry its earlier assessments. Both are new optional
///   fields, so a schema-1 file reads as it is; an app that reads only 1
///   opens a schema-2 file read-only instead of saving over what it lacks.
/// - 3: a workshop may carry the room's answers and its step timers
///   (`room`), again optional: schema 1 and 2 files read as they are.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedWorkshop {
    pub schema: u32,
    /// The version of the app that wrote the file, for support questions.
    pub app_version: String,
    /// When it was written, as an ISO 8601 timestamp from the browser clock.
    pub saved_at: String,
    /// A token new with every save, so that a tab can tell whether the
    /// stored copy is still the one it loaded or last wrote (another tab may
    /// have saved since). Files written before stamps existed have none.
    #[serde(default)]
    pub stamp: String,
    pub workshop: Workshop,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON at all: truncated, or another kind of file.
    NotJson(String),
    /// JSON, but not something this app wrote.
    NotAWorkshop,
    /// Written by a newer app in a shape this one cannot read at all.
    NewerSchema { found: u32 },
    /// Claims to be a workshop but breaks its rules (an off-scale rating, a missing field).
    Invalid(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NotJson(why) => write!(f, "This is not a workshop file: it is not valid JSON ({why})."),
            LoadError::NotAWorkshop => write!(f, "This file was not written by Scorecard Workshop."),
            LoadError::NewerSchema { found } => write!(
                f,
                "This workshop was saved by a newer version of Scorecard Workshop (format {found}; this one reads up to {SCHEMA_VERSION})."
            ),
            LoadError::Invalid(why) => write!(f, "This workshop file is damaged: {why}."),
        }
    }
}

impl std::error::Error for LoadError {}

/// Only the fields every schema has, read before the rest so that the schema
/// decides how the rest is read.
#[derive(Deserialize)]
struct Header {
    schema: u32,
    #[serde(default)]
    stamp: String,
}

impl SavedWorkshop {
    /// Written by a newer app: shown read-only, never saved over, since
    /// writing it back in this app's shape would drop what this app does not know.
    pub fn is_from_newer_app(&self) -> bool {
        self.schema > SCHEMA_VERSION
    }
}

pub fn encode(workshop: &Workshop, app_version: &str, saved_at: &str, stamp: &str) -> String {
    let saved = SavedWorkshop {
        schema: SCHEMA_VERSION,
        app_version: app_version.to_owned(),
        saved_at: saved_at.to_owned(),
        stamp: stamp.to_owned(),
        workshop: workshop.clone(),
    };
    serde_json::to_string(&saved).expect("a workshop always serialises: it holds no maps with non-string keys")
}

/// Reads a saved workshop of this schema or an earlier one. A file from a
/// newer app is read too when its shape still fits (fields this app does not
/// know are skipped); `is_from_newer_app` then tells the caller to show it
/// read-only.
pub fn decode(text: &str) -> Result<SavedWorkshop, LoadError> {
    let header = header(text)?;
    let saved = serde_json::from_str(text);
    if header.schema > SCHEMA_VERSION {
        return saved.map_err(|_| LoadError::NewerSchema { found: header.schema });
    }
    // Schema 2 only added optional fields, so schema 1 reads as it is. A
    // migration from each earlier schema goes here when a field changes
    // meaning, with that schema's file kept in tests/fixtures.
    saved.map_err(|e| LoadError::Invalid(e.to_string()))
}

/// The stamp of the last save of a stored text, read without reading the
/// workshop itself; empty for files saved before stamps existed.
pub fn stamp_of(text: &str) -> Result<String, LoadError> {
    header(text).map(|h| h.stamp)
}

/// The header is read on its own first (serde skips the other fields), so
/// that a newer file is recognised before its unknown shape is misread.
fn header(text: &str) -> Result<Header, LoadError> {
    if !text.trim_start().starts_with('{') {
        return Err(LoadError::NotAWorkshop);
    }
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => LoadError::NotJson(e.to_string()),
        _ => LoadError::NotAWorkshop,
    })?;
    if header.schema == 0 {
        return Err(LoadError::NotAWorkshop);
    }
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;

    #[test]
    fn round_trips_the_sample_losslessly() {
        let sample = sample_workshop();
        let text = encode(&sample, "0.1.0", "2026-11-22T10:00:00.000Z", "k3x9");
        let saved = decode(&text).unwrap();
        assert_eq!(saved.workshop, sample);
        assert_eq!(saved.schema, SCHEMA_VERSION);
        assert_eq!(saved.saved_at, "2026-11-22T10:00:00.000Z");
        assert_eq!(saved.stamp, "k3x9");
        assert_eq!(stamp_of(&text), Ok("k3x9".to_owned()));
        assert!(!saved.is_from_newer_app());
    }

    #[test]
    fn tells_broken_foreign_and_newer_files_apart() {
        assert!(matches!(decode("{\"schema\": 1, \"work"), Err(LoadError::NotJson(_))));
        assert_eq!(decode("{\"name\": \"a recipe\"}"), Err(LoadError::NotAWorkshop));
        assert_eq!(decode("[1, 2, 3]"), Err(LoadError::NotAWorkshop));
        assert_eq!(decode("{\"schema\": 99, \"whatever\": true}"), Err(LoadError::NewerSchema { found: 99 }));
        assert!(matches!(decode("{\"schema\": 1}"), Err(LoadError::Invalid(_))));
        assert_eq!(stamp_of("not json"), Err(LoadError::NotAWorkshop));
    }

    #[test]
    fn a_newer_file_that_still_fits_opens_for_reading_with_its_new_fields_ignored() {
        let text = encode(&sample_workshop(), "0.1.0", "now", "s1")
            .replacen(&format!("\"schema\":{SCHEMA_VERSION}"), &format!("\"schema\":{}", SCHEMA_VERSION + 1), 1)
            .replacen("\"workshop\":{", "\"workshop\":{\"mood\":\"new in the next schema\",", 1);
        let saved = decode(&text).unwrap();
        assert!(saved.is_from_newer_app());
        assert_eq!(saved.workshop, sample_workshop());
    }

    #[test]
    fn refuses_an_off_scale_rating_with_a_reason() {
        let text = encode(&sample_workshop(), "0.1.0", "now", "s1").replacen("\"relevance\":5", "\"relevance\":9", 1);
        match decode(&text) {
            Err(LoadError::Invalid(why)) => assert!(why.contains("9 is not on the scale"), "{why}"),
            other => panic!("expected Invalid, got {other:?}"),
        }
    }
}
