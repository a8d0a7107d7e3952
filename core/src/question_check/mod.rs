//! The question checker: flags wording that would bias a customer's answer
//! and proposes a neutral rewrite.
//!
//! The rules are deliberately simple word and phrase patterns, so that a
//! facilitator can predict them and a finding can always point at the words
//! that caused it. Their quality is measured against a hand-labelled corpus
//! (`core/tests/question_corpus.rs`); each rule is documented with examples
//! in `docs/question-checker.md`.

use std::ops::Range;

mod absolute;
mod double_barrelled;
mod hypothetical;
mod jargon;
mod leading;
mod loaded;
mod notes;
mod presumption;
mod scale;
mod text;

pub use notes::{Note, NoteKind};
use scale::answer_options;
use text::{tidy, trim_clause, words};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    Leading,
    Loaded,
    DoubleBarrelled,
    Presumption,
    Absolute,
    Hypothetical,
    Jargon,
    UnbalancedScale,
}

impl Rule {
    pub const ALL: [Rule; 8] = [
        Rule::Leading,
        Rule::Loaded,
        Rule::DoubleBarrelled,
        Rule::Presumption,
        Rule::Absolute,
        Rule::Hypothetical,
        Rule::Jargon,
        Rule::UnbalancedScale,
    ];

    /// The rule's name in the corpus and in `docs/question-checker.md`.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Leading => "leading",
            Rule::Loaded => "loaded",
            Rule::DoubleBarrelled => "double_barrelled",
            Rule::Presumption => "presumption",
            Rule::Absolute => "absolute",
            Rule::Hypothetical => "hypothetical",
            Rule::Jargon => "jargon",
            Rule::UnbalancedScale => "unbalanced_scale",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Rule::Leading => "Leading",
            Rule::Loaded => "Loaded word",
            Rule::DoubleBarrelled => "Double-barrelled",
            Rule::Presumption => "Presumption",
            Rule::Absolute => "Absolute",
            Rule::Hypothetical => "Hypothetical",
            Rule::Jargon => "Jargon",
            Rule::UnbalancedScale => "Unbalanced scale",
        }
    }
}

/// One problem in a question: which rule, which words (a byte range of the
/// question), why it biases the answer, and a neutral rewrite of the whole
/// question that breaks no rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub span: Range<usize>,
    pub why: String,
    pub rewrite: String,
}

/// What the checker says of one question: the faults, and apart from them
/// notes that are not faults (a standard scale question, a yes/no question).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
}

/// Checks one question, with its answer options if it has any written after
/// it in brackets: `How relevant is X to you? [Not at all / … / Extremely]`.
/// Findings come in the order of the words they mark.
pub fn check_question(text: &str) -> Vec<Finding> {
    review_question(text).findings
}

/// The findings and the notes for one question.
pub fn review_question(text: &str) -> Review {
    let question = Question::parse(text);
    let mut findings = question.findings();
    for finding in &mut findings {
        finding.rewrite = settled(std::mem::take(&mut finding.rewrite));
    }
    let notes = question.notes(findings.is_empty());
    Review { findings, notes }
}

/// A rewrite fixes its own rule but can keep another fault of the question
/// ("Don't you agree our amazing portal…" → "…our amazing portal?"), so the
/// first remaining fault is fixed in turn until none is left. Each step
/// removes words or replaces a pattern by a neutral form; the bound only
/// guards against two rules undoing each other.
fn settled(mut rewrite: String) -> String {
    for _ in 0..6 {
        match Question::parse(&rewrite).findings().into_iter().next() {
            Some(next) if next.rewrite != rewrite => rewrite = next.rewrite,
            _ => break,
        }
    }
    rewrite
}

/// Words a full stop follows without ending the sentence ("Ms. Hale"); single
/// letters ("p.m.", "J. Smith") count too.
const ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "etc", "approx", "eg", "ie", "co", "inc", "ltd", "no"];

/// A word of the question: lower-cased with typographic apostrophes made
/// plain, and where it stands in the original text.
#[derive(Debug)]
struct Word {
    norm: String,
    span: Range<usize>,
}

struct Question<'a> {
    text: &'a str,
    /// The question without its answer options.
    stem: Range<usize>,
    words: Vec<Word>,
    /// The answer options and the bracketed range they were written in.
    scale: Option<(Vec<String>, Range<usize>)>,
}

impl<'a> Question<'a> {
    fn parse(text: &'a str) -> Self {
        let scale = answer_options(text);
        let stem_end = scale.as_ref().map_or(text.len(), |(_, range)| range.start);
        Question { text, stem: 0..stem_end, words: words(&text[..stem_end]), scale }
    }

    /// Every rule's first finding, without settling the rewrites. A standard
    /// scale question is exempt from the rule its wording is known to break.
    fn findings(&self) -> Vec<Finding> {
        let standard = self.standard_scale();
        let mut findings: Vec<Finding> =
            Rule::ALL.into_iter().filter(|rule| standard.as_ref().is_none_or(|s| !s.scale.exempts(*rule))).filter_map(|rule| self.check(rule)).collect();
        findings.sort_by_key(|f| (f.span.start, f.rule));
        findings
    }

    fn check(&self, rule: Rule) -> Option<Finding> {
        match rule {
            Rule::Leading => self.leading(),
            Rule::Loaded => self.loaded(),
            Rule::DoubleBarrelled => self.double_barrelled(),
            Rule::Presumption => self.presumption(),
            Rule::Absolute => self.absolute(),
            Rule::Hypothetical => self.hypothetical(),
            Rule::Jargon => self.jargon(),
            Rule::UnbalancedScale => self.unbalanced_scale(),
        }
    }

    fn norm(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.norm.as_str())
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        options.contains(&self.norm(i))
    }

    /// The index of the first word where `phrase` (space-separated) starts.
    fn find(&self, phrase: &str) -> Option<usize> {
        let parts: Vec<&str> = phrase.split(' ').collect();
        (0..self.words.len()).find(|&i| parts.iter().enumerate().all(|(k, p)| self.norm(i + k) == *p))
    }

    /// The text range from word `first` to word `last`, both included; a
    /// pattern that reaches past the last word ("Why did you" and nothing
    /// more) marks up to the end.
    fn span(&self, first: usize, last: usize) -> Range<usize> {
        let end = self.words.len().saturating_sub(1);
        self.words[first.min(end)].span.start..self.words[last.min(end)].span.end
    }

    /// The byte range of the sentence that asks: the one ending in "?", or
    /// the whole stem when there is none.
    fn question_sentence(&self) -> Range<usize> {
        let Some(mark) = self.text[..self.stem.end].find('?') else { return 0..self.stem.end };
        let start = self.sentence_ends().into_iter().rfind(|&end| end < mark).map_or(0, |end| end + 1);
        start..mark + 1
    }

    /// Where the stem's sentences end ('.', '!' or ';' before a space),
    /// leaving out abbreviations ("Ms. Hale", "8 p.m. on", "approx. 40").
    fn sentence_ends(&self) -> Vec<usize> {
        let stem = &self.text[..self.stem.end];
        stem.char_indices()
            .filter(|&(at, c)| {
                let word_before = stem[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let abbreviation = word_before.chars().count() == 1 || ABBREVIATIONS.contains(&word_before.to_lowercase().as_str());
                matches!(c, '.' | '!' | ';') && stem[at + 1..].starts_with(' ') && !abbreviation
            })
            .map(|(at, _)| at)
            .collect()
    }

    /// The stem from just after word `i` to its end, without closing punctuation.
    fn rest_after(&self, i: usize) -> &str {
        let start = self.words.get(i + 1).map_or(self.stem.end, |w| w.span.start);
        trim_clause(&self.text[start..self.stem.end])
    }

    fn finding(&self, rule: Rule, span: Range<usize>, why: String, rewrite: String) -> Option<Finding> {
        Some(Finding { rule, span, why, rewrite: tidy(&rewrite) })
    }

    /// A finding whose reason starts with the words it marks, quoted. One
    /// place that writes every such reason keeps the checker small in the bundle.
    fn quoting(&self, rule: Rule, span: Range<usize>, reason: &str, rewrite: String) -> Option<Finding> {
        let why = format!("“{}” {reason}", &self.text[span.clone()]);
        self.finding(rule, span, why, rewrite)
    }

    /// The question with `span` replaced, keeping its answer options.
    fn replaced(&self, span: &Range<usize>, with: &str) -> String {
        format!("{}{}{}", &self.text[..span.start], with, &self.text[span.end..])
    }

    /// A new question followed by the original answer options, if any.
    fn with_options(&self, question: &str) -> String {
        match &self.scale {
            Some((_, range)) => format!("{} {}", question, &self.text[range.clone()]),
            None => question.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
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
}
