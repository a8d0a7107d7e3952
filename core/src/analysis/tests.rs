use super::*;
use crate::sample::sample_workshop;

/// The worked example of `docs/analysis.md`, "The room's show of hands".
#[test]
fn the_rooms_hands_count_as_answers_only_when_included_and_never_in_a_segment() {
    let mut w = sample_workshop();
    let ttr = w.measures.iter().find(|m| m.name == "Time to resolution").unwrap().id;
    for value in [3, 3, 4] {
        w.count_hand(ttr, value, true).unwrap();
    }
    let relevance = |w: &Workshop| measure_findings(w).into_iter().find(|f| f.measure == ttr).unwrap().relevance.unwrap();
    assert_eq!((relevance(&w).n, relevance(&w).mean), (5, 4.8));
    let segments_before: Vec<_> = w.segments.iter().map(|s| segment_findings(&w, s.id)).collect();
    w.set_room_in_analysis(true);
    // 5, 5, 5, 5, 4 from customers and 3, 3, 4 from the room: 34 / 8.
    assert_eq!((relevance(&w).n, relevance(&w).mean), (8, 4.25));
    assert_eq!(placements(&w).into_iter().find(|p| p.measure == ttr).unwrap().quadrant, Quadrant::BlindSpot);
    let segments_after: Vec<_> = w.segments.iter().map(|s| segment_findings(&w, s.id)).collect();
    assert_eq!(segments_before, segments_after);
}

#[test]
fn sample_relevance_of_time_to_resolution() {
    let w = sample_workshop();
    let ttr = w.measures.iter().find(|m| m.name == "Time to resolution").unwrap().id;
    let findings = measure_findings(&w).into_iter().find(|f| f.measure == ttr).unwrap();
    // Answers 5, 5, 5, 5, 4 from the sample: mean 24/5 = 4.8.
    let relevance = findings.relevance.unwrap();
    assert_eq!(relevance.n, 5);
    assert!((relevance.mean - 4.8).abs() < 1e-12);
}

#[test]
fn a_measure_nobody_discussed_has_no_figures() {
    let mut w = sample_workshop();
    for c in &mut w.conversations {
        c.answers.retain(|a| a.measure != w.measures[0].id);
    }
    let first = &measure_findings(&w)[0];
    assert_eq!((first.relevance, first.value), (None, None));
}

#[test]
fn factors_merge_regardless_of_case_and_count_customers_once() {
    let w = sample_workshop();
    let factors = unmeasured_factors(&w);
    assert_eq!(factors[0].label, "Spare parts availability");
    assert_eq!(factors[0].customers, 4);
    let mut twice = w.clone();
    let first = twice.conversations[0].clone();
    twice.conversations.push(first);
    assert_eq!(unmeasured_factors(&twice)[0].customers, 4);
}

#[test]
fn quadrants_split_strictly_above_the_midpoint() {
    assert_eq!(Quadrant::of(5.0, 4.8), Quadrant::Keep);
    assert_eq!(Quadrant::of(5.0, 2.6), Quadrant::OverMeasured);
    assert_eq!(Quadrant::of(3.0, 4.8), Quadrant::BlindSpot);
    assert_eq!(Quadrant::of(3.0, 3.0), Quadrant::DropCandidate);
}

#[test]
fn sample_places_every_measure_with_answers() {
    let w = sample_workshop();
    let placed = placements(&w);
    assert_eq!(placed.len(), 10);
    let nrr = placed.iter().find(|p| p.name == "Net revenue retention").unwrap();
    // Emphasis 5; relevance answers 1, 2: mean 1.5.
    assert_eq!((nrr.emphasis, nrr.quadrant), (5, Quadrant::OverMeasured));
    assert!((nrr.relevance.mean - 1.5).abs() < 1e-12);
}

#[test]
fn coverage_counts_customers_heard_per_segment() {
    let w = sample_workshop();
    let coverage = segment_coverage(&w);
    let heard: Vec<(usize, usize)> = coverage.iter().map(|c| (c.customers_heard, c.customers)).collect();
    assert_eq!(heard, vec![(3, 3), (3, 3), (2, 2)]);
}

#[test]
fn sample_fit_score_worked_example() {
    let fit = fit_score(&sample_workshop());
    let shares: Vec<f64> = fit.terms.iter().map(|t| t.share.unwrap()).collect();
    // |e − r| summed over the 10 placed measures is 19.6786; ÷ 10 = 1.9679.
    assert!((shares[0] - (1.0 - 1.967_857_142_857_143 / 4.0)).abs() < 1e-9);
    assert_eq!(&shares[1..], &[0.6, 6.0 / 11.0, 0.7]);
    // 40 × 0.5080 + 30 × 0.6 + 20 × 0.5455 + 10 × 0.7 = 56.23
    assert!((fit.score.unwrap() - 56.230_519_480_519_48).abs() < 1e-9);
}

#[test]
fn an_empty_workshop_has_no_fit_score_and_no_nan() {
    let fit = fit_score(&Workshop::new("w", "o"));
    assert_eq!(fit.score, None);
    assert!(fit.terms.iter().all(|t| t.share.is_none()));
}

#[test]
fn segment_findings_only_count_that_segment() {
    let w = sample_workshop();
    let total: usize = w.segments.iter().map(|s| segment_findings(&w, s.id)[0].relevance.map_or(0, |r| r.n)).sum();
    assert_eq!(total, measure_findings(&w)[0].relevance.unwrap().n);
}

#[test]
fn expectation_gaps_compare_with_what_customers_said() {
    let w = sample_workshop();
    let nrr = w.measures.iter().find(|m| m.name == "Net revenue retention").unwrap().id;
    let gap = Analysis::of(&w).expectation_gaps().into_iter().find(|g| g.measure == nrr).unwrap();
    assert_eq!(gap.expected.get(), 1);
    assert!((gap.gap().unwrap() - 0.5).abs() < 1e-12);
}

mod properties {
    use super::super::*;
    use crate::model::MeasureAnswer;
    use crate::rating::Rating;
    use crate::sample::sample_workshop;
    use proptest::prelude::*;

    fn close(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        }
    }

    proptest! {
        /// The order in which conversations were recorded changes no figure.
        #[test]
        fn results_do_not_depend_on_conversation_order(keys in proptest::collection::vec(any::<u32>(), 8)) {
            let w = sample_workshop();
            let mut shuffled = w.clone();
            let mut order: Vec<usize> = (0..shuffled.conversations.len()).collect();
            order.sort_by_key(|&i| keys[i % keys.len()]);
            shuffled.conversations = order.iter().map(|&i| w.conversations[i].clone()).collect();
            for (a, b) in measure_findings(&w).iter().zip(measure_findings(&shuffled).iter()) {
                prop_assert!(close(a.relevance.map(|s| s.mean), b.relevance.map(|s| s.mean)));
                prop_assert!(close(a.relevance.and_then(|s| s.sd), b.relevance.and_then(|s| s.sd)));
                prop_assert!(close(a.value.map(|s| s.mean), b.value.map(|s| s.mean)));
            }
            prop_assert!(close(fit_score(&w).score, fit_score(&shuffled).score));
            let factors = |w: &Workshop| { let mut f: Vec<(String, usize)> = unmeasured_factors(w).into_iter().map(|f| (f.label.to_lowercase(), f.customers)).collect(); f.sort(); f };
            prop_assert_eq!(factors(&w), factors(&shuffled));
        }

        /// Whatever customers answer, every mean stays on the 1–5 scale,
        /// every share in 0–1 and the fit score in 0–100.
        #[test]
        fn scores_stay_in_range(answers in proptest::collection::vec((0usize..10, 1u8..=5, proptest::option::of(1u8..=5)), 0..60)) {
            let mut w = sample_workshop();
            for c in &mut w.conversations {
                c.answers.clear();
            }
            for (k, (measure, relevance, value)) in answers.iter().enumerate() {
                let measure = w.measures[*measure].id;
                let conversation = k % w.conversations.len();
                w.conversations[conversation].answers.push(MeasureAnswer {
                    measure,
                    relevance: Some(Rating::new(*relevance).unwrap()),
                    value: value.map(|v| Rating::new(v).unwrap()),
                });
            }
            for f in measure_findings(&w) {
                for s in [f.relevance, f.value].into_iter().flatten() {
                    prop_assert!((1.0..=5.0).contains(&s.mean) && s.sd.is_none_or(|sd| sd >= 0.0 && sd.is_finite()));
                }
            }
            let fit = fit_score(&w);
            prop_assert!(fit.score.is_some_and(|s| (0.0..=100.0).contains(&s)));
            prop_assert!(fit.terms.iter().all(|t| t.share.is_none_or(|s| (0.0..=1.0).contains(&s))));
        }

        /// A new answer about one measure changes that measure's figures
        /// and no other's.
        #[test]
        fn an_answer_moves_only_the_measure_it_rates(measure in 0usize..10, relevance in 1u8..=5, value in 1u8..=5, conversation in 0usize..8) {
            let w = sample_workshop();
            let before = measure_findings(&w);
            let mut after = w.clone();
            let id = after.measures[measure].id;
            after.conversations[conversation].answers.retain(|a| a.measure != id);
            let removed = measure_findings(&after);
            after.conversations[conversation].answers.push(MeasureAnswer {
                measure: id,
                relevance: Some(Rating::new(relevance).unwrap()),
                value: Some(Rating::new(value).unwrap()),
            });
            let added = measure_findings(&after);
            for k in (0..10).filter(|&k| k != measure) {
                prop_assert_eq!(&added[k], &before[k]);
                prop_assert_eq!(&removed[k], &before[k]);
            }
            prop_assert_eq!(added[measure].relevance.map(|s| s.n), Some(removed[measure].relevance.map_or(0, |s| s.n) + 1));
        }
    }
}
