//! Descriptive statistics on the 1–5 scale, defined once for every figure the
//! app shows so that a mean in a table and a point on a chart always agree.

/// Mean and spread of a set of scores. There is no `Spread` for an empty set:
/// the views say "not enough data" instead of showing NaN.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub n: usize,
    pub mean: f64,
    /// Sample standard deviation (divides by n − 1); `None` when n < 2,
    /// where it is undefined.
    pub sd: Option<f64>,
}

/// Below this many answers a figure is shown but flagged as a small sample.
pub const SMALL_SAMPLE: usize = 3;

impl Spread {
    pub fn of(scores: impl IntoIterator<Item = f64>) -> Option<Spread> {
        let scores: Vec<f64> = scores.into_iter().collect();
        let n = scores.len();
        if n == 0 {
            return None;
        }
        let mean = scores.iter().sum::<f64>() / n as f64;
        let sd = (n >= 2).then(|| {
            let squares: f64 = scores.iter().map(|s| (s - mean).powi(2)).sum();
            (squares / (n - 1) as f64).sqrt()
        });
        Some(Spread { n, mean, sd })
    }

    pub fn is_small_sample(&self) -> bool {
        self.n < SMALL_SAMPLE
    }

    /// "4.2 ± 0.8 (n = 5)", with "small sample" when n < 3.
    pub fn describe(&self) -> String {
        let sd = self.sd.map(|sd| format!(" ± {sd:.1}")).unwrap_or_default();
        let small = if self.is_small_sample() { ", small sample" } else { "" };
        format!("{:.1}{sd} (n = {}{small})", self.mean, self.n)
    }
}

/// A number as people write it: no trailing ".0", at most two decimals.
pub fn format_number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// "88 / 95", with a dash for a missing figure.
pub fn latest_and_target(latest: Option<f64>, target: Option<f64>) -> String {
    let show = |v: Option<f64>| v.map_or_else(|| "–".into(), format_number);
    format!("{} / {}", show(latest), show(target))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn worked_example() {
        // Scores 2, 4, 4, 5: mean 15/4 = 3.75; squared deviations
        // 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75; sd = sqrt(4.75 / 3) ≈ 1.2583.
        let s = Spread::of([2.0, 4.0, 4.0, 5.0]).unwrap();
        assert_eq!(s.n, 4);
        assert!((s.mean - 3.75).abs() < 1e-12);
        assert!((s.sd.unwrap() - 1.258_305_739).abs() < 1e-9);
        assert!(!s.is_small_sample());
    }

    #[test]
    fn empty_and_single_sets_give_no_nan() {
        assert_eq!(Spread::of([]), None);
        let one = Spread::of([4.0]).unwrap();
        assert_eq!((one.n, one.mean, one.sd), (1, 4.0, None));
        assert!(one.is_small_sample());
    }

    proptest! {
        #[test]
        fn mean_stays_on_the_scale_and_ignores_order(mut scores in prop::collection::vec(1u8..=5, 1..200)) {
            let forward = Spread::of(scores.iter().map(|s| f64::from(*s))).unwrap();
            scores.reverse();
            let backward = Spread::of(scores.iter().map(|s| f64::from(*s))).unwrap();
            prop_assert!((1.0..=5.0).contains(&forward.mean));
            prop_assert!((forward.mean - backward.mean).abs() < 1e-9);
            if let Some(sd) = forward.sd {
                prop_assert!(sd.is_finite() && (0.0..=4.0).contains(&sd));
            }
        }
    }
}
