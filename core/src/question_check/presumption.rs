//! Presumption: an experience, feeling or benefit taken for granted.

use super::text::trim_clause;
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn presumption(&self) -> Option<Finding> {
        const ASSUMES: &str = "assumes an experience or feeling the customer has not told you about.";
        if let Some(found) = self.behaviour_taken_for_granted() {
            return Some(found);
        }
        for verb in ["enjoy", "enjoyed", "like", "liked", "love", "loved", "appreciate", "appreciated", "value", "valued"] {
            for opener in ["how much did you", "how much do you", "how much do you already", "how much do you really", "what did you", "what do you", "which part did you", "which part do you"] {
                if let Some(i) = self.find(&format!("{opener} {verb}")) {
                    let verb_at = i + opener.split(' ').count();
                    // "What do you like to do at weekends?" asks a preference, and "What
                    // do you like about…?" an opinion; "What do you like most…?" presumes one.
                    let mild = self.is(verb_at, &["like", "liked", "value", "valued"]);
                    if self.is(verb_at + 1, &["to"]) || (mild && !opener.starts_with("how") && !self.is(verb_at + 1, &["most", "best"])) {
                        continue;
                    }
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
        for w in &self.words {
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
            let asked = self.find(&format!("what {trouble}")).or(self.find(&format!("which {trouble}")));
            // "What are your issues with…?"
            let yours = self.find(&format!("what are your {trouble}")).map(|i| i + 2);
            if let Some(i) = asked.or(yours) {
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
}

impl Question<'_> {
    /// Questions that take an act for granted: "Do you still…", "Why did you
    /// struggle…", "Did you see the broken headlight?", "How often do you
    /// attend…" (to someone who may never attend), "Which of our reports do
    /// you read first?" (to someone who may read none).
    fn behaviour_taken_for_granted(&self) -> Option<Finding> {
        const TAKES_FOR_GRANTED: &str = "takes for granted that the customer does this at all.";
        let hedged = self.find("if at all").is_some() || self.find("if any").is_some() || self.find("if ever").is_some();
        if hedged {
            return None;
        }
        for opener in ["do you still", "are you still", "does your company still", "have you stopped", "have you quit", "did you stop"] {
            // "What questions do you still have?" asks; only the yes/no question presumes.
            if let Some(i) = self.find(opener).filter(|&i| i == 0 || self.text[..self.words[i].span.start].trim_end().ends_with([',', '.', ';', '?'])) {
                let last = i + opener.split(' ').count() - 1;
                let rewrite = match self.norm(last) {
                    "still" => self.replaced(&self.words[last].span, ""),
                    _ => format!("What is your experience of {}?", self.rest_after(last)),
                };
                return self.quoting(Rule::Presumption, self.span(i, last), TAKES_FOR_GRANTED, self.with_options(&rewrite));
            }
        }
        // "Why did you group these together?" asks for reasons; "Why did you struggle…?" presumes a failing.
        let trouble = |k: usize| self.is(k, &["have", "had"]) && self.is(k + 1, &["trouble", "difficulty", "problems", "issues"]);
        if let Some(i) = self.find("why did you").filter(|&i| self.is(i + 3, FAILINGS) || trouble(i + 3)) {
            let rest = self.rest_after(i + 3);
            let rewrite = if self.is(i + 4, &["with", "about", "at", "on", "in"]) { format!("What happened {rest}?") } else { "What happened?".to_string() };
            return self.quoting(Rule::Presumption, self.span(i, i + 3), TAKES_FOR_GRANTED, self.with_options(&rewrite));
        }
        for opener in ["when did you know", "when did you realise", "when did you realize", "when did you notice", "when did you find out", "when did you discover"] {
            // "When did you notice that?" asks about what the customer said; "…that
            // the driver was drunk?" slips in a fact of its own.
            if let Some(i) = self.find(opener).filter(|&i| self.is(i + opener.split(' ').count(), &["that"]) && self.words.len() > i + opener.split(' ').count() + 2) {
                let last = i + opener.split(' ').count() - 1;
                let rewrite = format!("What, if anything, did you notice {}?", self.rest_after(last).trim_start_matches("that ").trim_start_matches("about "));
                return self.quoting(Rule::Presumption, self.span(i, last), TAKES_FOR_GRANTED, self.with_options(&rewrite));
            }
        }
        if let Some(i) = self.find("how often").filter(|&i| self.is(i + 2, &["has", "have", "did", "does", "do"]) && (i + 3..self.words.len()).any(|k| self.is(k, MISHAPS))) {
            let rewrite = self.replaced(&(self.words[i + 1].span.end..self.words[i + 1].span.end), ", if ever,");
            return self.quoting(Rule::Presumption, self.span(i, i + 1), TAKES_FOR_GRANTED, rewrite);
        }
        // Loftus's "Did you see the broken headlight?": a yes/no question about a thing named as there.
        for opener in ["did you see the", "did you notice the", "did you hear the"] {
            if let Some(i) = self.find(opener).filter(|&i| i == 0) {
                let rewrite = self.replaced(&self.words[i + 3].span, "a");
                return self.quoting(Rule::Presumption, self.span(i + 3, i + 3), TAKES_FOR_GRANTED, rewrite);
            }
        }
        let never_offered = self.scale.as_ref().is_some_and(|(options, _)| options.iter().any(|o| ["never", "not at all", "none", "rarely"].iter().any(|n| o.to_lowercase().starts_with(n))));
        // Events and reports a customer may never attend or read.
        if let Some(i) = self.find("how often do you").filter(|&i| !never_offered && self.is(i + 4, &["attend", "visit", "read", "open", "join", "watch", "participate"])) {
            let rewrite = self.replaced(&(self.words[i + 1].span.end..self.words[i + 1].span.end), ", if at all,");
            return self.quoting(Rule::Presumption, self.span(i, i + 1), TAKES_FOR_GRANTED, rewrite);
        }
        let i = self.find("which of our")?;
        let asks = (i + 3..self.words.len()).find(|&k| self.is(k, &["do", "did", "does"]) && self.is(k + 1, &["you"]))?;
        let rewrite = self.replaced(&(self.words[asks - 1].span.end..self.words[asks - 1].span.end), ", if any,");
        self.quoting(Rule::Presumption, self.span(i, i + 2), TAKES_FOR_GRANTED, rewrite)
    }
}

/// Things gone wrong that "How often has…" takes for granted.
const MISHAPS: &[&str] = &[
    "lost", "lose", "failed", "fail", "broken", "broke", "damaged", "missed", "miss", "forgot", "forgotten", "ignored",
    "overcharged", "delayed", "late", "wrong", "mistakes", "errors", "complained", "complain",
];

/// Failings that "Why did you …?" takes for granted.
const FAILINGS: &[&str] = &[
    "struggle", "fail", "steal", "lie", "hate", "dislike", "complain", "quit", "give", "abandon", "ignore", "avoid", "miss",
    "forget", "lose", "break", "neglect", "refuse", "waste", "mess", "stop",
];

/// Verbs that, after "how", assume the customer gained something.
const BENEFITS: &[&str] = &["improved", "improves", "helped", "helps", "saved", "save", "saves", "benefited", "benefitted", "simplified", "boosted", "streamlined", "transformed"];
