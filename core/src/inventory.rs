//! Editing the inventory of step 1: every change a person can make to the
//! list of measures, each checked so that nothing typed can break the workshop.

use crate::edit::{EditError, Named, Thing};
use crate::model::{DeletedMeasure, Frequency, Measure, MeasureId, Workshop};
use crate::rating::Rating;

/// Longest text a field takes; a scorecard line is not an essay, and a
/// pasted page would make the projector view unreadable.
pub const MAX_TEXT_CHARS: usize = 400;

/// The fields of a measure that people edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasureField {
    Name,
    Asks,
    Formula,
    Unit,
    Source,
    Frequency,
    Owner,
    DrivesDecision,
    LatestValue,
    Target,
    Emphasis,
    Understanding,
}

impl MeasureField {
    pub const ALL: [MeasureField; 12] = [
        MeasureField::Name,
        MeasureField::Asks,
        MeasureField::Formula,
        MeasureField::Unit,
        MeasureField::Source,
        MeasureField::Frequency,
        MeasureField::Owner,
        MeasureField::DrivesDecision,
        MeasureField::LatestValue,
        MeasureField::Target,
        MeasureField::Emphasis,
        MeasureField::Understanding,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MeasureField::Name => "Name",
            MeasureField::Asks => "What it asks or counts",
            MeasureField::Formula => "How it is computed",
            MeasureField::Unit => "Scale or unit",
            MeasureField::Source => "Source platform",
            MeasureField::Frequency => "How often it is collected",
            MeasureField::Owner => "Owner",
            MeasureField::DrivesDecision => "Decision it drives",
            MeasureField::LatestValue => "Latest value",
            MeasureField::Target => "Target",
            MeasureField::Emphasis => "Internal emphasis (1–5)",
            MeasureField::Understanding => "Team understanding (1–5)",
        }
    }

    /// The field's value as its input shows it.
    pub fn text(self, measure: &Measure) -> String {
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let rating = |r: Option<Rating>| r.map(|r| r.to_string()).unwrap_or_default();
        match self {
            MeasureField::Name => measure.name.clone(),
            MeasureField::Asks => measure.asks.clone(),
            MeasureField::Formula => measure.formula.clone(),
            MeasureField::Unit => measure.unit.clone(),
            MeasureField::Source => measure.source.clone(),
            MeasureField::Frequency => measure.frequency.label().to_owned(),
            MeasureField::Owner => measure.owner.clone(),
            MeasureField::DrivesDecision => measure.drives_decision.clone(),
            MeasureField::LatestValue => number(measure.latest_value),
            MeasureField::Target => number(measure.target),
            MeasureField::Emphasis => rating(measure.emphasis),
            MeasureField::Understanding => rating(measure.understanding),
        }
    }

    /// Writes what a person typed into the field, or explains why it cannot
    /// be taken; on an error the measure is left as it was.
    pub fn set(self, measure: &mut Measure, input: &str) -> Result<(), EditError> {
        match self {
            MeasureField::Name => {
                let name = checked_text(input)?;
                if name.trim().is_empty() {
                    return Err(EditError::Required(Named::Measure));
                }
                measure.name = name;
            }
            MeasureField::Asks => measure.asks = checked_text(input)?,
            MeasureField::Formula => measure.formula = checked_text(input)?,
            MeasureField::Unit => measure.unit = checked_text(input)?,
            MeasureField::Source => measure.source = checked_text(input)?,
            MeasureField::Owner => measure.owner = checked_text(input)?,
            MeasureField::DrivesDecision => measure.drives_decision = checked_text(input)?,
            MeasureField::Frequency => {
                measure.frequency = Frequency::ALL
                    .into_iter()
                    .find(|f| f.label() == input)
                    .ok_or_else(|| EditError::NotOnList(input.to_owned()))?;
            }
            MeasureField::LatestValue => measure.latest_value = parse_number(input)?,
            MeasureField::Target => measure.target = parse_number(input)?,
            MeasureField::Emphasis => measure.emphasis = parse_rating(input)?,
            MeasureField::Understanding => measure.understanding = parse_rating(input)?,
        }
        Ok(())
    }
}

pub(crate) fn checked_text(input: &str) -> Result<String, EditError> {
    within(input, MAX_TEXT_CHARS)
}

/// `text`, when it has at most `limit` characters.
pub(crate) fn within(text: &str, limit: usize) -> Result<String, EditError> {
    let chars = text.chars().count();
    if chars > limit {
        return Err(EditError::TooLong { limit, chars });
    }
    Ok(text.to_owned())
}

/// A text that must not be empty, trimmed; `named` says what it names.
pub(crate) fn required(text: &str, named: Named) -> Result<String, EditError> {
    let text = checked_text(text)?;
    if text.trim().is_empty() {
        return Err(EditError::Required(named));
    }
    Ok(text.trim().to_owned())
}

/// A number as people type it: empty for none, a comma as decimal separator
/// accepted, a trailing `%` ignored since the unit says it.
fn parse_number(input: &str) -> Result<Option<f64>, EditError> {
    let text = input.trim().trim_end_matches('%').trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    // serde_json's number parser is already in the bundle; `str::parse::<f64>`
    // would add 20 KB of tables to it. It wants JSON's grammar, so a leading
    // "+" or a bare "." around the digits is tidied first.
    let json = text.strip_prefix('+').unwrap_or(&text);
    let json = if json.starts_with('.') { format!("0{json}") } else { json.replace("-.", "-0.") };
    let json = json.strip_suffix('.').unwrap_or(&json);
    match serde_json::from_str::<f64>(json) {
        Ok(value) if value.is_finite() && value.abs() < 1e12 => Ok(Some(value)),
        Ok(_) => Err(EditError::TooLarge(input.trim().to_owned())),
        Err(_) => Err(EditError::NotANumber(input.trim().to_owned())),
    }
}

pub(crate) fn parse_rating(input: &str) -> Result<Option<Rating>, EditError> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    Rating::parse(input).map(Some)
}

impl Workshop {
    /// Appends a measure made by `make` with a fresh id and returns the id.
    pub fn add_measure(&mut self, make: impl FnOnce(MeasureId) -> Measure) -> MeasureId {
        let id = MeasureId(self.allocate_id());
        self.measures.push(make(id));
        id
    }

    /// Moves a measure to the list of deleted measures, from which
    /// `restore_measure` brings it back where it was. Answers and
    /// expectations that refer to it are kept for that.
    pub fn delete_measure(&mut self, id: MeasureId) -> Result<(), EditError> {
        let position = self.measures.iter().position(|m| m.id == id).ok_or(EditError::Gone(Thing::Measure))?;
        let measure = self.measures.remove(position);
        self.deleted_measures.push(DeletedMeasure { position, measure });
        Ok(())
    }

    pub fn restore_measure(&mut self, id: MeasureId) -> Result<(), EditError> {
        let index = self.deleted_measures.iter().position(|d| d.measure.id == id).ok_or(EditError::Gone(Thing::Measure))?;
        let DeletedMeasure { position, measure } = self.deleted_measures.remove(index);
        self.measures.insert(position.min(self.measures.len()), measure);
        Ok(())
    }

    /// Moves a measure one place up (`-1`) or down (`1`).
    pub fn move_measure(&mut self, id: MeasureId, step: isize) -> Result<(), EditError> {
        let from = self.measures.iter().position(|m| m.id == id).ok_or(EditError::Gone(Thing::Measure))?;
        match from.checked_add_signed(step) {
            Some(to) if to < self.measures.len() => {
                self.measures.swap(from, to);
                Ok(())
            }
            _ => Err(EditError::AtEnd),
        }
    }

    /// Writes one field of a measure (`MeasureField::set`).
    pub fn set_measure_field(&mut self, id: MeasureId, field: MeasureField, input: &str) -> Result<(), EditError> {
        field.set(self.measure_mut(id).ok_or(EditError::Gone(Thing::Measure))?, input)
    }

    pub fn measure_mut(&mut self, id: MeasureId) -> Option<&mut Measure> {
        self.measures.iter_mut().find(|m| m.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CATALOGUE;
    use proptest::prelude::*;

    fn measure() -> Measure {
        Measure::named(MeasureId(1), "NPS")
    }

    #[test]
    fn every_field_reads_back_what_was_written() {
        let mut m = measure();
        let inputs = [
            (MeasureField::Name, "Net Promoter Score"),
            (MeasureField::Asks, "<script>alert(1)</script>"),
            (MeasureField::Formula, "=HYPERLINK(\"http://x\")"),
            (MeasureField::Unit, "%"),
            (MeasureField::Source, "Qualtrics"),
            (MeasureField::Frequency, "Monthly"),
            (MeasureField::Owner, "Åsa Ölund"),
            (MeasureField::DrivesDecision, "Executive visits"),
            (MeasureField::LatestValue, "31.5"),
            (MeasureField::Target, "-10"),
            (MeasureField::Emphasis, "5"),
            (MeasureField::Understanding, "2"),
        ];
        for (field, input) in inputs {
            field.set(&mut m, input).unwrap();
            assert_eq!(field.text(&m), input, "{field:?}");
        }
    }

    #[test]
    fn bad_input_is_explained_and_changes_nothing() {
        let mut m = measure();
        m.emphasis = Some(Rating::new(3).unwrap());
        let before = m.clone();
        let cases = [
            (MeasureField::Name, "   ", "A measure needs a name."),
            (MeasureField::Emphasis, "7", "7 is not on the scale: use a whole number from 1 to 5."),
            (MeasureField::Understanding, "high", "“high” is not a number: use a whole number from 1 to 5."),
            (MeasureField::LatestValue, "12abc", "“12abc” is not a number: type digits, like 42 or 4.5."),
            (MeasureField::Target, "1e308", "“1e308” is too large to be a scorecard figure."),
            (MeasureField::Frequency, "Hourly", "“Hourly” is not one of the choices on the list."),
        ];
        for (field, input, message) in cases {
            assert_eq!(field.set(&mut m, input).map_err(|e| e.to_string()), Err(message.to_owned()), "{field:?}");
            assert_eq!(m, before);
        }
        let essay = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            MeasureField::Owner.set(&mut m, &essay),
            Err(EditError::TooLong { limit: MAX_TEXT_CHARS, chars: MAX_TEXT_CHARS + 1 })
        );
    }

    #[test]
    fn numbers_as_people_type_them() {
        let mut m = measure();
        let typed = [
            ("5,1", Some(5.1)),
            (" 88 % ", Some(88.0)),
            ("", None),
            ("-3", Some(-3.0)),
            ("+4", Some(4.0)),
            (".5", Some(0.5)),
            ("-.5", Some(-0.5)),
            ("7.", Some(7.0)),
            ("1e3", Some(1000.0)),
        ];
        for (input, expected) in typed {
            MeasureField::LatestValue.set(&mut m, input).unwrap();
            assert_eq!(m.latest_value, expected, "{input:?}");
        }
        MeasureField::Emphasis.set(&mut m, "").unwrap();
        assert_eq!(m.emphasis, None);
    }

    #[test]
    fn delete_and_restore_put_a_measure_back_where_it_was() {
        let mut w = Workshop::new("w", "o");
        let ids: Vec<MeasureId> = CATALOGUE[..4].iter().map(|e| w.add_measure(|id| e.to_measure(id))).collect();
        assert_eq!(w.delete_measure(ids[1]), Ok(()));
        assert_eq!(w.measures.len(), 3);
        assert_eq!(w.delete_measure(ids[1]), Err(EditError::Gone(Thing::Measure)));
        assert_eq!(w.restore_measure(ids[1]), Ok(()));
        assert_eq!(w.measures.iter().map(|m| m.id).collect::<Vec<_>>(), ids);
        assert!(w.deleted_measures.is_empty());
    }

    #[test]
    fn moving_stops_at_either_end() {
        let mut w = Workshop::new("w", "o");
        let a = w.add_measure(|id| Measure::named(id, "A"));
        let b = w.add_measure(|id| Measure::named(id, "B"));
        assert_eq!(w.move_measure(a, -1), Err(EditError::AtEnd));
        assert_eq!(w.move_measure(a, 1), Ok(()));
        assert_eq!(w.measures[1].id, a);
        assert_eq!(w.move_measure(a, 1), Err(EditError::AtEnd));
        assert_eq!(w.move_measure(b, 1), Ok(()));
    }

    #[derive(Clone, Debug)]
    enum Edit {
        Add,
        Set(usize, usize, String),
        Delete(usize),
        Restore(usize),
        Move(usize, bool),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            Just(Edit::Add),
            (any::<usize>(), 0..MeasureField::ALL.len(), any::<String>()).prop_map(|(m, f, s)| Edit::Set(m, f, s)),
            (any::<usize>(), 0..MeasureField::ALL.len(), "[-+0-9.,%e ]{0,8}").prop_map(|(m, f, s)| Edit::Set(m, f, s)),
            any::<usize>().prop_map(Edit::Delete),
            any::<usize>().prop_map(Edit::Restore),
            (any::<usize>(), any::<bool>()).prop_map(|(m, up)| Edit::Move(m, up)),
        ]
    }

    proptest! {
        /// Whatever sequence of edits people make, nothing panics, no measure
        /// is lost or duplicated, and every stored figure stays valid.
        #[test]
        fn no_sequence_of_edits_breaks_the_inventory(edits in prop::collection::vec(edit(), 1..60)) {
            let mut w = Workshop::new("w", "o");
            let mut added = 0;
            for e in edits {
                let pick = |w: &Workshop, i: usize| (!w.measures.is_empty()).then(|| w.measures[i % w.measures.len()].id);
                match e {
                    Edit::Add => { w.add_measure(|id| Measure::named(id, "New measure")); added += 1; }
                    // A refused edit leaves the workshop exactly as it was.
                    Edit::Set(i, f, text) => if let Some(id) = pick(&w, i) {
                        let before = w.clone();
                        if w.set_measure_field(id, MeasureField::ALL[f], &text).is_err() {
                            prop_assert_eq!(&w, &before);
                        }
                    },
                    Edit::Delete(i) => if let Some(id) = pick(&w, i) { prop_assert_eq!(w.delete_measure(id), Ok(())); },
                    Edit::Restore(i) => if !w.deleted_measures.is_empty() {
                        let id = w.deleted_measures[i % w.deleted_measures.len()].measure.id;
                        prop_assert_eq!(w.restore_measure(id), Ok(()));
                    },
                    Edit::Move(i, up) => if let Some(id) = pick(&w, i) {
                        let before = w.clone();
                        if w.move_measure(id, if up { -1 } else { 1 }).is_err() {
                            prop_assert_eq!(&w, &before);
                        }
                    },
                }
            }
            prop_assert_eq!(w.measures.len() + w.deleted_measures.len(), added);
            let mut ids: Vec<u32> = w.measures.iter().chain(w.deleted_measures.iter().map(|d| &d.measure)).map(|m| m.id.0).collect();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), added);
            for m in &w.measures {
                prop_assert!(!m.name.trim().is_empty());
                prop_assert!(m.latest_value.is_none_or(f64::is_finite));
                prop_assert!(m.target.is_none_or(f64::is_finite));
                prop_assert!(m.asks.chars().count() <= MAX_TEXT_CHARS);
            }
        }
    }
}
