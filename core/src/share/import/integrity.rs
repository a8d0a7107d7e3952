//! The integrity of a workshop read from a file: what the app's own edits
//! guarantee (texts within their limits, dates on the calendar, every id used
//! once, every reference pointing at something there), checked again because
//! nothing in a file is trusted.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use crate::discuss::{checked_date, checked_long_text};
use crate::edit::Named;
use crate::inventory::{checked_text, required, MeasureField};
use crate::model::{
    Assessment, Conversation, CustomerId, Decision, DecisionSubject, Measure, MeasureId, SegmentId, Workshop,
};

/// Ids the app hands out stay below 2³¹ (`fork_ids` starts a copy's
/// counter below 2³⁰ + 2²⁰, a billion ids short of it; see `model.rs`), so
/// that an imported counter can never run past `u32::MAX`.
pub(super) const ID_LIMIT: u32 = 1 << 31;

/// Names quoted in a message are cut to this many characters, so that a
/// message stays one readable line whatever the file holds.
const QUOTED_CHARS: usize = 40;

/// Whether the workshop is one the app's own edits could have made: every
/// text within the limits its fields enforce, every date on the calendar,
/// every id used once and below the counter, and every reference pointing
/// at something that is there. The error names the item at fault.
pub fn check_integrity(workshop: &Workshop) -> Result<(), String> {
    check_texts(workshop)?;
    check_ids(workshop)?;
    check_references(workshop)
}

fn check_texts(w: &Workshop) -> Result<(), String> {
    required(&w.name, Named::Workshop).map_err(at(|| "the workshop's name".into()))?;
    checked_text(&w.organisation).map_err(at(|| "the organisation".into()))?;
    for measure in all_measures(w) {
        let mut scratch = measure.clone();
        for field in MeasureField::ALL {
            // Each value is typed again into the field's own edit, so that
            // whatever a person could not type there is refused here too.
            field
                .set(&mut scratch, &field.text(measure))
                .map_err(at(|| format!("{}, “{}”", describe_measure(measure), field.label())))?;
        }
    }
    for segment in &w.segments {
        required(&segment.name, Named::Segment).map_err(at(|| format!("the segment {}", quoted(&segment.name))))?;
    }
    for customer in &w.customers {
        required(&customer.name, Named::Customer)
            .and_then(|_| checked_text(&customer.role))
            .map_err(at(|| format!("the customer {}", quoted(&customer.name))))?;
    }
    for conversation in &w.conversations {
        conversation_texts(conversation).map_err(at(|| describe_conversation(w, conversation)))?;
    }
    let guide = &w.guide;
    for question in guide.opening.iter().chain(&guide.closing) {
        checked_text(question).map_err(at(|| "a question of the conversation guide".into()))?;
    }
    for wording in &guide.measure_wording {
        checked_text(&wording.text).map_err(at(|| "a measure's question in the conversation guide".into()))?;
    }
    for decision in &w.decisions {
        decision_texts(decision).map_err(at(|| format!("the decision about {}", describe_subject(w, &decision.subject))))?;
    }
    let earlier = w.earlier.read().map_err(|why| format!("the earlier assessments cannot be read ({why})."))?;
    for assessment in &earlier {
        assessment_texts(assessment).map_err(at(|| format!("the earlier assessment {}", quoted(&assessment.name))))?;
    }
    Ok(())
}

fn conversation_texts(conversation: &Conversation) -> Result<(), String> {
    exact_date(&conversation.date)?;
    for factor in &conversation.unmeasured {
        checked_text(factor)?;
    }
    checked_text(&conversation.source)?;
    check_long_texts(conversation)
}

fn decision_texts(decision: &Decision) -> Result<(), String> {
    if let DecisionSubject::Factor(factor) = &decision.subject {
        required(factor, Named::Factor)?;
    }
    checked_text(&decision.reason)?;
    checked_text(&decision.owner)?;
    if !decision.due.is_empty() {
        exact_date(&decision.due)?;
    }
    Ok(())
}

fn assessment_texts(assessment: &Assessment) -> Result<(), String> {
    checked_text(&assessment.name)?;
    exact_date(&assessment.date)?;
    checked_text(&assessment.workshop)?;
    if let Some(score) = assessment.fit_score.filter(|score| !(0.0..=100.0).contains(score)) {
        return Err(format!("its fit score {score} is not between 0 and 100."));
    }
    for measure in &assessment.measures {
        checked_text(&measure.name)?;
        if let Some(relevance) = measure.relevance.filter(|mean| !(1.0..=5.0).contains(mean)) {
            return Err(format!("the relevance {relevance} of {} is not between 1 and 5.", quoted(&measure.name)));
        }
    }
    Ok(())
}

/// Puts the item at fault before the reason; the item is described only
/// when something is wrong, since describing one can mean a search.
fn at<Why: std::fmt::Display>(place: impl FnOnce() -> String) -> impl FnOnce(Why) -> String {
    move |why| format!("{}: {why}", place())
}

/// A date as the app's date fields store it: on the calendar, nothing around it.
fn exact_date(text: &str) -> Result<(), String> {
    if checked_date(text)? != text {
        return Err(format!("“{}” has spaces around the date.", text.trim()));
    }
    Ok(())
}

/// Notes and quotes have the Discuss step's longer limit, which that step
/// keeps to itself: they go through its own edit on a scratch conversation
/// rather than against a copy of the limit that could drift from it.
fn check_long_texts(conversation: &Conversation) -> Result<(), String> {
    checked_long_text(&conversation.notes)?;
    checked_long_text(&conversation.quotes.join("\n"))?;
    Ok(())
}

/// Something in a workshop that holds an id of the shared counter.
#[derive(Clone, Copy)]
enum Holder<'a> {
    Measure(&'a Measure),
    Segment(SegmentId, &'a str),
    Customer(CustomerId, &'a str),
    Conversation(&'a Conversation),
}

impl Holder<'_> {
    fn id(self) -> u32 {
        match self {
            Holder::Measure(measure) => measure.id.0,
            Holder::Segment(id, _) => id.0,
            Holder::Customer(id, _) => id.0,
            Holder::Conversation(conversation) => conversation.id.0,
        }
    }

    fn describe(self, w: &Workshop) -> String {
        match self {
            Holder::Measure(measure) => describe_measure(measure),
            Holder::Segment(_, name) => format!("the segment {}", quoted(name)),
            Holder::Customer(_, name) => format!("the customer {}", quoted(name)),
            Holder::Conversation(conversation) => describe_conversation(w, conversation),
        }
    }
}

/// Deleted measures keep their ids, since restoring one brings it back as it was.
fn holders(w: &Workshop) -> impl Iterator<Item = Holder<'_>> {
    all_measures(w)
        .map(Holder::Measure)
        .chain(w.segments.iter().map(|s| Holder::Segment(s.id, &s.name)))
        .chain(w.customers.iter().map(|c| Holder::Customer(c.id, &c.name)))
        .chain(w.conversations.iter().map(Holder::Conversation))
}

fn check_ids(w: &Workshop) -> Result<(), String> {
    let mut seen: HashMap<u32, Holder> = HashMap::new();
    for holder in holders(w) {
        let id = holder.id();
        if id == 0 || id >= ID_LIMIT {
            return Err(format!(
                "{} has the id {id}, outside the ids the app hands out (1 to {}).",
                holder.describe(w),
                ID_LIMIT - 1
            ));
        }
        match seen.entry(id) {
            Entry::Occupied(first) => {
                return Err(format!(
                    "{} and {} have the same id ({id}), and every item in a workshop has its own.",
                    first.get().describe(w),
                    holder.describe(w)
                ))
            }
            Entry::Vacant(slot) => {
                slot.insert(holder);
            }
        }
    }
    // Where the counter stands does not matter (new ids skip taken ones),
    // as long as counting on from it stays within the ids' range.
    if w.next_id == 0 || w.next_id > ID_LIMIT {
        return Err(format!("the number for the next new item ({}) must be from 1 to {ID_LIMIT}.", w.next_id));
    }
    Ok(())
}

fn check_references(w: &Workshop) -> Result<(), String> {
    // Answers, expectations, wordings and decisions about a deleted measure
    // are kept, so that restoring the measure brings them back.
    let measures: HashSet<MeasureId> = all_measures(w).map(|m| m.id).collect();
    let segments: HashSet<SegmentId> = w.segments.iter().map(|s| s.id).collect();
    let customers: HashSet<CustomerId> = w.customers.iter().map(|c| c.id).collect();
    let missing = |id: MeasureId| format!("a measure that is not in the workshop (id {})", id.0);
    let twice = |id: MeasureId| {
        let name = all_measures(w).find(|m| m.id == id).map_or_else(String::new, |m| m.name.clone());
        format!("the measure {} twice", quoted(&name))
    };
    // Every list that says something about measures names each one in the
    // workshop, and at most once.
    let once_each = |named: &mut dyn Iterator<Item = MeasureId>, about: &str, again: &str| -> Result<(), String> {
        let mut seen = HashSet::new();
        for id in named {
            if !measures.contains(&id) {
                return Err(format!("{about} {}.", missing(id)));
            }
            if !seen.insert(id) {
                return Err(format!("{again} {}.", twice(id)));
            }
        }
        Ok(())
    };
    for customer in &w.customers {
        if !segments.contains(&customer.segment) {
            return Err(format!(
                "the customer {} is in a segment that is not in the workshop (id {}).",
                quoted(&customer.name),
                customer.segment.0
            ));
        }
    }
    for conversation in &w.conversations {
        let place = || describe_conversation(w, conversation);
        if !customers.contains(&conversation.customer) {
            return Err(format!(
                "{} is with a customer who is not in the workshop (id {}).",
                place(),
                conversation.customer.0
            ));
        }
        let at = place();
        once_each(&mut conversation.answers.iter().map(|a| a.measure), &format!("{at} has an answer about"), &format!("{at} answers about"))?;
    }
    once_each(&mut w.expectations.iter().map(|e| e.measure), "an expectation is about", "the expectations name")?;
    once_each(
        &mut w.guide.measure_wording.iter().map(|x| x.measure),
        "the conversation guide words a question for",
        "the conversation guide words the question for",
    )?;
    once_each(&mut w.room.answers.iter().map(|a| a.measure), "the room's show of hands is about", "the room's show of hands counts")?;
    if w.room.answers.iter().any(|a| a.hands.iter().any(|&n| n > crate::room::MAX_HANDS)) {
        return Err(format!("the room's show of hands counts more than {} hands for one value.", crate::room::MAX_HANDS));
    }
    let range = crate::room::TIMER_MINUTES;
    if let Some(minutes) = w.room.minutes.iter().find(|m| !range.contains(m)) {
        return Err(format!("a step's timer is {minutes} minutes; the app sets {} to {}.", range.start(), range.end()));
    }
    let mut decided = HashSet::new();
    for decision in &w.decisions {
        if let DecisionSubject::Measure(id) = decision.subject {
            if !measures.contains(&id) {
                return Err(format!("a decision is about {}.", missing(id)));
            }
        }
        if !decided.insert(&decision.subject) {
            return Err(format!("there are two decisions about {}.", describe_subject(w, &decision.subject)));
        }
    }
    Ok(())
}

fn all_measures(w: &Workshop) -> impl Iterator<Item = &Measure> {
    w.measures.iter().chain(w.deleted_measures.iter().map(|d| &d.measure))
}

fn describe_measure(measure: &Measure) -> String {
    format!("the measure {}", quoted(&measure.name))
}

fn describe_conversation(w: &Workshop, conversation: &Conversation) -> String {
    let date = quoted(&conversation.date);
    match w.customers.iter().find(|c| c.id == conversation.customer) {
        Some(customer) => format!("the conversation with {} on {date}", quoted(&customer.name)),
        None => format!("the conversation on {date}"),
    }
}

fn describe_subject(w: &Workshop, subject: &DecisionSubject) -> String {
    match subject {
        DecisionSubject::Measure(id) => match all_measures(w).find(|m| m.id == *id) {
            Some(measure) => describe_measure(measure),
            None => format!("the measure with id {}", id.0),
        },
        DecisionSubject::Factor(factor) => format!("the factor {}", quoted(factor)),
    }
}

fn quoted(name: &str) -> String {
    let name = name.trim();
    match name.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => format!("“{}…”", &name[..end]),
        None => format!("“{name}”"),
    }
}
