//! How each kind of item is keyed, named and compared in a merge: the
//! words a conflict is listed in come from here.

use std::collections::HashMap;

use crate::inventory::MeasureField;
use crate::model::{
    Assessment, Conversation, Customer, Decision, DecisionSubject, Expectation, Measure, MeasureWording, Segment, Workshop,
};

/// Each side's differing fields, "Label: value" joined by "; ". A field
/// that one side lacks (an answer about a measure not discussed there)
/// reads "none", as does an empty one.
pub(super) fn differences(ours: &[(String, String)], theirs: &[(String, String)]) -> (String, String) {
    let value = |fields: &[(String, String)], label: &str| {
        fields.iter().find(|(l, _)| l == label).map(|(_, v)| v.clone()).filter(|v| !v.is_empty()).unwrap_or_else(|| "none".into())
    };
    let mut labels: Vec<&str> = ours.iter().map(|(l, _)| l.as_str()).collect();
    labels.extend(theirs.iter().map(|(l, _)| l.as_str()).filter(|l| !ours.iter().any(|(o, _)| o == l)));
    let (mut ours_text, mut theirs_text) = (Vec::new(), Vec::new());
    for label in labels {
        let (a, b) = (value(ours, label), value(theirs, label));
        if a != b {
            ours_text.push(format!("{label}: {a}"));
            theirs_text.push(format!("{label}: {b}"));
        }
    }
    (ours_text.join("; "), theirs_text.join("; "))
}

/// The names of measures, segments and customers, by id, for describing
/// items that refer to them. Ids share one counter across kinds, so one
/// map serves all; ours win where both sides name an item.
pub(super) struct Names(HashMap<u32, String>);

impl Names {
    pub(super) fn of(ours: &Workshop, theirs: &Workshop) -> Names {
        let mut names = HashMap::new();
        for w in [theirs, ours] {
            let measures = w.measures.iter().chain(w.deleted_measures.iter().map(|d| &d.measure));
            names.extend(measures.map(|m| (m.id.0, m.name.clone())));
            names.extend(w.segments.iter().map(|s| (s.id.0, s.name.clone())));
            names.extend(w.customers.iter().map(|c| (c.id.0, c.name.clone())));
        }
        Names(names)
    }

    pub(super) fn quoted(&self, id: u32) -> String {
        self.0.get(&id).map_or_else(|| "an item neither side has".into(), |name| format!("“{name}”"))
    }
}

/// One kind of item in a keyed list of the workshop.
pub(super) trait Item: Clone + PartialEq {
    /// What one and several of them are called in the summary.
    const NOUNS: (&'static str, &'static str);
    /// The same key in two copies means the same item (see the module comment).
    fn key(&self) -> String;
    /// The item in words, for the list of conflicts.
    fn what(&self, names: &Names) -> String;
    /// Every field that can differ, labelled as the app labels it.
    fn fields(&self, names: &Names) -> Vec<(String, String)>;
    fn same(&self, other: &Self) -> bool {
        self == other
    }
    /// Takes their version in place of ours.
    fn take(&mut self, theirs: &Self) {
        *self = theirs.clone();
    }
}

fn field(label: &str, value: impl Into<String>) -> (String, String) {
    (label.to_owned(), value.into())
}

impl Item for Measure {
    const NOUNS: (&'static str, &'static str) = ("measure", "measures");
    fn key(&self) -> String {
        format!("measure:{}", self.id.0)
    }
    fn what(&self, names: &Names) -> String {
        format!("Measure {}", names.quoted(self.id.0))
    }
    fn fields(&self, _: &Names) -> Vec<(String, String)> {
        MeasureField::ALL.iter().map(|f| field(f.label(), f.text(self))).collect()
    }
}

impl Item for Segment {
    const NOUNS: (&'static str, &'static str) = ("segment", "segments");
    fn key(&self) -> String {
        format!("segment:{}", self.id.0)
    }
    fn what(&self, names: &Names) -> String {
        format!("Segment {}", names.quoted(self.id.0))
    }
    fn fields(&self, _: &Names) -> Vec<(String, String)> {
        vec![field("Name", &self.name)]
    }
}

impl Item for Customer {
    const NOUNS: (&'static str, &'static str) = ("customer", "customers");
    fn key(&self) -> String {
        format!("customer:{}", self.id.0)
    }
    fn what(&self, names: &Names) -> String {
        format!("Customer {}", names.quoted(self.id.0))
    }
    fn fields(&self, names: &Names) -> Vec<(String, String)> {
        vec![field("Name", &self.name), field("Role", &self.role), field("Segment", names.quoted(self.segment.0))]
    }
}

impl Item for Conversation {
    const NOUNS: (&'static str, &'static str) = ("conversation", "conversations");
    fn key(&self) -> String {
        format!("conversation:{}", self.id.0)
    }
    fn what(&self, names: &Names) -> String {
        format!("Conversation with {} on {}", names.quoted(self.customer.0), self.date)
    }
    fn fields(&self, names: &Names) -> Vec<(String, String)> {
        let quotes: Vec<String> = self.quotes.iter().map(|q| format!("“{q}”")).collect();
        let mut fields = vec![
            field("Customer", names.quoted(self.customer.0)),
            field("Date", &self.date),
            field("Quotes", quotes.join(" ")),
            field("Not measured", self.unmeasured.join(", ")),
            field("Notes", &self.notes),
        ];
        let score = |rating: Option<crate::rating::Rating>| rating.map_or_else(|| "not given".into(), |r| r.to_string());
        fields.extend(self.answers.iter().map(|a| {
            let answer = format!("relevance {}, value {}", score(a.relevance), score(a.value));
            field(&format!("Answer about {}", names.quoted(a.measure.0)), answer)
        }));
        fields
    }
    /// The source says where a conversation was first recorded, which the
    /// merge sets itself, and answers have no order anyone sees (clearing
    /// and giving a score again moves one to the end): neither is a
    /// difference of content.
    fn same(&self, other: &Self) -> bool {
        let content = |c: &Conversation| {
            let mut c = Conversation { source: String::new(), ..c.clone() };
            c.answers.sort_by_key(|a| a.measure);
            c
        };
        content(self) == content(other)
    }
    fn take(&mut self, theirs: &Self) {
        *self = Conversation { source: std::mem::take(&mut self.source), ..theirs.clone() };
    }
}

impl Item for Expectation {
    const NOUNS: (&'static str, &'static str) = ("expectation", "expectations");
    fn key(&self) -> String {
        format!("expectation:{}", self.measure.0)
    }
    fn what(&self, names: &Names) -> String {
        format!("Expected relevance of {}", names.quoted(self.measure.0))
    }
    fn fields(&self, _: &Names) -> Vec<(String, String)> {
        vec![field("Expected relevance", self.relevance.to_string())]
    }
}

impl Item for Decision {
    const NOUNS: (&'static str, &'static str) = ("decision", "decisions");
    /// A factor is matched by its exact wording, as the app itself matches
    /// decisions: one workshop may hold decisions about "Spare parts" and
    /// "spare parts" (its first wording changed), and both must survive.
    fn key(&self) -> String {
        match &self.subject {
            DecisionSubject::Measure(id) => format!("decision:measure:{}", id.0),
            DecisionSubject::Factor(factor) => format!("decision:factor:{factor}"),
        }
    }
    fn what(&self, names: &Names) -> String {
        format!("Decision about {}", subject(&self.subject, names))
    }
    fn fields(&self, _: &Names) -> Vec<(String, String)> {
        vec![
            field("Decision", self.kind.label()),
            field("Reason", &self.reason),
            field("Owner", &self.owner),
            field("Due", &self.due),
        ]
    }
}

fn subject(subject: &DecisionSubject, names: &Names) -> String {
    match subject {
        DecisionSubject::Measure(id) => names.quoted(id.0),
        DecisionSubject::Factor(factor) => format!("“{factor}”"),
    }
}

impl Item for MeasureWording {
    const NOUNS: (&'static str, &'static str) = ("reworded question", "reworded questions");
    fn key(&self) -> String {
        format!("wording:{}", self.measure.0)
    }
    fn what(&self, names: &Names) -> String {
        format!("Question about {}", names.quoted(self.measure.0))
    }
    fn fields(&self, _: &Names) -> Vec<(String, String)> {
        vec![field("Question", &self.text)]
    }
}

impl Item for Assessment {
    const NOUNS: (&'static str, &'static str) = ("earlier assessment", "earlier assessments");
    /// The date first: it has a fixed length, so no name can make two keys meet.
    fn key(&self) -> String {
        format!("assessment:{}:{}", self.date, self.name)
    }
    fn what(&self, _: &Names) -> String {
        format!("Earlier assessment “{}” of {}", self.name, self.date)
    }
    fn fields(&self, _: &Names) -> Vec<(String, String)> {
        let mut fields = vec![
            field("Workshop", &self.workshop),
            field("Fit score", self.fit_score.map(|s| format!("{s:.1}")).unwrap_or_default()),
        ];
        fields.extend(self.measures.iter().map(|m| {
            let relevance = m.relevance.map_or_else(|| "not enough data".into(), |r| format!("{r:.1} from {} answers", m.answers));
            field(&format!("Relevance of “{}”", m.name), relevance)
        }));
        fields
    }
}
