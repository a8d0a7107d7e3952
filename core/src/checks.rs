//! The facilitator's checks on the inventory: measures that nobody owns,
//! that drive no decision, or that the team does not understand well.

use serde::Serialize;

use crate::model::Measure;

/// Understanding at or below this (on 1–5) counts as poor.
pub const POOR_UNDERSTANDING: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Check {
    NoOwner,
    DrivesNoDecision,
    PoorlyUnderstood,
}

impl Check {
    pub fn label(self) -> &'static str {
        match self {
            Check::NoOwner => "No owner",
            Check::DrivesNoDecision => "Drives no decision",
            Check::PoorlyUnderstood => "Poorly understood",
        }
    }

    /// One sentence for the facilitator on why the flag matters.
    pub fn why(self) -> &'static str {
        match self {
            Check::NoOwner => "Nobody is accountable for moving this figure.",
            Check::DrivesNoDecision => "A figure that changes nothing costs effort and attention.",
            Check::PoorlyUnderstood => "The team cannot act on a figure it cannot explain.",
        }
    }
}

pub fn checks_for(measure: &Measure) -> Vec<Check> {
    let mut found = Vec::new();
    if measure.owner.trim().is_empty() {
        found.push(Check::NoOwner);
    }
    if measure.drives_decision.trim().is_empty() {
        found.push(Check::DrivesNoDecision);
    }
    if measure.understanding.is_some_and(|u| u.get() <= POOR_UNDERSTANDING) {
        found.push(Check::PoorlyUnderstood);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MeasureId;
    use crate::rating::r;

    #[test]
    fn flags_what_is_missing_and_nothing_else() {
        let mut m = Measure::named(MeasureId(1), "NPS");
        assert_eq!(checks_for(&m), vec![Check::NoOwner, Check::DrivesNoDecision]);
        m.owner = "  ".into();
        m.drives_decision = "Executive visits".into();
        m.understanding = Some(r(2));
        assert_eq!(checks_for(&m), vec![Check::NoOwner, Check::PoorlyUnderstood]);
        m.owner = "Head of CS".into();
        m.understanding = Some(r(3));
        assert!(checks_for(&m).is_empty());
    }
}
