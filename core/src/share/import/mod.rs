//! Reading a file a person hands the app: a saved workshop, or the HTML
//! report carrying one, written by this app, an older one, a newer one or
//! anything else. Nothing in it is trusted: unless it is a workshop the
//! app's own edits could have made, it is refused with a sentence that names
//! the field or the item at fault.

mod integrity;

use std::fmt;

use serde_json::error::Category;

pub use integrity::check_integrity;

use super::HTML_DATA_OPEN;
use crate::saved::{self, LoadError, SavedWorkshop};

/// The largest file read. A workshop that fits the browser's storage (5 MiB
/// = 5 242 880 UTF-16 code units, see `benches/quota.rs`) takes at most
/// 15 MiB as UTF-8, at three bytes per code unit for text in non-Latin
/// scripts; 16 MiB takes every such workshop with room for the report page
/// around it, and refuses a video or a database dump picked by mistake
/// before the parser holds it in memory several times over.
pub const MAX_IMPORT_BYTES: usize = 16 << 20;


#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than any workshop the app can hold; none of it was read.
    TooLarge { bytes: usize },
    Empty,
    /// Readable, but not from Scorecard Workshop: the sentence says what it is instead.
    NotAWorkshop(String),
    /// Written by a newer app in a shape this one cannot read at all.
    NewerSchema { found: u32 },
    /// A workshop, but broken: cut off, a value out of range, an id used
    /// twice, a reference to something missing. The sentence names the
    /// field or the item at fault.
    Damaged(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mib = |bytes: usize| bytes as f64 / f64::from(1 << 20);
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is too large to be a workshop: it is {:.1} MB, and a workshop file is at most {:.0} MB.",
                mib(*bytes),
                mib(MAX_IMPORT_BYTES)
            ),
            ImportError::Empty => write!(f, "This file is empty."),
            ImportError::NotAWorkshop(why) => write!(f, "{why}"),
            ImportError::NewerSchema { found } => LoadError::NewerSchema { found: *found }.fmt(f),
            ImportError::Damaged(why) => write!(f, "This workshop file is damaged: {why}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// A workshop read from a file, checked whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub saved: SavedWorkshop,
    /// The saved JSON as found in the file, to be stored as it is when it
    /// is from a newer app: writing `saved` back would drop what this app
    /// does not know.
    pub text: String,
}

/// Reads a saved workshop file, or the HTML report that carries one.
pub fn read_workshop(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // Some editors start a file with a byte order mark, which JSON does not allow.
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    let json = if text.starts_with('<') { json_in_report(text)? } else { text.to_owned() };
    let saved = read_saved(&json)?;
    check_integrity(&saved.workshop).map_err(ImportError::Damaged)?;
    Ok(Imported { saved, text: json })
}

fn json_in_report(html: &str) -> Result<String, ImportError> {
    match super::report::embedded_text(html).filter(|json| !json.trim().is_empty()) {
        Some(json) => Ok(json),
        None if html.contains(HTML_DATA_OPEN) => {
            Err(ImportError::Damaged("the report's copy of the workshop is cut off or empty.".into()))
        }
        None => Err(ImportError::NotAWorkshop(
            "This page is not a Scorecard Workshop report: it carries no workshop.".into(),
        )),
    }
}

/// `saved::decode` stays the one reader of saved text (migrations go
/// there); what it refuses is read again with the path tracked, which only
/// a refused file pays for, to say which field is at fault.
fn read_saved(json: &str) -> Result<SavedWorkshop, ImportError> {
    saved::decode(json).map_err(|error| match error {
        LoadError::NotAWorkshop => ImportError::NotAWorkshop("This file was not written by Scorecard Workshop.".into()),
        LoadError::NewerSchema { found } => ImportError::NewerSchema { found },
        LoadError::NotJson(_) | LoadError::Invalid(_) => ImportError::Damaged(where_it_breaks(json)),
    })
}

fn where_it_breaks(json: &str) -> String {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, SavedWorkshop>(&mut deserializer) {
        // A file cut off breaks at a field whose name never came ("?"):
        // only the reason helps then.
        Err(error) if error.path().iter().next().is_some() && !error.path().to_string().ends_with('?') => {
            format!("{}: {}", error.path(), plain(error.inner()))
        }
        Err(error) => plain(error.inner()),
        // The workshop itself read, so what follows it is at fault.
        Ok(_) => deserializer.end().err().map_or_else(|| "it does not fit this version's format.".into(), |e| plain(&e)),
    }
}

/// serde's wording, plainer where it is most often met, without the line
/// and column (the path says where) and ending as a sentence.
fn plain(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.strip_suffix(&format!(" at line {} column {}", error.line(), error.column())).unwrap_or(&message);
    let plainer = match error.classify() {
        Category::Eof => "the file ends too early, as if it was cut off".to_owned(),
        Category::Syntax => format!("it is not valid JSON here ({message})"),
        _ => match message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
            Some(field) => format!("“{field}” is missing"),
            None => plain_type_error(message).unwrap_or_else(|| message.to_owned()),
        },
    };
    if plainer.ends_with('.') {
        plainer
    } else {
        format!("{plainer}.")
    }
}

/// serde names the Rust type it wanted; the person reading the message
/// knows the kinds of value a file holds.
fn plain_type_error(message: &str) -> Option<String> {
    let rest = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let expected = match expected {
        // Every u8 in a workshop is a rating.
        "u8" => "a whole number from 1 to 5",
        "u32" | "usize" => "a whole number",
        "f64" => "a number",
        "a string" => "a text in quotes",
        "a sequence" => "a list",
        "a map" => "a group of fields",
        struct_name if struct_name.starts_with("struct ") => "a group of fields",
        _ => return None,
    };
    let found = match found {
        "map" => "a group of fields",
        "sequence" => "a list",
        other => other,
    };
    Some(format!("there should be {expected} here, not {found}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::integrity::ID_LIMIT;
    use crate::model::{AssessedMeasure, Assessment, CustomerId, Earlier, Expectation, MeasureId, Segment, SegmentId, Workshop};
    use crate::rating::Rating;
    use crate::sample::sample_workshop;
    use crate::share::{HTML_DATA_CLOSE, HTML_DATA_OPEN};

    fn saved(workshop: &Workshop) -> String {
        saved::encode(workshop, "0.1.0", "2026-11-22T10:00:00.000Z", "s1")
    }

    fn refusal(text: &str) -> String {
        read_workshop(text).expect_err("refused").to_string()
    }

    fn refusal_of(workshop: &Workshop) -> String {
        refusal(&saved(workshop))
    }

    #[test]
    fn the_rooms_answers_must_name_measures_once_and_timers_stay_in_range() {
        let mut w = sample_workshop();
        let m = w.measures[0].id;
        w.count_hand(m, 3, true).unwrap();
        assert!(read_workshop(&saved(&w)).is_ok());
        let mut twice = w.clone();
        twice.room.answers.push(twice.room.answers[0]);
        assert!(refusal_of(&twice).contains("the room's show of hands counts the measure “Net Promoter Score” twice"));
        let mut dangling = w.clone();
        dangling.room.answers[0].measure = crate::model::MeasureId(999_999);
        assert!(refusal_of(&dangling).contains("the room's show of hands is about a measure that is not in the workshop (id 999999)"));
        let mut crowded = w.clone();
        crowded.room.answers[0].hands[4] = 4_000_000_000;
        assert!(refusal_of(&crowded).contains("more than 10000 hands for one value"));
        let mut endless = w;
        endless.room.minutes[1] = 0;
        assert!(refusal_of(&endless).contains("a step's timer is 0 minutes"));
    }

    #[test]
    fn reads_a_saved_file_and_keeps_its_text() {
        let text = saved(&sample_workshop());
        let imported = read_workshop(&format!("\u{feff}\n{text}\n")).unwrap();
        assert_eq!(imported.saved.workshop, sample_workshop());
        assert_eq!(imported.text, text);
    }

    #[test]
    fn reads_the_workshop_a_report_carries() {
        let json = saved(&sample_workshop()).replace('<', "\\u003c");
        let html = format!("<!DOCTYPE html><html><body><h1>Report</h1>{HTML_DATA_OPEN}{json}{HTML_DATA_CLOSE}</body></html>");
        assert_eq!(read_workshop(&html).unwrap().saved.workshop, sample_workshop());
        assert_eq!(
            refusal("<!DOCTYPE html><p>A recipe</p>"),
            "This page is not a Scorecard Workshop report: it carries no workshop."
        );
        let cut = &html[..html.find(HTML_DATA_OPEN).unwrap() + HTML_DATA_OPEN.len() + 100];
        assert_eq!(refusal(cut), "This workshop file is damaged: the report's copy of the workshop is cut off or empty.");
    }

    #[test]
    fn refuses_what_is_not_a_workshop_with_a_sentence() {
        assert_eq!(refusal(" \n "), "This file is empty.");
        assert_eq!(refusal("name,score\nNPS,31"), "This file was not written by Scorecard Workshop.");
        assert_eq!(refusal("{\"name\": \"a recipe\"}"), "This file was not written by Scorecard Workshop.");
        assert!(refusal("{\"schema\": 99}").starts_with("This workshop was saved by a newer version"));
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert_eq!(
            read_workshop(&huge),
            Err(ImportError::TooLarge { bytes: MAX_IMPORT_BYTES + 1 })
        );
        assert_eq!(
            ImportError::TooLarge { bytes: 20 << 20 }.to_string(),
            "This file is too large to be a workshop: it is 20.0 MB, and a workshop file is at most 16 MB."
        );
    }

    #[test]
    fn a_damaged_field_is_named_by_its_path() {
        let text = saved(&sample_workshop());
        let off_scale = text.replacen("\"emphasis\":5", "\"emphasis\":9", 1);
        let position = sample_workshop().measures.iter().position(|m| m.emphasis == Rating::new(5).ok()).unwrap();
        assert_eq!(
            refusal(&off_scale),
            format!("This workshop file is damaged: workshop.measures[{position}].emphasis: 9 is not on the scale: use a whole number from 1 to 5.")
        );
        let worded = text.replacen("\"emphasis\":5", "\"emphasis\":\"high\"", 1);
        assert_eq!(
            refusal(&worded),
            format!("This workshop file is damaged: workshop.measures[{position}].emphasis: there should be a whole number from 1 to 5 here, not string \"high\".")
        );
        let unnamed = text.replacen("\"name\":\"Net Promoter Score\",", "", 1);
        assert_eq!(refusal(&unnamed), "This workshop file is damaged: workshop.measures[0]: “name” is missing.");
        let cut = &text[..text.len() / 2];
        assert!(refusal(cut).ends_with("the file ends too early, as if it was cut off."), "{}", refusal(cut));
        // Deep nesting is refused where the model wants a plain value, and skipped
        // without recursion in a field the model does not know.
        let brackets = |text: &str| format!("{}{text}{}", "[".repeat(100_000), "]".repeat(100_000));
        let deep = text.replacen("\"notes\":", &format!("\"notes\":{},\"x\":", brackets("1")), 1);
        assert!(refusal(&deep).ends_with("workshop.conversations[0].notes: there should be a text in quotes here, not a list."), "{}", refusal(&deep));
        let unknown = text.replacen("\"notes\":", &format!("\"newer\":{},\"notes\":", brackets("")), 1);
        assert_eq!(read_workshop(&unknown).unwrap().saved.workshop, sample_workshop());
        assert!(refusal(&format!("{text} extra")).contains("it is not valid JSON here (trailing characters)."));
    }

    #[test]
    fn refuses_texts_the_app_would_not_take() {
        let mut w = sample_workshop();
        w.measures[1].asks = "x".repeat(401);
        assert_eq!(
            refusal_of(&w),
            "This workshop file is damaged: the measure “Service visit satisfaction (CSAT)”, “What it asks or counts”: Keep it under 400 characters (this is 401)."
        );
        let mut w = sample_workshop();
        w.measures[0].latest_value = Some(1e15);
        assert!(refusal_of(&w).contains("is too large to be a scorecard figure."));
        let mut w = sample_workshop();
        w.segments[0].name = "  ".into();
        assert!(refusal_of(&w).ends_with("A segment needs a name."));
        let mut w = sample_workshop();
        w.conversations[2].notes = "n".repeat(5000);
        assert!(refusal_of(&w).contains("Keep it under 4000 characters (this is 5000)."));
        let mut w = sample_workshop();
        w.conversations[0].date = "2026-02-30".into();
        assert!(refusal_of(&w).ends_with("“2026-02-30” is not a date on the calendar."));
        let mut w = sample_workshop();
        w.conversations[0].date = " 2026-02-03".into();
        assert!(refusal_of(&w).ends_with("“2026-02-03” has spaces around the date."));
        let mut w = sample_workshop();
        w.earlier = Earlier::of(&[Assessment {
            name: "Q3".into(),
            date: "2026-08-01".into(),
            workshop: String::new(),
            fit_score: Some(140.0),
            measures: vec![AssessedMeasure { measure: MeasureId(1), name: "NPS".into(), relevance: Some(3.0), answers: 4 }],
        }]);
        assert_eq!(
            refusal_of(&w),
            "This workshop file is damaged: the earlier assessment “Q3”: its fit score 140 is not between 0 and 100."
        );
    }

    #[test]
    fn every_id_is_unique_across_kinds() {
        let mut w = sample_workshop();
        w.customers[0].id = CustomerId(w.measures[0].id.0);
        let message = refusal_of(&w);
        assert!(message.starts_with("This workshop file is damaged: the measure “Net Promoter Score” and the customer"), "{message}");
        assert!(message.ends_with("have the same id (1), and every item in a workshop has its own."), "{message}");
        let mut w = sample_workshop();
        let deleted = w.measures[3].id;
        w.delete_measure(deleted).unwrap();
        w.segments.push(Segment { id: SegmentId(deleted.0), name: "Twin".into() });
        assert!(refusal_of(&w).contains("and the segment “Twin” have the same id"));
        let mut w = sample_workshop();
        w.conversations[0].id.0 = ID_LIMIT;
        assert!(refusal_of(&w).contains(&format!("has the id {ID_LIMIT}, outside the ids the app hands out")));
    }

    #[test]
    fn refuses_references_to_what_is_not_there() {
        let mut w = sample_workshop();
        w.conversations[0].customer = CustomerId(999);
        assert!(refusal_of(&w).ends_with("is with a customer who is not in the workshop (id 999)."));
        let mut w = sample_workshop();
        w.conversations[1].answers[0].measure = MeasureId(999);
        assert!(refusal_of(&w).ends_with("has an answer about a measure that is not in the workshop (id 999)."));
        let mut w = sample_workshop();
        w.customers[2].segment = SegmentId(999);
        assert!(refusal_of(&w).ends_with("is in a segment that is not in the workshop (id 999)."));
        let mut w = sample_workshop();
        w.expectations.push(Expectation { measure: MeasureId(999), relevance: Rating::new(3).unwrap() });
        assert!(refusal_of(&w).ends_with("an expectation is about a measure that is not in the workshop (id 999)."));
        let mut w = sample_workshop();
        let first = w.expectations[0];
        w.expectations.push(first);
        assert!(refusal_of(&w).contains("the expectations name the measure"));
        let mut w = sample_workshop();
        w.decisions.push(w.decisions[0].clone());
        assert!(refusal_of(&w).contains("there are two decisions about"));
    }

    #[test]
    fn what_refers_to_a_deleted_measure_stays_readable() {
        let mut w = sample_workshop();
        let measure = w.measures[0].id;
        w.set_measure_question(measure, "How much does the recommendation score matter to you?").unwrap();
        w.delete_measure(measure).unwrap();
        assert_eq!(read_workshop(&saved(&w)).unwrap().saved.workshop, w);
    }

    #[test]
    fn a_counter_behind_the_ids_reads_and_never_hands_out_a_taken_id() {
        let mut w = sample_workshop();
        w.next_id = 2;
        let mut imported = read_workshop(&saved(&w)).unwrap().saved.workshop;
        assert_eq!(check_integrity(&imported), Ok(()));
        let fresh = imported.add_segment("New").unwrap();
        let taken = w.measures.iter().map(|m| m.id.0).chain(w.customers.iter().map(|c| c.id.0)).chain(w.conversations.iter().map(|c| c.id.0));
        assert!(taken.chain(w.segments.iter().map(|s| s.id.0)).all(|id| id != fresh.0));
        w.next_id = u32::MAX;
        assert!(refusal_of(&w).contains("the number for the next new item (4294967295) must be from 1 to"));
    }

    #[test]
    fn a_newer_apps_file_is_read_with_its_text_kept() {
        let text = saved(&sample_workshop())
            .replacen(&format!("\"schema\":{}", crate::saved::SCHEMA_VERSION), &format!("\"schema\":{}", crate::saved::SCHEMA_VERSION + 1), 1)
            .replacen("\"workshop\":{", "\"workshop\":{\"mood\":\"new in the next schema\",", 1);
        let imported = read_workshop(&text).unwrap();
        assert!(imported.saved.is_from_newer_app());
        assert_eq!(imported.text, text);
    }

    #[test]
    fn a_file_cut_off_inside_a_name_says_so_without_a_meaningless_place() {
        let error = read_workshop("{\"schema\": 1, \"workshop\": {\"na").unwrap_err();
        assert_eq!(error.to_string(), "This workshop file is damaged: the file ends too early, as if it was cut off.");
    }
}
