//! Loaded words: emotive words that tell the customer how to feel.

use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn loaded(&self) -> Option<Finding> {
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
}

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
