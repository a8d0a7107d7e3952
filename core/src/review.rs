//! After step 3: the scorecard as the decisions leave it, next quarter's
//! review started from this one, and the trend across reviews. The rules and
//! a worked example are in `docs/analysis.md`.

use crate::analysis::{fit_score, measure_findings};
use crate::charts::{
    columns, row_chart_svg, Chart, ChartRow, Mark, TextTable, CHART_WIDTH, FIT_TREND_ROWS, RELEVANCE_TREND_ROWS,
};
use crate::model::{AssessedMeasure, Assessment, Decision, Earlier, DecisionKind, DecisionSubject, Guide, Measure, MeasureId, Workshop};
use crate::determine::{ChartSpec, Draw};
use crate::workshops::derived_name;

/// Where a measure on the revised scorecard comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revision {
    Kept,
    Changed,
    Added,
    NotDecided,
}

impl Revision {
    pub fn label(self) -> &'static str {
        match self {
            Revision::Kept => "Kept",
            Revision::Changed => "Changed",
            Revision::Added => "Added",
            Revision::NotDecided => "Not decided",
        }
    }
}

/// One line of the revised scorecard, with the decision behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisedMeasure {
    pub name: String,
    pub status: Revision,
    /// The decision's reason, owner and due date; empty when not decided.
    pub reason: String,
    pub owner: String,
    pub due: String,
    /// The measure it continues; `None` for one added from a factor.
    pub measure: Option<MeasureId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisedScorecard {
    /// The inventory's measures in its order, then the added ones in the
    /// order they were decided.
    pub measures: Vec<RevisedMeasure>,
    /// The names of the measures dropped, in inventory order.
    pub dropped: Vec<String>,
}

/// Step 3's decisions applied to the inventory. A decision about a deleted
/// measure has nothing to apply to, and only an add brings a factor in.
pub fn revised_scorecard(workshop: &Workshop) -> RevisedScorecard {
    let mut revised = RevisedScorecard { measures: Vec::new(), dropped: Vec::new() };
    for measure in &workshop.measures {
        let decision = workshop.decision(&DecisionSubject::Measure(measure.id));
        let status = match decision.map(|d| d.kind) {
            None => Revision::NotDecided,
            // Adding a measure the scorecard already has keeps it.
            Some(DecisionKind::Keep | DecisionKind::Add) => Revision::Kept,
            Some(DecisionKind::Change) => Revision::Changed,
            Some(DecisionKind::Drop) => {
                revised.dropped.push(measure.name.clone());
                continue;
            }
        };
        revised.measures.push(revised_measure(measure.name.clone(), status, decision, Some(measure.id)));
    }
    for decision in &workshop.decisions {
        if let (DecisionSubject::Factor(factor), DecisionKind::Add) = (&decision.subject, decision.kind) {
            revised.measures.push(revised_measure(factor.clone(), Revision::Added, Some(decision), None));
        }
    }
    revised
}

fn revised_measure(name: String, status: Revision, decision: Option<&Decision>, measure: Option<MeasureId>) -> RevisedMeasure {
    let text = |field: fn(&Decision) -> &String| decision.map(|d| field(d).clone()).unwrap_or_default();
    RevisedMeasure { name, status, reason: text(|d| &d.reason), owner: text(|d| &d.owner), due: text(|d| &d.due), measure }
}

/// The revised scorecard as the app, the report and the CSV export list it.
pub fn revised_table(revised: &RevisedScorecard) -> TextTable {
    let rows = revised
        .measures
        .iter()
        .map(|m| vec![m.name.clone(), m.status.label().to_owned(), m.reason.clone(), m.owner.clone(), m.due.clone()])
        .collect();
    TextTable { columns: columns(&["Measure", "Revision", "Reason", "Owner", "Due"]), rows }
}

/// The figures of this workshop that a later review's trend needs: the
/// same fit score and mean relevance step 3 shows.
pub fn assessment(workshop: &Workshop, date: &str, workshop_id: &str) -> Assessment {
    let measures = workshop
        .measures
        .iter()
        .zip(measure_findings(workshop))
        .map(|(m, f)| AssessedMeasure {
            measure: m.id,
            name: m.name.clone(),
            relevance: f.relevance.map(|r| r.mean),
            answers: f.relevance.map_or(0, |r| r.n),
        })
        .collect();
    Assessment {
        name: workshop.name.clone(),
        date: date.to_owned(),
        workshop: workshop_id.to_owned(),
        fit_score: fit_score(workshop).score,
        measures,
    }
}

/// Ends the name of a review started from another, before its date. A name
/// that has it already is cut there first, so suffixes never pile up.
const NEXT_REVIEW: &str = " — next review, started ";

/// Next quarter's review: the revised scorecard asked of the same customers
/// again, with this workshop's figures added to the chain of assessments.
pub fn next_review(workshop: &Workshop, date: &str, workshop_id: &str) -> Workshop {
    let base = workshop.name.split(NEXT_REVIEW).next().unwrap_or_default();
    let mut next = Workshop::new(derived_name("", base, &format!("{NEXT_REVIEW}{date}")), workshop.organisation.clone());
    // Counting on from the old counter leaves every id the chain ever used
    // unused, so the trend never joins two different measures by one id.
    next.next_id = workshop.next_id;
    for revised in revised_scorecard(workshop).measures {
        match revised.measure.and_then(|id| workshop.measure(id)) {
            Some(kept) => next.measures.push(kept.clone()),
            None => {
                next.add_measure(|id| Measure::named(id, revised.name));
            }
        }
    }
    next.segments = workshop.segments.clone();
    next.customers = workshop.customers.clone();
    next.guide = Guide {
        opening: workshop.guide.opening.clone(),
        measure_wording: workshop.guide.measure_wording.iter().filter(|w| next.measure(w.measure).is_some()).cloned().collect(),
        closing: workshop.guide.closing.clone(),
    };
    let mut earlier = workshop.earlier.list();
    earlier.push(assessment(workshop, date, workshop_id));
    next.earlier = Earlier::of(&earlier);
    next
}

/// The date the current workshop carries in its own trend: it is not an
/// assessment until the next review is started from it.
const NOW: &str = "Now";

/// The fit score of every assessment, and the relevance of each current
/// measure in every assessment, oldest first and the current workshop last.
#[cfg(test)]
fn trend_charts(workshop: &Workshop) -> [Chart; 2] {
    with_assessments(workshop, |assessments| [fit_trend(assessments), relevance_trend(assessments)])
}

/// The trend's charts as the app, the report and the exports name them.
pub const TREND_CHARTS: [ChartSpec; 2] = [
    ChartSpec {
        slug: "fit-trend",
        caption: "Scorecard fit across assessments",
        description: "Bar chart of the fit score of each assessment of this scorecard, oldest first.",
        draw: Draw::Workshop(fit_trend_chart),
    },
    ChartSpec {
        slug: "relevance-trend",
        caption: "Customer relevance per measure, the previous assessment against this one",
        description: "For each current measure, the mean customer relevance in the previous assessment next to this one; the table lists every assessment.",
        draw: Draw::Workshop(relevance_trend_chart),
    },
];

pub fn fit_trend_chart(workshop: &Workshop) -> Chart {
    with_assessments(workshop, fit_trend)
}

pub fn relevance_trend_chart(workshop: &Workshop) -> Chart {
    with_assessments(workshop, relevance_trend)
}

/// Every assessment, the current one last. Without an earlier assessment
/// there is no trend, and the current figures are not even computed.
fn with_assessments<T>(workshop: &Workshop, draw: impl FnOnce(&[&Assessment]) -> T) -> T {
    let earlier = workshop.earlier.list();
    let now = (!earlier.is_empty()).then(|| assessment(workshop, NOW, ""));
    let assessments: Vec<&Assessment> = now.iter().flat_map(|now| earlier.iter().chain([now])).collect();
    draw(&assessments)
}

/// The date first, so that a row label shortened to fit still says which assessment it is.
fn label(assessment: &Assessment) -> String {
    format!("{}: {}", assessment.date, assessment.name)
}

fn figure_or(figure: Option<f64>, missing: &str) -> String {
    figure.map_or_else(|| missing.to_owned(), |f| format!("{f:.1}"))
}

fn fit_trend(assessments: &[&Assessment]) -> Chart {
    let mut chart_rows = Vec::new();
    let mut rows = Vec::new();
    for assessment in assessments {
        let score = figure_or(assessment.fit_score, "not enough data");
        chart_rows.push(ChartRow {
            label: label(assessment),
            marks: assessment.fit_score.iter().map(|&value| Mark::Bar { value, spread: None }).collect(),
            note: score.clone(),
        });
        rows.push(vec![assessment.date.clone(), assessment.name.clone(), score]);
    }
    Chart {
        svg: row_chart_svg(&FIT_TREND_ROWS, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Date", "Assessment", "Fit score"]), rows },
    }
}

/// The chart compares the last two assessments; the table has them all, so
/// that a longer history is fully readable.
fn relevance_trend(assessments: &[&Assessment]) -> Chart {
    let current: &[AssessedMeasure] = assessments.last().map_or(&[], |now| &now.measures);
    let previous = assessments.len().checked_sub(2).map(|i| assessments[i]);
    let mut chart_rows = Vec::new();
    let mut rows = Vec::new();
    for measure in current {
        let before = previous.and_then(|p| figure_in(p, measure.measure)).and_then(|m| m.relevance);
        let marks = before
            .map(|value| Mark::Dot { value, filled: false })
            .into_iter()
            .chain(measure.relevance.map(|value| Mark::Dot { value, filled: true }))
            .collect();
        let note = format!("{} → {}", figure_or(before, "no earlier figure"), figure_or(measure.relevance, "not enough data"));
        chart_rows.push(ChartRow { label: measure.name.clone(), marks, note });
        let cells = assessments.iter().map(|a| match figure_in(a, measure.measure) {
            None => "not on the scorecard".to_owned(),
            Some(m) => m.relevance.map_or_else(|| "not enough data".to_owned(), |r| format!("{r:.1} (n = {})", m.answers)),
        });
        rows.push(std::iter::once(measure.name.clone()).chain(cells).collect());
    }
    let mut headers = columns(&["Measure"]);
    headers.extend(assessments.iter().map(|a| label(a)));
    Chart { svg: row_chart_svg(&RELEVANCE_TREND_ROWS, &chart_rows, CHART_WIDTH), table: TextTable { columns: headers, rows } }
}

/// Joined by id, so a measure renamed between reviews keeps its history.
fn figure_in(assessment: &Assessment, id: MeasureId) -> Option<&AssessedMeasure> {
    assessment.measures.iter().find(|m| m.measure == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Conversation, ConversationId, CustomerId};
    use crate::rating::r;
    use crate::sample::sample_workshop;

    fn id_of(workshop: &Workshop, name: &str) -> MeasureId {
        workshop.measures.iter().find(|m| m.name == name).unwrap().id
    }

    fn decide(workshop: &mut Workshop, subject: DecisionSubject, kind: DecisionKind, reason: &str) {
        let (owner, due) = ("Head of Service".into(), "2027-03-31".into());
        workshop.decisions.retain(|d| d.subject != subject);
        workshop.decisions.push(Decision { subject, kind, reason: reason.into(), owner, due });
    }

    /// The sample, whose decisions change On-time delivery and add Spare
    /// parts availability, with Time to resolution kept, QBR attendance
    /// dropped, Net Promoter Score "added" although it is there, a factor
    /// kept unmeasured and a decision about a measure since deleted.
    fn decided_sample() -> Workshop {
        let mut w = sample_workshop();
        let nps = id_of(&w, "Net Promoter Score");
        decide(&mut w, DecisionSubject::Measure(nps), DecisionKind::Add, "Already measured.");
        let ttr = id_of(&w, "Time to resolution");
        let qbr = id_of(&w, "QBR attendance");
        let health = id_of(&w, "Customer health score");
        decide(&mut w, DecisionSubject::Measure(ttr), DecisionKind::Keep, "Customers rate it highest.");
        decide(&mut w, DecisionSubject::Measure(qbr), DecisionKind::Drop, "Nobody owns it.");
        decide(&mut w, DecisionSubject::Measure(health), DecisionKind::Drop, "Nobody understands it.");
        w.delete_measure(health).unwrap();
        decide(&mut w, DecisionSubject::Factor("Lead-time accuracy".into()), DecisionKind::Keep, "Covered by on-time delivery.");
        w.set_measure_question(qbr, "How much, if at all, do business reviews help you?").unwrap();
        w.set_measure_question(ttr, "How much, if at all, does the time to get a pump running again matter to you?").unwrap();
        w
    }

    #[test]
    fn decisions_keep_change_drop_and_add() {
        let revised = revised_scorecard(&decided_sample());
        let statuses: Vec<(&str, Revision)> = revised.measures.iter().map(|m| (m.name.as_str(), m.status)).collect();
        use Revision::*;
        assert_eq!(
            statuses,
            [
                ("Net Promoter Score", Kept),
                ("Service visit satisfaction (CSAT)", NotDecided),
                ("Spare-part ordering effort (CES)", NotDecided),
                ("Customer churn rate", NotDecided),
                ("Net revenue retention", NotDecided),
                ("Time to resolution", Kept),
                ("First contact resolution", NotDecided),
                ("On-time delivery", Changed),
                ("Spare parts availability", Added),
            ]
        );
        assert_eq!(revised.dropped, ["QBR attendance"]);
        let otd = &revised.measures[7];
        assert!(otd.reason.starts_with("Customers rate delivery reliability highest"));
        assert_eq!((otd.owner.as_str(), otd.due.as_str()), ("Supply Chain Director", "2027-01-31"));
        assert_eq!(revised.measures[8].measure, None);
        assert_eq!(revised.measures[1].reason, "");

        let table = revised_table(&revised);
        assert_eq!(table.columns, ["Measure", "Revision", "Reason", "Owner", "Due"]);
        assert_eq!(table.rows[8][..2], ["Spare parts availability", "Added"]);
        assert_eq!(table.rows[8][3..], ["Head of Service", "2027-02-28"]);
        assert_eq!(table.rows[1][1], "Not decided");
    }

    #[test]
    fn the_next_review_starts_from_the_revised_scorecard() {
        let old = decided_sample();
        let next = next_review(&old, "2027-01-15", "w-1");
        assert_eq!(next.name, "Kestrel Pumps — Q4 scorecard review — next review, started 2027-01-15");
        assert_eq!(next.organisation, old.organisation);
        let ttr = id_of(&old, "Time to resolution");
        assert_eq!(next.measure(ttr), old.measure(ttr), "kept with its id and every field");
        assert!(next.measure(id_of(&old, "QBR attendance")).is_none());
        let spare = next.measures.last().unwrap();
        assert_eq!((spare.name.as_str(), spare.id), ("Spare parts availability", MeasureId(old.next_id)));
        assert_eq!(next.measures.len(), 9);
        assert_eq!((&next.segments, &next.customers), (&old.segments, &old.customers));
        assert!(next.conversations.is_empty() && next.expectations.is_empty() && next.decisions.is_empty());
        assert_eq!((&next.guide.opening, &next.guide.closing), (&old.guide.opening, &old.guide.closing));
        let worded: Vec<MeasureId> = next.guide.measure_wording.iter().map(|w| w.measure).collect();
        assert_eq!(worded, [ttr], "the dropped measure's wording goes with it");
        assert_eq!(next.earlier.list(), [assessment(&old, "2027-01-15", "w-1")]);
        let highest = next.measures.iter().map(|m| m.id.0).chain(next.customers.iter().map(|c| c.id.0)).max().unwrap();
        assert!(next.next_id > highest);
    }

    #[test]
    fn the_chain_of_assessments_grows_by_one_per_review() {
        let first = decided_sample();
        let second = next_review(&first, "2027-01-15", "w-1");
        let third = next_review(&second, "2027-04-15", "w-2");
        let fourth = next_review(&third, "2027-07-15", "w-3");
        let earlier = fourth.earlier.list();
        let dates: Vec<&str> = earlier.iter().map(|a| a.date.as_str()).collect();
        assert_eq!(dates, ["2027-01-15", "2027-04-15", "2027-07-15"]);
        assert_eq!(earlier[0], second.earlier.list()[0]);
        assert_eq!(earlier[1].name, second.name);
        assert_eq!(fourth.name, "Kestrel Pumps — Q4 scorecard review — next review, started 2027-07-15");
        let [fit, relevance] = trend_charts(&fourth);
        assert_eq!(fit.table.rows.len(), 4);
        assert_eq!(relevance.table.columns.len(), 1 + 4, "the measure, then one column per assessment");
        assert_eq!(relevance.table.rows.len(), fourth.measures.len());
    }

    #[test]
    fn without_an_earlier_assessment_the_trend_is_empty() {
        for workshop in [sample_workshop(), Workshop::new("w", "o")] {
            for chart in trend_charts(&workshop) {
                assert!(chart.svg.starts_with("<svg") && !chart.svg.contains("NaN"));
                assert!(chart.table.rows.is_empty());
            }
        }
    }

    #[test]
    fn hostile_names_stay_text_in_the_trend() {
        let mut w = Workshop::new("<script>alert(1)</script>", "o");
        w.add_measure(|id| Measure::named(id, "<script>alert(2)</script>"));
        let next = next_review(&w, "2027-01-15", "");
        for chart in trend_charts(&next) {
            assert!(!chart.svg.contains("<script") && chart.svg.contains("&lt;script&gt;"));
        }
    }

    fn hear(workshop: &mut Workshop, customer: CustomerId, answers: &[(MeasureId, u8)], unmeasured: &[&str]) {
        let id = ConversationId(workshop.allocate_id());
        workshop.conversations.push(Conversation {
            id,
            customer,
            date: "2027-01-10".into(),
            answers: answers
                .iter()
                .map(|&(measure, relevance)| crate::model::MeasureAnswer { measure, relevance: Some(r(relevance)), value: None })
                .collect(),
            quotes: Vec::new(),
            unmeasured: unmeasured.iter().map(|f| (*f).into()).collect(),
            notes: String::new(),
            source: String::new(),
        });
    }

    /// The worked example of `docs/analysis.md`, "The revised scorecard and the trend".
    #[test]
    fn worked_example_of_two_assessments() {
        let mut q1 = Workshop::new("Acme — Q1 review", "Acme");
        let otd = q1.add_measure(|id| Measure {
            owner: "Logistics".into(),
            drives_decision: "Carrier choice".into(),
            emphasis: Some(r(2)),
            ..Measure::named(id, "On-time delivery")
        });
        let nps = q1.add_measure(|id| Measure {
            owner: "Customer Success".into(),
            emphasis: Some(r(5)),
            ..Measure::named(id, "Net Promoter Score")
        });
        let qbr = q1.add_measure(|id| Measure { emphasis: Some(r(3)), ..Measure::named(id, "QBR attendance") });
        let utilities = q1.add_segment("Utilities").unwrap();
        let riverside = q1.add_customer("Riverside", Some(utilities)).unwrap();
        let eastvale = q1.add_customer("Eastvale", Some(utilities)).unwrap();
        hear(&mut q1, riverside, &[(otd, 4), (nps, 2), (qbr, 3)], &["Spare parts availability"]);
        hear(&mut q1, eastvale, &[(otd, 5), (nps, 3)], &["spare parts availability"]);
        decide(&mut q1, DecisionSubject::Measure(otd), DecisionKind::Change, "Give it more weight.");
        decide(&mut q1, DecisionSubject::Measure(nps), DecisionKind::Keep, "");
        decide(&mut q1, DecisionSubject::Measure(qbr), DecisionKind::Drop, "");
        decide(&mut q1, DecisionSubject::Factor("Spare parts availability".into()), DecisionKind::Add, "");
        // (40 × 0.5833 + 30 × 1/3 + 20 × 1/2 + 10 × 1/3) = 46.67
        assert!((fit_score(&q1).score.unwrap() - 140.0 / 3.0).abs() < 1e-9);

        let mut q2 = next_review(&q1, "2027-01-15", "w-1");
        let spare = id_of(&q2, "Spare parts availability");
        q2.measure_mut(otd).unwrap().emphasis = Some(r(4));
        *q2.measure_mut(spare).unwrap() = Measure {
            owner: "Service".into(),
            drives_decision: "Stock levels".into(),
            emphasis: Some(r(4)),
            ..Measure::named(spare, "Spare parts availability")
        };
        hear(&mut q2, riverside, &[(otd, 5), (nps, 2), (spare, 5)], &[]);
        hear(&mut q2, eastvale, &[(otd, 5), (nps, 2), (spare, 4)], &[]);
        // 40 × 0.625 + 30 × 2/3 + 20 × 1 + 10 × 2/3 = 71.67
        assert!((fit_score(&q2).score.unwrap() - 215.0 / 3.0).abs() < 1e-9);

        let [fit, relevance] = trend_charts(&q2);
        assert_eq!(
            fit.table.rows,
            [["2027-01-15", "Acme — Q1 review", "46.7"], ["Now", "Acme — Q1 review — next review, started 2027-01-15", "71.7"]]
        );
        assert_eq!(
            relevance.table.columns,
            ["Measure", "2027-01-15: Acme — Q1 review", "Now: Acme — Q1 review — next review, started 2027-01-15"]
        );
        assert_eq!(
            relevance.table.rows,
            [
                ["On-time delivery", "4.5 (n = 2)", "5.0 (n = 2)"],
                ["Net Promoter Score", "2.5 (n = 2)", "2.0 (n = 2)"],
                ["Spare parts availability", "not on the scorecard", "4.5 (n = 2)"],
            ]
        );
        for note in ["4.5 → 5.0", "2.5 → 2.0", "no earlier figure → 4.5"] {
            assert!(relevance.svg.contains(note), "missing {note}");
        }
        assert_eq!(relevance.svg.matches("<circle").count(), 2 * 2 + 3, "two hollow dots, each a fill and a ring, and three filled");
    }
}
