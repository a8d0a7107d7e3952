//! Folding the copies that teams send back into the facilitator's workshop.
//!
//! Every copy descends from one workshop and allocates its new ids in a
//! range of its own (`Workshop::fork_ids`), so the same id in two files is
//! the same item and an id found in one file only is a new item. The merge
//! therefore needs no common ancestor; the price is that it cannot tell an
//! item one side deleted from an item the other side added, so it keeps
//! it. Measures are the exception, because a deleted measure is kept in
//! `deleted_measures` and its deletion can be shown and settled.
//!
//! Nothing is dropped without being shown: whatever differs is either
//! added or listed as a conflict that the facilitator settles by choosing a
//! side, after which the merge is run again with those choices.

mod items;

use std::collections::HashMap;

use crate::model::{Conversation, Earlier, Measure, MeasureId, Workshop};
use items::{differences, Item, Names};

#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub workshop: Workshop,
    /// Every item that differs between the workshop and a source, with the
    /// side the result holds.
    pub conflicts: Vec<Conflict>,
    /// One plain sentence per source: what it added, what was already here.
    pub summary: Vec<String>,
}

/// One item that a source holds differently from the workshop it is merged into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// `n/item`: the source's place in the list (from 1) and the item, e.g.
    /// `2/measure:12` or `1/decision:factor:Spare parts`. The source is part
    /// of the key because two sources may both differ on one item and the
    /// facilitator may want the first one's version: the second source is
    /// then compared with what the first choice left.
    pub key: String,
    pub source: String,
    /// The item in words, e.g. "Measure “Net Promoter Score”".
    pub what: String,
    /// Each side naming only what differs, e.g. "Owner: Head of CS; Target: 40".
    pub ours: String,
    pub theirs: String,
    pub chosen: Side,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: String,
    pub side: Side,
}

/// Folds each source, in order, into `ours` as merged so far. Where they
/// differ the result holds ours unless a choice says theirs; choices that
/// match no conflict are ignored.
pub fn merge(ours: &Workshop, theirs: &[(String, Workshop)], choices: &[Choice]) -> Merged {
    let mut workshop = ours.clone();
    let mut conflicts = Vec::new();
    let mut summary = Vec::new();
    for (index, (label, copy)) in theirs.iter().enumerate() {
        let mut fold = Fold {
            source: label,
            position: index + 1,
            choices,
            names: Names::of(&workshop, copy),
            conflicts: Vec::new(),
            added: Vec::new(),
            identical: 0,
        };
        fold.fold_in(&mut workshop, copy);
        summary.push(fold.summary());
        conflicts.append(&mut fold.conflicts);
    }
    Merged { workshop, conflicts, summary }
}

/// One source being folded in: what it added, what it had already, and
/// where it differs.
struct Fold<'a> {
    source: &'a str,
    position: usize,
    choices: &'a [Choice],
    names: Names,
    conflicts: Vec<Conflict>,
    /// How many of each kind of item were added, as (count, one, many).
    added: Vec<(usize, &'static str, &'static str)>,
    identical: usize,
}

impl Fold<'_> {
    /// Customers are merged before conversations, and measures and segments
    /// before anything that names them, so that every reference in the
    /// result points at something the result holds.
    fn fold_in(&mut self, workshop: &mut Workshop, copy: &Workshop) {
        self.merge_measures(workshop, copy);
        self.merge_list(&mut workshop.segments, &copy.segments);
        self.merge_list(&mut workshop.customers, &copy.customers);
        let arriving: Vec<Conversation> = copy
            .conversations
            .iter()
            .map(|c| {
                let mut c = c.clone();
                // A conversation this copy merged from someone else keeps that name.
                if c.source.is_empty() {
                    c.source = self.source.to_owned();
                }
                c
            })
            .collect();
        self.merge_list(&mut workshop.conversations, &arriving);
        self.merge_list(&mut workshop.expectations, &copy.expectations);
        self.merge_list(&mut workshop.decisions, &copy.decisions);
        self.merge_list(&mut workshop.guide.measure_wording, &copy.guide.measure_wording);
        let mut earlier = workshop.earlier.list();
        if self.merge_list(&mut earlier, &copy.earlier.list()) > 0 {
            // The trend reads the assessments oldest first.
            earlier.sort_by(|a, b| a.date.cmp(&b.date));
            workshop.earlier = Earlier::of(&earlier);
        }
        self.merge_questions(&mut workshop.guide.opening, &copy.guide.opening);
        self.merge_questions(&mut workshop.guide.closing, &copy.guide.closing);
    }

    /// A measure deleted on one side and live on the other is a conflict of
    /// its own; the live measures of both sides are merged like any list,
    /// and deleted ones are pooled so that any of them can be restored.
    fn merge_measures(&mut self, workshop: &mut Workshop, copy: &Workshop) {
        let deleted_here: Vec<MeasureId> = workshop.deleted_measures.iter().map(|d| d.measure.id).collect();
        let live_here: Vec<MeasureId> = workshop.measures.iter().map(|m| m.id).collect();
        for kept in copy.measures.iter().filter(|m| deleted_here.contains(&m.id)) {
            let kept_there = format!("kept in {}", self.source);
            if self.settle(kept.key(), kept.what(&self.names), "deleted here".into(), kept_there) && workshop.restore_measure(kept.id).is_ok() {
                if let Some(restored) = workshop.measure_mut(kept.id) {
                    *restored = kept.clone();
                }
            }
        }
        let live_there: Vec<Measure> = copy.measures.iter().filter(|m| !deleted_here.contains(&m.id)).cloned().collect();
        self.merge_list(&mut workshop.measures, &live_there);
        let mut pooled = 0;
        for gone in &copy.deleted_measures {
            let id = gone.measure.id;
            if live_here.contains(&id) {
                let deleted_there = format!("deleted in {}", self.source);
                if self.settle(gone.measure.key(), gone.measure.what(&self.names), "kept here".into(), deleted_there) {
                    // Live here, so it is there to delete.
                    let _ = workshop.delete_measure(id);
                }
            } else if !deleted_here.contains(&id) {
                workshop.deleted_measures.push(gone.clone());
                pooled += 1;
            }
        }
        self.tally(pooled, "deleted measure", "deleted measures");
    }

    /// Merges one keyed list and returns how many items it appended.
    fn merge_list<T: Item>(&mut self, list: &mut Vec<T>, theirs: &[T]) -> usize {
        let mut place: HashMap<String, usize> = list.iter().enumerate().map(|(i, item)| (item.key(), i)).collect();
        let mut added = 0;
        for item in theirs {
            let key = item.key();
            match place.get(&key) {
                None => {
                    place.insert(key, list.len());
                    list.push(item.clone());
                    added += 1;
                }
                Some(&i) if list[i].same(item) => self.identical += 1,
                Some(&i) => {
                    let (ours, theirs) = differences(&list[i].fields(&self.names), &item.fields(&self.names));
                    if self.settle(key, list[i].what(&self.names), ours, theirs) {
                        list[i].take(item);
                    }
                }
            }
        }
        self.tally(added, T::NOUNS.0, T::NOUNS.1);
        added
    }

    /// Questions have no id; the same wording is the same question.
    fn merge_questions(&mut self, ours: &mut Vec<String>, theirs: &[String]) {
        let mut added = 0;
        for question in theirs {
            if ours.contains(question) {
                self.identical += 1;
            } else {
                ours.push(question.clone());
                added += 1;
            }
        }
        self.tally(added, "guide question", "guide questions");
    }

    /// Records a conflict and says whether the facilitator chose their side.
    fn settle(&mut self, item: String, what: String, ours: String, theirs: String) -> bool {
        let key = format!("{}/{item}", self.position);
        let chosen = self.choices.iter().find(|c| c.key == key).map_or(Side::Ours, |c| c.side);
        self.conflicts.push(Conflict { key, source: self.source.to_owned(), what, ours, theirs, chosen });
        chosen == Side::Theirs
    }

    fn tally(&mut self, count: usize, one: &'static str, many: &'static str) {
        match self.added.iter_mut().find(|(_, noun, _)| *noun == one) {
            Some((total, _, _)) => *total += count,
            None => self.added.push((count, one, many)),
        }
    }

    fn summary(&self) -> String {
        let added: Vec<String> = self
            .added
            .iter()
            .filter(|(count, _, _)| *count > 0)
            .map(|&(count, one, many)| format!("{count} {}", if count == 1 { one } else { many }))
            .collect();
        let added = if added.is_empty() { "nothing new".to_owned() } else { format!("{} added", listed(&added)) };
        let identical = match self.identical {
            0 => "nothing was already here".to_owned(),
            1 => "1 item was already here".to_owned(),
            n => format!("{n} items were already here"),
        };
        let conflicts = match self.conflicts.len() {
            0 => String::new(),
            1 => "; 1 difference to settle".to_owned(),
            n => format!("; {n} differences to settle"),
        };
        format!("From {}: {added}; {identical}{conflicts}.", self.source)
    }
}

/// "A", "A and B", "A, B and C".
pub(super) fn listed(words: &[impl AsRef<str>]) -> String {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, DecisionSubject};
    use crate::discuss::{ConversationEdit, Score};
    use crate::determine::DecisionEdit;
    use crate::model::{AssessedMeasure, DecisionKind, DeletedMeasure, MeasureAnswer};
    use crate::sample::sample_workshop;

    /// Items in the sample: 10 measures, 3 segments, 8 customers, 8
    /// conversations, 10 expectations, 2 decisions, 5 guide questions.
    const SAMPLE_ITEMS: usize = 46;

    fn copy_of(workshop: &Workshop, random: u32) -> Workshop {
        let mut copy = workshop.clone();
        copy.fork_ids(random);
        copy
    }

    fn from(label: &str, workshop: &Workshop) -> (String, Workshop) {
        (label.to_owned(), workshop.clone())
    }

    fn theirs(key: &str) -> Choice {
        Choice { key: key.into(), side: Side::Theirs }
    }

    #[test]
    fn a_workshop_merged_with_itself_or_with_nothing_is_unchanged() {
        let w = sample_workshop();
        let itself = merge(&w, &[from("Team A", &w)], &[]);
        assert_eq!(itself.workshop, w);
        assert!(itself.conflicts.is_empty());
        assert_eq!(itself.summary, [format!("From Team A: nothing new; {SAMPLE_ITEMS} items were already here.")]);
        assert_eq!(merge(&w, &[], &[]), Merged { workshop: w, conflicts: vec![], summary: vec![] });
    }

    #[test]
    fn what_a_team_adds_is_appended_and_its_conversations_carry_its_name() {
        let w = sample_workshop();
        let mut team = copy_of(&w, 7);
        let customer = team.add_customer("Northwind Mills", Some(w.segments[1].id)).unwrap();
        let new = team.add_conversation(customer, "2026-11-20").unwrap();
        let relayed = team.add_conversation(w.customers[0].id, "2026-11-21").unwrap();
        team.conversations.last_mut().unwrap().source = "Team C".into();

        let merged = merge(&w, &[from("Team A", &team)], &[]);
        assert!(merged.conflicts.is_empty());
        let result = &merged.workshop;
        assert_eq!(result.customer(customer), team.customer(customer));
        assert_eq!(result.conversation(new).unwrap().source, "Team A");
        assert_eq!(result.conversation(relayed).unwrap().source, "Team C");
        // Ours keeps counting in its own range: the team goes on in theirs.
        assert_eq!((result.name.as_str(), result.next_id), (w.name.as_str(), w.next_id));
        assert_eq!(
            merged.summary,
            [format!("From Team A: 1 customer and 2 conversations added; {SAMPLE_ITEMS} items were already here.")]
        );
    }

    #[test]
    fn after_a_merge_both_sides_go_on_adding_without_sharing_an_id() {
        let ours = sample_workshop();
        let mut team = ours.clone();
        team.fork_ids(7);
        let customer = team.customers[0].id;
        team.add_conversation(customer, "2026-11-20").unwrap();
        let mut merged = merge(&ours, &[("Team A".into(), team.clone())], &[]).workshop;
        let added_here = merged.add_segment("Added here").unwrap();
        let added_there = team.add_conversation(customer, "2026-11-21").unwrap();
        assert_ne!(added_here.0, added_there.0);
        let again = merge(&merged, &[("Team A".into(), team)], &[]);
        assert!(again.conflicts.is_empty(), "{:?}", again.conflicts);
        assert!(again.workshop.conversation(added_there).is_some() && again.workshop.segment(added_here).is_some());
    }

    #[test]
    fn one_measure_changed_on_both_sides_keeps_ours_until_theirs_is_chosen() {
        let mut ours = sample_workshop();
        ours.measures[0].owner = "Head of CS".into();
        let mut team = copy_of(&sample_workshop(), 7);
        team.measures[0].owner = "Sales Director".into();
        team.measures[0].target = Some(45.0);

        let merged = merge(&ours, &[from("Team A", &team)], &[]);
        assert_eq!(
            merged.conflicts,
            [Conflict {
                key: "1/measure:1".into(),
                source: "Team A".into(),
                what: "Measure “Net Promoter Score”".into(),
                ours: "Owner: Head of CS; Target: 40".into(),
                theirs: "Owner: Sales Director; Target: 45".into(),
                chosen: Side::Ours,
            }]
        );
        assert_eq!(merged.workshop.measures, ours.measures);
        assert!(merged.summary[0].ends_with("; 1 difference to settle."), "{}", merged.summary[0]);

        let chosen = merge(&ours, &[from("Team A", &team)], &[theirs("1/measure:99"), theirs("1/measure:1")]);
        assert_eq!(chosen.workshop.measures, team.measures);
        assert_eq!(chosen.conflicts[0].chosen, Side::Theirs);
    }

    #[test]
    fn a_measure_deleted_here_but_kept_there_is_a_conflict_and_theirs_restores_it() {
        let w = sample_workshop();
        let mut ours = w.clone();
        let ces = w.measures[2].id;
        ours.delete_measure(ces).unwrap();
        let mut team = copy_of(&w, 7);
        team.measures[2].owner = "Web shop team".into();

        let merged = merge(&ours, &[from("Team A", &team)], &[]);
        let conflict = &merged.conflicts[0];
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(conflict.what, "Measure “Spare-part ordering effort (CES)”");
        assert_eq!((conflict.ours.as_str(), conflict.theirs.as_str()), ("deleted here", "kept in Team A"));
        assert_eq!((&merged.workshop.measures, &merged.workshop.deleted_measures), (&ours.measures, &ours.deleted_measures));

        let restored = merge(&ours, &[from("Team A", &team)], &[theirs(&conflict.key)]);
        assert_eq!(restored.workshop.measures, team.measures);
        assert!(restored.workshop.deleted_measures.is_empty());
    }

    #[test]
    fn a_measure_deleted_there_but_kept_here_is_a_conflict_and_theirs_deletes_it() {
        let w = sample_workshop();
        let mut team = copy_of(&w, 7);
        team.delete_measure(w.measures[4].id).unwrap();

        let merged = merge(&w, &[from("Team A", &team)], &[]);
        let conflict = &merged.conflicts[0];
        assert_eq!((conflict.ours.as_str(), conflict.theirs.as_str()), ("kept here", "deleted in Team A"));
        assert_eq!(merged.workshop.measures, w.measures);

        let deleted = merge(&w, &[from("Team A", &team)], &[theirs(&conflict.key)]);
        assert_eq!(deleted.workshop.measures, team.measures);
        assert_eq!(deleted.workshop.deleted_measures, team.deleted_measures);
    }

    #[test]
    fn deleted_measures_are_pooled_by_id() {
        let w = sample_workshop();
        let mut ours = w.clone();
        ours.delete_measure(w.measures[2].id).unwrap();
        let mut team = copy_of(&ours, 7);
        team.deleted_measures[0].measure.owner = "Edited after deletion".into();
        let tried = team.add_measure(|id| Measure::named(id, "Tried and dropped"));
        team.delete_measure(tried).unwrap();

        let merged = merge(&ours, &[from("Team A", &team)], &[]);
        assert!(merged.conflicts.is_empty());
        let pooled: Vec<&DeletedMeasure> = merged.workshop.deleted_measures.iter().collect();
        assert_eq!(pooled, [&ours.deleted_measures[0], &team.deleted_measures[1]]);
        assert!(merged.summary[0].starts_with("From Team A: 1 deleted measure added;"), "{}", merged.summary[0]);
    }

    #[test]
    fn guide_questions_keep_ours_in_order_then_add_theirs() {
        let w = sample_workshop();
        let mut ours = w.clone();
        ours.guide.opening.push("What would make you leave us?".into());
        let mut team = copy_of(&w, 7);
        team.guide.opening.insert(0, "What do you buy from us?".into());
        team.guide.closing.push("Who else should we talk to?".into());

        let merged = merge(&ours, &[from("Team A", &team)], &[]).workshop.guide;
        assert_eq!(merged.opening[..5], ours.guide.opening[..]);
        assert_eq!(merged.opening[5], "What do you buy from us?");
        assert_eq!(merged.closing, team.guide.closing);
    }

    #[test]
    fn conflicts_name_only_the_fields_that_differ_in_words() {
        let w = sample_workshop();
        let mut ours = w.clone();
        ours.set_measure_question(w.measures[1].id, "How do you judge a service visit?").unwrap();
        let mut team = copy_of(&w, 7);
        team.set_expectation(w.measures[0].id, "3").unwrap();
        team.set_measure_question(w.measures[1].id, "What makes a service visit good?").unwrap();
        team.decisions[1].kind = DecisionKind::Change;
        team.decisions[1].owner = "COO".into();
        let first = w.conversations[0].id;
        team.edit_conversation(first, ConversationEdit::Notes("")).unwrap();
        team.edit_conversation(first, ConversationEdit::Answer(w.measures[0].id, Score::Relevance, "")).unwrap();
        team.edit_conversation(first, ConversationEdit::Answer(w.measures[0].id, Score::Value, "")).unwrap();
        team.customers[3].segment = w.segments[0].id;

        let described: Vec<[String; 4]> = merge(&ours, &[from("Team A", &team)], &[])
            .conflicts
            .into_iter()
            .map(|c| [c.key, c.what, c.ours, c.theirs])
            .collect();
        let expected = [
            ["1/customer:17", "Customer “Greenfield Dairy”", "Segment: “Food and beverage plants”", "Segment: “Water utilities”"],
            [
                "1/conversation:22",
                "Conversation with “Riverside Water Authority” on 2026-10-06",
                "Notes: Has never seen the NPS survey; the form goes to their finance team.; Answer about “Net Promoter Score”: relevance 2, value 2",
                "Notes: none; Answer about “Net Promoter Score”: none",
            ],
            ["1/expectation:1", "Expected relevance of “Net Promoter Score”", "Expected relevance: 5", "Expected relevance: 3"],
            [
                "1/decision:factor:Spare parts availability",
                "Decision about “Spare parts availability”",
                "Decision: Add; Owner: Head of Service",
                "Decision: Change; Owner: COO",
            ],
            [
                "1/wording:2",
                "Question about “Service visit satisfaction (CSAT)”",
                "Question: How do you judge a service visit?",
                "Question: What makes a service visit good?",
            ],
        ];
        assert_eq!(described, expected.map(|row| row.map(String::from)));
    }

    #[test]
    fn a_conversation_chosen_from_theirs_keeps_where_it_was_first_recorded() {
        let mut ours = sample_workshop();
        ours.conversations[0].source = "Team B".into();
        let mut team = copy_of(&ours, 7);
        team.conversations[0].notes = "Called back in November.".into();
        let key = "1/conversation:22";
        let merged = merge(&ours, &[from("Team A", &team)], &[theirs(key)]);
        assert_eq!(merged.conflicts[0].key, key);
        assert_eq!(merged.workshop.conversations[0], team.conversations[0]);
        assert_eq!(merged.workshop.conversations[0].source, "Team B");
    }

    #[test]
    fn earlier_assessments_meet_by_name_and_date_and_stay_oldest_first() {
        let assessment = |name: &str, date: &str, fit: f64| Assessment {
            name: name.into(),
            date: date.into(),
            workshop: String::new(),
            fit_score: Some(fit),
            measures: vec![AssessedMeasure { measure: MeasureId(1), name: "Net Promoter Score".into(), relevance: Some(2.5), answers: 4 }],
        };
        let mut ours = sample_workshop();
        ours.earlier = Earlier::of(&[assessment("Q2 review", "2026-04-01", 48.0)]);
        let mut team = copy_of(&ours, 7);
        team.earlier = Earlier::of(&[assessment("Q1 review", "2026-01-10", 41.0), assessment("Q2 review", "2026-04-01", 52.0)]);

        let merged = merge(&ours, &[from("Team A", &team)], &[]);
        let earlier = merged.workshop.earlier.list();
        let dates: Vec<&str> = earlier.iter().map(|a| a.date.as_str()).collect();
        assert_eq!(dates, ["2026-01-10", "2026-04-01"]);
        let conflict = &merged.conflicts[0];
        assert_eq!((conflict.key.as_str(), conflict.what.as_str()), ("1/assessment:2026-04-01:Q2 review", "Earlier assessment “Q2 review” of 2026-04-01"));
        assert_eq!((conflict.ours.as_str(), conflict.theirs.as_str()), ("Fit score: 48.0", "Fit score: 52.0"));
    }

    #[test]
    fn a_second_source_is_compared_with_what_the_first_choice_left() {
        let w = sample_workshop();
        let mut team_a = copy_of(&w, 7);
        team_a.measures[0].owner = "Owner from A".into();
        let mut team_b = copy_of(&w, 900_000);
        team_b.measures[0].owner = "Owner from B".into();
        let sources = [from("Team A", &team_a), from("Team B", &team_b)];

        let keys: Vec<String> = merge(&w, &sources, &[]).conflicts.into_iter().map(|c| c.key).collect();
        assert_eq!(keys, ["1/measure:1", "2/measure:1"]);
        let merged = merge(&w, &sources, &[theirs("1/measure:1")]);
        assert_eq!(merged.conflicts[1].ours, "Owner: Owner from A");
        assert_eq!(merged.workshop.measures[0].owner, "Owner from A");
        let last = merge(&w, &sources, &[theirs("1/measure:1"), theirs("2/measure:1")]);
        assert_eq!(last.workshop.measures[0].owner, "Owner from B");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// One change a team might make: (what, which, a number).
        type Edit = (u8, usize, u8);

        fn apply(w: &mut Workshop, &(what, which, n): &Edit) {
            let measure = w.measures.get(which % w.measures.len().max(1)).map(|m| m.id);
            let customer = w.customers[which % w.customers.len()].id;
            let conversation = w.conversations.get(which % w.conversations.len().max(1)).map(|c| c.id);
            let segment = w.segments[which % w.segments.len()].id;
            match (what % 13, measure, conversation) {
                (0, Some(m), _) => w.measure_mut(m).unwrap().owner = format!("Owner {n}"),
                (1, Some(m), _) => w.measure_mut(m).unwrap().target = Some(f64::from(n)),
                (2, Some(m), _) => {
                    w.delete_measure(m).unwrap();
                }
                (3, _, _) if !w.deleted_measures.is_empty() => {
                    let id = w.deleted_measures[which % w.deleted_measures.len()].measure.id;
                    w.restore_measure(id).unwrap();
                }
                (4, _, _) => w.set_customer_name(customer, &format!("Customer {n}")).unwrap(),
                (5, _, Some(c)) => w.edit_conversation(c, ConversationEdit::Notes(&format!("Note {n}"))).unwrap(),
                (6, _, _) => {
                    let added = w.add_customer(&format!("New customer {n}"), Some(segment)).unwrap();
                    let c = w.add_conversation(added, "2026-12-01").unwrap();
                    if let Some(m) = measure {
                        w.edit_conversation(c, ConversationEdit::Answer(m, Score::Relevance, &(n % 5 + 1).to_string())).unwrap();
                    }
                }
                (7, _, _) => {
                    w.add_conversation(customer, "2026-12-02").unwrap();
                }
                (8, Some(m), _) => {
                    let subject = DecisionSubject::Measure(m);
                    w.edit_decision(&subject, DecisionEdit::Kind(Some(DecisionKind::ALL[usize::from(n) % 4]))).unwrap();
                    w.edit_decision(&subject, DecisionEdit::Reason(&format!("Reason {n}"))).unwrap();
                }
                (9, Some(m), _) => w.set_expectation(m, &(n % 5 + 1).to_string()).unwrap(),
                (10, _, _) => w.guide.opening.push(format!("Question {n}?")),
                (11, _, _) => w.rename_segment(segment, &format!("Segment {n}")).unwrap(),
                (12, _, Some(c)) => {
                    // Cleared and given again: the same answer, moved to the end.
                    let Some(answer) = w.conversation(c).unwrap().answers.first().copied() else { return };
                    let score = |r: Option<crate::rating::Rating>| r.map(|r| r.to_string()).unwrap_or_default();
                    for (kind, rating) in [(Score::Relevance, None), (Score::Value, None), (Score::Relevance, answer.relevance), (Score::Value, answer.value)] {
                        w.edit_conversation(c, ConversationEdit::Answer(answer.measure, kind, &score(rating))).unwrap();
                    }
                }
                _ => {}
            }
        }

        fn edited(base: &Workshop, random: Option<u32>, edits: &[Edit]) -> Workshop {
            let mut w = base.clone();
            if let Some(random) = random {
                w.fork_ids(random);
            }
            for edit in edits {
                apply(&mut w, edit);
            }
            w
        }

        fn edits() -> impl Strategy<Value = Vec<Edit>> {
            prop::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 0..25)
        }

        /// Adding only: new customers with a conversation, or new conversations.
        fn additions() -> impl Strategy<Value = Vec<Edit>> {
            prop::collection::vec((prop::sample::select(vec![6u8, 7]), any::<usize>(), any::<u8>()), 0..15)
        }

        /// Every keyed item of a workshop as (key, content); a deleted
        /// measure reads "deleted", and a conversation is read as the merge
        /// compares it: without its source, answers in measure order.
        fn versions(w: &Workshop) -> Vec<(String, String)> {
            fn of<T: Item + serde::Serialize>(list: &[T]) -> impl Iterator<Item = (String, String)> + '_ {
                list.iter().map(|item| (item.key(), serde_json::to_string(item).unwrap()))
            }
            let conversations: Vec<Conversation> = w
                .conversations
                .iter()
                .map(|c| {
                    let mut c = Conversation { source: String::new(), ..c.clone() };
                    c.answers.sort_by_key(|a| a.measure);
                    c
                })
                .collect();
            let deleted = w.deleted_measures.iter().map(|d| (d.measure.key(), "deleted".to_owned()));
            of(&w.measures)
                .chain(deleted)
                .chain(of(&w.segments))
                .chain(of(&w.customers))
                .chain(of(&conversations))
                .chain(of(&w.expectations))
                .chain(of(&w.decisions))
                .chain(of(&w.guide.measure_wording))
                .chain(of(&w.earlier.list()))
                .collect()
        }

        fn version(w: &Workshop, key: &str) -> Option<String> {
            versions(w).into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
        }

        proptest! {
            #[test]
            fn a_workshop_merged_with_itself_is_unchanged(edits in edits(), label in "[A-Za-z ]{1,12}") {
                let w = edited(&sample_workshop(), None, &edits);
                let merged = merge(&w, &[(label, w.clone())], &[]);
                prop_assert_eq!(merged.workshop, w);
                prop_assert!(merged.conflicts.is_empty());
            }

            #[test]
            fn a_copy_that_only_adds_loses_nothing_of_either_side(
                ours_edits in additions(), theirs_edits in additions(), random in any::<u32>()
            ) {
                let base = sample_workshop();
                let ours = edited(&base, None, &ours_edits);
                let team = edited(&base, Some(random), &theirs_edits);
                let merged = merge(&ours, &[from("Team A", &team)], &[]);
                prop_assert!(merged.conflicts.is_empty());
                let result = versions(&merged.workshop);
                for item in versions(&ours).iter().chain(&versions(&team)) {
                    prop_assert!(result.contains(item), "{} is missing", item.0);
                }
                let mut keys: Vec<&String> = result.iter().map(|(k, _)| k).collect();
                keys.sort();
                keys.dedup();
                prop_assert_eq!(keys.len(), result.len());
                let w = &merged.workshop;
                let mut ids: Vec<u32> = w.measures.iter().map(|m| m.id.0)
                    .chain(w.segments.iter().map(|s| s.id.0))
                    .chain(w.customers.iter().map(|c| c.id.0))
                    .chain(w.conversations.iter().map(|c| c.id.0))
                    .collect();
                let count = ids.len();
                ids.sort_unstable();
                ids.dedup();
                prop_assert_eq!(ids.len(), count);
                let mut next = w.clone();
                let fresh = next.allocate_id();
                prop_assert!(!ids.contains(&fresh), "a new id after the merge is free");
            }

            #[test]
            fn choosing_theirs_everywhere_gives_their_version_of_every_conflicting_item(
                ours_edits in edits(), theirs_edits in edits(), random in any::<u32>()
            ) {
                let base = sample_workshop();
                let ours = edited(&base, None, &ours_edits);
                let team = edited(&base, Some(random), &theirs_edits);
                let sources = [from("Team A", &team)];
                let first = merge(&ours, &sources, &[]);
                let all_theirs: Vec<Choice> = first.conflicts.iter().map(|c| theirs(&c.key)).collect();
                let chosen = merge(&ours, &sources, &all_theirs);
                prop_assert_eq!(chosen.conflicts.len(), first.conflicts.len());
                for conflict in &first.conflicts {
                    let (_, item) = conflict.key.split_once('/').unwrap();
                    prop_assert_eq!(version(&first.workshop, item), version(&ours, item));
                    prop_assert_eq!(version(&chosen.workshop, item), version(&team, item), "{}", item);
                }
            }

            #[test]
            fn the_result_serialises_refers_only_to_what_it_holds_and_shows_every_difference(
                ours_edits in edits(), a_edits in edits(), b_edits in edits(),
                random in any::<(u32, u32)>(), picks in prop::collection::vec(any::<bool>(), 1..20)
            ) {
                let base = sample_workshop();
                let ours = edited(&base, None, &ours_edits);
                let sources = [from("Team A", &edited(&base, Some(random.0), &a_edits)), from("Team B", &edited(&base, Some(random.1), &b_edits))];
                let first = merge(&ours, &sources, &[]);
                let choices: Vec<Choice> = first.conflicts.iter().zip(picks.iter().cycle()).filter(|(_, pick)| **pick).map(|(c, _)| theirs(&c.key)).collect();
                let merged = merge(&ours, &sources, &choices);

                // The merged workshop leaves the module as a saved file.
                let text = crate::saved::encode(&merged.workshop, "test", "", "");
                prop_assert_eq!(&crate::saved::decode(&text).unwrap().workshop, &merged.workshop);
                let w = &merged.workshop;
                let known_measure = |id: MeasureId| w.measure(id).is_some() || w.deleted_measures.iter().any(|d| d.measure.id == id);
                for c in &w.conversations {
                    prop_assert!(w.customer(c.customer).is_some());
                    prop_assert!(c.answers.iter().all(|a: &MeasureAnswer| known_measure(a.measure)));
                }
                prop_assert!(w.customers.iter().all(|c| w.segment(c.segment).is_some()));
                prop_assert!(merged.conflicts.iter().all(|c| !c.ours.is_empty() && c.ours != c.theirs));
                let result = versions(w);
                for (position, (_, copy)) in sources.iter().enumerate() {
                    for item in versions(copy) {
                        // A later source's version may replace it, but only through a conflict.
                        let shown = merged.conflicts.iter().any(|c| c.key.split_once('/').is_some_and(|(_, key)| key == item.0));
                        prop_assert!(shown || result.contains(&item), "{} from source {} is lost", item.0, position + 1);
                    }
                    prop_assert!(copy.guide.opening.iter().all(|q| w.guide.opening.contains(q)));
                }
            }
        }
    }
}
