//! Jargon: the team's shorthand, unexplained.

use std::ops::Range;

use super::text::{AUXILIARIES, DETERMINERS};
use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn jargon(&self) -> Option<Finding> {
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
                && !AUXILIARIES.contains(&w.norm.as_str())
                && !self.shouted(i);
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
    /// brackets, or followed by brackets or a dash; or are a placeholder to
    /// fill in ("[BRAND]").
    fn explained(&self, first: usize, last: usize) -> bool {
        let before = self.text[..self.words[first].span.start].trim_end();
        let after = self.text[self.words[last].span.end..].trim_start();
        before.ends_with(['(', '[']) || after.starts_with('(') || after.starts_with(['—', '–']) || after.starts_with(", the") || after.starts_with(", which") || after.starts_with(", meaning") || after.starts_with(", that is")
    }

    /// Whether word `i` stands beside another word in capitals: a name or
    /// emphasis written in capitals ("XY COMPANY", "DO you…"), not an acronym.
    fn shouted(&self, i: usize) -> bool {
        let capitals = |k: usize| self.words.get(k).is_some_and(|w| {
            let original = &self.text[w.span.clone()];
            original.len() >= 2 && original.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '\'')
        });
        (i > 0 && capitals(i - 1)) || capitals(i + 1)
    }

    /// Whether the question also spells out the acronym: "Net Promoter Score … NPS".
    fn spelled_out(&self, acronym: &str) -> bool {
        let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
        self.words.windows(letters.len()).any(|run| run.iter().zip(&letters).all(|(w, l)| w.norm.starts_with(*l) && w.norm.len() > 1))
    }
}

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
const COMMON_CAPITALS: &[&str] = &[
    "I", "OK", "UK", "US", "USA", "EU", "TV", "PDF", "CEO", "IT", "FAQ", "AM", "PM", "ID", "HR", "PS", "BBC", "NHS", "UN", "XYZ",
    "ABC", "XXX", "XX", "X", "Y", "Z", "N/A", "NA", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "WWI", "WWII",
];
