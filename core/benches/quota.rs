//! `cargo bench -p scorecard-core --bench quota`: the largest workshop that
//! fits the browser's localStorage quota of 5 MiB (5 242 880 UTF-16 code
//! units for key and value together: Chromium's 10 MiB of UTF-16 bytes,
//! Firefox's 5 MiB of characters), for several inventory sizes, with
//! realistic text in every field. The quota is shared by every workshop of
//! the origin, so this is the ceiling for one workshop alone.

use scorecard_core::sample::generated_workshop;
use scorecard_core::saved::encode;

use scorecard_core::workshops::LOCAL_STORAGE_QUOTA_UNITS as QUOTA_UTF16_UNITS;
const KEY: &str = "scorecard-workshop:workshop:0123456789abc";

fn units(measures: usize, conversations: usize) -> usize {
    let value = encode(&generated_workshop(measures, conversations), "0.1.0", "2026-11-22T16:40:00.000Z", "lq3k0a1b2c");
    KEY.encode_utf16().count() + value.encode_utf16().count()
}

fn main() {
    println!("largest workshop that fits localStorage's 5 MiB ({QUOTA_UTF16_UNITS} UTF-16 units), every conversation rating every measure:");
    for measures in [10, 20, 40, 60] {
        // Conversations grow the file linearly: find the last count that fits.
        let (mut low, mut high) = (0usize, 1usize);
        while units(measures, high) <= QUOTA_UTF16_UNITS {
            low = high;
            high *= 2;
        }
        while high - low > 1 {
            let middle = (low + high) / 2;
            if units(measures, middle) <= QUOTA_UTF16_UNITS { low = middle } else { high = middle }
        }
        let per_conversation = (units(measures, 101) - units(measures, 1)) / 100;
        println!(
            "  {measures:>2} measures × {low:>5} conversations (about {per_conversation} units per conversation; {:.1} MiB as UTF-16)",
            units(measures, low) as f64 * 2.0 / 1024.0 / 1024.0
        );
    }
}
