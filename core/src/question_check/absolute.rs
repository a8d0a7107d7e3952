//! Absolutes: all-or-nothing words.

use super::text::{lower_first, AUXILIARIES};
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn absolute(&self) -> Option<Finding> {
        let (first, last) = self.words.iter().enumerate().find_map(|(i, w)| {
            let hit = match w.norm.as_str() {
                word if ABSOLUTES.contains(&word) => Some(i),
                "all" if self.is(i + 1, &["the"]) && self.is(i + 2, &["time"]) => Some(i + 2),
                "at" if self.is(i + 1, &["all"]) && self.is(i + 2, &["times"]) => Some(i + 2),
                "all" if self.is(i + 1, &["of"]) && !self.is(i.wrapping_sub(1), &["of", "at"]) => Some(i + 1),
                "in" if self.is(i + 1, &["all"]) && self.is(i + 2, &["cases"]) => Some(i + 2),
                _ => None,
            };
            // "ever so slightly"; "Have you ever had…" asks whether it happened at
            // all, and "every day" is a frequency, not a claim.
            // "…, if ever," hedges, as "if at all" does.
            let lifetime = w.norm == "ever" && ((i == 2 && self.is(0, &["have", "has"])) || (i > 0 && self.is(i - 1, &["if"])));
            let frequency = w.norm == "every" && self.is(i + 1, &["day", "week", "month", "year", "morning", "evening", "night"]);
            // "taking everything into account"; "Tell me everything that happened" asks for the whole story.
            let weighing_up = w.norm == "everything" && (self.is(i + 1, &["into", "considered"]) || (i > 0 && self.is(i - 1, &["me", "us"])));
            hit.filter(|_| !self.is(i + 1, &["so"]) && !lifetime && !frequency && !weighing_up).map(|last| (i, last))
        })?;
        let span = self.span(first, last);
        // "every" and "everything" keep the sentence whole: "each", "each part".
        let softer = match self.norm(first) {
            "every" => "each",
            "everything" => "each part",
            _ => "",
        };
        let mut rewrite = self.replaced(&span, softer);
        if self.is(0, AUXILIARIES) && !self.is(first, &["every", "none", "nothing", "everything"]) {
            rewrite = format!("How often, if at all, {}", lower_first(&rewrite));
        }
        self.quoting(Rule::Absolute, span, "forces an all-or-nothing answer where the truth is usually “sometimes”.", rewrite)
    }
}

/// Words that leave no room for "sometimes". Word lists like this one are
/// slices rather than `matches!` patterns: a table of strings costs the
/// bundle far less than the comparisons a pattern compiles to.
const ABSOLUTES: &[&str] = &[
    "always", "never", "ever", "every", "everything", "nothing", "none", "completely", "entirely", "totally", "absolutely",
    "constantly", "invariably", "everywhere",
];
