//! Answer options: how they are read from the question and whether they lean one way.

use std::ops::Range;

use super::text::trim_end_space;
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn unbalanced_scale(&self) -> Option<Finding> {
        let (options, range) = self.scale.as_ref()?;
        if !options.iter().any(|o| is_rating(o)) {
            return None;
        }
        let polarity: Vec<Polarity> = options.iter().map(|o| polarity(o)).collect();
        let unipolar = [options.first(), options.last()].into_iter().flatten().any(|end| {
            let end = end.to_lowercase();
            ["not at all", "never", "none", "no ", "0"].iter().any(|p| end.starts_with(p)) || (end.starts_with("not ") && end.contains("at all"))
        });
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
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '/').filter(|w| !w.is_empty()).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    // "Don't know" and "N/A" sit outside the scale.
    let outside = has(&["n/a", "applicable"]) || lower.contains("don't know") || lower.contains("prefer not");
    if outside || has(&["neither", "neutral", "average", "fair", "ok", "okay", "unsure", "mixed", "undecided", "sometimes", "same", "adequate", "moderately"]) {
        return Polarity::Middle;
    }
    let negated = has(&["not", "no", "never", "rarely", "hardly"]);
    let unfavourable = has(&["poor", "bad", "terrible", "awful", "low", "worse", "difficult", "hard", "slow", "late", "harder", "slower"])
        || words.iter().any(|w| {
            ["dis", "un", "in", "ir", "im"].iter().any(|p| w.starts_with(p))
                && w.len() > 5
                && !["important", "interested", "informed", "invaluable", "indispensable", "influential", "insightful"].contains(w)
        });
    // "Not disappointed" is the favourable side of "disappointed".
    if negated != unfavourable { Polarity::Negative } else { Polarity::Positive }
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

/// The answer options written after the question in brackets, split on "/".
pub(super) fn answer_options(text: &str) -> Option<(Vec<String>, Range<usize>)> {
    let trimmed = text.trim_end();
    let (open, close) = if trimmed.ends_with(']') { ('[', ']') } else if trimmed.ends_with(')') { ('(', ')') } else { return None };
    let start = trimmed.rfind(open)?;
    let inner = &trimmed[start + 1..trimmed.len() - close.len_utf8()];
    let options: Vec<String> = inner.split('/').map(|o| o.trim().to_string()).filter(|o| !o.is_empty()).collect();
    (options.len() >= 2).then_some((options, start..trimmed.len()))
}
