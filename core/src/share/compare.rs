//! Step 3's key figures per source, side by side: a merged workshop
//! remembers whose file each conversation came from, and teams who heard
//! different customers may see the scorecard differently. Each source's
//! figures are the ordinary analysis of the workshop restricted to that
//! source's conversations; the thresholds for "they disagree" are
//! documented, with a worked example, in `docs/analysis.md`.


use crate::analysis::{fit_score, measure_findings, placements, Quadrant};
use crate::model::Workshop;
use crate::share::merge::listed;

/// Mean relevances this far apart or more, on the 1–5 scale, disagree:
/// a whole step, such as "matters" against "matters a lot".
pub const RELEVANCE_APART: f64 = 1.0;
/// Fit scores this many points apart or more, of 100, disagree.
pub const FIT_SCORE_APART: f64 = 10.0;
/// Shares of one fit term this many percentage points apart or more disagree.
pub const FIT_TERM_APART: f64 = 20.0;

/// Figures are compared as computed, and a mean such as 4.8 − 3.8 comes
/// out a hair under 1.0 in floating point; this keeps it at the threshold.
const ROUNDING: f64 = 1e-9;

/// What the app calls the conversations that were not merged from anyone.
pub const OWN_SOURCE: &str = "This workshop";

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The sources' names, in the order of the tables' columns.
    pub sources: Vec<String>,
    pub tables: Vec<ComparedTable>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ComparedTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<ComparedRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ComparedRow {
    pub label: String,
    /// One cell per source.
    pub cells: Vec<String>,
    pub differs: bool,
    /// How the sources disagree, in words; empty when they agree.
    pub difference: String,
}

/// The distinct sources of the conversations in the order first seen, the
/// workshop's own (`""`) first when it has conversations.
pub fn sources(workshop: &Workshop) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for conversation in &workshop.conversations {
        if !seen.contains(&conversation.source) {
            seen.push(conversation.source.clone());
        }
    }
    if let Some(own) = seen.iter().position(String::is_empty) {
        let own = seen.remove(own);
        seen.insert(0, own);
    }
    seen
}

/// The workshop as if only one source's conversations had been recorded.
fn heard_from(workshop: &Workshop, source: &str) -> Workshop {
    let mut view = workshop.clone();
    view.conversations.retain(|c| c.source == source);
    view
}

/// The fit score with its terms, each measure's mean relevance and each
/// measure's quadrant, one column per source. `own_label` names the
/// workshop's own conversations, e.g. "This workshop".
pub fn compare(workshop: &Workshop, own_label: &str) -> Comparison {
    let found = sources(workshop);
    let labels: Vec<String> =
        found.iter().map(|s| if s.is_empty() { own_label.to_owned() } else { s.clone() }).collect();
    let views: Vec<Workshop> = found.iter().map(|s| heard_from(workshop, s)).collect();
    let headed = |first: &str| std::iter::once(first.to_owned()).chain(labels.iter().cloned()).collect::<Vec<_>>();

    let fits: Vec<_> = views.iter().map(fit_score).collect();
    let mut fit_rows = vec![numeric_row(
        "Fit score",
        &fits.iter().map(|f| f.score).collect::<Vec<_>>(),
        &FIT_SCORE,
        &labels,
    )];
    let terms = fits.first().map_or(&[][..], |f| &f.terms[..]);
    for (term, name) in terms.iter().map(|t| t.name).enumerate() {
        let shares: Vec<Option<f64>> = fits.iter().map(|f| f.terms[term].share.map(|s| s * 100.0)).collect();
        fit_rows.push(numeric_row(name, &shares, &FIT_TERM, &labels));
    }

    let findings: Vec<_> = views.iter().map(measure_findings).collect();
    let placed: Vec<_> = views.iter().map(placements).collect();
    let mut relevance_rows = Vec::new();
    let mut quadrant_rows = Vec::new();
    for (index, measure) in workshop.measures.iter().enumerate() {
        let spreads: Vec<_> = findings.iter().map(|f| f[index].relevance).collect();
        let cells = spreads.iter().map(|s| s.map_or_else(|| NOT_ENOUGH.to_owned(), |s| s.describe())).collect();
        let means: Vec<Option<f64>> = spreads.iter().map(|s| s.map(|s| s.mean)).collect();
        let difference = numeric_difference(&means, &RELEVANCE, &labels);
        relevance_rows.push(row(&measure.name, cells, difference));

        let quadrants: Vec<Option<Quadrant>> =
            placed.iter().map(|p| p.iter().find(|p| p.measure == measure.id).map(|p| p.quadrant)).collect();
        let cells = quadrants.iter().map(|q| q.map_or(NOT_ENOUGH, Quadrant::label).to_owned()).collect();
        quadrant_rows.push(row(&measure.name, cells, quadrant_difference(&quadrants, &labels)));
    }

    let tables = vec![
        ComparedTable { caption: "Scorecard fit score by source".into(), columns: headed("Figure"), rows: fit_rows },
        ComparedTable { caption: "Customer relevance of each measure by source".into(), columns: headed("Measure"), rows: relevance_rows },
        ComparedTable { caption: "Quadrant of each measure by source".into(), columns: headed("Measure"), rows: quadrant_rows },
    ];
    Comparison { sources: labels, tables }
}

const NOT_ENOUGH: &str = "not enough data";

/// How a kind of figure is shown and when two of them disagree.
struct Scale {
    apart: f64,
    unit: &'static str,
    decimals: usize,
    /// Written after the number in a cell, e.g. " %".
    suffix: &'static str,
}

const FIT_SCORE: Scale = Scale { apart: FIT_SCORE_APART, unit: "points", decimals: 1, suffix: "" };
const FIT_TERM: Scale = Scale { apart: FIT_TERM_APART, unit: "percentage points", decimals: 0, suffix: " %" };
const RELEVANCE: Scale = Scale { apart: RELEVANCE_APART, unit: "points", decimals: 1, suffix: "" };

fn numeric_row(label: &str, values: &[Option<f64>], scale: &Scale, sources: &[String]) -> ComparedRow {
    let cells = values
        .iter()
        .map(|v| v.map_or_else(|| NOT_ENOUGH.to_owned(), |v| format!("{v:.*}{}", scale.decimals, scale.suffix)))
        .collect();
    row(label, cells, numeric_difference(values, scale, sources))
}

fn row(label: &str, cells: Vec<String>, difference: String) -> ComparedRow {
    ComparedRow { label: label.to_owned(), cells, differs: !difference.is_empty(), difference }
}

/// "1.8 points apart, higher for Team A"; empty when the sources that have
/// the figure are closer than the scale's threshold.
fn numeric_difference(values: &[Option<f64>], scale: &Scale, sources: &[String]) -> String {
    let present: Vec<(f64, &str)> = values.iter().zip(sources).filter_map(|(v, s)| Some(((*v)?, s.as_str()))).collect();
    let highest = present.iter().max_by(|a, b| a.0.total_cmp(&b.0));
    let lowest = present.iter().min_by(|a, b| a.0.total_cmp(&b.0));
    let (Some(&(high, high_source)), Some(&(low, low_source))) = (highest, lowest) else {
        return String::new();
    };
    if high - low + ROUNDING < scale.apart {
        return String::new();
    }
    let apart = format!("{:.*} {} apart", scale.decimals, high - low, scale.unit);
    match present.len() {
        2 => format!("{apart}, higher for {high_source}"),
        _ => format!("{apart}, highest for {high_source} and lowest for {low_source}"),
    }
}

/// "Keep for This workshop and Team A, Drop candidate for Team B"; empty
/// when every source that places the measure puts it in one quadrant.
fn quadrant_difference(quadrants: &[Option<Quadrant>], sources: &[String]) -> String {
    let mut groups: Vec<(Quadrant, Vec<&str>)> = Vec::new();
    for (quadrant, source) in quadrants.iter().zip(sources) {
        let Some(quadrant) = quadrant else { continue };
        match groups.iter_mut().find(|(q, _)| q == quadrant) {
            Some((_, members)) => members.push(source),
            None => groups.push((*quadrant, vec![source])),
        }
    }
    if groups.len() < 2 {
        return String::new();
    }
    groups.iter().map(|(q, members)| format!("{} for {}", q.label(), listed(members))).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;
    use crate::share::merge::merge;

    /// The sample with its last four conversations recorded by Team A.
    fn two_teams() -> Workshop {
        let mut w = sample_workshop();
        for conversation in &mut w.conversations[4..] {
            conversation.source = "Team A".into();
        }
        w
    }

    fn row<'a>(comparison: &'a Comparison, table: usize, label: &str) -> &'a ComparedRow {
        comparison.tables[table].rows.iter().find(|r| r.label == label).unwrap()
    }

    #[test]
    fn worked_example() {
        let comparison = compare(&two_teams(), "This workshop");
        assert_eq!(comparison.sources, ["This workshop", "Team A"]);
        assert_eq!(comparison.tables[1].columns, ["Measure", "This workshop", "Team A"]);

        // Net Promoter Score, emphasis 5. Here: 2, 3, 2 → 2.33; Team A: 3, 4, 3 → 3.33.
        let nps = row(&comparison, 1, "Net Promoter Score");
        assert_eq!(nps.cells, ["2.3 ± 0.6 (n = 3)", "3.3 ± 0.6 (n = 3)"]);
        assert!(nps.differs);
        assert_eq!(nps.difference, "1.0 points apart, higher for Team A");
        let nps = row(&comparison, 2, "Net Promoter Score");
        assert_eq!(nps.cells, ["Over-measured", "Keep"]);
        assert_eq!(nps.difference, "Over-measured for This workshop, Keep for Team A");

        // Time to resolution: 5, 5, 5 against 4, 5 → 0.5 apart, alike.
        let ttr = row(&comparison, 1, "Time to resolution");
        assert_eq!((ttr.differs, ttr.difference.as_str()), (false, ""));

        // 40 × 0.4375 + 30 × 0.6 + 20 × 0.75 + 10 × 0.7 = 57.5 against
        // 40 × 0.6 + 30 × 0.6 + 20 × 6/7 + 10 × 0.7 = 66.1: 8.6 points, alike.
        let fit = &comparison.tables[0];
        assert_eq!(fit.rows[0].cells, ["57.5", "66.1"]);
        assert_eq!(fit.rows.iter().map(|r| r.cells[0].as_str()).collect::<Vec<_>>()[1..], ["44 %", "60 %", "75 %", "70 %"]);
        assert!(fit.rows.iter().all(|r| !r.differs));
    }

    #[test]
    fn the_workshops_own_conversations_come_first_and_only_when_there_are_some() {
        let mut w = two_teams();
        w.conversations.rotate_left(4);
        w.conversations[0].source = "Team B".into();
        assert_eq!(sources(&w), ["", "Team B", "Team A"]);
        w.conversations.retain(|c| !c.source.is_empty());
        assert_eq!(sources(&w), ["Team B", "Team A"]);
        let empty = compare(&Workshop::new("w", "o"), "This workshop");
        assert!(empty.sources.is_empty());
        assert!(empty.tables.iter().flat_map(|t| &t.rows).all(|r| r.cells.is_empty() && !r.differs));
    }

    #[test]
    fn missing_data_never_counts_as_a_difference() {
        let mut w = two_teams();
        let nps = w.measures[0].id;
        for conversation in &mut w.conversations[4..] {
            conversation.answers.retain(|a| a.measure != nps);
        }
        let comparison = compare(&w, "This workshop");
        for table in [1, 2] {
            let row = row(&comparison, table, "Net Promoter Score");
            assert_eq!((row.cells[1].as_str(), row.differs), ("not enough data", false));
        }
    }

    #[test]
    fn three_sources_name_the_highest_and_the_lowest() {
        let mut w = two_teams();
        for conversation in &mut w.conversations[6..] {
            conversation.source = "Team B".into();
        }
        let comparison = compare(&w, "Facilitator");
        // Net Promoter Score: 2, 3, 2 here; 3, 4 for Team A; 3 for Team B.
        let nps = row(&comparison, 1, "Net Promoter Score");
        assert_eq!(nps.difference, "1.2 points apart, highest for Team A and lowest for Facilitator");
        let nps = row(&comparison, 2, "Net Promoter Score");
        assert_eq!(nps.difference, "Over-measured for Facilitator and Team B, Keep for Team A");
    }

    #[test]
    fn a_merged_teams_column_shows_only_what_that_team_heard() {
        let w = sample_workshop();
        let mut team = w.clone();
        team.fork_ids(7);
        let customer = team.add_customer("Northwind Mills", None).unwrap();
        let conversation = team.add_conversation(customer, "2026-11-20").unwrap();
        let answer = crate::discuss::ConversationEdit::Answer(w.measures[0].id, crate::discuss::Score::Relevance, "5");
        team.edit_conversation(conversation, answer).unwrap();

        let merged = merge(&w, &[("Team A".into(), team)], &[]).workshop;
        let comparison = compare(&merged, "This workshop");
        assert_eq!(comparison.sources, ["This workshop", "Team A"]);
        let nps = row(&comparison, 1, "Net Promoter Score");
        assert_eq!(nps.cells[1], "5.0 (n = 1, small sample)");
        assert_eq!(row(&comparison, 1, "Time to resolution").cells[1], "not enough data");
    }
}
