//! Step 3's decisions: what the analysis suggests, what it reads of a
//! workshop, the edits of a decision and the table of those taken.

use crate::analysis::{Analysis, FACTOR_GAP_CUSTOMERS};
use crate::charts::{columns, TextTable};
use crate::discuss::checked_date;
use crate::edit::EditError;
use crate::inventory::checked_text;
use crate::model::{Decision, DecisionKind, DecisionSubject, Workshop};

impl DecisionKind {
    pub const ALL: [DecisionKind; 4] = [DecisionKind::Keep, DecisionKind::Change, DecisionKind::Drop, DecisionKind::Add];

    pub fn label(self) -> &'static str {
        match self {
            DecisionKind::Keep => "Keep",
            DecisionKind::Change => "Change",
            DecisionKind::Drop => "Drop",
            DecisionKind::Add => "Add",
        }
    }
}

/// What the analysis suggests deciding about one measure or factor.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub subject: DecisionSubject,
    pub name: String,
    /// `None` when there is not enough data to suggest anything.
    pub kind: Option<DecisionKind>,
    pub reason: String,
}

/// A suggestion for every measure, in inventory order (from its quadrant),
/// then one "add" for every factor at least two customers raised.
pub fn suggestions(analysis: &Analysis) -> Vec<Suggestion> {
    let (workshop, placed) = (analysis.workshop, &analysis.placements);
    let mut all: Vec<Suggestion> = workshop
        .measures
        .iter()
        .map(|m| {
            let placement = placed.iter().find(|p| p.measure == m.id);
            Suggestion {
                subject: DecisionSubject::Measure(m.id),
                name: m.name.clone(),
                kind: placement.map(|p| p.quadrant.suggested_decision()),
                reason: placement.map_or_else(
                    || "Not enough data: it needs an internal emphasis and at least one customer answer.".to_owned(),
                    |p| format!("{} ({}: emphasis {}, relevance {})", p.quadrant.reason(), p.quadrant.label(), p.emphasis, p.relevance.describe()),
                ),
            }
        })
        .collect();
    all.extend(analysis.factors.iter().filter(|f| f.customers >= FACTOR_GAP_CUSTOMERS).map(|f| Suggestion {
        subject: DecisionSubject::Factor(f.label.clone()),
        reason: format!("Raised by {} customers, and no measure covers it.", f.customers),
        name: f.label.clone(),
        kind: Some(DecisionKind::Add),
    }));
    // Decisions already taken about anything else stay on the list.
    for decision in &workshop.decisions {
        if !all.iter().any(|s| s.subject == decision.subject) {
            all.push(Suggestion {
                name: subject_name(workshop, &decision.subject),
                subject: decision.subject.clone(),
                kind: None,
                reason: "No suggestion from the current answers.".into(),
            });
        }
    }
    all
}

/// What step 3's analysis reads of a workshop: all of it but the texts of
/// the decisions (reason, owner, due date), which no chart, figure or
/// suggestion uses. Typing a decision leaves it the same, so the app does
/// not compute the charts and suggestions again on each keystroke.
pub fn analysis_input(workshop: &Workshop) -> Workshop {
    let decisions = workshop
        .decisions
        .iter()
        .map(|d| Decision { subject: d.subject.clone(), kind: d.kind, reason: String::new(), owner: String::new(), due: String::new() })
        .collect();
    Workshop { decisions, ..workshop.clone() }
}

/// The decisions taken, as the report lists them.
pub fn decision_table(workshop: &Workshop) -> TextTable {
    let rows = workshop
        .decisions
        .iter()
        .map(|d| vec![subject_name(workshop, &d.subject), d.kind.label().to_owned(), d.reason.clone(), d.owner.clone(), d.due.clone()])
        .collect();
    TextTable { columns: columns(&["About", "Decision", "Reason", "Owner", "Due"]), rows }
}

/// What a decision is about, in words.
pub fn subject_name(workshop: &Workshop, subject: &DecisionSubject) -> String {
    match subject {
        DecisionSubject::Measure(id) => workshop.measure(*id).map_or_else(|| "A deleted measure".into(), |m| m.name.clone()),
        DecisionSubject::Factor(factor) => factor.clone(),
    }
}

/// One change to a decision, as typed into its row.
#[derive(Clone, Copy, Debug)]
pub enum DecisionEdit<'a> {
    /// `None` takes the decision back.
    Kind(Option<DecisionKind>),
    Reason(&'a str),
    Owner(&'a str),
    /// `YYYY-MM-DD`, or empty until agreed.
    Due(&'a str),
}

impl Workshop {
    pub fn decision(&self, subject: &DecisionSubject) -> Option<&Decision> {
        self.decisions.iter().find(|d| &d.subject == subject)
    }

    /// Applies one edit. Text typed before a kind is chosen starts the
    /// decision with the suggested kind, so nothing typed is lost.
    pub fn edit_decision(&mut self, subject: &DecisionSubject, edit: DecisionEdit<'_>) -> Result<(), EditError> {
        let checked = match edit {
            DecisionEdit::Reason(text) | DecisionEdit::Owner(text) => checked_text(text)?,
            DecisionEdit::Due(text) if text.trim().is_empty() => String::new(),
            DecisionEdit::Due(text) => checked_date(text)?,
            DecisionEdit::Kind(None) => {
                self.decisions.retain(|d| &d.subject != subject);
                return Ok(());
            }
            DecisionEdit::Kind(Some(_)) => String::new(),
        };
        if self.decision(subject).is_none() {
            let kind = match edit {
                DecisionEdit::Kind(Some(kind)) => kind,
                _ => suggestions(&Analysis::of(self))
                    .into_iter()
                    .find(|s| &s.subject == subject)
                    .and_then(|s| s.kind)
                    .ok_or(EditError::NoDecisionKind)?,
            };
            self.decisions.push(Decision { subject: subject.clone(), kind, reason: String::new(), owner: String::new(), due: String::new() });
        }
        let decision = self.decisions.iter_mut().find(|d| &d.subject == subject).expect("made above");
        match edit {
            DecisionEdit::Kind(Some(kind)) => decision.kind = kind,
            DecisionEdit::Reason(_) => decision.reason = checked,
            DecisionEdit::Owner(_) => decision.owner = checked,
            DecisionEdit::Due(_) => decision.due = checked,
            DecisionEdit::Kind(None) => {}
        }
        Ok(())
    }
}
