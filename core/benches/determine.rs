//! `cargo bench -p scorecard-core`: the time of step 3's full analysis plus
//! drawing all its charts to SVG, on a large workshop (60 measures, 40
//! customers in 6 segments, 300 conversations). Target: 16 ms, one frame.
//!
//! Prints the median and the 95th percentile of 200 runs; it measures, it
//! does not pass or fail, so a busy machine cannot make the build flaky.

use std::hint::black_box;
use std::time::Instant;

use scorecard_core::analysis::Analysis;
use scorecard_core::determine::step3_charts;
use scorecard_core::sample::large_workshop;

const RUNS: usize = 200;
const TARGET_MS: f64 = 16.0;

fn main() {
    let workshop = large_workshop();
    let answers: usize = workshop.conversations.iter().map(|c| c.answers.len()).sum();
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            // As step 3 draws them: one analysis, read by the fit score and every chart.
            let analysis = Analysis::of(black_box(&workshop));
            black_box(analysis.fit_score());
            black_box(step3_charts(&analysis));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    let p95 = times[RUNS * 95 / 100];
    println!(
        "step 3 analysis + 5 charts to SVG, {} measures, {} customers, {} conversations, {answers} answers:",
        workshop.measures.len(),
        workshop.customers.len(),
        workshop.conversations.len()
    );
    println!("  median {median:.2} ms, p95 {p95:.2} ms over {RUNS} runs (target {TARGET_MS} ms) — {}", if p95 <= TARGET_MS { "within target" } else { "OVER target" });
}
