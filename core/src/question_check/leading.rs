//! Leading: wording that signals the expected answer.

use super::text::{lower_first, trim_clause};
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn leading(&self) -> Option<Finding> {
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
}

/// Words like "how" take after them in "How easy was it…", assuming the good end.
const POSITIVE_DEGREES: &[&str] = &[
    "great", "good", "helpful", "happy", "pleased", "wonderful", "smooth", "effective", "responsive", "convenient", "reliable",
    "pleasant", "excellent", "nice", "friendly", "satisfying",
];

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
