use super::*;
use crate::analysis::Analysis;
use crate::edit::EditError;
use crate::model::{DecisionKind, DecisionSubject, Workshop};
use crate::sample::sample_workshop;
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
