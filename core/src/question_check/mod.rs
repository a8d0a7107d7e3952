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
use notes::Standard;
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

/// Where a stem's sentences end ('.', '!' or ';' before a space), leaving
/// out abbreviations ("Ms. Hale", "8 p.m. on", "approx. 40").
fn sentence_ends(stem: &str) -> Vec<usize> {
    stem.char_indices()
        .filter(|&(at, c)| matches!(c, '.' | '!' | ';') && stem[at + 1..].starts_with(' '))
        .filter(|&(at, _)| {
            let word_before = stem[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            word_before.chars().count() != 1 && !ABBREVIATIONS.contains(&word_before.to_lowercase().as_str())
        })
        .map(|(at, _)| at)
        .collect()
}

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
    /// Where the stem's sentences end, read once for the rules that need them.
    sentence_ends: Vec<usize>,
    /// The standard scale question this is, if it is one.
    standard: Option<Standard>,
}

impl<'a> Question<'a> {
    fn parse(text: &'a str) -> Self {
        let scale = answer_options(text);
        let stem_end = scale.as_ref().map_or(text.len(), |(_, range)| range.start);
        let stem = &text[..stem_end];
        let mut question = Question { text, stem: 0..stem_end, words: words(stem), scale, sentence_ends: sentence_ends(stem), standard: None };
        question.standard = question.standard_scale();
        question
    }

    /// Every rule's first finding, without settling the rewrites. A standard
    /// scale question is exempt from the rule its wording is known to break.
    fn findings(&self) -> Vec<Finding> {
        let exempt = |rule: Rule| self.standard.as_ref().is_some_and(|s| s.scale.exempts(rule));
        let mut findings: Vec<Finding> = Rule::ALL.into_iter().filter(|rule| !exempt(*rule)).filter_map(|rule| self.check(rule)).collect();
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
        let start = self.sentence_ends.iter().rfind(|&&end| end < mark).map_or(0, |end| end + 1);
        start..mark + 1
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
mod tests;
