//! The workshop as three spreadsheet files: the measures, every customer
//! answer, and the decisions.
//!
//! What people typed reaches a spreadsheet that may take a cell starting
//! with `=` for a formula (CSV injection): such a text could open a link,
//! read other cells or, in old spreadsheets, run a command. Every text cell
//! therefore goes through `neutralised`, the one place that decides, while
//! numbers stay numbers so that the spreadsheet can sort and add them.

use std::borrow::Cow;


use crate::analysis::measure_findings;
use crate::charts::TextTable;
use crate::share::compare::OWN_SOURCE;
use crate::determine::decision_table;
use crate::review::{revised_scorecard, revised_table};
use crate::inventory::MeasureField;
use crate::model::{Conversation, Measure, MeasureAnswer, Workshop};
use crate::rating::Rating;

/// The files a workshop can be exported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvTable {
    Measures,
    Answers,
    Decisions,
    /// The scorecard as the decisions leave it (`review::revised_scorecard`).
    Revised,
}

impl CsvTable {
    pub const ALL: [CsvTable; 4] = [CsvTable::Measures, CsvTable::Answers, CsvTable::Decisions, CsvTable::Revised];

    /// For file names: `<workshop>-measures.csv`.
    pub fn slug(self) -> &'static str {
        match self {
            CsvTable::Measures => "measures",
            CsvTable::Answers => "answers",
            CsvTable::Decisions => "decisions",
            CsvTable::Revised => "revised",
        }
    }
}

/// Without it Excel reads the file in the machine's legacy code page and
/// shows "Zoë – naïve" as mojibake; LibreOffice and the `csv` crate's reader
/// both skip it.
const UTF8_BOM: &str = "\u{feff}";


/// The characters OWASP lists as starting a formula in some spreadsheet:
/// `=`, `+`, `-` and `@` start one in Excel and LibreOffice, and a leading
/// tab or carriage return is dropped by some of them, uncovering what follows.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The text as a spreadsheet must receive it: one leading `'` when it
/// could be taken for a formula, which every spreadsheet reads as "this is
/// text". Harmless text is left exactly as typed.
fn neutralised(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

enum Cell<'a> {
    Text(Cow<'a, str>),
    /// Empty when there is no figure.
    Number(Option<f64>),
}

impl<'a> Cell<'a> {
    fn text(text: impl Into<Cow<'a, str>>) -> Self {
        Cell::Text(text.into())
    }

    fn rating(rating: Option<Rating>) -> Self {
        Cell::Number(rating.map(|r| f64::from(r.get())))
    }

    fn count(count: usize) -> Self {
        Cell::Number(Some(count as f64))
    }

    fn written(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => neutralised(text),
            // Rust writes the shortest digits that read back as the same
            // number, never an exponent, and "-3.5" is a number to any
            // spreadsheet: a leading minus here is no formula.
            Cell::Number(Some(number)) if number.is_finite() => Cow::Owned(number.to_string()),
            // A spreadsheet has no infinity, and "-inf" would start like a
            // formula; the model never holds one, but nothing here relies on that.
            Cell::Number(_) => Cow::Borrowed(""),
        }
    }
}

/// One table of the workshop as CSV text (RFC 4180: comma separated, CRLF
/// line ends, quotes doubled), starting with a UTF-8 byte order mark.
pub fn csv(workshop: &Workshop, table: CsvTable) -> String {
    let (columns, rows) = match table {
        CsvTable::Measures => measures(workshop),
        CsvTable::Answers => answers(workshop),
        CsvTable::Decisions => text_table(decision_table(workshop)),
        CsvTable::Revised => text_table(revised_table(&revised_scorecard(workshop))),
    };
    // Quoting every cell that is not a number, not only those with a comma
    // or a line break, is what OWASP advises too: a spreadsheet set to read
    // quoted fields as text then takes none of them for a formula.
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::NonNumeric)
        .from_writer(UTF8_BOM.as_bytes().to_vec());
    let header = columns.into_iter().map(Cell::text).collect();
    for row in std::iter::once(header).chain(rows) {
        let written: Vec<Cow<str>> = row.iter().map(Cell::written).collect();
        writer.write_record(written.iter().map(|cell| cell.as_bytes())).expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("flushing to memory cannot fail");
    String::from_utf8(bytes).expect("every cell was a Rust string")
}

type Table<'a> = (Vec<String>, Vec<Vec<Cell<'a>>>);

/// Every field of the inventory, then what customers said of the measure.
fn measures(workshop: &Workshop) -> Table<'_> {
    let mut columns: Vec<String> = MeasureField::ALL.iter().map(|field| field.label().to_owned()).collect();
    columns.extend(["Customer relevance (mean)".to_owned(), "Relevance answers".to_owned()]);
    let rows = workshop
        .measures
        .iter()
        .zip(measure_findings(workshop))
        .map(|(measure, findings)| {
            let mut row: Vec<Cell> = MeasureField::ALL.iter().map(|field| measure_cell(*field, measure)).collect();
            row.push(Cell::Number(findings.relevance.map(|r| r.mean)));
            row.push(Cell::count(findings.relevance.map_or(0, |r| r.n)));
            row
        })
        .collect();
    (columns, rows)
}

/// Matched field by field, with no catch-all, so that a field added to the
/// inventory must be declared a number or a text here.
fn measure_cell(field: MeasureField, measure: &Measure) -> Cell<'_> {
    match field {
        MeasureField::LatestValue => Cell::Number(measure.latest_value),
        MeasureField::Target => Cell::Number(measure.target),
        MeasureField::Emphasis => Cell::rating(measure.emphasis),
        MeasureField::Understanding => Cell::rating(measure.understanding),
        MeasureField::Name
        | MeasureField::Asks
        | MeasureField::Formula
        | MeasureField::Unit
        | MeasureField::Source
        | MeasureField::Frequency
        | MeasureField::Owner
        | MeasureField::DrivesDecision => Cell::text(field.text(measure)),
    }
}

/// One row per answer, each carrying its conversation's quotes, factors and
/// notes, so that filtering on a measure in a spreadsheet keeps what the
/// customer said with the score.
fn answers(workshop: &Workshop) -> Table<'_> {
    let columns = [
        "Date",
        "Customer",
        "Role",
        "Segment",
        "Source",
        "Measure",
        "Relevance (1–5)",
        "Value (1–5)",
        "Quotes",
        "Not measured",
        "Notes",
    ];
    let rows = workshop
        .conversations
        .iter()
        .flat_map(|conversation| {
            // A conversation where no measure came up still happened, and its
            // quotes and factors are often the point.
            let answers: Vec<Option<&MeasureAnswer>> = if conversation.answers.is_empty() {
                vec![None]
            } else {
                conversation.answers.iter().map(Some).collect()
            };
            answers.into_iter().map(move |answer| answer_row(workshop, conversation, answer))
        })
        .collect();
    (columns.map(str::to_owned).to_vec(), rows)
}

fn answer_row<'a>(workshop: &'a Workshop, conversation: &'a Conversation, answer: Option<&MeasureAnswer>) -> Vec<Cell<'a>> {
    let customer = workshop.customer(conversation.customer);
    let segment = workshop.segment_of(conversation).and_then(|id| workshop.segment(id));
    let source = if conversation.source.is_empty() { OWN_SOURCE } else { &conversation.source };
    let measure = answer.map_or("", |a| workshop.measure(a.measure).map_or("A deleted measure", |m| m.name.as_str()));
    vec![
        Cell::text(conversation.date.as_str()),
        Cell::text(customer.map_or("A deleted customer", |c| c.name.as_str())),
        Cell::text(customer.map_or("", |c| c.role.as_str())),
        Cell::text(segment.map_or("", |s| s.name.as_str())),
        Cell::text(source),
        Cell::text(measure),
        Cell::rating(answer.and_then(|a| a.relevance)),
        Cell::rating(answer.and_then(|a| a.value)),
        // One per line: a spreadsheet shows them wrapped in the cell.
        Cell::text(conversation.quotes.join("\n")),
        Cell::text(conversation.unmeasured.join("\n")),
        Cell::text(conversation.notes.as_str()),
    ]
}

/// The same table as the report's, so the two never disagree.
/// A table the app shows, cell for cell: the file always matches the report.
fn text_table(table: TextTable) -> Table<'static> {
    (table.columns, table.rows.into_iter().map(|row| row.into_iter().map(Cell::text).collect()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ConversationId, Customer, CustomerId, Decision, DecisionKind, DecisionSubject, MeasureId, Segment, SegmentId};
    use crate::rating::r;
    use crate::sample::sample_workshop;
    use proptest::prelude::*;

    /// What OWASP says must never start a text cell, written out again here
    /// rather than taken from the code under test.
    const DANGEROUS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

    const HOSTILE: [&str; 12] = [
        r#"=HYPERLINK("http://evil.example","click")"#,
        "+1+1",
        "-2+3",
        "@SUM(1,1)",
        "\t=1",
        "\r=1",
        "<script>alert(1)</script>",
        r#"He said "stop", then left"#,
        "one, two, three",
        "first line\r\nsecond line\nthird",
        "Zoë – naïve 日本語 🚀",
        "'=already quoted",
    ];

    /// The cells of a CSV as any RFC 4180 reader gets them.
    fn parsed(text: &str) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|record| record.expect("the CSV parses").iter().map(str::to_owned).collect())
            .collect()
    }

    /// The cell holds the text as typed, with one quote in front when the
    /// text starts like a formula.
    fn assert_holds(cell: &str, typed: &str) {
        let expected = if typed.starts_with(DANGEROUS) { format!("'{typed}") } else { typed.to_owned() };
        assert_eq!(cell, expected, "the cell for {typed:?}");
    }

    /// A leading minus is only allowed on a number.
    fn assert_no_formula_starts(text: &str) {
        for cell in parsed(text).iter().flatten() {
            assert!(
                !cell.starts_with(DANGEROUS) || cell.parse::<f64>().is_ok_and(f64::is_finite),
                "{cell:?} could be read as a formula"
            );
        }
    }

    /// A workshop with one of everything, each text field filled from `texts`.
    fn one_of_everything(texts: &[String; 15], latest_value: f64, target: f64) -> Workshop {
        let mut w = Workshop::new("w", "o");
        let segment = SegmentId(w.allocate_id());
        w.segments.push(Segment { id: segment, name: texts[0].clone() });
        let customer = CustomerId(w.allocate_id());
        w.customers.push(Customer { id: customer, name: texts[1].clone(), role: texts[2].clone(), segment });
        let measure = MeasureId(w.allocate_id());
        w.measures.push(Measure {
            asks: texts[4].clone(),
            formula: texts[5].clone(),
            unit: texts[6].clone(),
            source: texts[7].clone(),
            owner: texts[8].clone(),
            drives_decision: texts[9].clone(),
            latest_value: Some(latest_value),
            target: Some(target),
            emphasis: Some(r(4)),
            ..Measure::named(measure, texts[3].clone())
        });
        let id = ConversationId(w.allocate_id());
        w.conversations.push(Conversation {
            id,
            customer,
            date: texts[10].clone(),
            answers: vec![MeasureAnswer { measure, relevance: Some(r(2)), value: None }],
            quotes: vec![texts[11].clone()],
            unmeasured: vec![texts[12].clone()],
            notes: texts[13].clone(),
            source: texts[14].clone(),
        });
        w.decisions.push(Decision {
            subject: DecisionSubject::Factor(texts[12].clone()),
            kind: DecisionKind::Add,
            reason: texts[13].clone(),
            owner: texts[8].clone(),
            due: texts[10].clone(),
        });
        w
    }

    /// Every text of `one_of_everything` comes back from the cell that should
    /// hold it, every number as the same number, and no cell of any table
    /// could start a formula.
    fn assert_reads_back(texts: &[String; 15], latest_value: f64, target: f64) {
        let w = one_of_everything(texts, latest_value, target);
        let [segment, customer, role, name, asks, formula, unit, source, owner, drives, date, quote, factor, notes, from] =
            texts.each_ref().map(String::as_str);
        let from = if from.is_empty() { OWN_SOURCE } else { from };
        let tables = [
            (CsvTable::Measures, vec![name, asks, formula, unit, source, "Quarterly", owner, drives]),
            (CsvTable::Answers, vec![date, customer, role, segment, from, name, "2", "", quote, factor, notes]),
            (CsvTable::Decisions, vec![factor, "Add", notes, owner, date]),
        ];
        for (table, typed) in tables {
            let text = csv(&w, table);
            assert_no_formula_starts(&text);
            let rows = parsed(&text);
            assert_eq!(rows.len(), 2, "{table:?}: a header and one row");
            for (cell, typed) in rows[1].iter().zip(typed) {
                assert_holds(cell, typed);
            }
        }
        let measure = &parsed(&csv(&w, CsvTable::Measures))[1];
        assert_eq!(measure[8].parse::<f64>().ok(), Some(latest_value));
        assert_eq!(measure[9].parse::<f64>().ok(), Some(target));
    }

    #[test]
    fn formula_starts_get_one_quote_and_nothing_else_changes() {
        for text in HOSTILE {
            let expected = if text.starts_with(DANGEROUS) { format!("'{text}") } else { text.to_owned() };
            assert_eq!(neutralised(text), expected);
        }
        assert_eq!(neutralised(""), "");
        assert_eq!(neutralised("a=b"), "a=b");
    }

    #[test]
    fn hostile_texts_in_every_field_read_back_and_stay_text() {
        for first in 0..HOSTILE.len() {
            let texts = std::array::from_fn(|field| HOSTILE[(first + field) % HOSTILE.len()].to_owned());
            assert_reads_back(&texts, -3.5, -2.0);
        }
    }

    #[test]
    fn hostile_text_is_quoted_as_rfc_4180_says() {
        let texts = std::array::from_fn(|_| HOSTILE[0].to_owned());
        let text = csv(&one_of_everything(&texts, 1.0, 1.0), CsvTable::Measures);
        assert!(text.contains(r#""'=HYPERLINK(""http://evil.example"",""click"")""#), "{text}");
    }

    #[test]
    fn every_table_starts_with_the_bom_and_ends_its_lines_with_crlf() {
        let w = sample_workshop();
        for table in CsvTable::ALL {
            let text = csv(&w, table);
            assert!(text.starts_with(UTF8_BOM), "{table:?}");
            assert!(!text.replace("\r\n", "").contains('\r'), "{table:?} has a line end without CRLF");
            assert!(text.ends_with("\r\n"), "{table:?}");
        }
        assert!(csv(&w, CsvTable::Measures).starts_with(
            "\u{feff}\"Name\",\"What it asks or counts\",\"How it is computed\",\"Scale or unit\",\"Source platform\",\
             \"How often it is collected\",\"Owner\",\"Decision it drives\",\"Latest value\",\"Target\",\
             \"Internal emphasis (1–5)\",\"Team understanding (1–5)\",\"Customer relevance (mean)\",\"Relevance answers\"\r\n"
        ));
    }

    #[test]
    fn numbers_stay_plain_numbers_even_when_negative() {
        let texts = std::array::from_fn(|_| "x".to_owned());
        let text = csv(&one_of_everything(&texts, -3.5, -0.25), CsvTable::Measures);
        // Latest value, target, emphasis, no understanding, relevance mean, answers.
        assert!(text.ends_with(",-3.5,-0.25,4,\"\",2,1\r\n"), "{text}");
        for impossible in [f64::NEG_INFINITY, f64::INFINITY, f64::NAN] {
            assert_eq!(Cell::Number(Some(impossible)).written(), "");
        }
    }

    #[test]
    fn measures_carry_the_customer_relevance_of_the_analysis() {
        let w = sample_workshop();
        let rows = parsed(&csv(&w, CsvTable::Measures));
        let ttr = rows.iter().find(|row| row[0] == "Time to resolution").unwrap();
        // Answers 5, 5, 5, 5, 4: mean 4.8 over 5 (see analysis).
        assert_eq!((ttr[12].as_str(), ttr[13].as_str()), ("4.8", "5"));
        assert_eq!(rows.len(), 1 + w.measures.len());
    }

    #[test]
    fn answers_repeat_their_conversation_and_keep_a_conversation_without_any() {
        let mut w = sample_workshop();
        w.conversations[1].answers.clear();
        w.conversations[0].source = "Team Nord".into();
        let rows = parsed(&csv(&w, CsvTable::Answers));
        let expected_rows: usize = w.conversations.iter().map(|c| c.answers.len().max(1)).sum();
        assert_eq!(rows.len(), 1 + expected_rows);

        let first = &w.conversations[0];
        for row in &rows[1..=first.answers.len()] {
            assert_eq!(
                [&row[0], &row[1], &row[4], &row[8], &row[9], &row[10]],
                [
                    first.date.as_str(),
                    "Riverside Water Authority",
                    "Team Nord",
                    first.quotes[0].as_str(),
                    "Spare parts availability\nProactive notice of delays",
                    first.notes.as_str(),
                ]
            );
        }
        assert_eq!(rows[1][5..8], ["Net Promoter Score", "2", "2"]);

        let quiet = &rows[1 + first.answers.len()];
        assert_eq!([&quiet[1], &quiet[4], &quiet[5], &quiet[6], &quiet[7]], ["Eastvale Municipal Water", OWN_SOURCE, "", "", ""]);
        assert_eq!(quiet[8], w.conversations[1].quotes[0]);
    }

    #[test]
    fn answers_about_deleted_things_still_say_what_they_were() {
        let mut w = sample_workshop();
        let measure = w.conversations[0].answers[0].measure;
        w.measures.retain(|m| m.id != measure);
        let customer = w.conversations[0].customer;
        w.customers.retain(|c| c.id != customer);
        let rows = parsed(&csv(&w, CsvTable::Answers));
        assert_eq!([&rows[1][1], &rows[1][3], &rows[1][5]], ["A deleted customer", "", "A deleted measure"]);
    }

    #[test]
    fn decisions_name_their_subject() {
        let mut w = sample_workshop();
        let nrr = w.measures.iter().find(|m| m.name == "Net revenue retention").unwrap().id;
        let decision = |subject, kind, reason: &str| Decision {
            subject: DecisionSubject::Measure(subject),
            kind,
            reason: reason.into(),
            owner: "CFO".into(),
            due: "2027-01-31".into(),
        };
        w.decisions = vec![
            decision(nrr, DecisionKind::Change, "-50% of its weight"),
            decision(MeasureId(999_999), DecisionKind::Drop, ""),
        ];
        let rows = parsed(&csv(&w, CsvTable::Decisions));
        assert_eq!(rows[0], ["About", "Decision", "Reason", "Owner", "Due"]);
        assert_eq!(rows[1], ["Net revenue retention", "Change", "'-50% of its weight", "CFO", "2027-01-31"]);
        assert_eq!(rows[2], ["A deleted measure", "Drop", "", "CFO", "2027-01-31"]);
    }

    #[test]
    fn the_revised_scorecard_exports_as_the_app_shows_it() {
        let mut w = sample_workshop();
        let nps = w.measures[0].id;
        w.decisions = vec![Decision {
            subject: DecisionSubject::Measure(nps),
            kind: DecisionKind::Drop,
            reason: "=nobody reads it".into(),
            owner: String::new(),
            due: String::new(),
        }];
        let rows = parsed(&csv(&w, CsvTable::Revised));
        let table = crate::review::revised_table(&crate::review::revised_scorecard(&w));
        assert_eq!(rows[0], table.columns);
        assert_eq!(rows.len(), table.rows.len() + 1);
        assert!(rows.iter().all(|row| row[0] != w.measures[0].name), "a dropped measure is out");
    }

    proptest! {
        #[test]
        fn any_text_in_any_field_reads_back_exactly_and_never_as_a_formula(
            texts in prop::array::uniform15(any::<String>()),
            latest_value in -1e12..1e12f64,
            target in -1e12..1e12f64,
        ) {
            assert_reads_back(&texts, latest_value, target);
        }

        /// Texts built from the characters that matter, which `any::<String>()`
        /// seldom puts first.
        #[test]
        fn formula_like_texts_read_back_exactly_and_never_as_a_formula(
            texts in prop::array::uniform15("[=+\\-@\t\r\n\"',; a1(]{0,6}"),
        ) {
            assert_reads_back(&texts, -1.5, 0.0);
        }
    }
}
