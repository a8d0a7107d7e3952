//! The usual ways customer retention measures are computed, so that the
//! catalogue can state each formula and show a worked example that is
//! computed, not typed.

/// How a catalogue measure is computed from its inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    /// Answers on 0–10: % of 9–10 minus % of 0–6, from −100 to 100 (NPS).
    NetPromoter,
    /// Answers on 1–5: % of answers that are 4 or 5 (CSAT).
    TopTwoBoxes,
    /// Mean of all answers.
    Mean,
    /// Median of all values: robust to a few very long cases.
    Median,
    /// `[part, whole]`: part ÷ whole × 100.
    Share,
    /// `[customers at start, customers at end, new customers]`:
    /// (end − new) ÷ start × 100.
    CustomerRetention,
    /// `[start revenue, contraction, churned revenue]`:
    /// (start − contraction − churned) ÷ start × 100; never above 100.
    GrossRevenueRetention,
    /// `[start revenue, expansion, contraction, churned revenue]`:
    /// (start + expansion − contraction − churned) ÷ start × 100.
    NetRevenueRetention,
    /// The number of events in the period.
    Count,
    /// `[weight, score, weight, score, …]`: Σ weight × score ÷ Σ weight.
    WeightedScore,
}

impl Formula {
    /// The result, or `None` when the inputs cannot give one (no answers, a
    /// zero denominator, an odd number of weight/score values).
    pub fn apply(self, inputs: &[f64]) -> Option<f64> {
        match self {
            Formula::NetPromoter => {
                let n = non_empty_len(inputs)?;
                let promoters = inputs.iter().filter(|&&a| a >= 9.0).count() as f64;
                let detractors = inputs.iter().filter(|&&a| a <= 6.0).count() as f64;
                Some((promoters - detractors) / n * 100.0)
            }
            Formula::TopTwoBoxes => {
                let n = non_empty_len(inputs)?;
                Some(inputs.iter().filter(|&&a| a >= 4.0).count() as f64 / n * 100.0)
            }
            Formula::Mean => Some(inputs.iter().sum::<f64>() / non_empty_len(inputs)?),
            Formula::Median => {
                non_empty_len(inputs)?;
                let mut sorted = inputs.to_vec();
                sorted.sort_by(f64::total_cmp);
                let mid = sorted.len() / 2;
                Some(if sorted.len().is_multiple_of(2) { (sorted[mid - 1] + sorted[mid]) / 2.0 } else { sorted[mid] })
            }
            Formula::Share => match inputs {
                [part, whole] => percent(*part, *whole),
                _ => None,
            },
            Formula::CustomerRetention => match inputs {
                [start, end, new] => percent(end - new, *start),
                _ => None,
            },
            Formula::GrossRevenueRetention => match inputs {
                [start, contraction, churned] => percent(start - contraction - churned, *start),
                _ => None,
            },
            Formula::NetRevenueRetention => match inputs {
                [start, expansion, contraction, churned] => percent(start + expansion - contraction - churned, *start),
                _ => None,
            },
            Formula::Count => Some(inputs.iter().sum()),
            Formula::WeightedScore => {
                if inputs.is_empty() || !inputs.len().is_multiple_of(2) {
                    return None;
                }
                let (weighted, weights) = inputs
                    .chunks_exact(2)
                    .fold((0.0, 0.0), |(sum, total), pair| (sum + pair[0] * pair[1], total + pair[0]));
                (weights != 0.0).then(|| weighted / weights)
            }
        }
    }
}

fn non_empty_len(inputs: &[f64]) -> Option<f64> {
    (!inputs.is_empty()).then_some(inputs.len() as f64)
}

fn percent(part: f64, whole: f64) -> Option<f64> {
    (whole != 0.0).then(|| part / whole * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_promoter_score_from_ten_answers() {
        // 6 promoters (9 or 10), 2 passives (8, 7), 2 detractors (6, 3):
        // 60 % − 20 % = 40.
        let answers = [9.0, 10.0, 10.0, 9.0, 8.0, 7.0, 6.0, 3.0, 10.0, 9.0];
        assert_eq!(Formula::NetPromoter.apply(&answers), Some(40.0));
        assert_eq!(Formula::NetPromoter.apply(&[0.0, 6.0]), Some(-100.0));
        assert_eq!(Formula::NetPromoter.apply(&[]), None);
    }

    #[test]
    fn zero_denominators_give_no_figure() {
        assert_eq!(Formula::Share.apply(&[3.0, 0.0]), None);
        assert_eq!(Formula::CustomerRetention.apply(&[0.0, 5.0, 1.0]), None);
        assert_eq!(Formula::WeightedScore.apply(&[0.0, 80.0]), None);
        assert_eq!(Formula::WeightedScore.apply(&[1.0]), None);
    }

    #[test]
    fn median_of_even_and_odd_counts() {
        assert_eq!(Formula::Median.apply(&[30.0, 2.0, 5.0]), Some(5.0));
        assert_eq!(Formula::Median.apply(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }
}
