//! The question checker: flags wording that would bias a customer's answer
//! and proposes a neutral rewrite.
//!
//! The rules are deliberately simple word and phrase patterns, so that a
//! facilitator can predict them and a finding can always point at the words
//! that caused it. Their quality is measured against a hand-labelled corpus
//! (`core/tests/question_corpus.rs`); each rule is documented with examples
//! in `docs/question-checker.md`.

use std::ops::Range;

use serde::{Deserialize, Serialize};

// Serialisable because the app runs the checker in a Web Worker of its own
// and receives the findings as JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
/// question), why it biases the answer, and a neutral rewrite of the whole question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: Rule,
    pub span: Range<usize>,
    pub why: String,
    pub rewrite: String,
}

/// Checks one question, with its answer options if it has any written after
/// it in brackets: `How relevant is X to you? [Not at all / … / Extremely]`.
/// Findings come in the order of the words they mark.
pub fn check_question(text: &str) -> Vec<Finding> {
    let question = Question::parse(text);
    let mut findings = Vec::new();
    for rule in Rule::ALL {
        findings.extend(question.check(rule));
    }
    findings.sort_by_key(|f| (f.span.start, f.rule));
    findings
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
}

impl<'a> Question<'a> {
    fn parse(text: &'a str) -> Self {
        let scale = answer_options(text);
        let stem_end = scale.as_ref().map_or(text.len(), |(_, range)| range.start);
        Question { text, stem: 0..stem_end, words: words(&text[..stem_end]), scale }
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

    /// The text range from word `first` to word `last`, both included.
    fn span(&self, first: usize, last: usize) -> Range<usize> {
        self.words[first].span.start..self.words[last].span.end
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

    fn leading(&self) -> Option<Finding> {
        const EXPECTS: &str = "tells the customer which answer you expect.";
        const FOLLOWS_OTHERS: &str = "invites the customer to agree with others instead of giving their own view.";
        // "Don't you agree…", "Wouldn't you say…", and tags: "…, isn't it?"
        for (i, w) in self.words.iter().enumerate() {
            let negated_auxiliary = w.norm.ends_with("n't") && w.norm != "can't";
            if negated_auxiliary && self.is(i + 1, &["you", "it", "we", "they", "that", "this", "there", "he", "she"]) {
                let is_tag = i > 0 && self.text[..w.span.start].trim_end().ends_with(',');
                let span = self.span(i, i + 1);
                let clause = if is_tag {
                    trim_clause(&self.text[..w.span.start])
                } else {
                    let mut after = i + 1;
                    while self.is(after + 1, &["agree", "think", "say", "feel", "find", "believe", "true", "that"]) {
                        after += 1;
                    }
                    self.rest_after(after)
                };
                return self.quoting(Rule::Leading, span, EXPECTS, self.with_options(&view_of(clause)));
            }
        }
        for tag in ["right", "correct", "yes", "agreed"] {
            if let Some(last) = self.words.last() {
                let before_tag = &self.text[..last.span.start];
                if last.norm == tag && before_tag.trim_end().ends_with(',') {
                    let span = last.span.clone();
                    let clause = trim_clause(before_tag);
                    return self.quoting(Rule::Leading, span, EXPECTS, self.with_options(&view_of(clause)));
                }
            }
        }
        for phrase in ["surely", "obviously", "clearly", "of course", "i'm sure", "i am sure", "we know"] {
            if let Some(i) = self.find(phrase) {
                let last = i + phrase.split(' ').count() - 1;
                let span = self.span(i, last);
                let rewrite = self.with_options(&view_of(self.rest_after(last)));
                return self.quoting(Rule::Leading, span, EXPECTS, rewrite);
            }
        }
        for crowd in ["most", "many", "other", "all", "our", "most of our", "many of our", "other"] {
            for who in ["customers", "clients", "people", "users"] {
                if let Some(i) = self.find(&format!("{crowd} {who}")) {
                    let last = i + crowd.split(' ').count();
                    let says = (last + 1..self.words.len().min(last + 4))
                        .find(|&k| self.is(k, &["say", "tell", "told", "find", "feel", "agree", "love", "like", "prefer", "think", "rate", "mention", "report"]));
                    if let Some(says) = says {
                        let span = self.span(i, says);
                        let mut verb = says;
                        if self.is(verb + 1, &["us", "that"]) {
                            verb += 1;
                        }
                        if self.is(verb + 1, &["that"]) {
                            verb += 1;
                        }
                        let clause = self.rest_after(verb);
                        let clause = clause.split(['—', ';', '–', ':']).next().unwrap_or(clause);
                        return self.quoting(Rule::Leading, span, FOLLOWS_OTHERS, self.with_options(&view_of(clause)));
                    }
                }
            }
        }
        if let Some(i) = self.find("everyone") {
            let span = self.span(i, i);
            return self.quoting(Rule::Leading, span, FOLLOWS_OTHERS, "What is your own view?".into());
        }
        // "How easy was it…" assumes the answer lies at the good end.
        if self.is(0, &["how"]) && self.is(1, POSITIVE_DEGREES) && self.is(2, &["is", "was", "are", "were"]) {
            let span = self.span(0, 1);
            let rest = self.rest_after(2);
            let rewrite = match rest.strip_prefix("it ") {
                Some(action) => format!("What {} it like {action}?", self.norm(2)),
                None => format!("How would you describe {rest}?"),
            };
            return self.quoting(Rule::Leading, span, EXPECTS, self.with_options(&rewrite));
        }
        if self.find("do you agree that").is_some() || self.find("would you agree that").is_some() {
            let i = self.find("agree that").unwrap_or(0);
            let span = self.span(i.saturating_sub(2), i + 1);
            let clause = self.rest_after(i + 1);
            return self.quoting(Rule::Leading, span, EXPECTS, self.with_options(&view_of(clause)));
        }
        None
    }

    fn loaded(&self) -> Option<Finding> {
        let hits: Vec<(usize, &str)> = self
            .words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| LOADED.iter().find(|(word, _)| *word == w.norm).map(|(_, neutral)| (i, *neutral)))
            .collect();
        let &(i, _) = hits.first()?;
        // Every loaded word goes, with the intensifier in front of it, so the rewrite is clean.
        let mut rewrite = self.text.to_string();
        for &(k, neutral) in hits.iter().rev() {
            let first = if k > 0 && self.is(k - 1, &["so", "very", "really", "truly", "such", "totally", "absolutely"]) { k - 1 } else { k };
            rewrite.replace_range(self.span(first, k), neutral);
        }
        self.quoting(Rule::Loaded, self.span(i, i), "tells the customer how to feel before they answer.", rewrite)
    }

    fn double_barrelled(&self) -> Option<Finding> {
        for (i, w) in self.words.iter().enumerate() {
            if !matches!(w.norm.as_str(), "and" | "or" | "and/or") || i == 0 || i + 1 >= self.words.len() {
                continue;
            }
            if self.joins_one_thing(i) {
                continue;
            }
            let (left, right, rewrite) = self.split_at_conjunction(i);
            let span = self.span(i, i);
            return self.finding(
                Rule::DoubleBarrelled,
                span,
                format!("It asks about “{left}” and “{right}” at once, so one answer cannot tell you which it is about."),
                rewrite,
            );
        }
        None
    }

    /// The two things joined at word `i`, and the question asked of each in turn.
    /// Parallel wording decides where the left one starts: "the reliability of
    /// our pumps and the availability of parts" pairs the two "the"s; "fast and
    /// friendly" pairs one word with one word; words after the right one
    /// ("… in our portal") belong to both.
    fn split_at_conjunction(&self, i: usize) -> (String, String, String) {
        let after = i + 1;
        let end = self.words.len();
        let text = |a: usize, b: usize| if a >= b { String::new() } else { trim_clause(&self.text[self.words[a].span.start..self.words[b - 1].span.end]).to_string() };
        let left_limit = (0..i).rev().find(|&k| self.is(k, STEM_ENDS)).map_or(0, |k| k + 1);
        let group_end = (after + 1..end).find(|&k| self.is(k, GROUP_ENDS)).unwrap_or(end);
        let repeated = (0..i).rev().find(|&k| self.norm(k) == self.norm(after));
        if self.is(after, &["how", "what", "when", "why", "which", "where", "who"]) && repeated.is_none() {
            // A second question of its own: "Did X happen, and how long did it take?"
            let left = text(0, i);
            let right = text(after, end);
            let rewrite = format!("{}? {}?", left, capitalise(&right));
            return (text(left_limit.min(i - 1), i), right, tidy(&rewrite));
        }
        let (left_start, right_end) = if self.is(after, &["how", "what", "on", "in", "at", "by", "for", "with"]) && repeated.is_some() {
            (repeated.unwrap_or(0), group_end)
        } else if self.is(after, DETERMINERS) {
            let paired = repeated.or((left_limit..i).rev().find(|&k| self.is(k, DETERMINERS)));
            (paired.unwrap_or(left_limit), end)
        } else {
            (i.saturating_sub(group_end - after).max(left_limit), group_end)
        };
        let left_start = if left_start >= i { i - 1 } else { left_start };
        let stem = self.text[..self.words[left_start].span.start].trim_end();
        let left = text(left_start, i);
        let right = text(after, right_end);
        let tail = text(right_end, end);
        let ask = |part: &str| tidy(&format!("{stem} {part} {tail}?"));
        (left.clone(), right.clone(), format!("{} {}", ask(&left), ask(&right)))
    }

    /// Whether the conjunction at word `i` joins words that make one thing:
    /// "between you and us", "terms and conditions", "agree or disagree",
    /// "1 and 5", "…, and why?", "tell me about X and how you…".
    fn joins_one_thing(&self, i: usize) -> bool {
        let before = self.norm(i - 1);
        let after = self.norm(i + 1);
        if (i.saturating_sub(5)..i).any(|k| self.is(k, &["between", "both", "either", "whether"])) {
            return true;
        }
        if FIXED_PAIRS.iter().any(|(a, b)| *a == before && *b == after) {
            return true;
        }
        let opposite = after.strip_prefix("dis").or(after.strip_prefix("un")).or(after.strip_prefix("in")) == Some(before)
            || before.strip_prefix("dis").or(before.strip_prefix("un")).or(before.strip_prefix("in")) == Some(after);
        if opposite || ["not", "no", "otherwise", "anything", "something", "worse", "less"].contains(&after) {
            return true;
        }
        if before.chars().all(|c| c.is_ascii_digit()) && after.chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
        // A choice between alternatives is one question: "Do you prefer email or text?"
        let offers_a_choice = (0..i).any(|k| self.is(k, &["prefer", "rather", "choose", "mean", "means", "which"]));
        if self.norm(i) == "or" && offers_a_choice {
            return true;
        }
        // A follow-up probe rather than a second subject: "…, and why?", "and how it went".
        if matches!(after, "why" | "when" | "where") {
            return true;
        }
        let opens_a_clause = self.is(i + 2, &["it", "you", "your", "they", "their", "the", "this", "that", "we", "our", "he", "she", "to", "happened"]);
        if matches!(after, "how" | "what") && opens_a_clause {
            return true;
        }
        false
    }

    fn presumption(&self) -> Option<Finding> {
        const ASSUMES: &str = "assumes an experience or feeling the customer has not told you about.";
        for verb in ["enjoy", "enjoyed", "like", "liked", "love", "loved", "appreciate", "appreciated", "value", "valued"] {
            for opener in ["how much did you", "how much do you", "what did you", "what do you", "which part did you", "which part do you"] {
                if let Some(i) = self.find(&format!("{opener} {verb}")) {
                    let verb_at = i + opener.split(' ').count();
                    let span = self.span(verb_at, verb_at);
                    let mut topic_at = verb_at;
                    if self.is(topic_at + 1, &["most", "best", "about"]) {
                        topic_at += 1;
                    }
                    if self.is(topic_at + 1, &["about"]) {
                        topic_at += 1;
                    }
                    let topic = self.rest_after(topic_at);
                    let rewrite = format!("What stands out to you about {}, if anything?", if topic.is_empty() { "it" } else { topic });
                    return self.quoting(Rule::Presumption, span, ASSUMES, self.with_options(&rewrite));
                }
            }
        }
        for feeling in ["frustrates", "annoys", "bothers", "worries", "impresses", "pleases", "delights", "disappoints", "irritates"] {
            if let Some(i) = self.find(&format!("what {feeling} you")) {
                let span = self.span(i + 1, i + 1);
                let topic = self.words.iter().position(|w| w.norm == "about").map_or("it", |k| self.rest_after(k));
                let rewrite = format!("How would you describe your experience of {topic}?");
                return self.quoting(Rule::Presumption, span, ASSUMES, self.with_options(&rewrite));
            }
        }
        for comparative in ["how much more", "how much better", "how much easier", "how much faster", "how much less", "what made", "what makes"] {
            if let Some(i) = self.find(comparative) {
                let last = i + comparative.split(' ').count() - 1;
                let is_comparison = comparative.starts_with("how much")
                    || self.words[last + 1..].iter().any(|w| w.norm.ends_with("er") && ["better", "worse", "easier", "faster", "harder", "slower", "cheaper"].contains(&w.norm.as_str()));
                if is_comparison {
                    let span = self.span(i, last);
                    let rewrite = "How, if at all, has this changed for you?".to_string();
                    return self.quoting(Rule::Presumption, span, ASSUMES, self.with_options(&rewrite));
                }
            }
        }
        let asks_for_gain = self.is(0, &["how", "in", "which", "what"]);
        for (i, w) in self.words.iter().enumerate() {
            if BENEFITS.contains(&w.norm.as_str()) && asks_for_gain && !self.text[self.stem.clone()].contains("if at all") {
                if self.find("if any").is_some() {
                    break;
                }
                let span = w.span.clone();
                let subject_start = self.words.get(2).map_or(0, |w| w.span.start);
                let subject = if self.is(1, &["has", "have", "did", "does", "do", "much", "many", "well"]) && subject_start < span.start {
                    trim_clause(&self.text[subject_start..span.start])
                } else {
                    "it"
                };
                let subject = subject.trim_start_matches("time does ").trim_start_matches("money does ");
                let rewrite = format!("What difference, if any, has {subject} made for you?");
                return self.quoting(Rule::Presumption, span, ASSUMES, self.with_options(&rewrite));
            }
            let _ = i;
        }
        if let Some(i) = self.find("why did you").or(self.find("why do you")).or(self.find("why have you")) {
            if self.is(i + 3, &["decide", "choose", "chose", "prefer", "stay", "stick", "renew", "leave", "switch", "pick", "trust", "keep", "stop", "like"]) {
                let span = self.span(i, i + 3);
                let rewrite = "What went into your decision?".to_string();
                return self.quoting(Rule::Presumption, span, ASSUMES, rewrite);
            }
        }
        if let Some(i) = self.find("when did you stop").or(self.find("when did you start")) {
            let span = self.span(i, i + 3);
            let rest = self.rest_after(i + 3);
            let rewrite = match rest.strip_prefix("using ") {
                Some(thing) => format!("How often do you use {thing} now?"),
                None => format!("How has {rest} changed for you?"),
            };
            return self.quoting(Rule::Presumption, span, ASSUMES, rewrite);
        }
        for trouble in ["problems", "issues", "complaints", "frustrations", "difficulties", "benefits", "improvements"] {
            if let Some(i) = self.find(&format!("what {trouble}")).or(self.find(&format!("which {trouble}"))) {
                let span = self.span(i, i + 1);
                let topic = ["with", "from", "of"]
                    .iter()
                    .find_map(|p| self.words.iter().position(|w| w.norm == *p).filter(|&k| k > i))
                    .map(|k| self.rest_after(k))
                    .unwrap_or("it");
                let rewrite = format!("How has {topic} worked for you?");
                return self.quoting(Rule::Presumption, span, ASSUMES, self.with_options(&rewrite));
            }
        }
        None
    }

    fn absolute(&self) -> Option<Finding> {
        let (first, last) = self.words.iter().enumerate().find_map(|(i, w)| {
            let hit = match w.norm.as_str() {
                word if ABSOLUTES.contains(&word) => Some(i),
                "all" if self.is(i + 1, &["the"]) && self.is(i + 2, &["time"]) => Some(i + 2),
                "all" if self.is(i + 1, &["of"]) && !self.is(i.wrapping_sub(1), &["of", "at"]) => Some(i + 1),
                "in" if self.is(i + 1, &["all"]) && self.is(i + 2, &["cases"]) => Some(i + 2),
                _ => None,
            };
            hit.filter(|_| !self.is(i + 1, &["so"])).map(|last| (i, last))
        })?;
        let span = self.span(first, last);
        let mut rewrite = self.replaced(&span, if self.is(first, &["every"]) { "each" } else { "" });
        if self.is(0, AUXILIARIES) && !self.is(first, &["every", "none", "nothing", "everything"]) {
            rewrite = format!("How often {}", lower_first(&rewrite));
        }
        self.quoting(Rule::Absolute, span, "forces an all-or-nothing answer where the truth is usually “sometimes”.", rewrite)
    }

    fn hypothetical(&self) -> Option<Finding> {
        const PREDICTS: &str = "asks the customer to predict their own behaviour, which people do poorly; ask what they did.";
        let starts = [
            "how likely are you to",
            "how likely is it that your company will",
            "how likely is it that your team will",
            "how likely is it that you will",
            "how likely is it that you",
            "you would",
            "you will",
            "you'd",
            "how likely would you be to",
            "would you be willing to",
            "would you consider",
            "would you",
            "will you",
            "are you going to",
            "are you likely to",
            "do you plan to",
            "do you intend to",
            "might you",
            "could you see yourself",
        ];
        for start in starts {
            let Some(i) = self.find(start) else { continue };
            let last = i + start.split(' ').count() - 1;
            let current_opinion = self.find("if anything").is_some() || self.find("if any").is_some();
            if start == "would you" && current_opinion {
                continue;
            }
            if start == "would you" && self.is(last + 1, &["describe", "rate", "explain", "define", "summarise", "summarize", "say", "call", "put", "compare", "characterise", "characterize", "tell", "mind", "walk", "like"]) {
                continue;
            }
            let span = self.span(i, last);
            let action = strip_future(self.rest_after(last));
            let rewrite = if action.split_whitespace().count() < 2 { "Tell me about the last time this came up.".to_string() } else { format!("When did you last {action}?") };
            return self.quoting(Rule::Hypothetical, span, PREDICTS, rewrite);
        }
        let conditional = self.find("if we").or(self.find("if you")).or(self.find("imagine")).or(self.find("suppose"));
        let modal = self.words.iter().position(|w| ["would", "will", "could", "might", "wouldn't", "you'd"].contains(&w.norm.as_str()));
        if let (Some(i), Some(_)) = (conditional, modal) {
            let span = self.span(i, (i + 1).min(self.words.len() - 1));
            return self.quoting(Rule::Hypothetical, span, PREDICTS, "Tell me about the last time this came up.".into());
        }
        for future in ["in the future", "next year", "next quarter", "in five years", "in a year"] {
            if let Some(i) = self.find(future) {
                if self.words.iter().any(|w| ["will", "would", "going", "plan", "expect"].contains(&w.norm.as_str())) {
                    let span = self.span(i, i + future.split(' ').count() - 1);
                    return self.quoting(Rule::Hypothetical, span, PREDICTS, "Tell me about the last time this came up.".into());
                }
            }
        }
        None
    }

    fn jargon(&self) -> Option<Finding> {
        // Each hit: the range its plain words replace (with a determiner they
        // bring their own of), the words to mark, and the plain words.
        let mut hits: Vec<(Range<usize>, Range<usize>, String)> = Vec::new();
        for (term, plain) in GLOSSARY.iter().filter(|(term, _)| term.contains(' ')) {
            if let Some(i) = self.find(term) {
                let last = i + term.split(' ').count() - 1;
                if !self.explained(i, last) {
                    hits.push((self.with_determiner(i, last, Some(plain)), self.span(i, last), plain.to_string()));
                }
            }
        }
        for (i, w) in self.words.iter().enumerate() {
            let original = &self.text[w.span.clone()];
            let plain = GLOSSARY.iter().find(|(term, _)| !term.contains(' ') && *term == w.norm).map(|(_, plain)| *plain);
            // Shouted ordinary words ("OUR service") are no acronyms.
            let is_acronym = original.len() >= 2
                && original.len() <= 6
                && original.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && original.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
                && !COMMON_CAPITALS.contains(&original)
                && !COMMON_WORDS.contains(&w.norm.as_str())
                && !DETERMINERS.contains(&w.norm.as_str())
                && !AUXILIARIES.contains(&w.norm.as_str());
            if (plain.is_some() || is_acronym) && !self.explained(i, i) && !self.spelled_out(original) {
                let plain = plain.map_or_else(|| format!("{original} (spelled out)"), str::to_string);
                hits.push((self.with_determiner(i, i, Some(&plain)), w.span.clone(), plain));
            }
        }
        // A word inside a jargon phrase is part of that hit, not a second one.
        hits.sort_by_key(|(replace, _, _)| replace.start);
        let mut kept: Vec<(Range<usize>, Range<usize>, String)> = Vec::new();
        for hit in hits {
            if kept.last().is_none_or(|(last, _, _)| hit.0.start >= last.end) {
                kept.push(hit);
            }
        }
        let marked = kept.first()?.1.clone();
        let mut rewrite = self.text.to_string();
        for (replace, _, plain) in kept.iter().rev() {
            rewrite.replace_range(replace.clone(), plain);
        }
        self.quoting(Rule::Jargon, marked, "is our shorthand; a customer may not know what it means.", rewrite)
    }

    /// The span of words `first..=last`, widened to the determiner before them
    /// when their plain replacement brings its own: "our NPS" → "the 0–10 question…".
    fn with_determiner(&self, first: usize, last: usize, plain: Option<&str>) -> Range<usize> {
        let brings_own = plain.is_some_and(|p| DETERMINERS.iter().any(|d| p.starts_with(&format!("{d} "))));
        let start = if brings_own && first > 0 && self.is(first - 1, DETERMINERS) { first - 1 } else { first };
        self.span(start, last)
    }

    /// Whether words `first..=last` are explained right beside them: inside
    /// brackets, or followed by brackets or a dash.
    fn explained(&self, first: usize, last: usize) -> bool {
        let before = self.text[..self.words[first].span.start].trim_end();
        let after = self.text[self.words[last].span.end..].trim_start();
        before.ends_with('(') || after.starts_with('(') || after.starts_with(['—', '–']) || after.starts_with(", the") || after.starts_with(", which") || after.starts_with(", meaning") || after.starts_with(", that is")
    }

    /// Whether the question also spells out the acronym: "Net Promoter Score … NPS".
    fn spelled_out(&self, acronym: &str) -> bool {
        let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
        self.words.windows(letters.len()).any(|run| run.iter().zip(&letters).all(|(w, l)| w.norm.starts_with(*l) && w.norm.len() > 1))
    }

    fn unbalanced_scale(&self) -> Option<Finding> {
        let (options, range) = self.scale.as_ref()?;
        if !options.iter().any(|o| is_rating(o)) {
            return None;
        }
        let polarity: Vec<Polarity> = options.iter().map(|o| polarity(o)).collect();
        let unipolar = [options.first(), options.last()]
            .into_iter()
            .flatten()
            .any(|end| ["not at all", "never", "none", "no ", "0"].iter().any(|p| end.to_lowercase().starts_with(p)));
        let positive = polarity.iter().filter(|p| **p == Polarity::Positive).count();
        let negative = polarity.iter().filter(|p| **p == Polarity::Negative).count();
        if (unipolar && options.len() >= 3) || (positive == negative && positive > 0) {
            return None;
        }
        let balanced = balanced_scale(options);
        self.finding(
            Rule::UnbalancedScale,
            range.clone(),
            format!(
                "The answers offer {positive} favourable and {negative} unfavourable {}, which pulls answers to one side.",
                if negative == 1 { "option" } else { "options" }
            ),
            format!("{} [{}]", trim_end_space(&self.text[self.stem.clone()]), balanced),
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Polarity {
    Positive,
    Negative,
    Middle,
}

fn polarity(option: &str) -> Polarity {
    let lower = option.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&["neither", "neutral", "average", "fair", "ok", "okay", "unsure", "mixed", "undecided", "sometimes", "same", "adequate", "moderately"]) {
        Polarity::Middle
    } else if has(&["not", "no", "never", "rarely", "poor", "bad", "very", "terrible", "awful", "low", "worse", "hardly"])
        && has(&["not", "no", "never", "rarely", "poor", "bad", "terrible", "awful", "low", "worse", "hardly"])
        || words.iter().any(|w| {
            (w.starts_with("dis") || w.starts_with("un") || w.starts_with("in") || w.starts_with("ir") || w.starts_with("im"))
                && w.len() > 5
                && !["important", "interested", "informed", "invaluable", "indispensable", "influential", "insightful"].contains(w)
        })
        || has(&["difficult", "hard", "slow", "late", "harder", "slower"])
    {
        Polarity::Negative
    } else {
        Polarity::Positive
    }
}

/// The word most options share ("clear" in "Very clear / Clear / Mostly clear"),
/// which a balanced scale keeps as its theme.
fn shared_word(options: &[String]) -> Option<String> {
    let lower: Vec<String> = options.iter().map(|o| o.to_lowercase()).collect();
    let degrees = ["very", "extremely", "somewhat", "slightly", "fairly", "moderately", "mostly", "not", "at", "all", "quite", "a", "bit"];
    lower
        .iter()
        .flat_map(|o| o.split_whitespace())
        .filter(|w| !degrees.contains(w))
        .max_by_key(|w| lower.iter().filter(|o| o.split_whitespace().any(|x| x == *w)).count())
        .map(str::to_string)
}

/// Whether an answer option rates something, as opposed to naming a choice
/// ("Price", "Email"): only rating options can lean one way.
fn is_rating(option: &str) -> bool {
    let lower = option.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    [
        "very", "extremely", "somewhat", "slightly", "fairly", "moderately", "strongly", "not", "neither", "satisf", "good",
        "poor", "excellent", "great", "fair", "important", "likely", "easy", "difficult", "agree", "relevant", "useful",
        "valuable", "never", "always", "often", "rarely", "sometimes", "bad", "better", "worse", "neutral",
    ]
    .iter()
    .any(|stem| words.iter().any(|w| w.starts_with(stem)))
}

/// A balanced five-point scale on the same theme as the options given.
fn balanced_scale(options: &[String]) -> String {
    let all = options.join(" ").to_lowercase();
    if all.contains("satisf") {
        "Very dissatisfied / Dissatisfied / Neither satisfied nor dissatisfied / Satisfied / Very satisfied".into()
    } else if all.contains("agree") {
        "Strongly disagree / Disagree / Neither agree nor disagree / Agree / Strongly agree".into()
    } else if all.contains("likely") {
        "Very unlikely / Unlikely / Neither likely nor unlikely / Likely / Very likely".into()
    } else if all.contains("easy") || all.contains("difficult") {
        "Very difficult / Difficult / Neither easy nor difficult / Easy / Very easy".into()
    } else if ["good", "excellent", "poor", "great", "fair"].iter().any(|w| all.contains(w)) {
        "Very poor / Poor / Fair / Good / Very good".into()
    } else {
        let theme = shared_word(options).unwrap_or_else(|| "relevant".into());
        format!("Not at all {theme} / Slightly {theme} / Moderately {theme} / Very {theme} / Extremely {theme}")
    }
}

/// Words like "how" take after them in "How easy was it…", assuming the good end.
const POSITIVE_DEGREES: &[&str] = &[
    "great", "good", "helpful", "happy", "pleased", "wonderful", "smooth", "effective", "responsive", "convenient", "reliable",
    "pleasant", "excellent", "nice", "friendly", "satisfying",
];

const DETERMINERS: &[&str] = &["the", "our", "your", "a", "an", "this", "that", "these", "those"];

const AUXILIARIES: &[&str] =
    &["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "should", "would", "will"];

/// Words after which a double-barrelled question's shared beginning ends.
const STEM_ENDS: &[&str] = &["with", "about", "of", "for", "to", "is", "are", "was", "were", "find", "rate", "be", "been", "how"];

/// Words that end the right-hand thing of "X and Y …": what follows is shared.
const GROUP_ENDS: &[&str] =
    &["in", "on", "at", "for", "of", "with", "about", "from", "when", "during", "are", "is", "was", "were", "do", "does", "did"];

/// Pairs that name one thing, so "and"/"or" between them asks one question.
const FIXED_PAIRS: &[(&str, &str)] = &[
    ("terms", "conditions"),
    ("pros", "cons"),
    ("more", "less"),
    ("better", "worse"),
    ("agree", "disagree"),
    ("yes", "no"),
    ("up", "down"),
    ("time", "in"),
    ("health", "safety"),
    ("sales", "operations"),
    ("research", "development"),
    ("repair", "overhaul"),
    ("on", "off"),
    ("now", "then"),
    ("again", "again"),
    ("back", "forth"),
    ("trial", "error"),
    ("supply", "demand"),
    ("you", "your"),
    ("you", "us"),
    ("you", "we"),
    ("you", "i"),
    ("increase", "decrease"),
    ("easy", "difficult"),
    ("easy", "hard"),
    ("easier", "harder"),
    ("fast", "slow"),
    ("faster", "slower"),
    ("good", "bad"),
    ("positive", "negative"),
    ("well", "badly"),
    ("strengths", "weaknesses"),
    ("success", "failure"),
    ("increased", "decreased"),
    ("grow", "shrink"),
    ("higher", "lower"),
];

/// Verbs that, after "how", assume the customer gained something.
const BENEFITS: &[&str] = &["improved", "improves", "helped", "helps", "saved", "save", "saves", "benefited", "benefitted", "simplified", "boosted", "streamlined", "transformed"];

/// Emotive words and a neutral word to put in their place ("" removes them).
const LOADED: &[(&str, &str)] = &[
    ("terrible", ""), ("awful", ""), ("horrible", ""), ("dreadful", ""), ("appalling", ""), ("abysmal", ""), ("atrocious", ""),
    ("horrendous", ""), ("lousy", ""), ("pathetic", ""), ("shocking", ""), ("disgraceful", ""), ("outrageous", ""),
    ("ridiculous", ""), ("unacceptable", ""), ("useless", ""), ("pointless", ""), ("incompetent", ""), ("sloppy", ""),
    ("disastrous", ""), ("disaster", "result"), ("nightmare", "situation"), ("fiasco", "result"), ("mess", "situation"),
    ("hassle", "task"), ("painful", "difficult"), ("frustrating", "difficult"), ("frustrated", "affected"), ("frustrates", "affects"), ("annoys", "affects"), ("annoying", ""), ("annoyed", "affected"),
    ("infuriating", ""), ("irritating", ""), ("amazing", ""), ("fantastic", ""), ("excellent", ""), ("outstanding", ""),
    ("superb", ""), ("wonderful", ""), ("brilliant", ""), ("awesome", ""), ("incredible", ""), ("stellar", ""), ("exceptional", ""),
    ("world-class", ""), ("best-in-class", ""), ("delightful", ""), ("delighted", "satisfied"), ("fabulous", ""), ("marvellous", ""),
    ("marvelous", ""), ("superior", ""), ("flawless", ""), ("seamless", ""), ("effortless", ""), ("ruined", "affected"),
    ("plagued", "affected"), ("suffer", "experience"), ("suffered", "experienced"), ("endure", "experience"), ("endured", "experienced"),
    ("botched", ""), ("crippling", ""), ("chaotic", ""), ("chaos", "situation"), ("hate", "think of"), ("generous", ""),
    ("exorbitant", ""), ("ripoff", "price"), ("rip-off", "price"), ("overpriced", ""), ("clunky", ""), ("pushy", ""), ("rude", ""),
    ("lazy", ""), ("shoddy", ""), ("excessive", ""), ("unbearable", ""), ("agonising", ""), ("agonizing", ""), ("wasteful", ""),
];

/// Jargon and plain words to say instead.
const GLOSSARY: &[(&str, &str)] = &[
    ("nps", "recommendation score"),
    ("ces", "ease-of-service score"),
    ("csat", "satisfaction"),
    ("sla", "service-level agreement"),
    ("slas", "service-level agreements"),
    ("kpi", "key figure"),
    ("kpis", "key figures"),
    ("qbr", "quarterly business review"),
    ("qbrs", "quarterly business reviews"),
    ("fcr", "first-time fix rate"),
    ("csm", "customer success manager"),
    ("arr", "annual contract value"),
    ("nrr", "spending growth"),
    ("mttr", "repair time"),
    ("otif", "on-time-in-full delivery"),
    ("churn", "customers leaving"),
    ("churned", "left"),
    ("churning", "leaving"),
    ("touchpoint", "contact point"),
    ("touchpoints", "contact points"),
    ("omnichannel", "multi-channel"),
    ("synergies", "benefits"),
    ("synergy", "benefit"),
    ("onboarding funnel", "getting-started steps"),
    ("health score", "account rating"),
    ("net revenue retention", "spending growth"),
    ("net promoter score", "recommendation score"),
    ("customer effort score", "ease-of-service score"),
    ("first contact resolution", "first-time fix rate"),
    ("value proposition", "offer"),
    ("customer journey", "experience with us"),
];

/// Short everyday words: written in capitals they are shouting, not acronyms.
const COMMON_WORDS: &[&str] = &[
    "you", "and", "or", "for", "with", "not", "how", "what", "why", "who", "all", "any", "our", "us", "we", "it", "to",
    "of", "in", "on", "at", "by", "me", "my", "no", "yes", "so", "if", "as", "new", "old", "now", "very", "more", "most",
    "less", "too", "out", "up", "off", "one", "two", "get", "got", "use", "per", "via", "ever", "never", "always", "really",
];

/// Capitals that customers know and that are no acronym to explain.
const COMMON_CAPITALS: &[&str] = &["I", "OK", "UK", "US", "USA", "EU", "TV", "PDF", "CEO", "IT", "FAQ", "AM", "PM", "ID", "HR", "PS"];

/// The answer options written after the question in brackets, split on "/".
fn answer_options(text: &str) -> Option<(Vec<String>, Range<usize>)> {
    let trimmed = text.trim_end();
    let (open, close) = if trimmed.ends_with(']') { ('[', ']') } else if trimmed.ends_with(')') { ('(', ')') } else { return None };
    let start = trimmed.rfind(open)?;
    let inner = &trimmed[start + 1..trimmed.len() - close.len_utf8()];
    let options: Vec<String> = inner.split('/').map(|o| o.trim().to_string()).filter(|o| !o.is_empty()).collect();
    (options.len() >= 2).then_some((options, start..trimmed.len()))
}

fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let joins = matches!(c, '\'' | '’' | '-' | '/')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(word(text, s..i));
        }
    }
    if let Some(s) = start {
        words.push(word(text, s..text.len()));
    }
    words
}

fn word(text: &str, span: Range<usize>) -> Word {
    Word { norm: text[span.clone()].to_lowercase().replace('’', "'"), span }
}

/// "What is your view of X?" for a statement "X is …": the subject without its claim.
fn view_of(clause: &str) -> String {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let verb = words.iter().position(|w| CLAIM_STARTS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())));
    match verb {
        Some(v) if v > 0 && v <= 8 => {
            let subject = words[..v].join(" ");
            if ["you", "we", "i", "they"].iter().any(|p| subject.eq_ignore_ascii_case(p)) {
                return "What is your own view?".into();
            }
            let subject = if subject.eq_ignore_ascii_case("it") || subject.eq_ignore_ascii_case("this") || subject.eq_ignore_ascii_case("that") {
                "this".to_string()
            } else {
                lower_first(&subject)
            };
            format!("What is your view of {subject}?")
        }
        _ => "How would you describe it in your own words?".into(),
    }
}

/// Words that leave no room for "sometimes". Word lists like this one are
/// slices rather than `matches!` patterns: a table of strings costs the
/// bundle far less than the comparisons a pattern compiles to.
const ABSOLUTES: &[&str] = &[
    "always", "never", "ever", "every", "everything", "nothing", "none", "completely", "entirely", "totally", "absolutely",
    "constantly", "invariably", "everywhere",
];

/// Words that end the subject of a statement and start its claim.
const CLAIM_STARTS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "does", "do", "did", "makes", "made", "helps",
    "helped", "saves", "saved", "works", "worked", "improved", "got", "gets", "should", "matters", "matter", "means", "needs",
    "affects", "counts", "takes", "costs", "arrives", "arrive", "fix", "fixes", "fixed", "deliver", "delivers", "delivered",
    "respond", "responds", "responded", "answer", "answers", "answered", "understand", "understands", "handle", "handles",
    "handled", "provide", "provides", "keep", "keeps", "meet", "meets", "solve", "solves", "solved",
    // An adverb before the verb ends the subject just as well.
    "always", "never", "usually", "often", "really", "clearly", "rarely",
];

/// The action of a prediction without its condition or its time: "renew
/// your contract if prices rise next year" → "renew your contract".
fn strip_future(action: &str) -> String {
    let mut action = action.to_string();
    for cut in [" if ", " when ", " should ", ", ", " in the future", " over the next", " within the next", " in the next", " next ", " in the coming", " again", " once ", " after "] {
        if let Some(at) = action.to_lowercase().find(cut) {
            action.truncate(at);
        }
    }
    action.trim().trim_end_matches(['?', '.']).to_string()
}

/// A clause without surrounding spaces and closing punctuation.
fn trim_clause(text: &str) -> &str {
    text.trim().trim_end_matches(['?', '.', '!', ',', ';', ':']).trim()
}

fn trim_end_space(text: &str) -> &str {
    text.trim_end()
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep acronyms and names ("NPS", "Kestrel") as they are.
        Some(c) if c.is_uppercase() && !chars.clone().next().is_some_and(char::is_uppercase) && !text.starts_with("I ") => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

/// Single spaces, no space before punctuation, a capital first letter.
fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(joined.len());
    for c in joined.chars() {
        if matches!(c, '?' | ',' | '.' | '!' | ';' | ':') && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    capitalise(out.trim_start_matches([',', ' ']))
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
        assert_eq!(f.rewrite, "How often do you read our quarterly report?");

        let q = "How likely are you to recommend us to a colleague?";
        let f = first(q, Rule::Hypothetical);
        assert_eq!(f.rewrite, "When did you last recommend us to a colleague?");

        let q = "Which parts of our NPS survey do you answer?";
        let f = first(q, Rule::Jargon);
        assert_eq!(&q[f.span], "NPS");

        let q = "How was the repair? [Excellent / Very good / Good / Fair]";
        let f = first(q, Rule::UnbalancedScale);
        assert_eq!(&q[f.span], "[Excellent / Very good / Good / Fair]");
        assert_eq!(f.rewrite, "How was the repair? [Very poor / Poor / Fair / Good / Very good]");
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
