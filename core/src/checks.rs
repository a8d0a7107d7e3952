//! The facilitator's checks on the inventory: measures that nobody owns,
//! that drive no decision, or that the team does not understand well.

use crate::model::{Measure, MeasureId, Workshop};

/// Understanding at or below this (on 1–5) counts as poor.
pub const POOR_UNDERSTANDING: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    NoOwner,
    DrivesNoDecision,
    PoorlyUnderstood,
    /// Same or nearly the same name or formula as the measure it names.
    LikelyDuplicate(MeasureId),
}

/// The kinds of check, for summaries that count or list each kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckKind {
    NoOwner,
    DrivesNoDecision,
    PoorlyUnderstood,
    LikelyDuplicate,
}

impl Check {
    pub fn kind(self) -> CheckKind {
        match self {
            Check::NoOwner => CheckKind::NoOwner,
            Check::DrivesNoDecision => CheckKind::DrivesNoDecision,
            Check::PoorlyUnderstood => CheckKind::PoorlyUnderstood,
            Check::LikelyDuplicate(_) => CheckKind::LikelyDuplicate,
        }
    }
}

impl CheckKind {
    pub const ALL: [CheckKind; 4] =
        [CheckKind::NoOwner, CheckKind::DrivesNoDecision, CheckKind::PoorlyUnderstood, CheckKind::LikelyDuplicate];

    pub fn label(self) -> &'static str {
        match self {
            CheckKind::NoOwner => "No owner",
            CheckKind::DrivesNoDecision => "Drives no decision",
            CheckKind::PoorlyUnderstood => "Poorly understood",
            CheckKind::LikelyDuplicate => "Likely duplicate",
        }
    }

    /// One sentence for the facilitator on why the flag matters.
    pub fn why(self) -> &'static str {
        match self {
            CheckKind::NoOwner => "Nobody is accountable for moving this figure.",
            CheckKind::DrivesNoDecision => "A figure that changes nothing costs effort and attention.",
            CheckKind::PoorlyUnderstood => "The team cannot act on a figure it cannot explain.",
            CheckKind::LikelyDuplicate => "Two lines that measure the same thing split attention and can disagree.",
        }
    }
}

/// The checks that flag each measure, in inventory order. The views call
/// this on every keystroke, so each text is normalised once and each pair of
/// measures is compared once.
pub fn inventory_checks(workshop: &Workshop) -> Vec<Vec<Check>> {
    inventory_checks_with(workshop, &duplicate_pairs(&duplicate_keys(workshop)))
}

/// The measures' names and formulas as the duplicate check compares them.
/// Views keep these in a memo, so that the pairwise comparison runs again
/// only when a name or a formula changes, not on every other keystroke.
pub fn duplicate_keys(workshop: &Workshop) -> Vec<DuplicateKey> {
    workshop.measures.iter().map(DuplicateKey::of).collect()
}

/// Positions `(i, j)`, `i < j`, of the measures that look like the same line twice.
pub fn duplicate_pairs(keys: &[DuplicateKey]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        for (j, other) in keys.iter().enumerate().skip(i + 1) {
            if key.matches(other) {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// `inventory_checks` with the duplicate pairs already found.
pub fn inventory_checks_with(workshop: &Workshop, pairs: &[(usize, usize)]) -> Vec<Vec<Check>> {
    let mut found: Vec<Vec<Check>> = workshop.measures.iter().map(own_checks).collect();
    let measures = &workshop.measures;
    for &(i, j) in pairs.iter().filter(|(i, j)| *i < measures.len() && *j < measures.len()) {
        found[i].push(Check::LikelyDuplicate(measures[j].id));
        found[j].push(Check::LikelyDuplicate(measures[i].id));
    }
    found
}

/// The measures that a check of `kind` flags, given `inventory_checks` of the same workshop.
pub fn flagged<'a>(
    workshop: &'a Workshop,
    checks: &'a [Vec<Check>],
    kind: CheckKind,
) -> impl Iterator<Item = &'a Measure> {
    workshop.measures.iter().zip(checks).filter(move |(_, c)| c.iter().any(|c| c.kind() == kind)).map(|(m, _)| m)
}

/// The checks that need no other measure.
fn own_checks(measure: &Measure) -> Vec<Check> {
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

/// Lower case, letters and digits only, words separated by one space.
fn normalise(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A measure's name and formula, normalised for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateKey {
    name: String,
    formula: String,
}

impl DuplicateKey {
    fn of(measure: &Measure) -> DuplicateKey {
        DuplicateKey { name: normalise(&measure.name), formula: normalise(&measure.formula) }
    }

    fn matches(&self, other: &DuplicateKey) -> bool {
        if self.name.is_empty() || other.name.is_empty() {
            return false;
        }
        self.name == other.name
            || strsim::normalized_levenshtein(&self.name, &other.name) >= 0.85
            || is_acronym_of(&self.name, &other.name)
            || is_acronym_of(&other.name, &self.name)
            || (!self.formula.is_empty() && self.formula == other.formula)
    }
}

/// Near enough to be the same line twice: equal names after normalising,
/// names at most a typo or two apart, an acronym and its spelled-out name
/// ("NPS", "Net Promoter Score"; "CSAT", "Customer satisfaction (CSAT)"),
/// or the same formula.
pub fn likely_duplicates(a: &Measure, b: &Measure) -> bool {
    DuplicateKey::of(a).matches(&DuplicateKey::of(b))
}

fn is_acronym_of(short: &str, long: &str) -> bool {
    if short.contains(' ') || short.len() < 2 {
        return false;
    }
    let words: Vec<&str> = long.split(' ').collect();
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    words.len() > 1 && (initials == short || words.contains(&short))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rating::r;
    use crate::sample::sample_workshop;

    #[test]
    fn flags_what_is_missing_and_nothing_else() {
        let mut m = Measure::named(MeasureId(1), "NPS");
        assert_eq!(own_checks(&m), vec![Check::NoOwner, Check::DrivesNoDecision]);
        m.owner = "  ".into();
        m.drives_decision = "Executive visits".into();
        m.understanding = Some(r(2));
        assert_eq!(own_checks(&m), vec![Check::NoOwner, Check::PoorlyUnderstood]);
        m.owner = "Head of CS".into();
        m.understanding = Some(r(3));
        assert!(own_checks(&m).is_empty());
    }

    fn named(name: &str) -> Measure {
        Measure::named(MeasureId(0), name)
    }

    #[test]
    fn finds_duplicates_by_name_acronym_or_formula() {
        let dup = |a: &str, b: &str| likely_duplicates(&named(a), &named(b));
        assert!(dup("Churn rate", "churn-rate "));
        assert!(dup("Customer churn rate", "Customer chrun rate"));
        assert!(dup("NPS", "Net Promoter Score"));
        assert!(dup("Customer satisfaction (CSAT)", "CSAT"));
        assert!(!dup("First contact resolution", "First response time"));
        assert!(!dup("Renewal rate", "Referenceability"));
        assert!(!dup("", ""));
        let mut a = named("Delivery reliability");
        let mut b = named("On-time delivery");
        a.formula = "Orders on time ÷ orders".into();
        b.formula = "orders on time / orders".into();
        assert!(likely_duplicates(&a, &b));
    }

    #[test]
    fn the_sample_flags_what_it_was_built_to_flag() {
        let w = sample_workshop();
        let checks = inventory_checks(&w);
        let names = |kind| flagged(&w, &checks, kind).map(|m| m.name.as_str()).collect::<Vec<_>>();
        assert_eq!(names(CheckKind::NoOwner), vec!["Spare-part ordering effort (CES)", "QBR attendance"]);
        assert_eq!(names(CheckKind::PoorlyUnderstood).len(), 3);
        assert!(names(CheckKind::LikelyDuplicate).is_empty());
    }

    #[test]
    fn the_sample_has_no_duplicate_until_one_is_added() {
        let mut w = sample_workshop();
        assert!(inventory_checks(&w).iter().flatten().all(|c| c.kind() != CheckKind::LikelyDuplicate));
        let nps = w.measures[0].id;
        let copy = w.add_measure(|id| Measure::named(id, "NPS"));
        let checks = inventory_checks(&w);
        assert_eq!(checks[0].last(), Some(&Check::LikelyDuplicate(copy)));
        assert!(checks.last().unwrap().contains(&Check::LikelyDuplicate(nps)));
    }
}
