//! Prints the benchmark workshop (`sample::large_workshop`) as a saved file,
//! for the end-to-end latency measurement to load into the browser.

fn main() {
    let workshop = scorecard_core::sample::large_workshop();
    println!("{}", scorecard_core::saved::encode(&workshop, env!("CARGO_PKG_VERSION"), "2026-01-01T00:00:00.000Z", "large"));
}
