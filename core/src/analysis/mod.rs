//! What the conversations say, measure by measure and segment by segment.
//! Every function here is documented in `docs/analysis.md`.

use crate::discuss::factor_key;
use crate::model::{Conversation, CustomerId, DecisionKind, MeasureAnswer, MeasureId, SegmentId, Workshop};
use crate::rating::Rating;
use crate::stats::Spread;

mod fit;

pub use fit::{fit_score, FitScore, FitTerm, FACTOR_GAP_CUSTOMERS};

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

impl Analysis<'_> {
    /// One gap per measure with an expectation, in inventory order.
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

#[cfg(test)]
mod tests;
