//! The sample workshop that the app opens at first visit, so that every view
//! shows something worth looking at before anyone has typed a word.
//!
//! Kestrel Pumps is an invented maker of industrial pumps with service
//! contracts. Its scorecard has the usual mix: measures that drive decisions,
//! measures nobody owns, and a composite score the team barely understands.
//! The customers' answers disagree with the team's expectations in places, as
//! they do in real workshops.

use crate::model::*;
use crate::rating::{r, Rating};

struct MeasureSpec {
    name: &'static str,
    asks: &'static str,
    formula: &'static str,
    unit: &'static str,
    source: &'static str,
    frequency: Frequency,
    owner: &'static str,
    drives_decision: &'static str,
    latest_value: f64,
    target: f64,
    emphasis: u8,
    understanding: u8,
    /// What the team expects customers to say about its relevance.
    expected_relevance: u8,
}

const MEASURES: [MeasureSpec; 10] = [
    MeasureSpec {
        name: "Net Promoter Score",
        asks: "How likely is it that you would recommend Kestrel Pumps to a colleague? (0–10)",
        formula: "% promoters (9–10) − % detractors (0–6)",
        unit: "−100 to 100",
        source: "Qualtrics relationship survey",
        frequency: Frequency::Yearly,
        owner: "Head of Customer Success",
        drives_decision: "Which accounts get an executive visit",
        latest_value: 31.0,
        target: 40.0,
        emphasis: 5,
        understanding: 3,
        expected_relevance: 5,
    },
    MeasureSpec {
        name: "Service visit satisfaction (CSAT)",
        asks: "How satisfied were you with today's service visit? (1–5)",
        formula: "% of answers that are 4 or 5",
        unit: "%",
        source: "ServiceNow post-visit survey",
        frequency: Frequency::Continuous,
        owner: "Field Service Manager",
        drives_decision: "Technician coaching plan",
        latest_value: 86.0,
        target: 90.0,
        emphasis: 3,
        understanding: 4,
        expected_relevance: 4,
    },
    MeasureSpec {
        name: "Spare-part ordering effort (CES)",
        asks: "How easy was it to order your spare parts? (1–7)",
        formula: "Mean answer",
        unit: "1–7",
        source: "Web shop survey",
        frequency: Frequency::Monthly,
        owner: "",
        drives_decision: "",
        latest_value: 5.1,
        target: 5.5,
        emphasis: 2,
        understanding: 2,
        expected_relevance: 2,
    },
    MeasureSpec {
        name: "Customer churn rate",
        asks: "Counts service-contract accounts that did not renew",
        formula: "Accounts lost in the quarter ÷ accounts at the start of the quarter",
        unit: "%",
        source: "Salesforce",
        frequency: Frequency::Quarterly,
        owner: "Sales Operations",
        drives_decision: "Win-back campaign list",
        latest_value: 6.5,
        target: 5.0,
        emphasis: 4,
        understanding: 4,
        expected_relevance: 2,
    },
    MeasureSpec {
        name: "Net revenue retention",
        asks: "Counts service revenue kept and grown from existing accounts",
        formula: "(Start revenue + expansion − contraction − churn) ÷ start revenue",
        unit: "%",
        source: "SAP finance",
        frequency: Frequency::Quarterly,
        owner: "Chief Financial Officer",
        drives_decision: "Service contract pricing",
        latest_value: 104.0,
        target: 110.0,
        emphasis: 5,
        understanding: 2,
        expected_relevance: 1,
    },
    MeasureSpec {
        name: "Time to resolution",
        asks: "Counts hours from a support ticket being opened to the pump running again",
        formula: "Median hours from ticket opened to resolved",
        unit: "hours",
        source: "Zendesk",
        frequency: Frequency::Weekly,
        owner: "Support Team Lead",
        drives_decision: "Support staffing and on-call rota",
        latest_value: 26.0,
        target: 24.0,
        emphasis: 3,
        understanding: 5,
        expected_relevance: 4,
    },
    MeasureSpec {
        name: "First contact resolution",
        asks: "Counts tickets solved in the first call or email",
        formula: "Tickets solved at first contact ÷ all tickets",
        unit: "%",
        source: "Zendesk",
        frequency: Frequency::Monthly,
        owner: "Support Team Lead",
        drives_decision: "",
        latest_value: 71.0,
        target: 75.0,
        emphasis: 2,
        understanding: 3,
        expected_relevance: 3,
    },
    MeasureSpec {
        name: "On-time delivery",
        asks: "Counts orders delivered by the date promised at order confirmation",
        formula: "Orders delivered on or before the promised date ÷ orders delivered",
        unit: "%",
        source: "SAP logistics",
        frequency: Frequency::Weekly,
        owner: "Supply Chain Director",
        drives_decision: "Carrier choice and safety stock",
        latest_value: 88.0,
        target: 95.0,
        emphasis: 2,
        understanding: 5,
        expected_relevance: 3,
    },
    MeasureSpec {
        name: "Customer health score",
        asks: "Combines usage, tickets, survey answers and payments into one score",
        formula: "Weighted sum of six signals, scaled to 0–100",
        unit: "0–100",
        source: "Gainsight",
        frequency: Frequency::Monthly,
        owner: "Customer Success Operations",
        drives_decision: "Renewal risk list",
        latest_value: 72.0,
        target: 75.0,
        emphasis: 4,
        understanding: 1,
        expected_relevance: 4,
    },
    MeasureSpec {
        name: "QBR attendance",
        asks: "Counts key accounts that held a quarterly business review",
        formula: "Key accounts with a QBR held ÷ key accounts",
        unit: "%",
        source: "Salesforce",
        frequency: Frequency::Quarterly,
        owner: "",
        drives_decision: "",
        latest_value: 58.0,
        target: 80.0,
        emphasis: 3,
        understanding: 4,
        expected_relevance: 3,
    },
];

const SEGMENTS: [&str; 3] = ["Water utilities", "Food and beverage plants", "OEM partners"];

struct CustomerSpec {
    name: &'static str,
    role: &'static str,
    segment: usize,
}

const CUSTOMERS: [CustomerSpec; 8] = [
    CustomerSpec { name: "Riverside Water Authority", role: "Operations manager", segment: 0 },
    CustomerSpec { name: "Eastvale Municipal Water", role: "Procurement lead", segment: 0 },
    CustomerSpec { name: "Coastal Water Co-op", role: "Maintenance engineer", segment: 0 },
    CustomerSpec { name: "Greenfield Dairy", role: "Plant manager", segment: 1 },
    CustomerSpec { name: "Sunmill Bakeries", role: "Engineering lead", segment: 1 },
    CustomerSpec { name: "Harbor Brewing Group", role: "Maintenance planner", segment: 1 },
    CustomerSpec { name: "Apex Skid Systems", role: "Purchasing director", segment: 2 },
    CustomerSpec { name: "Meridian Process Builders", role: "Project engineer", segment: 2 },
];

struct ConversationSpec {
    customer: usize,
    date: &'static str,
    /// (measure index, relevance, value); a measure left out was not discussed.
    answers: &'static [(usize, u8, u8)],
    quotes: &'static [&'static str],
    unmeasured: &'static [&'static str],
    notes: &'static str,
}

const CONVERSATIONS: [ConversationSpec; 8] = [
    ConversationSpec {
        customer: 0,
        date: "2026-10-06",
        answers: &[(0, 2, 2), (1, 4, 3), (3, 1, 1), (5, 5, 5), (6, 4, 4), (7, 5, 4), (8, 2, 1)],
        quotes: &["When a pump stops, the only number I care about is how many hours until it runs again."],
        unmeasured: &["Spare parts availability", "Proactive notice of delays"],
        notes: "Has never seen the NPS survey; the form goes to their finance team.",
    },
    ConversationSpec {
        customer: 1,
        date: "2026-10-08",
        answers: &[(0, 3, 2), (3, 2, 2), (4, 1, 1), (7, 5, 5), (8, 1, 1), (9, 3, 3)],
        quotes: &["A delivery date that holds is worth more to me than a discount."],
        unmeasured: &["Lead-time accuracy", "Spare parts availability"],
        notes: "Procurement compares us with two other suppliers every year.",
    },
    ConversationSpec {
        customer: 2,
        date: "2026-10-13",
        answers: &[(1, 5, 4), (2, 4, 3), (5, 5, 5), (6, 5, 4), (7, 4, 4)],
        quotes: &["The technician who knows our site is the reason we stay."],
        unmeasured: &["Same technician on every visit", "Technical documentation quality"],
        notes: "",
    },
    ConversationSpec {
        customer: 3,
        date: "2026-10-15",
        answers: &[(0, 2, 3), (1, 4, 4), (5, 5, 5), (6, 5, 5), (7, 4, 3), (8, 2, 2), (9, 4, 4)],
        quotes: &[
            "Every hour a line is down costs us a day's milk.",
            "The quarterly review is useful when your engineer comes, not only sales.",
        ],
        unmeasured: &["Proactive notice of delays", "spare parts availability"],
        notes: "Asked whether we could share maintenance forecasts.",
    },
    ConversationSpec {
        customer: 4,
        date: "2026-10-20",
        answers: &[(0, 3, 2), (1, 3, 3), (2, 4, 4), (5, 5, 4), (6, 4, 4), (9, 2, 2)],
        quotes: &["Ordering a seal kit should not take three emails."],
        unmeasured: &["Spare parts availability"],
        notes: "",
    },
    ConversationSpec {
        customer: 5,
        date: "2026-10-22",
        answers: &[(0, 4, 3), (1, 5, 4), (5, 4, 4), (7, 3, 3), (8, 3, 2)],
        quotes: &["I would recommend you, but nobody has asked me in two years."],
        unmeasured: &["Same technician on every visit"],
        notes: "",
    },
    ConversationSpec {
        customer: 6,
        date: "2026-10-27",
        answers: &[(0, 3, 3), (3, 3, 2), (4, 2, 2), (7, 5, 5), (8, 2, 2), (9, 4, 3)],
        quotes: &["Your pumps go into our skids; a late pump makes us late to our own customer."],
        unmeasured: &["Lead-time accuracy", "Technical documentation quality"],
        notes: "Wants delivery performance reported per order line, not per order.",
    },
    ConversationSpec {
        customer: 7,
        date: "2026-11-03",
        answers: &[(2, 3, 3), (7, 5, 4), (8, 1, 1)],
        quotes: &["We need the drawings and curves before we order, not after."],
        unmeasured: &["Technical documentation quality"],
        notes: "Short call; to be continued after their project review.",
    },
];

/// What the app says wherever the sample is open, so that nobody takes its
/// company or its figures for real ones.
pub const ABOUT_SAMPLE: &str = "This is a sample workshop: Kestrel Pumps and its customers are invented, to show how the app works.";

/// The sample workshop, built the same way every time.
pub fn sample_workshop() -> Workshop {
    let mut workshop = Workshop::new("Kestrel Pumps — Q4 scorecard review", "Kestrel Pumps");

    let measure_ids: Vec<MeasureId> = MEASURES
        .iter()
        .map(|spec| {
            let id = MeasureId(workshop.allocate_id());
            workshop.measures.push(Measure {
                id,
                name: spec.name.into(),
                asks: spec.asks.into(),
                formula: spec.formula.into(),
                unit: spec.unit.into(),
                source: spec.source.into(),
                frequency: spec.frequency,
                owner: spec.owner.into(),
                drives_decision: spec.drives_decision.into(),
                latest_value: Some(spec.latest_value),
                target: Some(spec.target),
                emphasis: Some(r(spec.emphasis)),
                understanding: Some(r(spec.understanding)),
            });
            workshop.expectations.push(Expectation { measure: id, relevance: r(spec.expected_relevance) });
            id
        })
        .collect();

    let segment_ids: Vec<SegmentId> = SEGMENTS
        .iter()
        .map(|name| {
            let id = SegmentId(workshop.allocate_id());
            workshop.segments.push(Segment { id, name: (*name).into() });
            id
        })
        .collect();

    let customer_ids: Vec<CustomerId> = CUSTOMERS
        .iter()
        .map(|spec| {
            let id = CustomerId(workshop.allocate_id());
            workshop.customers.push(Customer {
                id,
                name: spec.name.into(),
                role: spec.role.into(),
                segment: segment_ids[spec.segment],
            });
            id
        })
        .collect();

    for spec in &CONVERSATIONS {
        let id = ConversationId(workshop.allocate_id());
        workshop.conversations.push(Conversation {
            id,
            customer: customer_ids[spec.customer],
            date: spec.date.into(),
            answers: spec
                .answers
                .iter()
                .map(|&(measure, relevance, value)| MeasureAnswer {
                    measure: measure_ids[measure],
                    relevance: Some(r(relevance)),
                    value: Some(r(value)),
                })
                .collect(),
            quotes: spec.quotes.iter().map(|q| (*q).into()).collect(),
            unmeasured: spec.unmeasured.iter().map(|f| (*f).into()).collect(),
            notes: spec.notes.into(),
            source: String::new(),
        });
    }

    workshop.decisions.push(Decision {
        subject: DecisionSubject::Measure(measure_ids[7]),
        kind: DecisionKind::Change,
        reason: "Customers rate delivery reliability highest; report it per order line and give it more weight.".into(),
        owner: "Supply Chain Director".into(),
        due: "2027-01-31".into(),
    });
    workshop.decisions.push(Decision {
        subject: DecisionSubject::Factor("Spare parts availability".into()),
        kind: DecisionKind::Add,
        reason: "Raised unprompted by four customers in two segments.".into(),
        owner: "Head of Service".into(),
        due: "2027-02-28".into(),
    });

    workshop
}

/// A workshop as large as a busy facilitator's: 60 measures, 40 customers
/// in 6 segments and 300 conversations, for benchmarks.
pub fn large_workshop() -> Workshop {
    generated_workshop(60, 300)
}

/// A workshop of any size for benchmarks, the same every time: text of
/// realistic length in every field (with some non-ASCII letters), 40
/// customers in 6 segments, and every conversation rating every measure,
/// with scores from a fixed-seed generator rather than from chance.
pub fn generated_workshop(measures: usize, conversations: usize) -> Workshop {
    let mut seed: u64 = 0x5eed;
    let mut next = move |below: u64| {
        // xorshift64*: small, deterministic, good enough to spread answers.
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        (seed.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % below
    };
    let mut rating = move || Rating::new(next(5) as u8 + 1).expect("1–5 by construction");
    let mut workshop = Workshop::new("A realistic workshop name, Q4 review", "Benchmark Industries");
    let measure_ids: Vec<MeasureId> = (0..measures)
        .map(|i| {
            let id = MeasureId(workshop.allocate_id());
            let mut m = Measure::named(id, format!("Measure {i:02} {}", filler(18, i)));
            m.asks = filler(90, i + 1);
            m.formula = filler(60, i + 2);
            m.unit = "%".into();
            m.source = filler(20, i + 3);
            m.owner = if i % 3 == 0 { String::new() } else { filler(22, i + 4) };
            m.drives_decision = if i % 4 == 0 { String::new() } else { filler(40, i + 5) };
            m.latest_value = Some(87.5);
            m.target = Some(90.0);
            m.emphasis = Some(rating());
            m.understanding = Some(rating());
            workshop.measures.push(m);
            workshop.expectations.push(Expectation { measure: id, relevance: rating() });
            id
        })
        .collect();
    let segments: Vec<SegmentId> = (0..6)
        .map(|i| workshop.add_segment(&format!("Segment {i} {}", filler(10, i))).expect("a name is given"))
        .collect();
    let customers: Vec<CustomerId> = (0..40)
        .map(|i| {
            let id = CustomerId(workshop.allocate_id());
            let customer = Customer { id, name: format!("Customer {i:02} {}", filler(12, i)), role: filler(18, i + 9), segment: segments[i % 6] };
            workshop.customers.push(customer);
            id
        })
        .collect();
    for c in 0..conversations {
        let id = ConversationId(workshop.allocate_id());
        let answers = measure_ids
            .iter()
            .map(|&measure| MeasureAnswer { measure, relevance: Some(rating()), value: Some(rating()) })
            .collect();
        workshop.conversations.push(Conversation {
            id,
            customer: customers[c % customers.len()],
            date: format!("2026-{:02}-{:02}", 1 + c % 12, 1 + c % 28),
            answers,
            quotes: vec![filler(140, c), filler(90, c + 1)],
            unmeasured: vec![format!("Factor {}", c % 25), format!("Factor {}", c % 13)],
            notes: filler(160, c + 2),
            source: String::new(),
        });
    }
    workshop
}

/// Words of a facilitator's notes, `len` characters of them.
fn filler(len: usize, seed: usize) -> String {
    const WORDS: [&str; 10] =
        ["delivery", "on time", "engineer", "spare part", "the same day", "invoice", "portal", "we need", "réparation", "Müller"];
    let mut out = String::new();
    let mut i = seed;
    while out.chars().count() < len {
        out.push_str(WORDS[i % WORDS.len()]);
        out.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7);
    }
    out.chars().take(len).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_notice_names_the_sample_company() {
        assert!(ABOUT_SAMPLE.contains(&sample_workshop().organisation));
    }

    #[test]
    fn every_reference_points_at_something_that_exists() {
        let w = sample_workshop();
        for c in &w.customers {
            assert!(w.segment(c.segment).is_some(), "{} has no segment", c.name);
        }
        for conv in &w.conversations {
            assert!(w.customer(conv.customer).is_some());
            for a in &conv.answers {
                assert!(w.measure(a.measure).is_some());
            }
        }
        for e in &w.expectations {
            assert!(w.measure(e.measure).is_some());
        }
    }

    #[test]
    fn ids_are_unique_and_below_the_counter() {
        let w = sample_workshop();
        let ids: Vec<u32> = w
            .measures
            .iter()
            .map(|m| m.id.0)
            .chain(w.segments.iter().map(|s| s.id.0))
            .chain(w.customers.iter().map(|c| c.id.0))
            .chain(w.conversations.iter().map(|c| c.id.0))
            .collect();
        let unique: HashSet<u32> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len());
        assert!(ids.iter().all(|id| *id < w.next_id));
    }

    #[test]
    fn has_the_shape_the_brief_asks_for() {
        let w = sample_workshop();
        assert_eq!(w.measures.len(), 10);
        assert_eq!(w.customers.len(), 8);
        assert_eq!(w.segments.len(), 3);
        for s in &w.segments {
            let talked_to = w.customers_in(s.id).filter(|c| w.conversations_with(c.id).next().is_some()).count();
            assert!(talked_to >= 2, "segment {} has too few conversations", s.name);
        }
        // Mixed answers: some measures are rated both high and low.
        let relevance_of_nps: HashSet<u8> = w
            .conversations
            .iter()
            .flat_map(|c| &c.answers)
            .filter(|a| a.measure == w.measures[0].id)
            .filter_map(|a| a.relevance.map(|r| r.get()))
            .collect();
        assert!(relevance_of_nps.len() >= 3);
        // The checks of step 1 have something to find.
        assert!(w.measures.iter().any(|m| m.owner.is_empty()));
        assert!(w.measures.iter().any(|m| m.drives_decision.is_empty()));
    }

    #[test]
    fn is_the_same_every_time() {
        assert_eq!(sample_workshop(), sample_workshop());
    }
}
