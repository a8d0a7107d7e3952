//! The workshop as people fill it in across the three steps.
//!
//! Ids are integers unique within one workshop. A workshop copied into a
//! browser (an imported file, a share link saved as a copy) first moves its
//! counter to a random range of its own (`fork_ids`), so that what two teams
//! add to copies of one workshop never shares an id: a merge then tells the
//! same item from two new ones by the id alone. A merged workshop holds ids
//! from other copies' ranges and keeps counting in its own; `allocate_id`
//! steps over any id already taken.

use serde::{Deserialize, Serialize};

use crate::rating::Rating;

/// Where the ids of a copy made in another browser start (see `fork_ids`).
pub const FORK_BASE: u32 = 1 << 20;
pub const FORK_SPAN: u32 = 1 << 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MeasureId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SegmentId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CustomerId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConversationId(pub u32);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workshop {
    pub name: String,
    /// The organisation whose scorecard is under review.
    pub organisation: String,
    pub measures: Vec<Measure>,
    pub segments: Vec<Segment>,
    pub customers: Vec<Customer>,
    pub conversations: Vec<Conversation>,
    /// What the team expects customers to say, recorded before the conversations.
    pub expectations: Vec<Expectation>,
    pub decisions: Vec<Decision>,
    /// Measures deleted from the inventory, kept so that a deletion can be undone.
    #[serde(default)]
    pub deleted_measures: Vec<DeletedMeasure>,
    /// The questions to ask in the conversations of step 2.
    #[serde(default)]
    pub guide: Guide,
    /// Earlier assessments of the same scorecard, oldest first: what the
    /// trend is drawn from. A summary, not a link, so that the trend survives
    /// an export and the deletion of the earlier workshop.
    #[serde(default, skip_serializing_if = "Earlier::is_empty")]
    pub earlier: Earlier,
    /// The room's own answers and the step timers (schema 3).
    #[serde(default, skip_serializing_if = "Room::is_unused")]
    pub room: Room,
    /// Where the next id is counted from (see `allocate_id`).
    pub next_id: u32,
}

/// How often a measure is collected or reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Continuous,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    AdHoc,
}

impl Frequency {
    pub const ALL: [Frequency; 7] = [
        Frequency::Continuous,
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::Yearly,
        Frequency::AdHoc,
    ];

    /// The labels of `ALL`, in the same order, for a list to choose from.
    pub const LABELS: [&'static str; 7] = {
        let mut labels = [""; 7];
        let mut i = 0;
        while i < labels.len() {
            labels[i] = Frequency::ALL[i].label();
            i += 1;
        }
        labels
    };

    pub const fn label(self) -> &'static str {
        match self {
            Frequency::Continuous => "Continuous",
            Frequency::Daily => "Daily",
            Frequency::Weekly => "Weekly",
            Frequency::Monthly => "Monthly",
            Frequency::Quarterly => "Quarterly",
            Frequency::Yearly => "Yearly",
            Frequency::AdHoc => "Ad hoc",
        }
    }
}

/// One line of the scorecard as it is today.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub id: MeasureId,
    pub name: String,
    /// What the measure asks customers, or what it counts.
    pub asks: String,
    pub formula: String,
    /// Scale or unit, e.g. "0–10" or "%".
    pub unit: String,
    /// The platform or system the figure comes from.
    pub source: String,
    pub frequency: Frequency,
    pub owner: String,
    /// The decision this figure drives; empty when it drives none.
    pub drives_decision: String,
    pub latest_value: Option<f64>,
    pub target: Option<f64>,
    /// How much weight leadership gives the measure.
    pub emphasis: Option<Rating>,
    /// How well the people in the room understand the measure.
    pub understanding: Option<Rating>,
}

/// A deleted measure and the place in the inventory it is restored to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeletedMeasure {
    pub position: usize,
    pub measure: Measure,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub id: SegmentId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub id: CustomerId,
    /// A name or a pseudonym: the workshop may be shown on a projector.
    pub name: String,
    pub role: String,
    pub segment: SegmentId,
}

/// What one customer said about one measure. A measure that was not
/// discussed has no entry at all, and a score the customer did not give is
/// `None`, so "not discussed" never counts as a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureAnswer {
    pub measure: MeasureId,
    /// How much the measure matters to the customer.
    #[serde(default)]
    pub relevance: Option<Rating>,
    /// How much value the customer gets from what the measure tracks.
    #[serde(default)]
    pub value: Option<Rating>,
}

/// The conversation guide: open questions first, then one question per
/// measure (generated from the inventory unless the facilitator reworded
/// it), then closing questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    pub opening: Vec<String>,
    /// Wording the facilitator chose for a measure's question.
    pub measure_wording: Vec<MeasureWording>,
    pub closing: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureWording {
    pub measure: MeasureId,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: ConversationId,
    pub customer: CustomerId,
    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    pub date: String,
    pub answers: Vec<MeasureAnswer>,
    /// Verbatim quotes, kept as said.
    pub quotes: Vec<String>,
    /// Things the customer cares about that no measure covers.
    pub unmeasured: Vec<String>,
    pub notes: String,
    /// The person or team whose file the conversation was merged from;
    /// empty for the workshop's own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// What the people in the room said, captured live, and how long each step
/// runs in the room. The room's answers are kept apart from the customers'
/// conversations: the room may be the team itself, so step 3 counts them only
/// when the facilitator says so (`in_analysis`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    #[serde(default)]
    pub answers: Vec<RoomAnswer>,
    #[serde(default)]
    pub in_analysis: bool,
    /// The timer of steps 1, 2 and 3, in minutes.
    #[serde(default = "Room::default_minutes")]
    pub minutes: [u16; 3],
}

/// The room's answer about one measure's relevance: how many hands went up
/// for each value of the 1–5 scale (`hands[0]` for 1). A value typed once
/// is one hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomAnswer {
    pub measure: MeasureId,
    pub hands: [u32; 5],
}

/// The earlier assessments as the JSON they were saved as. The app only
/// carries them from storage to storage; the on-demand module reads them
/// (for the trend, the next review, a merge), so the app's first load holds
/// no code to read them (measured: 2 KB gzip).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Earlier(Option<Box<serde_json::value::RawValue>>);

impl Earlier {
    pub fn of(assessments: &[Assessment]) -> Earlier {
        if assessments.is_empty() {
            return Earlier::default();
        }
        Earlier(Some(serde_json::value::to_raw_value(assessments).expect("an assessment always serialises")))
    }

    /// The assessments, or why the saved text does not hold any.
    pub fn read(&self) -> Result<Vec<Assessment>, String> {
        self.0.as_ref().map_or(Ok(Vec::new()), |raw| serde_json::from_str(raw.get()).map_err(|e| e.to_string()))
    }

    /// The assessments of a workshop whose file was checked on the way in
    /// (`share::import`); unreadable ones count as none.
    pub fn list(&self) -> Vec<Assessment> {
        self.read().unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|raw| matches!(raw.get().trim(), "" | "[]" | "null"))
    }
}

/// Equal when they hold the same assessments, however the JSON is spaced.
impl PartialEq for Earlier {
    fn eq(&self, other: &Earlier) -> bool {
        self.is_empty() && other.is_empty() || self.read().ok() == other.read().ok()
    }
}

/// The figures of an earlier assessment that the trend needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub name: String,
    /// When the next review was started from it, `YYYY-MM-DD`.
    pub date: String,
    /// The workshop it was, in the browser that started the next review;
    /// empty when that is not known.
    #[serde(default)]
    pub workshop: String,
    pub fit_score: Option<f64>,
    pub measures: Vec<AssessedMeasure>,
}

/// One measure's customer relevance in an earlier assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessedMeasure {
    pub measure: MeasureId,
    pub name: String,
    pub relevance: Option<f64>,
    /// How many customer answers the mean is over.
    pub answers: usize,
}

/// The team's guess, before any conversation, of how relevant customers find a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expectation {
    pub measure: MeasureId,
    pub relevance: Rating,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Keep,
    Change,
    Drop,
    Add,
}

/// What the decision is about: a measure on the scorecard, or a factor
/// customers raised that no measure covers yet.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionSubject {
    Measure(MeasureId),
    Factor(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub subject: DecisionSubject,
    pub kind: DecisionKind,
    pub reason: String,
    pub owner: String,
    /// ISO 8601 calendar date, `YYYY-MM-DD`; empty until agreed.
    pub due: String,
}

impl Workshop {
    pub fn new(name: impl Into<String>, organisation: impl Into<String>) -> Self {
        Workshop {
            name: name.into(),
            organisation: organisation.into(),
            measures: Vec::new(),
            segments: Vec::new(),
            customers: Vec::new(),
            conversations: Vec::new(),
            expectations: Vec::new(),
            decisions: Vec::new(),
            deleted_measures: Vec::new(),
            guide: Guide::default(),
            earlier: Earlier::default(),
            room: Room::default(),
            next_id: 1,
        }
    }

    /// Hands out the next id; every kind of id shares one counter so that an
    /// id never names two things, which makes saved files easier to read.
    /// An id some item already has (merged in from another copy) is skipped.
    pub fn allocate_id(&mut self) -> u32 {
        loop {
            let id = self.next_id;
            self.next_id += 1;
            if !self.holds_id(id) {
                return id;
            }
        }
    }

    fn holds_id(&self, id: u32) -> bool {
        self.measures.iter().chain(self.deleted_measures.iter().map(|d| &d.measure)).any(|m| m.id.0 == id)
            || self.segments.iter().any(|s| s.id.0 == id)
            || self.customers.iter().any(|c| c.id.0 == id)
            || self.conversations.iter().any(|c| c.id.0 == id)
    }

    /// Moves the id counter to a range of this copy's own, picked by
    /// `random`: ids from `FORK_BASE` up to `FORK_BASE + FORK_SPAN`, so that
    /// two copies' new ids meet only if their random starts fall within a
    /// few hundred of each other (about one chance in a million), and every
    /// id stays below 2³¹.
    pub fn fork_ids(&mut self, random: u32) {
        self.next_id = FORK_BASE + random % FORK_SPAN;
    }

    pub fn measure(&self, id: MeasureId) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    pub fn segment(&self, id: SegmentId) -> Option<&Segment> {
        self.segments.iter().find(|s| s.id == id)
    }

    pub fn customer(&self, id: CustomerId) -> Option<&Customer> {
        self.customers.iter().find(|c| c.id == id)
    }

    pub fn customers_in(&self, segment: SegmentId) -> impl Iterator<Item = &Customer> {
        self.customers.iter().filter(move |c| c.segment == segment)
    }

    pub fn conversations_with(&self, customer: CustomerId) -> impl Iterator<Item = &Conversation> {
        self.conversations.iter().filter(move |c| c.customer == customer)
    }

    /// The segment a conversation's customer belongs to, if both still exist.
    pub fn segment_of(&self, conversation: &Conversation) -> Option<SegmentId> {
        self.customer(conversation.customer).map(|c| c.segment)
    }
}

impl Measure {
    /// A measure with only a name; every other field is for the team to fill in.
    pub fn named(id: MeasureId, name: impl Into<String>) -> Self {
        Measure {
            id,
            name: name.into(),
            asks: String::new(),
            formula: String::new(),
            unit: String::new(),
            source: String::new(),
            frequency: Frequency::Quarterly,
            owner: String::new(),
            drives_decision: String::new(),
            latest_value: None,
            target: None,
            emphasis: None,
            understanding: None,
        }
    }
}
