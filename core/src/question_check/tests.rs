//! The checker as a whole: each rule marks its words, neutral forms pass,
//! notes stand apart, and odd text never breaks it.

use super::*;

fn rules(text: &str) -> Vec<Rule> {
    check_question(text).into_iter().map(|f| f.rule).collect()
}

fn first(text: &str, rule: Rule) -> Finding {
    check_question(text).into_iter().find(|f| f.rule == rule).unwrap_or_else(|| panic!("{rule:?} not found in {text}"))
}

#[test]
fn neutral_questions_pass() {
    for q in [
        "What does a good relationship with a supplier look like to you?",
        "Tell me about the last time you needed help from our service team.",
        "How would you describe your experience of ordering spare parts?",
        "How relevant is on-time delivery to you? [Not at all relevant / Slightly relevant / Moderately relevant / Very relevant / Extremely relevant]",
        "What happens between you and your account manager after a breakdown?",
        "How satisfied are you with delivery? [Very dissatisfied / Dissatisfied / Neither satisfied nor dissatisfied / Satisfied / Very satisfied]",
        "What does good support look like, and why?",
        "Which of all the reports you receive do you open first?",
    ] {
        assert_eq!(rules(q), vec![], "{q}");
    }
}

#[test]
fn each_rule_marks_the_words_that_caused_it() {
    let q = "Don’t you agree that our support is responsive?";
    let f = first(q, Rule::Leading);
    assert_eq!(&q[f.span], "Don’t you");
    assert_eq!(f.rewrite, "What is your view of our support?");

    let q = "How do you cope with our terrible delivery delays?";
    let f = first(q, Rule::Loaded);
    assert_eq!(&q[f.span], "terrible");
    assert_eq!(f.rewrite, "How do you cope with our delivery delays?");

    let q = "How satisfied are you with our pricing and delivery times?";
    let f = first(q, Rule::DoubleBarrelled);
    assert_eq!(&q[f.span], "and");
    assert_eq!(f.rewrite, "How satisfied are you with our pricing? How satisfied are you with delivery times?");

    let q = "How much did you enjoy the new ordering portal?";
    let f = first(q, Rule::Presumption);
    assert_eq!(&q[f.span], "enjoy");
    assert_eq!(f.rewrite, "What stands out to you about the new ordering portal, if anything?");

    let q = "Do you always read our quarterly report?";
    let f = first(q, Rule::Absolute);
    assert_eq!(&q[f.span], "always");
    assert_eq!(f.rewrite, "How often, if at all, do you read our quarterly report?");

    let q = "How likely are you to renew your contract next year?";
    let f = first(q, Rule::Hypothetical);
    assert_eq!(f.rewrite, "When did you last renew your contract?");

    let q = "Which parts of our NPS survey do you answer?";
    let f = first(q, Rule::Jargon);
    assert_eq!(&q[f.span], "NPS");

    let q = "How was the repair? [Excellent / Very good / Good / Fair]";
    let f = first(q, Rule::UnbalancedScale);
    assert_eq!(&q[f.span], "[Excellent / Very good / Good / Fair]");
    assert_eq!(f.rewrite, "How was the repair? [Very poor / Poor / Fair / Good / Very good]");
}

#[test]
fn appeals_tags_and_behaviour_taken_for_granted_are_caught_with_a_rewrite() {
    for (q, rule, marked, rewrite) in [
        ("Most of our customers tell us the portal saves time. Would you agree?", Rule::Leading, "Most of our customers tell", "What is your view of the portal?"),
        ("Experts agree that quarterly reviews are worth the time — do you?", Rule::Leading, "Experts agree", "What is your view of quarterly reviews?"),
        ("Given the rising costs, do you support a price review?", Rule::Leading, "Given", "Do you support a price review?"),
        ("Why did you struggle with the new invoice layout?", Rule::Presumption, "Why did you struggle", "What happened with the new invoice layout?"),
        ("How often do you attend our user group?", Rule::Presumption, "How often", "How often, if at all, do you attend our user group?"),
        ("Which of our weekly reports do you read first?", Rule::Presumption, "Which of our", "Which of our weekly reports, if any, do you read first?"),
        ("How satisfied are you with our fast, friendly service?", Rule::Loaded, "fast", "How satisfied are you with our service?"),
    ] {
        let f = first(q, rule);
        assert_eq!((&q[f.span], f.rewrite.as_str()), (marked, rewrite), "{q}");
        assert_eq!(check_question(&f.rewrite), vec![], "{}", f.rewrite);
    }
    assert_eq!(first("You weren't at the last service review, were you?", Rule::Leading).span.len(), "were you".len());
}

/// Cases a review of the rules found: a standard phrase inside another
/// question, an appeal after another group word, a sentence ending in a
/// short word, a hedge kept, a verb kept, answer options kept.
#[test]
fn reviewed_cases_keep_their_meaning() {
    for (q, rewrite) in [
        ("Don't you think the ease of ordering is great?", "What is your view of the ease of ordering?"),
        ("Our team thinks that many customers say the portal is fast?", "What is your view of the portal?"),
        ("Late delivery is a problem for us. What do you think?", "What do you think?"),
        ("How often has your delivery been late?", "How often, if ever, has your delivery been late?"),
        ("Would you consider a longer contract?", "When did you last consider a longer contract?"),
        (
            "How satisfied are you with our pricing and our delivery? [Very dissatisfied / Dissatisfied / Neither / Satisfied / Very satisfied]",
            "How satisfied are you with our pricing? How satisfied are you with our delivery? [Very dissatisfied / Dissatisfied / Neither / Satisfied / Very satisfied]",
        ),
    ] {
        let findings = check_question(q);
        assert_eq!(findings.first().map(|f| f.rewrite.as_str()), Some(rewrite), "{q}");
    }
}

#[test]
fn balanced_alternatives_interview_prompts_and_standard_scales_pass() {
    for q in [
        "Are you satisfied or dissatisfied with the way we handle returns?",
        "Are you for or against a single monthly invoice?",
        "Should the visit schedule change or stay the same?",
        "Do you agree or disagree that the price list is clear?",
        "What would you do next?",
        "What would you expect to happen after you log a fault?",
        "How likely is it that you would recommend Kestrel Pumps to a friend or colleague?",
    ] {
        assert_eq!(rules(q), vec![], "{q}");
    }
    let nps = review_question("How likely is it that you would recommend Kestrel Pumps to a friend or colleague?");
    assert_eq!(nps.notes.iter().map(|n| n.kind).collect::<Vec<_>>(), vec![NoteKind::Standard]);
    let closed = review_question("Do you read the monthly service report?");
    assert_eq!((closed.findings.len(), closed.notes.iter().map(|n| n.kind).collect::<Vec<_>>()), (0, vec![NoteKind::OpenItUp]));
    // With answer options a yes/no question is a survey's, and fine.
    assert_eq!(review_question("Do you read the monthly service report? [Yes / No]").notes, vec![]);
}

#[test]
fn explained_acronyms_are_not_jargon() {
    assert_eq!(rules("How useful to you is our Net Promoter Score (NPS), the 0–10 question about recommending us?"), vec![]);
    assert_eq!(rules("What do you make of the SLA (the response times we promised)?"), vec![]);
}

#[test]
fn findings_never_break_on_odd_text() {
    for q in [
        "", "?", "and", "[a / b]", "(((", "Don’t", "ÉÉÉ and ÖÖ?", "How likely are you to", "why did you", "all of",
        "What do you think of OUR service?", "FIRST CONTACT RESOLUTION and NPS?", "How is the NET PROMOTER SCORE (NPS)?",
    ] {
        for f in check_question(q) {
            assert!(f.span.end <= q.len() && q.is_char_boundary(f.span.start) && q.is_char_boundary(f.span.end));
            assert!(!f.why.is_empty());
        }
    }
}

use proptest::prelude::*;

proptest::proptest! {
    /// Whatever is typed — words the rules look for, in any case, mixed
    /// with punctuation and non-ASCII text — the checker never panics and
    /// every finding marks whole characters of the question.
    #[test]
    fn any_text_is_checked_without_panicking(parts in proptest::collection::vec(proptest::prop_oneof![
        proptest::sample::select(vec![
            "don't", "you", "agree", "OUR", "the", "NPS", "first", "contact", "resolution", "FIRST", "and", "or", "how",
            "likely", "always", "terrible", "what", "do", "like", "most", "about", "[", "]", "/", "(", ")", ",", "?",
            "Very good", "Poor", "Not at all", "—", "’", "é", "ÉÉ", "if", "we", "would", "will", "Why did you", "isn't it",
        ]).prop_map(|s: &str| s.to_owned()),
        ".{0,6}",
    ], 0..24)) {
        let text = parts.join(" ");
        for f in check_question(&text) {
            proptest::prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            proptest::prop_assert!(!f.why.is_empty());
        }
    }
}
