//! Double-barrelled: two things asked at once.

use super::text::{capitalise, tidy, trim_clause, DETERMINERS};
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn double_barrelled(&self) -> Option<Finding> {
        // In several sentences only the question counts, not a preamble or an instruction.
        let asking = self.question_sentence();
        for (i, w) in self.words.iter().enumerate() {
            // "Or" offers alternatives ("for or against", "email or phone"); only "and" asks two things.
            let in_the_question = asking.contains(&w.span.start);
            if !matches!(w.norm.as_str(), "and" | "and/or") || i == 0 || i + 1 >= self.words.len() || !in_the_question {
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
                self.with_options(&rewrite),
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
        if ["not", "no", "otherwise", "anything", "something", "worse", "less"].contains(&after) {
            return true;
        }
        // "1 and 5", "with 1 being the worst and 5 being the best"
        if after.chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
        // A follow-up probe rather than a second subject: "…, and why?", "and how it went".
        let probe_ends = i + 2 >= self.words.len() || self.is(i + 2, &["not", "that", "so"]);
        if matches!(after, "why" | "when" | "where") && probe_ends {
            return true;
        }
        let opens_a_clause = self.is(i + 2, &["it", "you", "your", "they", "their", "the", "this", "that", "we", "our", "he", "she", "to", "happened", "a", "an"]);
        if matches!(after, "how" | "what") && opens_a_clause {
            return true;
        }
        false
    }
}

/// Words after which a double-barrelled question's shared beginning ends.
const STEM_ENDS: &[&str] = &["with", "about", "of", "for", "to", "is", "are", "was", "were", "find", "rate", "be", "been", "how"];

/// Words that end the right-hand thing of "X and Y …": what follows is shared.
const GROUP_ENDS: &[&str] =
    &["in", "on", "at", "for", "of", "with", "about", "from", "when", "during", "are", "is", "was", "were", "do", "does", "did"];

/// Pairs that name one thing, so "and" between them asks one question.
const FIXED_PAIRS: &[(&str, &str)] = &[
    ("terms", "conditions"),
    ("pros", "cons"),
    ("up", "down"),
    ("time", "in"),
    ("health", "safety"),
    ("sales", "operations"),
    ("research", "development"),
    ("repair", "overhaul"),
    ("now", "then"),
    ("again", "again"),
    ("back", "forth"),
    ("trial", "error"),
    ("supply", "demand"),
    ("you", "your"),
    ("you", "us"),
    ("you", "we"),
    ("you", "i"),
    ("good", "bad"),
    ("strengths", "weaknesses"),
    ("success", "failure"),
    ("likes", "dislikes"),
    ("tools", "equipment"),
    ("materials", "equipment"),
    ("courtesy", "respect"),
    ("vision", "values"),
    ("send", "receive"),
];
