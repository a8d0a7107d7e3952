//! Step 3's charts, each with the table that says the same in text: built
//! here from the analysis so that the browser, the report and the benchmark
//! draw exactly the same thing.

use crate::analysis::{segment_findings, Analysis, FitScore, FACTOR_GAP_CUSTOMERS};
use crate::discuss::checked_date;
use crate::edit::EditError;
use crate::inventory::checked_text;
pub use crate::charts::{Chart, TextTable, CHART_WIDTH};
use crate::charts::{
    heat_map_svg, row_chart_svg, scale_chart_svg, ChartRow, HeatCell, Mark, RowChart, ScalePoint, EMPHASIS_RELEVANCE,
    EXPECTATION_ROWS, RELEVANCE_ROWS,
};
use crate::model::{Decision, DecisionKind, DecisionSubject, Workshop};
use crate::stats::Spread;

fn describe(spread: Option<Spread>) -> String {
    spread.map_or_else(|| "not enough data".into(), |s| s.describe())
}

use crate::charts::columns;

/// Emphasis × relevance, with each measure's quadrant.
pub fn quadrant_chart(analysis: &Analysis) -> Chart {
    let placed = &analysis.placements;
    let points: Vec<ScalePoint> =
        placed.iter().map(|p| ScalePoint { label: p.name.clone(), x: f64::from(p.emphasis), y: p.relevance.mean }).collect();
    let rows = placed
        .iter()
        .map(|p| vec![p.name.clone(), p.emphasis.to_string(), p.relevance.describe(), p.quadrant.label().to_owned()])
        .collect();
    Chart {
        svg: scale_chart_svg(&EMPHASIS_RELEVANCE, &points, (CHART_WIDTH, 560)),
        table: TextTable { columns: columns(&["Measure", "Internal emphasis", "Customer relevance", "Quadrant"]), rows },
    }
}

/// Mean relevance per measure with its spread; value alongside in the table.
pub fn relevance_chart(analysis: &Analysis) -> Chart {
    let mut chart_rows = Vec::new();
    let mut rows = Vec::new();
    for (measure, f) in analysis.workshop.measures.iter().zip(&analysis.findings) {
        let relevance = describe(f.relevance);
        chart_rows.push(ChartRow {
            label: measure.name.clone(),
            marks: f.relevance.iter().map(|r| Mark::Bar { value: r.mean, spread: r.sd }).collect(),
            note: relevance.clone(),
        });
        rows.push(vec![measure.name.clone(), relevance, describe(f.value)]);
    }
    Chart {
        svg: row_chart_svg(&RELEVANCE_ROWS, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Measure", "Relevance", "Value"]), rows },
    }
}

/// Mean relevance of each measure in each segment.
pub fn segment_heat_map(analysis: &Analysis) -> Chart {
    let workshop = analysis.workshop;
    let names: Vec<String> = workshop.measures.iter().map(|m| m.name.clone()).collect();
    let segments: Vec<String> = workshop.segments.iter().map(|s| s.name.clone()).collect();
    let by_segment: Vec<Vec<Option<Spread>>> = workshop
        .segments
        .iter()
        .map(|s| segment_findings(workshop, s.id).into_iter().map(|f| f.relevance).collect())
        .collect();
    let cells: Vec<Vec<HeatCell>> = (0..names.len())
        .map(|m| by_segment.iter().map(|column| column[m].map(|s| (s.mean, s.n))).collect())
        .collect();
    let rows = names
        .iter()
        .enumerate()
        .map(|(m, name)| std::iter::once(name.clone()).chain(by_segment.iter().map(|column| describe(column[m]))).collect())
        .collect();
    let mut headers = vec!["Measure".to_owned()];
    headers.extend(segments.iter().cloned());
    Chart { svg: heat_map_svg(&names, &segments, &cells, CHART_WIDTH), table: TextTable { columns: headers, rows } }
}

/// What the team expected against what customers said, per measure.
pub fn expectation_chart(analysis: &Analysis) -> Chart {
    let mut chart_rows = Vec::new();
    let mut rows = Vec::new();
    for gap in analysis.expectation_gaps() {
        let name = analysis.workshop.measure(gap.measure).map(|m| m.name.clone()).unwrap_or_default();
        let expected = f64::from(gap.expected.get());
        let mut marks = vec![Mark::Dot { value: expected, filled: false }];
        marks.extend(gap.said.map(|s| Mark::Dot { value: s.mean, filled: true }));
        let difference = gap.gap().map_or_else(|| "not enough data".to_owned(), |g| format!("{g:+.1}"));
        chart_rows.push(ChartRow { label: name.clone(), marks, note: difference.clone() });
        rows.push(vec![name, gap.expected.to_string(), describe(gap.said), difference]);
    }
    Chart {
        svg: row_chart_svg(&EXPECTATION_ROWS, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Measure", "Expected", "Customers said", "Difference"]), rows },
    }
}

/// Things customers care about that no measure covers, by how many raised them.
pub fn factor_chart(analysis: &Analysis) -> Chart {
    let factors = &analysis.factors;
    let most = factors.first().map_or(1, |f| f.customers).max(1);
    let axis = RowChart { axis_title: "Customers who raised it", min: 0.0, max: most as f64, legend: "" };
    let chart_rows: Vec<ChartRow> = factors
        .iter()
        .map(|f| ChartRow {
            label: f.label.clone(),
            marks: vec![Mark::Bar { value: f.customers as f64, spread: None }],
            note: f.customers.to_string(),
        })
        .collect();
    let rows = factors.iter().map(|f| vec![f.label.clone(), f.customers.to_string()]).collect();
    Chart {
        svg: row_chart_svg(&axis, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Not measured", "Customers who raised it"]), rows },
    }
}

/// A chart as the app, the report and the exports name it.
#[derive(Clone, Copy)]
pub struct ChartSpec {
    /// In file names: `quadrant`, `relevance` …
    pub slug: &'static str,
    pub caption: &'static str,
    /// What the chart shows, for people who cannot see it.
    pub description: &'static str,
    pub draw: Draw,
}

/// What a chart is drawn from: the workshop, or step 3's analysis of it,
/// which all of step 3's charts share.
#[derive(Clone, Copy)]
pub enum Draw {
    Workshop(fn(&Workshop) -> Chart),
    Analysis(fn(&Analysis) -> Chart),
}

impl ChartSpec {
    /// The chart, from an analysis that the other charts drawn with it share.
    pub fn draw(&self, analysis: &Analysis) -> Chart {
        match self.draw {
            Draw::Workshop(draw) => draw(analysis.workshop),
            Draw::Analysis(draw) => draw(analysis),
        }
    }
}

/// Step 3's charts, in the order the step and the report show them.
pub const STEP3_CHARTS: [ChartSpec; 5] = [
    ChartSpec {
        slug: "quadrant",
        caption: "Internal emphasis against customer relevance",
        description: "Scatter chart of internal emphasis against mean customer relevance per measure, in four quadrants: keep, over-measured, blind spot, drop candidate.",
        draw: Draw::Analysis(quadrant_chart),
    },
    ChartSpec {
        slug: "relevance",
        caption: "Customer relevance per measure, with its spread",
        description: "Bar chart of mean customer relevance per measure with whiskers of one standard deviation.",
        draw: Draw::Analysis(relevance_chart),
    },
    ChartSpec {
        slug: "segments",
        caption: "Relevance by customer segment",
        description: "Heat map of mean customer relevance for each measure in each segment; darker is more relevant.",
        draw: Draw::Analysis(segment_heat_map),
    },
    ChartSpec {
        slug: "expectations",
        caption: "What we expected against what customers said",
        description: "For each measure, the relevance the team expected next to the mean relevance customers gave.",
        draw: Draw::Analysis(expectation_chart),
    },
    ChartSpec {
        slug: "not-measured",
        caption: "What customers care about that no measure covers",
        description: "Bar chart of the things customers raised that no measure covers, by how many customers raised them.",
        draw: Draw::Analysis(factor_chart),
    },
];

/// Every chart of step 3, from one analysis, as the step and the report show them.
pub fn step3_charts(analysis: &Analysis) -> [Chart; 5] {
    STEP3_CHARTS.map(|spec| spec.draw(analysis))
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 4] = [DecisionKind::Keep, DecisionKind::Change, DecisionKind::Drop, DecisionKind::Add];

    pub fn label(self) -> &'static str {
        match self {
            DecisionKind::Keep => "Keep",
            DecisionKind::Change => "Change",
            DecisionKind::Drop => "Drop",
            DecisionKind::Add => "Add",
        }
    }
}

/// What the analysis suggests deciding about one measure or factor.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub subject: DecisionSubject,
    pub name: String,
    /// `None` when there is not enough data to suggest anything.
    pub kind: Option<DecisionKind>,
    pub reason: String,
}

/// A suggestion for every measure, in inventory order (from its quadrant),
/// then one "add" for every factor at least two customers raised.
pub fn suggestions(analysis: &Analysis) -> Vec<Suggestion> {
    let (workshop, placed) = (analysis.workshop, &analysis.placements);
    let mut all: Vec<Suggestion> = workshop
        .measures
        .iter()
        .map(|m| {
            let placement = placed.iter().find(|p| p.measure == m.id);
            Suggestion {
                subject: DecisionSubject::Measure(m.id),
                name: m.name.clone(),
                kind: placement.map(|p| p.quadrant.suggested_decision()),
                reason: placement.map_or_else(
                    || "Not enough data: it needs an internal emphasis and at least one customer answer.".to_owned(),
                    |p| format!("{} ({}: emphasis {}, relevance {})", p.quadrant.reason(), p.quadrant.label(), p.emphasis, p.relevance.describe()),
                ),
            }
        })
        .collect();
    all.extend(analysis.factors.iter().filter(|f| f.customers >= FACTOR_GAP_CUSTOMERS).map(|f| Suggestion {
        subject: DecisionSubject::Factor(f.label.clone()),
        reason: format!("Raised by {} customers, and no measure covers it.", f.customers),
        name: f.label.clone(),
        kind: Some(DecisionKind::Add),
    }));
    // Decisions already taken about anything else stay on the list.
    for decision in &workshop.decisions {
        if !all.iter().any(|s| s.subject == decision.subject) {
            all.push(Suggestion {
                name: subject_name(workshop, &decision.subject),
                subject: decision.subject.clone(),
                kind: None,
                reason: "No suggestion from the current answers.".into(),
            });
        }
    }
    all
}

/// What step 3's analysis reads of a workshop: all of it but the texts of
/// the decisions (reason, owner, due date), which no chart, figure or
/// suggestion uses. Typing a decision leaves it the same, so the app does
/// not compute the charts and suggestions again on each keystroke.
pub fn analysis_input(workshop: &Workshop) -> Workshop {
    let decisions = workshop
        .decisions
        .iter()
        .map(|d| Decision { subject: d.subject.clone(), kind: d.kind, reason: String::new(), owner: String::new(), due: String::new() })
        .collect();
    Workshop { decisions, ..workshop.clone() }
}

/// The decisions taken, as the report lists them.
pub fn decision_table(workshop: &Workshop) -> TextTable {
    let rows = workshop
        .decisions
        .iter()
        .map(|d| vec![subject_name(workshop, &d.subject), d.kind.label().to_owned(), d.reason.clone(), d.owner.clone(), d.due.clone()])
        .collect();
    TextTable { columns: columns(&["About", "Decision", "Reason", "Owner", "Due"]), rows }
}

/// What the fit score means, said wherever it is shown.
pub const FIT_EXPLANATION: &str = "How well the scorecard measures what its own customers care about: the points of the four terms below add up to it. A term without data is left out and the others' weights scaled up.";

/// The fit score's terms with their weights, shares and points, which add
/// up to the score.
pub fn fit_table(fit: &FitScore) -> TextTable {
    let counted: f64 = fit.terms.iter().filter(|t| t.share.is_some()).map(|t| t.weight).sum();
    let rows = fit
        .terms
        .iter()
        .map(|t| {
            let (share, points) = match t.share {
                Some(s) => (format!("{:.0} %", s * 100.0), format!("{:.1}", t.weight * s * 100.0 / counted)),
                None => ("not enough data".into(), "–".into()),
            };
            vec![t.name.to_owned(), format!("{}", t.weight), share, points, t.explanation.clone()]
        })
        .collect();
    TextTable { columns: columns(&["Term", "Weight", "Share", "Points", "From"]), rows }
}

/// What a decision is about, in words.
pub fn subject_name(workshop: &Workshop, subject: &DecisionSubject) -> String {
    match subject {
        DecisionSubject::Measure(id) => workshop.measure(*id).map_or_else(|| "A deleted measure".into(), |m| m.name.clone()),
        DecisionSubject::Factor(factor) => factor.clone(),
    }
}

/// One change to a decision, as typed into its row.
#[derive(Clone, Copy, Debug)]
pub enum DecisionEdit<'a> {
    /// `None` takes the decision back.
    Kind(Option<DecisionKind>),
    Reason(&'a str),
    Owner(&'a str),
    /// `YYYY-MM-DD`, or empty until agreed.
    Due(&'a str),
}

impl Workshop {
    pub fn decision(&self, subject: &DecisionSubject) -> Option<&Decision> {
        self.decisions.iter().find(|d| &d.subject == subject)
    }

    /// Applies one edit. Text typed before a kind is chosen starts the
    /// decision with the suggested kind, so nothing typed is lost.
    pub fn edit_decision(&mut self, subject: &DecisionSubject, edit: DecisionEdit<'_>) -> Result<(), EditError> {
        let checked = match edit {
            DecisionEdit::Reason(text) | DecisionEdit::Owner(text) => checked_text(text)?,
            DecisionEdit::Due(text) if text.trim().is_empty() => String::new(),
            DecisionEdit::Due(text) => checked_date(text)?,
            DecisionEdit::Kind(None) => {
                self.decisions.retain(|d| &d.subject != subject);
                return Ok(());
            }
            DecisionEdit::Kind(Some(_)) => String::new(),
        };
        if self.decision(subject).is_none() {
            let kind = match edit {
                DecisionEdit::Kind(Some(kind)) => kind,
                _ => suggestions(&Analysis::of(self))
                    .into_iter()
                    .find(|s| &s.subject == subject)
                    .and_then(|s| s.kind)
                    .ok_or(EditError::NoDecisionKind)?,
            };
            self.decisions.push(Decision { subject: subject.clone(), kind, reason: String::new(), owner: String::new(), due: String::new() });
        }
        let decision = self.decisions.iter_mut().find(|d| &d.subject == subject).expect("made above");
        match edit {
            DecisionEdit::Kind(Some(kind)) => decision.kind = kind,
            DecisionEdit::Reason(_) => decision.reason = checked,
            DecisionEdit::Owner(_) => decision.owner = checked,
            DecisionEdit::Due(_) => decision.due = checked,
            DecisionEdit::Kind(None) => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::share::report::step3_in_app;

    #[test]
    fn the_analysis_input_gives_the_same_charts_figures_and_suggestions() {
        let w = sample_workshop();
        let input = analysis_input(&w);
        assert!(w.decisions.iter().any(|d| !d.reason.is_empty()));
        assert!(input.decisions.iter().all(|d| d.reason.is_empty() && d.owner.is_empty() && d.due.is_empty()));
        assert_eq!(step3_in_app(&input), step3_in_app(&w));
        assert_eq!(suggestions(&Analysis::of(&input)), suggestions(&Analysis::of(&w)));
        // Typing a decision leaves the input as it was.
        let mut typed = w.clone();
        let subject = typed.decisions[0].subject.clone();
        typed.edit_decision(&subject, DecisionEdit::Reason("Typed in the workshop")).unwrap();
        assert_eq!(analysis_input(&typed), input);
    }

    use super::*;
    use crate::model::Workshop;
    use crate::sample::sample_workshop;

    #[test]
    fn every_chart_has_a_table_row_per_thing_it_draws() {
        let w = sample_workshop();
        let [quadrant, relevance, heat, expectation, factors] = step3_charts(&Analysis::of(&w));
        assert_eq!(quadrant.table.rows.len(), 10);
        assert_eq!(relevance.table.rows.len(), 10);
        assert_eq!(heat.table.columns.len(), 1 + w.segments.len());
        assert_eq!(expectation.table.rows.len(), w.expectations.len());
        assert_eq!(factors.table.rows[0], vec!["Spare parts availability".to_string(), "4".to_string()]);
        assert!(relevance.table.rows.iter().any(|r| r[1].contains("small sample")));
    }

    #[test]
    fn an_empty_workshop_draws_empty_charts_without_nan() {
        for chart in step3_charts(&Analysis::of(&Workshop::new("w", "o"))) {
            assert!(chart.svg.starts_with("<svg") && !chart.svg.contains("NaN"));
            assert!(chart.table.rows.is_empty());
        }
    }

    #[test]
    fn suggestions_follow_the_quadrants_and_the_factors() {
        let w = sample_workshop();
        let all = suggestions(&Analysis::of(&w));
        let nrr = all.iter().find(|s| s.name == "Net revenue retention").unwrap();
        assert_eq!(nrr.kind, Some(DecisionKind::Change));
        assert!(nrr.reason.contains("Over-measured"), "{}", nrr.reason);
        let spare = all.iter().find(|s| s.name == "Spare parts availability").unwrap();
        assert_eq!((spare.kind, &spare.subject), (Some(DecisionKind::Add), &DecisionSubject::Factor("Spare parts availability".into())));
        assert_eq!(all.len(), 10 + 5);
    }

    #[test]
    fn typing_before_choosing_starts_from_the_suggestion_and_bad_dates_change_nothing() {
        let mut w = sample_workshop();
        let nrr = DecisionSubject::Measure(w.measures.iter().find(|m| m.name == "Net revenue retention").unwrap().id);
        w.decisions.retain(|d| d.subject != nrr);
        w.edit_decision(&nrr, DecisionEdit::Owner("CFO")).unwrap();
        assert_eq!(w.decision(&nrr).map(|d| (d.kind, d.owner.as_str())), Some((DecisionKind::Change, "CFO")));
        let before = w.clone();
        assert!(w.edit_decision(&nrr, DecisionEdit::Due("2026-02-30")).is_err());
        assert_eq!(w, before);
        w.edit_decision(&nrr, DecisionEdit::Kind(None)).unwrap();
        assert!(w.decision(&nrr).is_none());
        let mut empty = Workshop::new("w", "o");
        let id = empty.add_measure(|id| crate::model::Measure::named(id, "X"));
        let err = empty.edit_decision(&DecisionSubject::Measure(id), DecisionEdit::Reason("why")).unwrap_err();
        assert_eq!(err, EditError::NoDecisionKind);
    }
}
