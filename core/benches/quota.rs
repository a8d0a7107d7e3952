//! `cargo bench -p scorecard-core --bench quota`: the largest workshop that
//! fits the browser's localStorage quota of 5 MiB (5 242 880 UTF-16 code
//! units for key and value together: Chromium's 10 MiB of UTF-16 bytes,
//! Firefox's 5 MiB of characters), for several inventory sizes, with
//! realistic text in every field. The quota is shared by every workshop of
//! the origin, so this is the ceiling for one workshop alone.

use scorecard_core::model::{
    Conversation, ConversationId, Customer, CustomerId, Measure, MeasureAnswer, MeasureId, Segment, SegmentId, Workshop,
};
use scorecard_core::rating::Rating;
use scorecard_core::saved::encode;

const QUOTA_UTF16_UNITS: usize = 5 * 1024 * 1024;
const KEY: &str = "scorecard-workshop:workshop:0123456789abc";

fn text(len: usize, seed: usize) -> String {
    let words = ["delivery", "on time", "engineer", "spare part", "the same day", "invoice", "portal", "we need", "réparation", "Müller"];
    let mut out = String::new();
    let mut i = seed;
    while out.chars().count() < len {
        out.push_str(words[i % words.len()]);
        out.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7);
    }
    out.chars().take(len).collect()
}

fn workshop(measures: usize, conversations: usize) -> Workshop {
    let mut w = Workshop::new("A realistic workshop name, Q4 review", "Kestrel Pumps Ltd");
    let rating = |n: usize| Rating::new((n % 5) as u8 + 1).unwrap();
    let measure_ids: Vec<MeasureId> = (0..measures)
        .map(|i| {
            let id = MeasureId(w.allocate_id());
            let mut m = Measure::named(id, text(28, i));
            m.asks = text(90, i + 1);
            m.formula = text(60, i + 2);
            m.unit = "%".into();
            m.source = text(20, i + 3);
            m.owner = text(22, i + 4);
            m.drives_decision = text(40, i + 5);
            m.latest_value = Some(87.5);
            m.target = Some(90.0);
            m.emphasis = Some(rating(i));
            m.understanding = Some(rating(i + 2));
            w.measures.push(m);
            id
        })
        .collect();
    let segments: Vec<SegmentId> = (0..6)
        .map(|i| {
            let id = SegmentId(w.allocate_id());
            w.segments.push(Segment { id, name: text(18, i) });
            id
        })
        .collect();
    let customers: Vec<CustomerId> = (0..40)
        .map(|i| {
            let id = CustomerId(w.allocate_id());
            w.customers.push(Customer { id, name: text(24, i), role: text(18, i + 9), segment: segments[i % 6] });
            id
        })
        .collect();
    for c in 0..conversations {
        let id = ConversationId(w.allocate_id());
        w.conversations.push(Conversation {
            id,
            customer: customers[c % customers.len()],
            date: "2026-11-22".into(),
            answers: measure_ids
                .iter()
                .enumerate()
                .map(|(k, &measure)| MeasureAnswer { measure, relevance: Some(rating(c + k)), value: Some(rating(c * 3 + k)) })
                .collect(),
            quotes: vec![text(140, c), text(90, c + 1)],
            unmeasured: vec![text(24, c % 25), text(20, c % 13)],
            notes: text(160, c + 2),
        });
    }
    w
}

fn units(measures: usize, conversations: usize) -> usize {
    let value = encode(&workshop(measures, conversations), "0.1.0", "2026-11-22T16:40:00.000Z");
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
