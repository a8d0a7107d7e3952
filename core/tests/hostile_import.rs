//! Whatever file a person hands the app, reading it never panics: it gives
//! either a workshop the app's own edits could have made, which saves and
//! loads again unchanged, or a refusal that is a sentence. The files here are
//! made to break it: noise, real files damaged in every way a disk, a hand
//! edit or a hostile sender could, cut off anywhere, and wrapped in HTML.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use proptest::sample::Index;
use scorecard_core::sample::sample_workshop;
use scorecard_core::saved::{decode, encode};
use scorecard_core::share::import::{check_integrity, read_workshop, ImportError};
use scorecard_core::share::{HTML_DATA_CLOSE, HTML_DATA_OPEN};
use serde_json::{Map, Value};

/// Stands for 100 000 nested brackets, put into the text after it is
/// written: a `Value` that deep would overflow the stack when dropped.
const DEEP: &str = "\u{0}deep";

/// The keys whose numbers are ids or point at one.
const ID_KEYS: [&str; 5] = ["id", "customer", "segment", "measure", "next_id"];

fn valid_files() -> Vec<String> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![
        encode(&sample_workshop(), "0.1.0", "2026-11-22T10:00:00.000Z", "s1"),
        fs::read_to_string(fixtures.join("schema-2.json")).unwrap(),
        fs::read_to_string(fixtures.join("schema-1-first-writer.json")).unwrap(),
    ]
}

/// Checks what reading gave, whatever it was.
fn assert_sound(result: Result<scorecard_core::share::import::Imported, ImportError>) -> Result<(), TestCaseError> {
    match result {
        Ok(imported) => {
            let workshop = &imported.saved.workshop;
            prop_assert_eq!(check_integrity(workshop), Ok(()));
            let again = decode(&encode(workshop, "test", "2026-11-22T00:00:00.000Z", "s1")).map(|s| s.workshop);
            prop_assert_eq!(again.as_ref(), Ok(workshop));
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(message.starts_with(char::is_uppercase), "not a sentence: {message}");
            prop_assert!(message.ends_with('.'), "not a sentence: {message}");
        }
    }
    Ok(())
}

/// Every place in a JSON document, as a list of keys and indexes from the
/// top, and apart from them the places holding an id or a reference to one.
fn places(value: &Value, here: &mut Vec<Step>, all: &mut Vec<Vec<Step>>, ids: &mut Vec<Vec<Step>>) {
    all.push(here.clone());
    match value {
        Value::Object(map) => map.iter().for_each(|(key, v)| {
            here.push(Step::Key(key.clone()));
            places(v, here, all, ids);
            here.pop();
        }),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
            here.push(Step::Index(i));
            places(v, here, all, ids);
            here.pop();
        }),
        _ if value.is_u64() && matches!(here.last(), Some(Step::Key(key)) if ID_KEYS.contains(&key.as_str())) => {
            ids.push(here.clone());
        }
        _ => {}
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, place: &[Step]) -> &'a mut Value {
    place.iter().fold(value, |v, step| match step {
        Step::Key(key) => &mut v[key.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(Index),
    Replace(Index, Value),
    AddUnknownField(Index, String, Value),
    /// Gives one id (or reference) the value of another: ids colliding
    /// within and across kinds, references moved to another item or kind.
    CopyId(Index, Index),
    /// Points an id or a reference at a number that may name nothing.
    SetId(Index, u64),
}

fn hostile_value() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        any::<String>(),
        Just("</script><script>alert(1)</script>".to_owned()),
        Just("2026-02-30".to_owned()),
        Just(" 2026-11-22".to_owned()),
        (0usize..6000).prop_map(|n| "x".repeat(n)),
        Just(DEEP.to_owned()),
    ];
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-3i64..9).prop_map(Value::from),
        prop_oneof![Just(0u64), Just(1 << 31), Just(u64::from(u32::MAX)), Just(u64::MAX)].prop_map(Value::from),
        any::<f64>().prop_filter("JSON has only finite numbers", |f| f.is_finite()).prop_map(Value::from),
        prop_oneof![Just(1e300), Just(-1e13), Just(0.5), Just(4.999)].prop_map(Value::from),
        text.prop_map(Value::from),
        Just(Value::Array(Vec::new())),
        Just(Value::Object(Map::new())),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => any::<Index>().prop_map(Mutation::Delete),
        4 => (any::<Index>(), hostile_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        2 => (any::<Index>(), "[a-z_]{1,12}", hostile_value()).prop_map(|(i, k, v)| Mutation::AddUnknownField(i, k, v)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::CopyId(a, b)),
        2 => (any::<Index>(), 0u64..80).prop_map(|(i, n)| Mutation::SetId(i, n)),
    ]
}

fn mutate(document: &mut Value, mutation: &Mutation) {
    let (mut all, mut ids) = (Vec::new(), Vec::new());
    places(document, &mut Vec::new(), &mut all, &mut ids);
    match mutation {
        Mutation::Delete(i) => {
            let mut place = all[i.index(all.len())].clone();
            match place.pop() {
                Some(Step::Key(key)) => drop(at(document, &place).as_object_mut().map(|m| m.remove(&key))),
                Some(Step::Index(index)) => drop(at(document, &place).as_array_mut().map(|a| a.remove(index))),
                None => *document = Value::Null,
            }
        }
        Mutation::Replace(i, value) => *at(document, &all[i.index(all.len())]) = value.clone(),
        Mutation::AddUnknownField(i, key, value) => {
            if let Some(map) = at(document, &all[i.index(all.len())]).as_object_mut() {
                map.insert(key.clone(), value.clone());
            }
        }
        Mutation::CopyId(a, b) if !ids.is_empty() => {
            let value = at(document, &ids[b.index(ids.len())]).clone();
            *at(document, &ids[a.index(ids.len())]) = value;
        }
        Mutation::SetId(i, n) if !ids.is_empty() => *at(document, &ids[i.index(ids.len())]) = Value::from(*n),
        Mutation::CopyId(..) | Mutation::SetId(..) => {}
    }
}

/// How the damaged JSON reaches the app.
#[derive(Clone, Debug)]
enum Wrapper {
    File,
    /// A report as the app writes it, every `<` escaped.
    Report,
    /// A report whose `<` were not escaped, so a `</script>` in a text ends the block early.
    UnescapedReport,
    ReportWithoutClose,
    ReportWithoutOpen,
    ReportWithEmptyBlock,
}

fn wrap(json: &str, wrapper: &Wrapper) -> String {
    let page = |block: &str| format!("<!DOCTYPE html><html><head><title>Report</title></head><body><h1>Scorecard</h1>{block}</body></html>");
    match wrapper {
        Wrapper::File => json.to_owned(),
        Wrapper::Report => page(&format!("{HTML_DATA_OPEN}{}{HTML_DATA_CLOSE}", json.replace('<', "\\u003c"))),
        Wrapper::UnescapedReport => page(&format!("{HTML_DATA_OPEN}{json}{HTML_DATA_CLOSE}")),
        Wrapper::ReportWithoutClose => page(&format!("{HTML_DATA_OPEN}{json}")),
        Wrapper::ReportWithoutOpen => page(&format!("{json}{HTML_DATA_CLOSE}")),
        Wrapper::ReportWithEmptyBlock => page(&format!("{HTML_DATA_OPEN}{HTML_DATA_CLOSE}")),
    }
}

fn wrapper() -> impl Strategy<Value = Wrapper> {
    prop_oneof![
        6 => Just(Wrapper::File),
        3 => Just(Wrapper::Report),
        1 => Just(Wrapper::UnescapedReport),
        1 => Just(Wrapper::ReportWithoutClose),
        1 => Just(Wrapper::ReportWithoutOpen),
        1 => Just(Wrapper::ReportWithEmptyBlock),
    ]
}

fn cut(text: &str, at: Index) -> &str {
    let mut end = at.index(text.len() + 1);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn noise_is_refused_with_a_sentence(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        assert_sound(read_workshop(&String::from_utf8_lossy(&bytes)))?;
    }

    #[test]
    fn any_text_is_refused_with_a_sentence(text in any::<String>()) {
        assert_sound(read_workshop(&text))?;
        assert_sound(read_workshop(&format!("{{\"schema\":2,{text}")))?;
    }

    #[test]
    fn a_damaged_real_file_is_read_soundly_or_refused(
        file in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
        wrapper in wrapper(),
        truncate in prop::option::weighted(0.15, any::<Index>()),
    ) {
        let files = valid_files();
        let mut document: Value = serde_json::from_str(file.get::<String>(&files)).unwrap();
        for mutation in &mutations {
            mutate(&mut document, mutation);
        }
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let json = document.to_string().replace(&serde_json::to_string(DEEP).unwrap(), &deep);
        let text = wrap(&json, &wrapper);
        let text = truncate.map_or(text.as_str(), |at| cut(&text, at));
        assert_sound(read_workshop(text))?;
    }

    #[test]
    fn a_real_file_cut_off_anywhere_is_refused(file in any::<Index>(), at in any::<Index>(), report in any::<bool>()) {
        let files = valid_files();
        let text = wrap(file.get::<String>(&files), if report { &Wrapper::Report } else { &Wrapper::File });
        let cut = cut(&text, at);
        let result = read_workshop(cut);
        if cut.trim_end().len() < text.trim_end().len() && !report {
            prop_assert!(result.is_err(), "a cut file was read");
        }
        assert_sound(result)?;
    }
}

#[test]
fn nesting_100_000_deep_is_refused_or_skipped_without_overflowing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let files = valid_files();
    let sample = &files[0];
    for text in [
        deep.clone(),
        format!("{{\"schema\":2,\"workshop\":{deep}}}"),
        sample.replacen("\"measures\":", &format!("\"measures\":{deep},\"x\":"), 1),
        sample.replacen("\"measures\":", &format!("\"unknown\":{deep},\"measures\":"), 1),
        sample.replacen("\"measures\":", &format!("\"measures\":{}", "[".repeat(100_000)), 1),
    ] {
        assert_sound(read_workshop(&text)).unwrap();
    }
}

#[test]
fn every_valid_file_reads_as_it_is() {
    for text in valid_files() {
        assert_eq!(read_workshop(&text).unwrap().saved.workshop, decode(&text).unwrap().workshop);
    }
    let large = encode(&scorecard_core::sample::large_workshop(), "0.1.0", "2026-01-01T00:00:00.000Z", "large");
    assert!(read_workshop(&large).is_ok());
}
