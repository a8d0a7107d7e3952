//! Every edit a person can make either changes the workshop or is refused
//! with a reason, and a refused edit changes nothing at all: the app relies
//! on this to leave no save and no undo step behind a refusal.

use proptest::prelude::*;
use scorecard_core::discuss::{ConversationEdit, GuidePart, Score};
use scorecard_core::determine::DecisionEdit;
use scorecard_core::edit::EditError;
use scorecard_core::inventory::MeasureField;
use scorecard_core::model::{DecisionKind, DecisionSubject, Workshop};
use scorecard_core::sample::sample_workshop;

/// Texts people type, good and bad: empty, blank, scores on and off the
/// scale, numbers, dates real and not, markup, a formula, and one too long.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".into()),
        Just("4".into()),
        Just("7".into()),
        Just("-1".into()),
        Just("4.5".into()),
        Just("1e308".into()),
        Just("42 %".into()),
        Just("2026-11-22".into()),
        Just("2026-02-30".into()),
        Just("22/11/2026".into()),
        Just("Yearly".into()),
        Just("Hourly".into()),
        Just("<script>alert(1)</script>".into()),
        Just("=HYPERLINK(\"http://evil.example\")".into()),
        Just("x".repeat(401)),
        Just("y".repeat(4001)),
        "[a-zA-Z ,]{0,20}",
    ]
}

#[derive(Clone, Debug)]
enum Edit {
    MeasureField(usize, usize, String),
    MoveMeasure(usize, bool),
    DeleteMeasure(usize),
    RestoreMeasure(usize),
    RenameSegment(usize, String),
    DeleteSegment(usize),
    AddCustomer(String),
    CustomerName(usize, String),
    DeleteCustomer(usize),
    AddConversation(usize, String),
    Conversation(usize, usize, String),
    DeleteConversation(usize),
    Expectation(usize, String),
    GuideQuestion(bool, usize, String),
    RemoveGuideQuestion(bool, usize),
    Decision(usize, usize, String),
    Hand(usize, u8, bool),
    Timer(usize, i32),
    Rename(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = || 0usize..40;
    prop_oneof![
        (i(), 0usize..12, typed()).prop_map(|(m, f, t)| Edit::MeasureField(m, f, t)),
        (i(), any::<bool>()).prop_map(|(m, up)| Edit::MoveMeasure(m, up)),
        i().prop_map(Edit::DeleteMeasure),
        i().prop_map(Edit::RestoreMeasure),
        (i(), typed()).prop_map(|(s, t)| Edit::RenameSegment(s, t)),
        i().prop_map(Edit::DeleteSegment),
        typed().prop_map(Edit::AddCustomer),
        (i(), typed()).prop_map(|(c, t)| Edit::CustomerName(c, t)),
        i().prop_map(Edit::DeleteCustomer),
        (i(), typed()).prop_map(|(c, t)| Edit::AddConversation(c, t)),
        (i(), 0usize..6, typed()).prop_map(|(c, k, t)| Edit::Conversation(c, k, t)),
        i().prop_map(Edit::DeleteConversation),
        (i(), typed()).prop_map(|(m, t)| Edit::Expectation(m, t)),
        (any::<bool>(), 0usize..8, typed()).prop_map(|(o, q, t)| Edit::GuideQuestion(o, q, t)),
        (any::<bool>(), 0usize..8).prop_map(|(o, q)| Edit::RemoveGuideQuestion(o, q)),
        (i(), 0usize..5, typed()).prop_map(|(d, k, t)| Edit::Decision(d, k, t)),
        (i(), 0u8..7, any::<bool>()).prop_map(|(m, v, more)| Edit::Hand(m, v, more)),
        (0usize..4, -300i32..300).prop_map(|(s, m)| Edit::Timer(s, m)),
        typed().prop_map(Edit::Rename),
    ]
}

/// The `i`th of a list, wrapping, so that most picks name something there;
/// none on an empty list.
fn nth<T: Copy>(items: impl ExactSizeIterator<Item = T>, i: usize) -> Option<T> {
    let len = items.len();
    let mut items = items;
    (len > 0).then(|| items.nth(i % len)).flatten()
}

fn apply(w: &mut Workshop, edit: &Edit) -> Result<(), EditError> {
    let measure = |w: &Workshop, i| nth(w.measures.iter().map(|m| m.id), i);
    let part = |opening: bool| if opening { GuidePart::Opening } else { GuidePart::Closing };
    // Nothing there to pick: nothing is tried, and nothing may change.
    let gone = Err(EditError::AtEnd);
    match edit {
        Edit::MeasureField(m, f, t) => match measure(w, *m) {
            Some(id) => w.set_measure_field(id, MeasureField::ALL[*f], t),
            None => gone,
        },
        Edit::MoveMeasure(m, up) => match measure(w, *m) {
            Some(id) => w.move_measure(id, if *up { -1 } else { 1 }),
            None => gone,
        },
        Edit::DeleteMeasure(m) => match measure(w, *m) {
            Some(id) => w.delete_measure(id),
            None => gone,
        },
        Edit::RestoreMeasure(m) => match nth(w.deleted_measures.iter().map(|d| d.measure.id), *m) {
            Some(id) => w.restore_measure(id),
            None => gone,
        },
        Edit::RenameSegment(s, t) => match nth(w.segments.iter().map(|s| s.id), *s) {
            Some(id) => w.rename_segment(id, t),
            None => gone,
        },
        Edit::DeleteSegment(s) => match nth(w.segments.iter().map(|s| s.id), *s) {
            Some(id) => w.delete_segment(id),
            None => gone,
        },
        Edit::AddCustomer(t) => w.add_customer(t, None).map(drop),
        Edit::CustomerName(c, t) => match nth(w.customers.iter().map(|c| c.id), *c) {
            Some(id) => w.set_customer_name(id, t),
            None => gone,
        },
        Edit::DeleteCustomer(c) => match nth(w.customers.iter().map(|c| c.id), *c) {
            Some(id) => w.delete_customer(id),
            None => gone,
        },
        Edit::AddConversation(c, t) => match nth(w.customers.iter().map(|c| c.id), *c) {
            Some(id) => w.add_conversation(id, t).map(drop),
            None => gone,
        },
        Edit::Conversation(c, k, t) => {
            let (Some(id), Some(m)) = (nth(w.conversations.iter().map(|c| c.id), *c), measure(w, *c)) else { return gone };
            let edit = match k {
                0 => ConversationEdit::Date(t),
                1 => ConversationEdit::Answer(m, Score::Relevance, t),
                2 => ConversationEdit::Answer(m, Score::Value, t),
                3 => ConversationEdit::Quotes(t),
                4 => ConversationEdit::Unmeasured(t),
                _ => ConversationEdit::Notes(t),
            };
            w.edit_conversation(id, edit)
        }
        Edit::DeleteConversation(c) => match nth(w.conversations.iter().map(|c| c.id), *c) {
            Some(id) => w.delete_conversation(id),
            None => gone,
        },
        Edit::Expectation(m, t) => match measure(w, *m) {
            Some(id) => w.set_expectation(id, t),
            None => gone,
        },
        Edit::GuideQuestion(o, q, t) => w.set_guide_question(part(*o), *q, t),
        Edit::RemoveGuideQuestion(o, q) => w.remove_guide_question(part(*o), *q).map(drop),
        Edit::Decision(d, k, t) => {
            let Some(id) = measure(w, *d) else { return gone };
            let subject = DecisionSubject::Measure(id);
            let edit = match k {
                0 => DecisionEdit::Kind(DecisionKind::ALL.into_iter().find(|kind| kind.label() == t)),
                1 => DecisionEdit::Kind(Some(DecisionKind::ALL[*d % 4])),
                2 => DecisionEdit::Reason(t),
                3 => DecisionEdit::Owner(t),
                _ => DecisionEdit::Due(t),
            };
            w.edit_decision(&subject, edit)
        }
        Edit::Hand(m, v, more) => match measure(w, *m) {
            Some(id) => w.count_hand(id, *v, *more),
            None => gone,
        },
        Edit::Timer(s, minutes) => w.change_timer(*s, *minutes),
        Edit::Rename(t) => w.rename(t),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn a_refused_edit_changes_nothing_and_says_why(edits in prop::collection::vec(edit(), 1..40)) {
        let mut w = sample_workshop();
        for edit in &edits {
            let before = w.clone();
            if let Err(why) = apply(&mut w, edit) {
                prop_assert_eq!(&w, &before, "{:?} was refused ({}) but changed the workshop", edit, why);
                let message = why.to_string();
                prop_assert!(message.ends_with('.') && message.starts_with(|c: char| !c.is_lowercase()), "not a sentence: {}", message);
            }
        }
    }
}
