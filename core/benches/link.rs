//! `cargo bench -p scorecard-core --bench link`: how long share links are,
//! and the largest workshop whose link still fits one QR code (2 953 bytes
//! at error correction L). The browser compresses the link with
//! `CompressionStream("deflate-raw")`, zlib's DEFLATE at its default level;
//! miniz_oxide's level 6 is the same algorithm, so the lengths here are
//! estimates within a few bytes of the browser's (the e2e suite prints the
//! sample's real link length).

use scorecard_core::catalogue::CATALOGUE;
use scorecard_core::model::Workshop;
use scorecard_core::sample::{generated_workshop, sample_workshop};
use scorecard_core::saved::encode;
use scorecard_core::share::link::{fragment, QR_MAX_BYTES};

/// Where a deployed app might live; the link repeats it.
const APP_URL: &str = "https://scorecards.example.org/workshop/";

fn link_length(workshop: &Workshop) -> usize {
    let saved = encode(workshop, "0.1.0", "2026-12-01T10:00:00.000Z", "");
    APP_URL.len() + fragment(&miniz_oxide::deflate::compress_to_vec(saved.as_bytes(), 6)).len()
}

/// The largest `n` up to `most` for which `make(n)` still fits a QR code.
fn largest(most: usize, make: impl Fn(usize) -> Workshop) -> usize {
    (0..=most).take_while(|&n| link_length(&make(n)) <= QR_MAX_BYTES).last().unwrap_or(0)
}

fn from_catalogue(measures: usize) -> Workshop {
    let mut workshop = Workshop::blank("Q1 scorecard review", "Acme Industrial").expect("a valid name");
    for entry in CATALOGUE.iter().take(measures) {
        workshop.add_measure(|id| entry.to_measure(id));
    }
    workshop
}

fn main() {
    println!("share link of the sample workshop (10 measures, 8 customers, 8 conversations): {} characters", link_length(&sample_workshop()));
    println!("largest workshop whose link fits one QR code ({QR_MAX_BYTES} bytes, with {} characters of address):", APP_URL.len());
    let catalogue = largest(CATALOGUE.len(), from_catalogue);
    println!("  a new workshop with measures added from the catalogue: {catalogue} of {} measures", CATALOGUE.len());
    for measures in [5, 10] {
        let conversations = largest(200, |n| generated_workshop(measures, n));
        println!("  {measures} measures with full text, 40 customers: {conversations} conversations");
    }
}
