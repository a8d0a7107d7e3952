//! The CSV exports opened in a real spreadsheet: LibreOffice Calc, headless,
//! converts them to flat ODS (plain XML), which says of every cell whether
//! it is a formula, a number or a text.
//!
//! LibreOffice is told to evaluate formulas in CSV files, which its help
//! gives as off by default: without that, no export could ever fail this
//! test. The control case proves the option works: the same files with
//! the neutralising quotes taken out do get formulas.
//!
//! `tests/e2e/libreoffice.ts` opens the files the app downloads with the
//! same filter and options; keep the two in step.

use std::path::{Path, PathBuf};
use std::process::Command;

use scorecard_core::model::{Decision, DecisionKind, DecisionSubject, Workshop};
use scorecard_core::sample::sample_workshop;
use scorecard_core::share::csv::{csv, CsvTable};

const CSV_FILTER: &str = "Text - txt - csv (StarCalc)";

// The CSV import options, token by token (LibreOffice help, "CSV Filter Options"):
//  1. 44     fields separated by commas;
//  2. 34     text delimited by double quotes;
//  3. 76     UTF-8;
//  4. 1      read from the first line;
//  5. empty  every column "Standard": numbers and formulas are detected;
//  6. 1033   English (USA), so that -3.5 is a number whatever the machine's language;
//  7. false  "Quoted field as text" off: quoting alone must not be what keeps
//            a cell from being a formula;
//  8. false  "Detect special numbers" off, the dialog's default;
//  9-12.     export only, ignored on import;
// 13. true   "Evaluate formulas" on: a cell starting with = becomes a formula,
//            as Excel makes it. The help gives false as the default; saying
//            true keeps the test strict on every version.
const FILTER_OPTIONS: &str = "44,34,76,1,,1033,false,false,false,false,false,0,true";

const HOSTILE: [&str; 11] = [
    r#"=HYPERLINK("http://evil.example","click")"#,
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(1,1)",
    "\t=1",
    "\r=1",
    "<script>alert(1)</script>",
    r#"He said "stop", then "=2+2", then left"#,
    "first line\r\nsecond, line\n=3+3",
    "Zoë – naïve 日本語 🚀",
];

/// The characters OWASP says may start a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

#[derive(Clone, Debug)]
struct Cell {
    text: String,
    /// `string`, `float`, or empty for an empty cell.
    value_type: String,
    value: Option<String>,
    formula: Option<String>,
}

/// The sample workshop with a hostile text in every kind of field and some
/// negative figures.
fn hostile_workshop() -> Workshop {
    let mut w = sample_workshop();
    let mut hostile = HOSTILE.iter().cycle().map(|text| (*text).to_owned());
    let mut next = move || hostile.next().expect("cycles forever");
    for measure in &mut w.measures[..2] {
        for field in [
            &mut measure.name,
            &mut measure.asks,
            &mut measure.formula,
            &mut measure.unit,
            &mut measure.source,
            &mut measure.owner,
            &mut measure.drives_decision,
        ] {
            *field = next();
        }
    }
    w.measures[0].latest_value = Some(-3.5);
    w.measures[0].target = Some(-2.0);
    w.segments[0].name = next();
    for customer in &mut w.customers[..2] {
        customer.name = next();
        customer.role = next();
    }
    for conversation in &mut w.conversations[..2] {
        conversation.quotes = vec![next(), next()];
        conversation.unmeasured = vec![next()];
        conversation.notes = next();
        conversation.source = next();
    }
    w.conversations[2].answers.clear();
    w.conversations[2].notes = next();
    w.decisions = vec![Decision {
        subject: DecisionSubject::Factor(next()),
        kind: DecisionKind::Add,
        reason: next(),
        owner: next(),
        due: next(),
    }];
    w
}

/// A directory of the test's own, emptied first: tests run in parallel, and
/// two LibreOffice processes sharing one profile wait on each other's lock.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scorecard-csv-libreoffice-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp directory is writable");
    dir
}

/// Each file as LibreOffice reads it: sheet, rows, cells.
fn open_in_libreoffice(dir: &Path, files: &[(String, String)]) -> Vec<Vec<Vec<Cell>>> {
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(format!("{name}.csv"));
            std::fs::write(&path, text).expect("the temp directory is writable");
            path
        })
        .collect();
    let out = dir.join("out");
    let ran = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--norestore"])
        .arg(format!("--infilter={CSV_FILTER}:{FILTER_OPTIONS}"))
        .args(["--convert-to", "fods", "--outdir"])
        .arg(&out)
        .args(&paths)
        .output();
    let ran = match ran {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "LibreOffice is not installed (no `soffice` command), and this test opens the CSV exports in it. \
             Run `make test`, or scripts/setup.sh, which installs it."
        ),
        ran => ran.expect("soffice starts"),
    };
    assert!(ran.status.success(), "soffice failed: {}", String::from_utf8_lossy(&ran.stderr));
    let sheets = files
        .iter()
        .map(|(name, _)| {
            let fods = std::fs::read_to_string(out.join(format!("{name}.fods")))
                .unwrap_or_else(|e| panic!("soffice wrote no {name}.fods ({e}): {}", String::from_utf8_lossy(&ran.stderr)));
            rows_of(&fods)
        })
        .collect();
    let _ = std::fs::remove_dir_all(dir);
    sheets
}

/// The rows of the first sheet of a flat ODS file. LibreOffice writes it in
/// one well-known shape, so a few string searches read it without an XML
/// library.
fn rows_of(fods: &str) -> Vec<Vec<Cell>> {
    let sheet = fods.split("</table:table>").next().unwrap_or_default();
    sheet
        .split("<table:table-row")
        .skip(1)
        .map(|row| {
            let row = row.split("</table:table-row>").next().unwrap_or_default();
            row.split("<table:table-cell").skip(1).flat_map(cells_of).collect()
        })
        .collect()
}

/// One `<table:table-cell …>` element, from just after its name; a run of
/// empty cells is one element with `table:number-columns-repeated`.
fn cells_of(element: &str) -> impl Iterator<Item = Cell> {
    let (tag, rest) = element.split_once('>').unwrap_or((element, ""));
    let content = if tag.ends_with('/') { "" } else { rest.split("</table:table-cell>").next().unwrap_or_default() };
    let repeated = attribute(tag, "table:number-columns-repeated").map_or(1, |n| n.parse().expect("a count"));
    let cell = Cell {
        text: text_of(content),
        value_type: attribute(tag, "office:value-type").unwrap_or_default(),
        value: attribute(tag, "office:value"),
        formula: attribute(tag, "table:formula"),
    };
    std::iter::repeat_n(cell, repeated)
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].split('"').next().map(unescaped)
}

/// What the cell shows: its paragraphs one per line, with the elements that
/// stand for spaces, tabs and line breaks put back.
fn text_of(content: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut in_paragraph = false;
    let mut rest = content;
    while let Some(open) = rest.find('<') {
        if in_paragraph {
            paragraphs.last_mut().expect("opened").push_str(&unescaped(&rest[..open]));
        }
        let close = rest[open..].find('>').expect("a tag ends") + open;
        let tag = &rest[open + 1..close];
        let name = tag.trim_end_matches('/').split(' ').next().unwrap_or_default();
        let spaces = || attribute(tag, "text:c").map_or(1, |n| n.parse().expect("a count"));
        match name {
            "text:p" => {
                paragraphs.push(String::new());
                in_paragraph = !tag.ends_with('/');
            }
            "/text:p" => in_paragraph = false,
            "text:s" => paragraphs.last_mut().expect("opened").push_str(&" ".repeat(spaces())),
            "text:tab" => paragraphs.last_mut().expect("opened").push('\t'),
            "text:line-break" => paragraphs.last_mut().expect("opened").push('\n'),
            _ => {}
        }
        rest = &rest[close + 1..];
    }
    paragraphs.join("\n")
}

fn unescaped(xml: &str) -> String {
    xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// What a cell shows for a text: a spreadsheet has one kind of line break.
fn shown(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn exports(workshop: &Workshop) -> Vec<(String, String)> {
    CsvTable::ALL.iter().map(|table| (table.slug().to_owned(), csv(workshop, *table))).collect()
}

fn column<'a>(sheet: &'a [Vec<Cell>], header: &str) -> impl Iterator<Item = &'a Cell> {
    let index = sheet[0].iter().position(|cell| cell.text == header).unwrap_or_else(|| panic!("no column {header:?}"));
    sheet[1..].iter().map(move |row| &row[index])
}

#[test]
fn libreoffice_reads_every_export_as_text_and_numbers_without_a_formula() {
    let workshop = hostile_workshop();
    let sheets = open_in_libreoffice(&scratch("neutralised"), &exports(&workshop));
    let [measures, answers, decisions, _revised] = &sheets[..] else { panic!("four sheets") };

    for cell in sheets.iter().flatten().flatten() {
        assert_eq!(cell.formula, None, "LibreOffice made a formula of {cell:?}");
    }
    let texts: Vec<&Cell> = sheets.iter().flatten().flatten().filter(|cell| cell.value_type == "string").collect();
    for hostile in HOSTILE {
        let quoted = if hostile.starts_with(FORMULA_STARTS) { format!("'{hostile}") } else { hostile.to_owned() };
        assert!(
            texts.iter().any(|cell| cell.text == shown(&quoted)),
            "no text cell shows {:?}; the text cells are {:#?}",
            shown(&quoted),
            texts.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
    }
    // The byte order mark is read as such: the first header is clean, and
    // accents and dashes come through (above).
    assert_eq!(measures[0][0].text, "Name");

    let latest: Vec<&Cell> = column(measures, "Latest value").collect();
    let target: Vec<&Cell> = column(measures, "Target").collect();
    assert_eq!((latest[0].value.as_deref(), target[0].value.as_deref()), (Some("-3.5"), Some("-2")));
    for header in ["Latest value", "Target", "Internal emphasis (1–5)", "Customer relevance (mean)", "Relevance answers"] {
        for cell in column(measures, header) {
            assert_eq!(cell.value_type, "float", "{header}: {cell:?}");
        }
    }
    for header in ["Relevance (1–5)", "Value (1–5)"] {
        let numbers = column(answers, header).filter(|cell| cell.value_type == "float").count();
        let empty = column(answers, header).filter(|cell| cell.value_type.is_empty()).count();
        assert_eq!(empty, 1, "{header}: only the conversation without answers has no score");
        assert_eq!(numbers, answers.len() - 2, "{header}");
    }
    assert_eq!(decisions.len(), 2);
}

/// Without this, the test above could pass because LibreOffice never
/// evaluates anything: the very same files with the neutralising quotes
/// taken out do hold formulas.
#[test]
fn control_the_same_texts_unneutralised_are_evaluated_as_formulas() {
    let unneutralised: Vec<(String, String)> = exports(&hostile_workshop())
        .into_iter()
        .map(|(name, text)| (name, without_neutralising_quotes(&text)))
        .collect();
    let sheets = open_in_libreoffice(&scratch("control"), &unneutralised);
    let formulas: Vec<&str> = sheets.iter().flatten().flatten().filter_map(|cell| cell.formula.as_deref()).collect();

    // LibreOffice writes formulas in OpenFormula syntax, with `;` between arguments.
    for expected in [r#"of:=HYPERLINK("http://evil.example";"click")"#, "of:=1+1"] {
        assert!(formulas.contains(&expected), "{expected:?} was not evaluated; formulas: {formulas:?}");
    }
    let link = sheets.iter().flatten().flatten().find(|cell| cell.formula.as_deref().is_some_and(|f| f.contains("HYPERLINK")));
    assert_eq!(link.map(|cell| cell.text.as_str()), Some("click"), "the cell shows the link, not the text typed");
}

/// Each cell as it would be written by an export that forgot to neutralise.
fn without_neutralising_quotes(text: &str) -> String {
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    let mut writer = ::csv::WriterBuilder::new().quote_style(::csv::QuoteStyle::NonNumeric).from_writer(Vec::new());
    for record in reader.records() {
        let record = record.expect("the export parses");
        let cells = record.iter().map(|cell| match cell.strip_prefix('\'') {
            Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
            _ => cell,
        });
        writer.write_record(cells).expect("writing to memory cannot fail");
    }
    String::from_utf8(writer.into_inner().expect("flushing to memory cannot fail")).expect("UTF-8 in, UTF-8 out")
}
