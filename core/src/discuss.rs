//! Step 2, Discuss: the customers and their segments, the team's
//! expectations, the conversation guide and the record of each conversation.
//! Every change a person can make is here, checked, so that nothing typed
//! can break the workshop or lose what was there.

use crate::edit::{EditError, Named, Thing};
use crate::inventory::{checked_text, parse_rating, required, within};
use crate::model::{
    Conversation, ConversationId, Customer, CustomerId, Expectation, Guide, MeasureAnswer, MeasureId, MeasureWording,
    Segment, SegmentId, Workshop,
};
use crate::rating::Rating;

/// The balanced scale every measure question is asked on.
pub const RELEVANCE_SCALE: [&str; 5] =
    ["Not at all relevant", "Slightly relevant", "Moderately relevant", "Very relevant", "Extremely relevant"];

/// Asked after each measure's relevance, on the same kind of scale.
pub const VALUE_QUESTION: &str = "How much value, if any, do you get from what it tracks?";
pub const VALUE_SCALE: [&str; 5] = ["No value", "A little value", "Some value", "Much value", "Very much value"];

impl Default for Guide {
    /// Open questions about the customer's own experience, asked before any
    /// measure is named so that the list cannot steer the answers.
    fn default() -> Self {
        Guide {
            opening: vec![
                "What does a good relationship with a supplier look like to you?".into(),
                "Tell me about the last time working with us went the way you needed it to.".into(),
                "Tell me about the last time it did not.".into(),
                "Which figures do you look at to judge how a supplier is doing?".into(),
            ],
            measure_wording: Vec::new(),
            closing: vec!["What else matters to you about working with us that we have not talked about?".into()],
        }
    }
}

/// The part of the guide a list of free questions belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuidePart {
    Opening,
    Closing,
}

/// One part of a conversation's answer about a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Score {
    Relevance,
    Value,
}

impl Score {
    pub fn label(self) -> &'static str {
        match self {
            Score::Relevance => "Relevance",
            Score::Value => "Value",
        }
    }

    pub fn of(self, answer: &MeasureAnswer) -> Option<Rating> {
        match self {
            Score::Relevance => answer.relevance,
            Score::Value => answer.value,
        }
    }
}

impl Guide {
    pub fn part(&self, part: GuidePart) -> &Vec<String> {
        match part {
            GuidePart::Opening => &self.opening,
            GuidePart::Closing => &self.closing,
        }
    }

    pub fn part_mut(&mut self, part: GuidePart) -> &mut Vec<String> {
        match part {
            GuidePart::Opening => &mut self.opening,
            GuidePart::Closing => &mut self.closing,
        }
    }
}

/// The neutral question the guide asks about a measure unless reworded.
pub fn generated_question(name: &str) -> String {
    format!("How relevant, if at all, is {} to you?", name.trim())
}

impl Workshop {
    /// The question the guide asks about a measure: the facilitator's wording
    /// if there is one, the generated one otherwise.
    pub fn measure_question(&self, id: MeasureId) -> String {
        match self.guide.measure_wording.iter().find(|w| w.measure == id) {
            Some(wording) => wording.text.clone(),
            None => generated_question(self.measure(id).map_or("", |m| m.name.as_str())),
        }
    }

    /// Rewords a measure's question; an empty text or the generated wording
    /// goes back to following the measure's name.
    pub fn set_measure_question(&mut self, id: MeasureId, text: &str) -> Result<(), EditError> {
        let text = checked_text(text)?;
        let generated = generated_question(self.measure(id).map_or("", |m| m.name.as_str()));
        self.guide.measure_wording.retain(|w| w.measure != id);
        if !text.trim().is_empty() && text.trim() != generated {
            self.guide.measure_wording.push(MeasureWording { measure: id, text });
        }
        Ok(())
    }

    pub fn set_guide_question(&mut self, part: GuidePart, index: usize, text: &str) -> Result<(), EditError> {
        let text = checked_text(text)?;
        match self.guide.part_mut(part).get_mut(index) {
            Some(question) => {
                *question = text;
                Ok(())
            }
            None => Err(EditError::Gone(Thing::Question)),
        }
    }

    pub fn add_guide_question(&mut self, part: GuidePart) -> usize {
        let questions = self.guide.part_mut(part);
        questions.push(String::new());
        questions.len() - 1
    }

    pub fn remove_guide_question(&mut self, part: GuidePart, index: usize) -> Result<String, EditError> {
        let questions = self.guide.part_mut(part);
        if index < questions.len() { Ok(questions.remove(index)) } else { Err(EditError::Gone(Thing::Question)) }
    }

    pub fn expectation(&self, measure: MeasureId) -> Option<Rating> {
        self.expectations.iter().find(|e| e.measure == measure).map(|e| e.relevance)
    }

    /// Records (or, for an empty text, clears) the team's expected relevance.
    pub fn set_expectation(&mut self, measure: MeasureId, text: &str) -> Result<(), EditError> {
        let relevance = parse_rating(text)?;
        self.expectations.retain(|e| e.measure != measure);
        if let Some(relevance) = relevance {
            self.expectations.push(Expectation { measure, relevance });
        }
        Ok(())
    }

    pub fn add_segment(&mut self, name: &str) -> Result<SegmentId, EditError> {
        let name = required(name, Named::Segment)?;
        let id = SegmentId(self.allocate_id());
        self.segments.push(Segment { id, name });
        Ok(id)
    }

    pub fn rename_segment(&mut self, id: SegmentId, name: &str) -> Result<(), EditError> {
        let name = required(name, Named::Segment)?;
        let segment = self.segments.iter_mut().find(|s| s.id == id).ok_or(EditError::Gone(Thing::Segment))?;
        segment.name = name;
        Ok(())
    }

    /// Deletes a segment nobody is in; customers are never left without one.
    pub fn delete_segment(&mut self, id: SegmentId) -> Result<(), EditError> {
        let members = self.customers_in(id).count();
        if members > 0 {
            let name = self.segment(id).map(|s| s.name.clone()).unwrap_or_default();
            return Err(EditError::SegmentInUse { name, customers: members });
        }
        self.segments.retain(|s| s.id != id);
        Ok(())
    }

    /// Adds a customer in the given segment, or in a new "Unassigned" one
    /// when the workshop has no segment yet.
    pub fn add_customer(&mut self, name: &str, segment: Option<SegmentId>) -> Result<CustomerId, EditError> {
        let name = required(name, Named::Customer)?;
        let segment = match segment.or(self.segments.first().map(|s| s.id)) {
            Some(segment) => segment,
            None => self.add_segment("Unassigned")?,
        };
        let id = CustomerId(self.allocate_id());
        self.customers.push(Customer { id, name, role: String::new(), segment });
        Ok(id)
    }

    pub fn set_customer_name(&mut self, id: CustomerId, name: &str) -> Result<(), EditError> {
        let name = required(name, Named::Customer)?;
        self.customer_mut(id)?.name = name;
        Ok(())
    }

    pub fn set_customer_role(&mut self, id: CustomerId, role: &str) -> Result<(), EditError> {
        let role = checked_text(role)?;
        self.customer_mut(id)?.role = role;
        Ok(())
    }

    pub fn set_customer_segment(&mut self, id: CustomerId, segment: SegmentId) -> Result<(), EditError> {
        if self.segment(segment).is_none() {
            return Err(EditError::Gone(Thing::Segment));
        }
        self.customer_mut(id)?.segment = segment;
        Ok(())
    }

    /// Deletes a customer who has no conversation: recorded conversations
    /// are never lost with their customer.
    pub fn delete_customer(&mut self, id: CustomerId) -> Result<(), EditError> {
        let heard = self.conversations_with(id).count();
        if heard > 0 {
            let name = self.customer(id).map(|c| c.name.clone()).unwrap_or_default();
            return Err(EditError::CustomerHeard { name, conversations: heard });
        }
        self.customers.retain(|c| c.id != id);
        Ok(())
    }

    fn customer_mut(&mut self, id: CustomerId) -> Result<&mut Customer, EditError> {
        self.customers.iter_mut().find(|c| c.id == id).ok_or(EditError::Gone(Thing::Customer))
    }

    pub fn conversation(&self, id: ConversationId) -> Option<&Conversation> {
        self.conversations.iter().find(|c| c.id == id)
    }

    pub fn add_conversation(&mut self, customer: CustomerId, date: &str) -> Result<ConversationId, EditError> {
        if self.customer(customer).is_none() {
            return Err(EditError::Gone(Thing::Customer));
        }
        let date = checked_date(date)?;
        let id = ConversationId(self.allocate_id());
        self.conversations.push(Conversation {
            id,
            customer,
            date,
            answers: Vec::new(),
            quotes: Vec::new(),
            unmeasured: Vec::new(),
            notes: String::new(),
            source: String::new(),
        });
        Ok(id)
    }

    pub fn delete_conversation(&mut self, id: ConversationId) -> Result<(), EditError> {
        let at = self.conversations.iter().position(|c| c.id == id).ok_or(EditError::Gone(Thing::Conversation))?;
        self.conversations.remove(at);
        Ok(())
    }

    pub fn edit_conversation(&mut self, id: ConversationId, edit: ConversationEdit<'_>) -> Result<(), EditError> {
        // Factors are merged against the other conversations' spelling before
        // this conversation is borrowed for writing.
        let factors = match edit {
            ConversationEdit::Unmeasured(text) => Some(self.canonical_factors(id, text)?),
            _ => None,
        };
        if let ConversationEdit::Customer(customer) = edit {
            if self.customer(customer).is_none() {
                return Err(EditError::Gone(Thing::Customer));
            }
        }
        let conversation =
            self.conversations.iter_mut().find(|c| c.id == id).ok_or(EditError::Gone(Thing::Conversation))?;
        match edit {
            ConversationEdit::Date(text) => conversation.date = checked_date(text)?,
            ConversationEdit::Customer(customer) => conversation.customer = customer,
            ConversationEdit::Answer(measure, score, text) => set_score(conversation, measure, score, parse_rating(text)?),
            ConversationEdit::Quotes(text) => conversation.quotes = lines(text)?,
            ConversationEdit::Unmeasured(_) => conversation.unmeasured = factors.unwrap_or_default(),
            ConversationEdit::Notes(text) => conversation.notes = checked_long_text(text)?,
        }
        Ok(())
    }

    /// The factors typed for one conversation, comma-separated, each spelt
    /// as it already is in another conversation when only case and spacing
    /// differ, so that "On-site response" and "on-site  RESPONSE" count as one.
    fn canonical_factors(&self, id: ConversationId, text: &str) -> Result<Vec<String>, EditError> {
        let known: Vec<&String> =
            self.conversations.iter().filter(|c| c.id != id).flat_map(|c| c.unmeasured.iter()).collect();
        let mut factors: Vec<String> = Vec::new();
        for typed in text.split(',') {
            let typed = checked_text(&collapse_spaces(typed))?;
            if typed.is_empty() || factors.iter().any(|f| same_factor(f, &typed)) {
                continue;
            }
            factors.push(known.iter().find(|k| same_factor(k, &typed)).map_or(typed, |k| (*k).clone()));
        }
        Ok(factors)
    }
}

/// One change to a recorded conversation, as typed into its form.
#[derive(Clone, Copy, Debug)]
pub enum ConversationEdit<'a> {
    Date(&'a str),
    Customer(CustomerId),
    Answer(MeasureId, Score, &'a str),
    /// One quote per line.
    Quotes(&'a str),
    /// Comma-separated.
    Unmeasured(&'a str),
    Notes(&'a str),
}

/// A name for a new row that no existing row has: "Customer 4", or
/// "Customer 5" when a "Customer 4" is already there.
pub fn placeholder_name<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (taken.clone().count() + 1..)
        .map(|n| format!("{prefix} {n}"))
        .find(|name| !taken.clone().any(|t| t == name))
        .expect("some number is free")
}

/// Whether two factors customers raised are the same, ignoring case and spacing.
pub fn same_factor(a: &str, b: &str) -> bool {
    factor_key(a) == factor_key(b)
}

/// What two spellings of the same factor have in common.
pub fn factor_key(factor: &str) -> String {
    collapse_spaces(factor).to_lowercase()
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn set_score(conversation: &mut Conversation, measure: MeasureId, score: Score, rating: Option<Rating>) {
    let answers = &mut conversation.answers;
    let index = match answers.iter().position(|a| a.measure == measure) {
        Some(index) => index,
        None if rating.is_none() => return,
        None => {
            answers.push(MeasureAnswer { measure, relevance: None, value: None });
            answers.len() - 1
        }
    };
    let answer = &mut answers[index];
    match score {
        Score::Relevance => answer.relevance = rating,
        Score::Value => answer.value = rating,
    }
    if answer.relevance.is_none() && answer.value.is_none() {
        answers.remove(index);
    }
}

/// Notes and quotes may run longer than a field, but not without end.
const MAX_LONG_TEXT_CHARS: usize = 4000;

pub(crate) fn checked_long_text(text: &str) -> Result<String, EditError> {
    within(text, MAX_LONG_TEXT_CHARS)
}

fn lines(text: &str) -> Result<Vec<String>, EditError> {
    checked_long_text(text)?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())
}

/// A calendar date as `YYYY-MM-DD`, the form a date input gives.
pub(crate) fn checked_date(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten();
    match parts.as_slice() {
        [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d) => {
                Ok(text.to_owned())
            }
            _ => Err(EditError::NotOnCalendar(text.to_owned())),
        },
        _ => Err(EditError::NotADate(text.to_owned())),
    }
}

fn days_in_month(year: &str, month: u32) -> u32 {
    let year: u32 = year.parse().unwrap_or(1);
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question_check::check_question;
    use crate::sample::sample_workshop;
    use proptest::prelude::*;

    #[test]
    fn the_default_guide_passes_its_own_checker() {
        let guide = Guide::default();
        for question in guide.opening.iter().chain(&guide.closing).map(String::as_str).chain([VALUE_QUESTION]) {
            assert_eq!(check_question(question), vec![], "{question}");
        }
        let scale = format!("{} [{}]", generated_question("on-time delivery"), RELEVANCE_SCALE.join(" / "));
        assert_eq!(check_question(&scale), vec![]);
        let value = format!("{VALUE_QUESTION} [{}]", VALUE_SCALE.join(" / "));
        assert_eq!(check_question(&value), vec![]);
    }

    #[test]
    fn measure_questions_follow_the_name_until_reworded() {
        let mut w = sample_workshop();
        let id = w.measures[7].id;
        assert_eq!(w.measure_question(id), "How relevant, if at all, is On-time delivery to you?");
        w.set_measure_question(id, "How much does delivery on the promised day matter to you?").unwrap();
        w.measure_mut(id).unwrap().name = "Delivery on time".into();
        assert_eq!(w.measure_question(id), "How much does delivery on the promised day matter to you?");
        w.set_measure_question(id, "").unwrap();
        assert_eq!(w.measure_question(id), "How relevant, if at all, is Delivery on time to you?");
    }

    #[test]
    fn answers_record_each_score_and_not_discussed_leaves_no_entry() {
        let mut w = sample_workshop();
        let customer = w.customers[0].id;
        let measure = w.measures[0].id;
        let id = w.add_conversation(customer, "2026-11-22").unwrap();
        w.edit_conversation(id, ConversationEdit::Answer(measure, Score::Relevance, " 4 ")).unwrap();
        assert_eq!(w.conversation(id).unwrap().answers, vec![MeasureAnswer { measure, relevance: Some(Rating::new(4).unwrap()), value: None }]);
        let err = w.edit_conversation(id, ConversationEdit::Answer(measure, Score::Value, "7")).unwrap_err();
        assert!(err.to_string().contains("1 to 5"), "{err}");
        w.edit_conversation(id, ConversationEdit::Answer(measure, Score::Relevance, "")).unwrap();
        assert!(w.conversation(id).unwrap().answers.is_empty());
    }

    #[test]
    fn factors_merge_case_insensitively_with_earlier_conversations() {
        let mut w = sample_workshop();
        let earlier = w.conversations.iter().flat_map(|c| c.unmeasured.iter()).next().cloned().expect("sample has factors");
        let id = w.add_conversation(w.customers[1].id, "2026-11-22").unwrap();
        let typed = format!(" {} , Spare  parts on the shelf, spare parts ON the shelf,,", earlier.to_uppercase());
        w.edit_conversation(id, ConversationEdit::Unmeasured(&typed)).unwrap();
        assert_eq!(w.conversation(id).unwrap().unmeasured, vec![earlier, "Spare parts on the shelf".to_string()]);
    }

    #[test]
    fn people_and_segments_are_never_orphaned() {
        let mut w = sample_workshop();
        let heard = w.conversations[0].customer;
        assert!(matches!(w.delete_customer(heard), Err(EditError::CustomerHeard { conversations: 1.., .. })));
        let segment = w.customers[0].segment;
        assert!(matches!(w.delete_segment(segment), Err(EditError::SegmentInUse { customers: 1.., .. })));
        assert_eq!(w.add_customer("   ", None).unwrap_err().to_string(), "A customer needs a name or a pseudonym.");
        let mut empty = Workshop::new("w", "o");
        let id = empty.add_customer("Alex", None).unwrap();
        assert_eq!(empty.segment(empty.customer(id).unwrap().segment).unwrap().name, "Unassigned");
    }

    #[test]
    fn placeholder_names_never_repeat_an_existing_one() {
        assert_eq!(placeholder_name("Customer", ["Customer 1", "Customer 3"].into_iter()), "Customer 4");
        assert_eq!(placeholder_name("Customer", ["Customer 3", "Alex"].into_iter()), "Customer 4");
        assert_eq!(placeholder_name("Segment", std::iter::empty()), "Segment 1");
    }

    #[test]
    fn dates_are_calendar_dates() {
        assert!(checked_date("2024-02-29").is_ok());
        for bad in ["2023-02-29", "2026-13-01", "22/11/2026", "", "2026-1-1", "<script>"] {
            assert!(checked_date(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        /// Whatever is typed into a conversation's fields, in any order, the
        /// workshop still saves and loads, and every stored score is 1–5.
        #[test]
        fn any_typing_keeps_the_workshop_valid(edits in proptest::collection::vec((0usize..6, 0usize..10, ".{0,12}"), 0..40)) {
            let mut w = sample_workshop();
            let id = w.add_conversation(w.customers[0].id, "2026-11-22").unwrap();
            let measures: Vec<MeasureId> = w.measures.iter().map(|m| m.id).collect();
            for (field, k, text) in &edits {
                let measure = measures[k % measures.len()];
                let edit = match field {
                    0 => ConversationEdit::Answer(measure, Score::Relevance, text),
                    1 => ConversationEdit::Answer(measure, Score::Value, text),
                    2 => ConversationEdit::Quotes(text),
                    3 => ConversationEdit::Unmeasured(text),
                    4 => ConversationEdit::Notes(text),
                    _ => ConversationEdit::Date(text),
                };
                let before = w.clone();
                if w.edit_conversation(id, edit).is_err() {
                    prop_assert_eq!(&w, &before);
                }
            }
            let conversation = w.conversation(id).unwrap();
            prop_assert!(conversation.answers.iter().all(|a| a.relevance.is_some() || a.value.is_some()));
            let text = crate::saved::encode(&w, "test", "2026-11-22T00:00:00Z", "s1");
            prop_assert_eq!(crate::saved::decode(&text).unwrap().workshop, w);
        }
    }
}
