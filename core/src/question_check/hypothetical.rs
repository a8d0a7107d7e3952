//! Hypothetical: the customer asked to predict their own behaviour.

use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn hypothetical(&self) -> Option<Finding> {
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
            "are you likely to",
            "could you see yourself",
            "you see yourself",
        ];
        for start in starts {
            let Some(i) = self.find(start) else { continue };
            let last = i + start.split(' ').count() - 1;
            let current_opinion = self.find("if anything").is_some() || self.find("if any").is_some();
            if start == "would you" && current_opinion {
                continue;
            }
            // "What would you do next?" asks how the customer goes about things;
            // "What would you pay…?" asks for a prediction.
            let asks_how = i > 0
                && (self.is(i - 1, &["what", "where", "who", "which", "why", "when", "how"]) || self.is(i.wrapping_sub(2), &["who", "what"]) && self.is(i - 1, &["else"]))
                && !self.is(last + 1, &["pay", "spend", "buy", "be", "choose"])
                && self.find("if").is_none();
            if start == "would you" && asks_how {
                continue;
            }
            if start == "would you" && self.is(last + 1, &["describe", "rate", "explain", "define", "summarise", "summarize", "say", "call", "put", "compare", "characterise", "characterize", "tell", "mind", "walk", "like", "rank", "agree", "think"]) {
                continue;
            }
            // "…you'd like to…" is a wish, not a prediction.
            if start == "you'd" && self.is(last + 1, &["like", "prefer"]) {
                continue;
            }
            let span = self.span(i, last);
            let action = strip_future(self.rest_after(last));
            // "Would you consider a longer contract?" → "When did you last consider a longer contract?"
            let action = if start.ends_with("consider") { format!("consider {action}") } else { action };
            let rewrite = if action.split_whitespace().count() < 2 { "Tell me about the last time this came up.".to_string() } else { format!("When did you last {action}?") };
            return self.quoting(Rule::Hypothetical, span, PREDICTS, rewrite);
        }
        let conditional = self.find("if we").or(self.find("if you")).or(self.find("imagine")).or(self.find("suppose"));
        // "If we could change one thing, what would it be?" asks for an idea; the
        // condition predicts behaviour only when the customer or their team acts.
        let modal = (0..self.words.len()).position(|k| {
            (self.is(k, &["would", "will", "could", "might", "wouldn't"]) && self.is(k + 1, &["you", "your"]) && !self.is(k + 2, &["feel", "describe", "rate"]))
                || (self.is(k, &["you'd", "you'll"]) && !self.is(k + 1, &["like", "feel"]))
        });
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
}

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
