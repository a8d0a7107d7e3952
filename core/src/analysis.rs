//! What the conversations say, measure by measure and segment by segment.
//! Every function here is documented in `docs/analysis.md`.

use std::collections::BTreeMap;

use crate::model::{CustomerId, MeasureId, SegmentId, Workshop};
use crate::stats::Spread;

/// Customers' answers about one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureFindings {
    pub measure: MeasureId,
    pub relevance: Option<Spread>,
    pub value: Option<Spread>,
}

/// Relevance and value per measure, over every conversation, in inventory order.
pub fn measure_findings(workshop: &Workshop) -> Vec<MeasureFindings> {
    workshop
        .measures
        .iter()
        .map(|m| {
            let answers: Vec<_> = workshop
                .conversations
                .iter()
                .flat_map(|c| &c.answers)
                .filter(|a| a.measure == m.id)
                .collect();
            MeasureFindings {
                measure: m.id,
                relevance: Spread::of(answers.iter().filter_map(|a| a.relevance).map(|r| f64::from(r.get()))),
                value: Spread::of(answers.iter().filter_map(|a| a.value).map(|r| f64::from(r.get()))),
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
    let mut order: Vec<String> = Vec::new();
    let mut raised_by: BTreeMap<String, (String, Vec<CustomerId>)> = BTreeMap::new();
    for conversation in &workshop.conversations {
        for factor in &conversation.unmeasured {
            let label = factor.trim();
            if label.is_empty() {
                continue;
            }
            let key = label.to_lowercase();
            let entry = raised_by.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                (label.to_owned(), Vec::new())
            });
            if !entry.1.contains(&conversation.customer) {
                entry.1.push(conversation.customer);
            }
        }
    }
    let mut factors: Vec<UnmeasuredFactor> = order
        .into_iter()
        .map(|key| {
            let (label, customers) = raised_by.remove(&key).expect("every ordered key was inserted");
            UnmeasuredFactor { label, customers: customers.len() }
        })
        .collect();
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

/// Measures without an emphasis or without any customer answer are left out:
/// they have no place on the chart, and the views list them as "not enough data".
pub fn placements(workshop: &Workshop) -> Vec<Placement> {
    measure_findings(workshop)
        .into_iter()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;

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
}
