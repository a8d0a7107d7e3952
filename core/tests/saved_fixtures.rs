//! Every saved format this app has ever written stays readable: each earlier
//! writer's output is kept in `fixtures/` for good, and every file there must
//! load, keep its content, and save again without loss. Add a fixture with
//! every schema change (and a migration in `saved.rs`); never delete one.

use std::fs;
use std::path::Path;

use scorecard_core::model::Guide;
use scorecard_core::saved::{decode, encode, SCHEMA_VERSION};

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<(String, String)> = fs::read_dir(&dir)
        .expect("the fixtures folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(&path).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn every_earlier_format_loads_with_its_content_and_saves_again_losslessly() {
    let files = fixtures();
    assert!(files.len() >= 3, "fixtures missing: {files:?}");
    for (name, text) in files {
        let saved = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(saved.schema <= SCHEMA_VERSION, "{name}");
        let w = &saved.workshop;
        assert_eq!((w.measures.len(), w.customers.len(), w.conversations.len()), (10, 8, 8), "{name}");
        let again = decode(&encode(w, "test", "2026-11-22T00:00:00.000Z", "s1")).unwrap().workshop;
        assert_eq!(&again, w, "{name}");
    }
}

#[test]
fn the_first_writer_of_schema_1_gets_the_default_guide() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-1-first-writer.json")).unwrap();
    let saved = decode(&text).unwrap();
    assert_eq!(saved.workshop.guide, Guide::default());
    assert!(saved.workshop.deleted_measures.is_empty());
}

#[test]
fn a_stamped_save_keeps_its_stamp() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-1-stamped.json")).unwrap();
    assert_eq!(decode(&text).unwrap().stamp, "mhz2c4a1k9");
}
