//! Every saved format this app has ever written stays readable: each earlier
//! writer's output is kept in `fixtures/` for good, and every file there must
//! load, keep its content, and save again without loss. Add a fixture with
//! every schema change (and a migration in `saved.rs`); never delete one.

use std::fs;
use std::path::Path;

use scorecard_core::model::Guide;
use scorecard_core::saved::{decode, encode, SCHEMA_VERSION};
use scorecard_core::share::import::read_workshop;

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

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

#[test]
fn every_earlier_format_loads_with_its_content_and_saves_again_losslessly() {
    let files = fixtures();
    assert!(files.len() >= 4, "fixtures missing: {files:?}");
    for (name, text) in files {
        let saved = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(saved.schema <= SCHEMA_VERSION, "{name}");
        let w = &saved.workshop;
        // Each is the sample; schema-2 and later files add one conversation merged from another team.
        let conversations = if name.starts_with("schema-1") { 8 } else { 9 };
        assert_eq!((w.measures.len(), w.customers.len(), w.conversations.len()), (10, 8, conversations), "{name}");
        let again = decode(&encode(w, "test", "2026-11-22T00:00:00.000Z", "s1")).unwrap().workshop;
        assert_eq!(&again, w, "{name}");
        let imported = read_workshop(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&imported.saved.workshop, w, "{name}: an import reads what storage reads");
    }
}

#[test]
fn schema_2_keeps_a_conversations_source_and_the_earlier_assessments() {
    let saved = decode(&fixture("schema-2.json")).unwrap();
    assert_eq!(saved.schema, 2);
    let w = &saved.workshop;
    let merged: Vec<&str> = w.conversations.iter().map(|c| c.source.as_str()).filter(|s| !s.is_empty()).collect();
    assert_eq!(merged, ["Field service team"]);
    let earlier = w.earlier.list();
    assert_eq!(earlier.len(), 1);
    let earlier = &earlier[0];
    assert_eq!((earlier.name.as_str(), earlier.date.as_str(), earlier.fit_score), ("Kestrel Pumps — Q3 scorecard review", "2026-08-14", Some(48.5)));
    let relevance: Vec<(&str, Option<f64>, usize)> = earlier.measures.iter().map(|m| (m.name.as_str(), m.relevance, m.answers)).collect();
    assert_eq!(
        relevance,
        [("Net Promoter Score", Some(2.5), 6), ("Service visit satisfaction (CSAT)", Some(3.5), 7), ("Spare-part ordering effort (CES)", None, 0)]
    );
}

#[test]
fn schema_3_keeps_the_rooms_hands_their_place_in_the_analysis_and_the_timers() {
    let saved = decode(&fixture("schema-3.json")).unwrap();
    assert_eq!(saved.schema, 3);
    let room = &saved.workshop.room;
    let hands: Vec<[u32; 5]> = room.answers.iter().map(|a| a.hands).collect();
    assert_eq!(hands, [[0, 1, 1, 2, 1], [0, 0, 2, 1, 0]]);
    assert!(room.in_analysis);
    assert_eq!(room.minutes, [15, 50, 30]);
    // Files from before the room read with nothing captured and the default timers.
    assert!(decode(&fixture("schema-2.json")).unwrap().workshop.room.is_unused());
}

#[test]
fn the_first_writer_of_schema_1_gets_the_default_guide() {
    let saved = decode(&fixture("schema-1-first-writer.json")).unwrap();
    assert_eq!(saved.workshop.guide, Guide::default());
    assert!(saved.workshop.deleted_measures.is_empty());
}

#[test]
fn a_stamped_save_keeps_its_stamp() {
    assert_eq!(decode(&fixture("schema-1-stamped.json")).unwrap().stamp, "mhz2c4a1k9");
}
