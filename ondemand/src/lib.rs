//! What the app loads only when first used: the question checker and every
//! way a workshop leaves or enters the browser (spreadsheet and HTML
//! exports, the share link and its QR code, file import, merge, compare).
//! Together about as large as the rest of the app, so they stay out of the
//! first load and run in a Web Worker of their own (`main.rs`).
//!
//! This file is the worker's logic without the worker: one request in, one
//! answer out, all plain text, so that it is tested natively. A request is an
//! operation's name and its text arguments; an answer is the text produced
//! or a sentence saying why there is none.

use scorecard_core::analysis::Analysis;
use scorecard_core::catalogue::{entry_measure, results_html};
use scorecard_core::findings::findings_html;
use scorecard_core::model::Workshop;
use scorecard_core::present::{slide_html, Chrome};
use scorecard_core::review::next_review;
use scorecard_core::saved::{self, SavedWorkshop};
use scorecard_core::share::csv::{csv, CsvTable};
use scorecard_core::share::import::read_workshop;
use scorecard_core::share::merge::{merge, Choice, Merged, Side};
use scorecard_core::share::page::{chart_specs, share_page_html, shared_page_html, unopenable_link_html, PageState};
use scorecard_core::share::report;

/// The version written into files made here: the app's, since both are built together.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

pub type Answer = Result<String, String>;

/// Answers every operation that needs no browser API; `None` for an unknown
/// one. Arguments a request lacks read as empty texts.
pub fn answer(op: &str, args: &[String]) -> Option<Answer> {
    let arg = |i: usize| args.get(i).map_or("", String::as_str);
    Some(match op {
        "check" => Ok(findings_html(arg(0), arg(1))),
        "import" => import(arg(0), arg(1), arg(2)),
        "csv" => csv_of(arg(0), arg(1)),
        "report" => workshop_of(arg(0)).map(|w| report::html_report(&w, arg(0), arg(1))),
        "report-body" => workshop_of(arg(0)).map(|w| report::report_sections(&w)),
        "saved" => Ok(arg(0).to_owned()),
        "chart" => chart(arg(0), arg(1)),
        "catalogue" => Ok(results_html(arg(0), &arg(1).lines().collect::<Vec<_>>())),
        "catalogue-measure" => entry_measure(arg(0)).ok_or("That measure is not in the catalogue.".to_owned()).and_then(|m| serde_json::to_string(&m).map_err(|e| e.to_string())),
        "present" => workshop_of(arg(0)).map(|w| slide(&w, arg(1), arg(2), arg(3))),
        "step3" => workshop_of(arg(0)).map(|w| report::step3_in_app(&w)),
        "after-decisions" => workshop_of(arg(0)).map(|w| report::after_decisions_in_app(&w)),
        "share-page" => share_page(arg(0), arg(1), arg(2), arg(3)),
        "merge" => merged(arg(0), arg(1), arg(2))
            .map(|(_, merged)| saved::encode(&merged.workshop, APP_VERSION, "", "")),
        "next-review" => workshop_of(arg(0)).map(|w| saved::encode(&next_review(&w, arg(1), arg(2)), APP_VERSION, "", "")),
        _ => return None,
    })
}

/// A file or link text, checked, as the text to store for a new workshop in
/// this browser. A workshop this app can write gets an id range of its own
/// (`random`), so that what is added here never collides with what others
/// add to their copies; a newer app's file is kept exactly as written, and
/// opens read-only.
fn import(text: &str, random: &str, now: &str) -> Answer {
    let imported = read_workshop(text).map_err(|e| e.to_string())?;
    if imported.saved.is_from_newer_app() {
        return Ok(imported.text);
    }
    let mut workshop = imported.saved.workshop;
    workshop.fork_ids(random.parse().unwrap_or_default());
    Ok(saved::encode(&workshop, APP_VERSION, now, ""))
}

/// The workshop in a saved text the app itself just wrote.
/// A presenter screen: `part` and `index` as numbers, `chrome` as the
/// words `running`, `sound` and `help` for what is on.
fn slide(workshop: &Workshop, part: &str, index: &str, chrome: &str) -> String {
    let on = |word: &str| chrome.split(' ').any(|w| w == word);
    let chrome = Chrome { timer_running: on("running"), sound: on("sound"), help: on("help") };
    slide_html(workshop, part.parse().unwrap_or(0), index.parse().unwrap_or(0), chrome)
}

fn workshop_of(saved_text: &str) -> Result<Workshop, String> {
    saved::decode(saved_text).map(|s: SavedWorkshop| s.workshop).map_err(|e| e.to_string())
}

fn csv_of(saved_text: &str, table: &str) -> Answer {
    let table = CsvTable::ALL.into_iter().find(|t| t.slug() == table).ok_or("There is no such table.")?;
    workshop_of(saved_text).map(|w| csv(&w, table))
}

fn chart(saved_text: &str, slug: &str) -> Answer {
    let spec = chart_specs().find(|spec| spec.slug == slug).ok_or("There is no such chart.")?;
    workshop_of(saved_text).map(|w| spec.draw(&Analysis::of(&w)).svg)
}

/// The "Share and export" page for the workshop, the files picked to merge
/// (a JSON list of `[file name, text]`) and the share link made, if any.
fn share_page(saved_text: &str, files: &str, link: &str, today: &str) -> Answer {
    let workshop = workshop_of(saved_text)?;
    // A file that cannot be merged is said in the merge section: the rest
    // of the page stays.
    let merge = (!files.is_empty()).then(|| merged(saved_text, files, "[]"));
    let (names, merge) = match &merge {
        Some(Ok((names, merged))) => (names.as_slice(), Some(Ok(merged))),
        Some(Err(why)) => (&[][..], Some(Err(why.as_str()))),
        None => (&[][..], None),
    };
    Ok(share_page_html(&workshop, &PageState { merge, merging: names, link, today }))
}

/// Merges other people's files (`files`: a JSON list of `[file name, text]`)
/// into the workshop, with the choices made (a JSON list of
/// `[conflict key, "ours" or "theirs"]`). Each source is named after its
/// file, without the ending the app gives it.
fn merged(ours: &str, files: &str, choices: &str) -> Result<(Vec<String>, Merged), String> {
    let ours = workshop_of(ours)?;
    let files: Vec<(String, String)> = serde_json::from_str(files).map_err(|_| "The files to merge were not passed on.".to_owned())?;
    let mut names = Vec::with_capacity(files.len());
    let mut sources = Vec::with_capacity(files.len());
    for (name, text) in files {
        let imported = read_workshop(&text).map_err(|e| format!("“{name}” cannot be merged. {e}"))?;
        if imported.saved.is_from_newer_app() {
            return Err(format!("“{name}” was saved by a newer version of Scorecard Workshop: open it there to merge it."));
        }
        // Two teams' files of one workshop, sent the same day, have the same name.
        let mut label = source_label(&name);
        let taken = |label: &str| sources.iter().any(|(taken, _): &(String, _)| taken == label);
        if taken(&label) {
            label = (2..).map(|n| format!("{label} ({n})")).find(|l| !taken(l)).unwrap_or(label);
        }
        sources.push((label, imported.saved.workshop));
        names.push(name);
    }
    let choices: Vec<(String, String)> = serde_json::from_str(choices).unwrap_or_default();
    let choices: Vec<Choice> = choices
        .into_iter()
        .map(|(key, side)| Choice { key, side: if side == "theirs" { Side::Theirs } else { Side::Ours } })
        .collect();
    Ok((names, merge(&ours, &sources, &choices)))
}

/// A source's name from its file's: `team-a-2026-12-01.scorecard.json` → `team-a-2026-12-01`.
fn source_label(file_name: &str) -> String {
    [".scorecard.json", "-report.html", ".json", ".html"]
        .iter()
        .find_map(|ending| file_name.strip_suffix(ending))
        .unwrap_or(file_name)
        .to_owned()
}

/// The page for a share link: its workshop's report and the way to keep it,
/// or why the link cannot be opened.
pub fn shared_page(opened: Answer) -> String {
    match opened.and_then(|text| workshop_of(&text)) {
        Ok(workshop) => shared_page_html(&workshop),
        Err(why) => unopenable_link_html(&why),
    }
}

/// The saved text carried by a share link, checked like any file, once the
/// browser has inflated the link's data.
pub fn opened_link(text: &str) -> Answer {
    read_workshop(text).map(|imported| imported.text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_core::sample::sample_workshop;

    fn sample_text() -> String {
        saved::encode(&sample_workshop(), APP_VERSION, "2026-12-01T10:00:00.000Z", "")
    }

    fn ask(op: &str, args: &[&str]) -> Answer {
        answer(op, &args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>()).expect("a known operation")
    }

    #[test]
    fn a_presenter_screen_is_drawn_with_what_is_switched_on() {
        let shown = ask("present", &[&sample_text(), "2", "0", "running help"]).unwrap();
        let chrome = Chrome { timer_running: true, sound: false, help: true };
        assert_eq!(shown, slide_html(&sample_workshop(), 2, 0, chrome));
        assert_eq!(ask("present", &[&sample_text(), "x", "y", ""]).unwrap(), slide_html(&sample_workshop(), 0, 0, Chrome::default()));
    }

    #[test]
    fn an_unknown_operation_gets_no_answer() {
        assert_eq!(answer("format-disk", &[]), None);
    }

    #[test]
    fn an_imported_workshop_gets_an_id_range_of_its_own_and_nothing_else_changes() {
        let stored = ask("import", &[&sample_text(), "12345", "2026-12-01T10:00:00.000Z"]).unwrap();
        let mut imported = saved::decode(&stored).unwrap().workshop;
        let sample = sample_workshop();
        assert!(imported.next_id > sample.next_id);
        imported.next_id = sample.next_id;
        assert_eq!(imported, sample);
    }

    #[test]
    fn a_damaged_file_is_refused_with_the_reason() {
        let why = ask("import", &["{\"schema\": 1, \"work", "1", "now"]).unwrap_err();
        assert!(!why.is_empty());
    }

    #[test]
    fn every_table_exports_and_an_unknown_one_is_refused() {
        for table in CsvTable::ALL {
            let file = ask("csv", &[&sample_text(), table.slug()]).unwrap();
            assert_eq!(file, csv(&sample_workshop(), table), "{}", table.slug());
        }
        assert!(ask("csv", &[&sample_text(), "passwords"]).is_err());
    }

    #[test]
    fn a_workshop_merged_with_its_own_file_is_unchanged() {
        let theirs = serde_json::to_string(&[("team-a.scorecard.json", sample_text())]).unwrap();
        let merged = ask("merge", &[&sample_text(), &theirs, "[]"]).unwrap();
        assert_eq!(saved::decode(&merged).unwrap().workshop, sample_workshop());
        let page = ask("share-page", &[&sample_text(), &theirs, "", "2026-12-01"]).unwrap();
        assert!(page.contains("What merging team-a.scorecard.json does") && !page.contains("type=\"radio\""));
    }

    #[test]
    fn a_choice_made_on_the_page_decides_the_merge() {
        let mut copy = sample_workshop();
        copy.measures[0].owner = "Team A's owner".into();
        let theirs = serde_json::to_string(&[("team-a.scorecard.json", saved::encode(&copy, APP_VERSION, "", ""))]).unwrap();
        let page = ask("share-page", &[&sample_text(), &theirs, "", "2026-12-01"]).unwrap();
        let key = page.split("type=\"radio\" name=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let kept = ask("merge", &[&sample_text(), &theirs, "[]"]).unwrap();
        assert_eq!(saved::decode(&kept).unwrap().workshop.measures[0].owner, sample_workshop().measures[0].owner);
        let choices = serde_json::to_string(&[(key, "theirs")]).unwrap();
        let taken = ask("merge", &[&sample_text(), &theirs, &choices]).unwrap();
        assert_eq!(saved::decode(&taken).unwrap().workshop.measures[0].owner, "Team A's owner");
    }

    #[test]
    fn a_file_that_is_not_a_workshop_is_named_in_the_refusal_and_the_page_stays() {
        let theirs = serde_json::to_string(&[("recipe.json", "{\"name\": \"soup\"}")]).unwrap();
        let why = ask("merge", &[&sample_text(), &theirs, "[]"]).unwrap_err();
        assert!(why.starts_with("“recipe.json” cannot be merged."), "{why}");
        let page = ask("share-page", &[&sample_text(), &theirs, "", "2026-12-01"]).unwrap();
        assert!(page.contains("“recipe.json” cannot be merged.") && page.contains("Workshop file (JSON)") && page.contains("data-action=\"merge-cancel\""));
    }

    #[test]
    fn two_files_of_the_same_name_are_two_sources() {
        let mut a = sample_workshop();
        a.fork_ids(1);
        let customer = a.customers[0].id;
        let mut b = a.clone();
        b.fork_ids(1 << 29);
        a.add_conversation(customer, "2026-11-20").unwrap();
        b.add_conversation(customer, "2026-11-21").unwrap();
        let file = |w: &Workshop| saved::encode(w, APP_VERSION, "", "");
        let files = serde_json::to_string(&[("k.scorecard.json", file(&a)), ("k.scorecard.json", file(&b))]).unwrap();
        let merged = saved::decode(&ask("merge", &[&sample_text(), &files, "[]"]).unwrap()).unwrap().workshop;
        let sources: Vec<&str> = merged.conversations.iter().map(|c| c.source.as_str()).filter(|s| !s.is_empty()).collect();
        assert_eq!(sources, ["k", "k (2)"]);
    }

    #[test]
    fn step_3_links_each_earlier_review_to_its_workshop_and_the_report_file_does_not() {
        let next = scorecard_core::review::next_review(&sample_workshop(), "2027-01-15", "m3k9\"x");
        let text = saved::encode(&next, APP_VERSION, "", "");
        let in_app = ask("after-decisions", &[&text]).unwrap();
        assert!(in_app.contains("<a href=\"#/w/m3k9x/determine\">Kestrel Pumps — Q4 scorecard review (2027-01-15)</a>"), "{in_app}");
        assert!(in_app.contains("The trend across assessments"));
        assert!(!ask("report", &[&text, "2027-01-15"]).unwrap().contains("#/w/"));
    }

    #[test]
    fn every_chart_is_drawn_by_its_name() {
        for spec in chart_specs() {
            assert!(ask("chart", &[&sample_text(), spec.slug]).unwrap().starts_with("<svg"), "{}", spec.slug);
        }
        assert!(ask("chart", &[&sample_text(), "pie"]).is_err());
    }
}
