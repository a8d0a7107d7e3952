//! Presumption: an experience, feeling or benefit taken for granted.

use super::text::trim_clause;
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn presumption(&self) -> Option<Finding> {
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
}

/// Verbs that, after "how", assume the customer gained something.
const BENEFITS: &[&str] = &["improved", "improves", "helped", "helps", "saved", "save", "saves", "benefited", "benefitted", "simplified", "boosted", "streamlined", "transformed"];
