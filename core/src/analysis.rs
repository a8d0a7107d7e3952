//! What the conversations say, measure by measure and segment by segment.
//! Every function here is documented in `docs/analysis.md`.

use crate::discuss::factor_key;
use crate::model::{Conversation, CustomerId, DecisionKind, MeasureAnswer, MeasureId, SegmentId, Workshop};
use crate::rating::Rating;
use crate::stats::Spread;

/// Customers' answers about one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureFindings {
    pub measure: MeasureId,
    pub relevance: Option<Spread>,
    pub value: Option<Spread>,
}

/// Relevance and value per measure, over every conversation, in inventory order.
/// The room's hands count as relevance answers when the facilitator
/// includes them (`Room::in_analysis`): one answer per hand.
pub fn measure_findings(workshop: &Workshop) -> Vec<MeasureFindings> {
    findings_among(workshop, &|_| true, workshop.room.in_analysis)
}

/// The same figures for the conversations with one segment's customers.
pub fn segment_findings(workshop: &Workshop, segment: SegmentId) -> Vec<MeasureFindings> {
    findings_among(workshop, &|c| workshop.segment_of(c) == Some(segment), false)
}

/// `counts` is a `dyn Fn` and one function reads both scores, so that this
/// code is compiled once rather than once per kind of filter and score.
/// The room belongs to no segment, so only the overall findings take its hands.
fn findings_among(workshop: &Workshop, counts: &dyn Fn(&Conversation) -> bool, with_room: bool) -> Vec<MeasureFindings> {
    workshop
        .measures
        .iter()
        .map(|m| {
            let answers: Vec<&MeasureAnswer> = workshop
                .conversations
                .iter()
                .filter(|c| counts(c))
                .flat_map(|c| &c.answers)
                .filter(|a| a.measure == m.id)
                .collect();
            let scores = |score: fn(&MeasureAnswer) -> Option<Rating>| answers.iter().filter_map(move |a| score(a)).map(|r| f64::from(r.get()));
            let room = workshop.room.relevance_values(m.id).filter(|_| with_room);
            MeasureFindings {
                measure: m.id,
                relevance: Spread::of(scores(|a| a.relevance).chain(room)),
                value: Spread::of(scores(|a| a.value)),
            }
        })
        .collect()
}

/// How many of a segment's customers have been heard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentCoverage {
    pub segment: SegmentId,
    pub customers: usize,
    pub customers_heard: usize,
    pub conversations: usize,
}

pub fn segment_coverage(workshop: &Workshop) -> Vec<SegmentCoverage> {
    workshop
        .segments
        .iter()
        .map(|s| {
            let members: Vec<CustomerId> = workshop.customers_in(s.id).map(|c| c.id).collect();
            let conversations =
                workshop.conversations.iter().filter(|c| members.contains(&c.customer)).count();
            let customers_heard =
                members.iter().filter(|id| workshop.conversations_with(**id).next().is_some()).count();
            SegmentCoverage { segment: s.id, customers: members.len(), customers_heard, conversations }
        })
        .collect()
}

/// A thing customers care about that no measure covers, with how many
/// different customers raised it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnmeasuredFactor {
    /// The wording first used for it.
    pub label: String,
    pub customers: usize,
}

/// Factors merged case-insensitively and ignoring surrounding spaces, most
/// often raised first; ties keep the order in which they were first raised.
pub fn unmeasured_factors(workshop: &Workshop) -> Vec<UnmeasuredFactor> {
    // In the order first raised, each found by its key through a sorted
    // index: a BTreeMap would do the same for 2.9 KB gzip more bundle.
    let mut raised: Vec<(String, Vec<CustomerId>)> = Vec::new();
    let mut place_of: Vec<(String, usize)> = Vec::new();
    for conversation in &workshop.conversations {
        for factor in &conversation.unmeasured {
            let label = factor.trim();
            if label.is_empty() {
                continue;
            }
            let key = factor_key(label);
            let place = match place_of.binary_search_by(|(k, _)| k.cmp(&key)) {
                Ok(found) => place_of[found].1,
                Err(slot) => {
                    place_of.insert(slot, (key, raised.len()));
                    raised.push((label.to_owned(), Vec::new()));
                    raised.len() - 1
                }
            };
            let customers = &mut raised[place].1;
            if !customers.contains(&conversation.customer) {
                customers.push(conversation.customer);
            }
        }
    }
    let mut factors: Vec<UnmeasuredFactor> =
        raised.into_iter().map(|(label, customers)| UnmeasuredFactor { label, customers: customers.len() }).collect();
    factors.sort_by_key(|f| std::cmp::Reverse(f.customers));
    factors
}

/// Where a measure falls when internal emphasis is set against customer relevance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quadrant {
    /// Emphasised, and customers find it relevant.
    Keep,
    /// Emphasised, but customers find it of little relevance.
    OverMeasured,
    /// Customers find it relevant, but it gets little emphasis.
    BlindSpot,
    /// Neither emphasised nor relevant to customers.
    DropCandidate,
}

impl Quadrant {
    /// "High" means strictly above the middle of the 1–5 scale, so a 3 —
    /// neither high nor low — never counts as emphasis or relevance.
    pub fn of(emphasis: f64, relevance: f64) -> Quadrant {
        match (emphasis > crate::charts::MIDPOINT, relevance > crate::charts::MIDPOINT) {
            (true, true) => Quadrant::Keep,
            (true, false) => Quadrant::OverMeasured,
            (false, true) => Quadrant::BlindSpot,
            (false, false) => Quadrant::DropCandidate,
        }
    }

    /// The decision the quadrant suggests; the team always has the last word.
    pub fn suggested_decision(self) -> DecisionKind {
        match self {
            Quadrant::Keep => DecisionKind::Keep,
            Quadrant::OverMeasured | Quadrant::BlindSpot => DecisionKind::Change,
            Quadrant::DropCandidate => DecisionKind::Drop,
        }
    }

    /// Why the quadrant suggests its decision, in one sentence.
    pub fn reason(self) -> &'static str {
        match self {
            Quadrant::Keep => "Emphasised, and customers find it relevant.",
            Quadrant::OverMeasured => "Emphasised, but customers find it of little relevance: give it less weight or change what it asks.",
            Quadrant::BlindSpot => "Customers find it relevant, but it gets little emphasis: give it more weight.",
            Quadrant::DropCandidate => "Neither emphasised nor relevant to customers.",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Quadrant::Keep => "Keep",
            Quadrant::OverMeasured => "Over-measured",
            Quadrant::BlindSpot => "Blind spot",
            Quadrant::DropCandidate => "Drop candidate",
        }
    }
}

/// A measure that has both an internal emphasis and customer answers, placed
/// on the emphasis × relevance chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub measure: MeasureId,
    pub name: String,
    pub emphasis: u8,
    pub relevance: Spread,
    pub quadrant: Quadrant,
}

/// Step 3's analysis of one workshop, computed once: each measure's
/// findings, where each is placed and what customers raised that no measure
/// covers. Every chart, figure and suggestion of the step reads it, so a
/// change computes the findings once, not once per chart.
pub struct Analysis<'a> {
    pub workshop: &'a Workshop,
    pub findings: Vec<MeasureFindings>,
    pub placements: Vec<Placement>,
    pub factors: Vec<UnmeasuredFactor>,
}

impl<'a> Analysis<'a> {
    pub fn of(workshop: &'a Workshop) -> Self {
        let findings = measure_findings(workshop);
        let placements = placements_of(workshop, &findings);
        Analysis { workshop, placements, factors: unmeasured_factors(workshop), findings }
    }
}

/// Measures without an emphasis or without any customer answer are left out:
/// they have no place on the chart, and the views list them as "not enough data".
pub fn placements(workshop: &Workshop) -> Vec<Placement> {
    placements_of(workshop, &measure_findings(workshop))
}

fn placements_of(workshop: &Workshop, findings: &[MeasureFindings]) -> Vec<Placement> {
    findings
        .iter()
        .filter_map(|f| {
            let measure = workshop.measure(f.measure)?;
            let emphasis = measure.emphasis?.get();
            let relevance = f.relevance?;
            Some(Placement {
                measure: f.measure,
                name: measure.name.clone(),
                emphasis,
                quadrant: Quadrant::of(f64::from(emphasis), relevance.mean),
                relevance,
            })
        })
        .collect()
}

/// What the team expected customers to say about a measure's relevance, and
/// what they said.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectationGap {
    pub measure: MeasureId,
    pub expected: Rating,
    pub said: Option<Spread>,
}

impl ExpectationGap {
    /// Said minus expected: positive when customers find the measure more
    /// relevant than the team thought.
    pub fn gap(&self) -> Option<f64> {
        self.said.map(|s| s.mean - f64::from(self.expected.get()))
    }
}

/// One gap per measure with an expectation, in inventory order.
pub fn expectation_gaps(workshop: &Workshop) -> Vec<ExpectationGap> {
    Analysis::of(workshop).expectation_gaps()
}

impl Analysis<'_> {
    pub fn expectation_gaps(&self) -> Vec<ExpectationGap> {
        self.findings
            .iter()
            .filter_map(|f| {
                let expected = self.workshop.expectation(f.measure)?;
                Some(ExpectationGap { measure: f.measure, expected, said: f.relevance })
            })
            .collect()
    }
}

/// One term of the fit score: a share from 0 to 1, its weight, and the
/// counts it was computed from, so that the report can show the sum.
#[derive(Clone, Debug, PartialEq)]
pub struct FitTerm {
    pub name: &'static str,
    pub weight: f64,
    /// `None` when there is not enough data for this term.
    pub share: Option<f64>,
    pub explanation: String,
}

/// The scorecard fit score, 0–100: how well the scorecard measures what its
/// own customers care about. `score` is `None` when no term has data.
#[derive(Clone, Debug, PartialEq)]
pub struct FitScore {
    pub score: Option<f64>,
    pub terms: Vec<FitTerm>,
}

/// A factor raised by this many different customers counts as a gap in the scorecard.
pub const FACTOR_GAP_CUSTOMERS: usize = 2;

/// The four terms and their weights are documented, with a worked example,
/// in `docs/analysis.md`. Terms without data are left out and the weights
/// of the others scaled up, so missing data never counts as a bad score.
pub fn fit_score(workshop: &Workshop) -> FitScore {
    Analysis::of(workshop).fit_score()
}

impl Analysis<'_> {
    pub fn fit_score(&self) -> FitScore {
        let (workshop, placed) = (self.workshop, &self.placements);
        let rated: Vec<&Spread> = self.findings.iter().filter_map(|f| f.relevance.as_ref()).collect();
        let relevant = rated.iter().filter(|r| r.mean > crate::charts::MIDPOINT).count();
        let gaps = self.factors.iter().filter(|f| f.customers >= FACTOR_GAP_CUSTOMERS).count();
        let measures = workshop.measures.len();
        let actionable = workshop.measures.iter().filter(|m| !m.owner.trim().is_empty() && !m.drives_decision.trim().is_empty()).count();

        let mean_distance = (!placed.is_empty())
            .then(|| placed.iter().map(|p| (f64::from(p.emphasis) - p.relevance.mean).abs()).sum::<f64>() / placed.len() as f64);
        let terms = vec![
            FitTerm {
                name: "Emphasis matches relevance",
                weight: 40.0,
                share: mean_distance.map(|d| 1.0 - d / 4.0),
                explanation: match mean_distance {
                    Some(d) => format!("Internal emphasis and customer relevance differ by {d:.2} points on average over {} measures; 1 − {d:.2} ÷ 4.", placed.len()),
                    None => "No measure has both an emphasis and a customer answer yet.".into(),
                },
            },
            FitTerm {
                name: "Measures customers find relevant",
                weight: 30.0,
                share: ratio(relevant, rated.len()),
                explanation: format!("{relevant} of {} measures that customers rated have a mean relevance above 3.", rated.len()),
            },
            FitTerm {
                name: "Customer concerns covered",
                weight: 20.0,
                share: ratio(relevant, relevant + gaps),
                explanation: format!(
                    "{relevant} relevant measures against {gaps} things at least {FACTOR_GAP_CUSTOMERS} customers raised that no measure covers."
                ),
            },
            FitTerm {
                name: "Measures someone acts on",
                weight: 10.0,
                share: ratio(actionable, measures),
                explanation: format!("{actionable} of {measures} measures have an owner and drive a decision."),
            },
        ];
        let counted: Vec<&FitTerm> = terms.iter().filter(|t| t.share.is_some()).collect();
        let weights: f64 = counted.iter().map(|t| t.weight).sum();
        let score = (weights > 0.0)
            .then(|| counted.iter().map(|t| t.weight * t.share.unwrap_or(0.0)).sum::<f64>() / weights * 100.0);
        FitScore { score, terms }
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
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
        let gap = expectation_gaps(&w).into_iter().find(|g| g.measure == nrr).unwrap();
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
}
