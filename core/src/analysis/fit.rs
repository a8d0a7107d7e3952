//! The scorecard fit score, term by term (`docs/analysis.md`).

use super::Analysis;
use crate::model::Workshop;
use crate::stats::Spread;

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
