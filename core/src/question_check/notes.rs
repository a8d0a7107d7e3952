//! Notes that are not faults, shown apart from the findings: a standard
//! scale question, recognised and explained, and a yes/no question, which a
//! conversation can open up.

use std::ops::Range;

use super::text::AUXILIARIES;
use super::{Question, Rule};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// NPS, CSAT or CES in their published wording.
    Standard,
    /// A yes/no question.
    OpenItUp,
}

impl NoteKind {
    pub fn label(self) -> &'static str {
        match self {
            NoteKind::Standard => "Standard question",
            NoteKind::OpenItUp => "Open it up",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub span: Range<usize>,
    pub text: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum StandardScale {
    NetPromoter,
    Satisfaction,
    Effort,
    /// CES 2.0: "The company made it easy for me to handle my issue", to agree with.
    EffortStatement,
}

impl StandardScale {
    /// The rules a standard wording breaks on purpose: the Net Promoter
    /// question asks for a prediction ("to a friend or colleague" is one
    /// person), the effort score asks to agree with one statement, and their
    /// worth is that everyone asks them alike.
    pub(super) fn exempts(self, rule: Rule) -> bool {
        match self {
            StandardScale::NetPromoter => matches!(rule, Rule::Hypothetical | Rule::DoubleBarrelled),
            // "To what extent do you agree…: The company made it easy for me…"
            // "Was it easy to…?" names one end, as the published wording does.
            StandardScale::Effort | StandardScale::EffortStatement => rule == Rule::Leading,
            StandardScale::Satisfaction => false,
        }
    }

    fn explanation(self) -> &'static str {
        match self {
            StandardScale::NetPromoter => "This is the Net Promoter question in its standard wording. Keep it word for word, on its 0–10 scale, so that the score compares with other surveys and earlier quarters; in a conversation, follow it with what the answer rests on.",
            StandardScale::Satisfaction => "This is the standard satisfaction (CSAT) question. Keep its wording and a balanced scale so that the score compares over time.",
            StandardScale::Effort | StandardScale::EffortStatement => "This is the customer effort (CES) question. Keep its standard wording and scale so that the score compares over time.",
        }
    }
}

pub(super) struct Standard {
    pub(super) scale: StandardScale,
    span: Range<usize>,
}

/// Openers of a request rather than a yes/no question: "Could you walk me through…".
const REQUESTS: &[&str] = &[
    "tell", "describe", "walk", "explain", "share", "talk", "show", "give", "say", "help", "expand", "elaborate", "clarify",
    "recall", "remember", "list", "take", "name",
];

impl Question<'_> {
    /// The standard question this one is, if it asks in a standard wording.
    /// Satisfaction and effort wordings must open a clause ("Overall, how
    /// satisfied…"): inside another question ("Don't you think the ease of
    /// ordering…") they do not make it one.
    pub(super) fn standard_scale(&self) -> Option<Standard> {
        let opens = |i: usize| i == 0 || self.text[..self.words[i].span.start].trim_end().ends_with([',', ':', '.', '?']);
        let at = |phrase: &str| self.find(phrase).filter(|&i| opens(i));
        let standard = |scale, first: usize, last: usize| Some(Standard { scale, span: self.span(first, last) });
        // Reichheld's short form: "Would you recommend us to a friend?"
        if let Some(i) = at("would you recommend").filter(|_| self.find("friend").is_some() || self.find("colleague").is_some()) {
            return standard(StandardScale::NetPromoter, i, i + 2);
        }
        // The employee version: "On a scale of 0–10, how much would you recommend…".
        if let Some(i) = at("how much would you recommend") {
            return standard(StandardScale::NetPromoter, i, i + 4);
        }
        // Distinctive wherever it stands: "On a scale of 1-10 how likely are you to recommend us?"
        if let Some(i) = self.find("how likely") {
            if let Some(k) = (i + 2..self.words.len().min(i + 9)).find(|&k| self.is(k, &["recommend"])) {
                return standard(StandardScale::NetPromoter, i, k);
            }
        }
        for opener in ["how satisfied are you", "how satisfied were you"] {
            if let Some(i) = at(opener) {
                return standard(StandardScale::Satisfaction, i, i + 3);
            }
        }
        // CES 2.0 is a statement, often after "…agree with the following statement:".
        if let Some(i) = self.find("made it easy for me") {
            return standard(StandardScale::EffortStatement, i, i + 4);
        }
        let effort = [("how easy was", 3), ("how easy is", 3), ("how easy has", 3), ("how easy were", 3), ("how would you rate the ease of", 7), ("how much effort", 3), ("did we make it easy for you", 7), ("was it easy to", 4)];
        for (opener, words) in effort {
            if let Some(i) = at(opener) {
                return standard(StandardScale::Effort, i, i + words - 1);
            }
        }
        None
    }

    /// A standard question is explained only when worded without faults; a
    /// yes/no question is noted when it has no answer options (a survey's
    /// closed question is fine) and offers no choice ("… or …").
    pub(super) fn notes(&self, no_faults: bool) -> Vec<Note> {
        let mut notes = Vec::new();
        if let Some(standard) = self.standard.as_ref().filter(|_| no_faults) {
            notes.push(Note { kind: NoteKind::Standard, span: standard.span.clone(), text: standard.scale.explanation() });
        }
        let yes_or_no = (self.is(0, AUXILIARIES) || self.is(0, &["may", "might", "shall"]) || self.norm(0).ends_with("n't"))
            && !self.is(2, REQUESTS)
            && !self.words.iter().any(|w| w.norm == "or" || w.norm == "anything")
            && self.scale.is_none();
        if yes_or_no {
            notes.push(Note {
                kind: NoteKind::OpenItUp,
                span: self.span(0, 0),
                text: "A yes/no question gets a yes or a no. In a conversation, open it up: ask how or what (“How do you…?”, “What happened when…?”).",
            });
        }
        notes
    }
}
