//! Loaded words: emotive words that tell the customer how to feel.

use super::{Finding, Question, Rule};

impl Question<'_> {
    pub(super) fn loaded(&self) -> Option<Finding> {
        let hits: Vec<(usize, &str)> = self
            .words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let neutral = LOADED.iter().find(|(word, _)| *word == w.norm).map(|(_, neutral)| *neutral);
                neutral.or_else(|| self.judges_the_object(i).then_some("")).map(|neutral| (i, neutral))
            })
            .collect();
        let &(i, _) = hits.first()?;
        // Every loaded word goes, with the intensifier in front of it and the
        // comma after a removed one ("our fast, friendly service"), so the rewrite is clean.
        let mut rewrite = self.text.to_string();
        for &(k, neutral) in hits.iter().rev() {
            let first = if k > 0 && self.is(k - 1, &["so", "very", "really", "truly", "such", "totally", "absolutely"]) { k - 1 } else { k };
            let mut span = self.span(first, k);
            if neutral.is_empty() && self.text[span.end..].starts_with(',') && self.words.get(k + 1).is_some_and(|next| self.text[span.end + 1..next.span.start].trim().is_empty()) {
                span.end += 1;
            }
            rewrite.replace_range(span, neutral);
        }
        self.quoting(Rule::Loaded, self.span(i, i), "tells the customer how to feel before they answer.", rewrite)
    }

    /// Praise or blame built into the thing asked about: "our fast, friendly
    /// service", "the confusing new portal". The word stands between a
    /// determiner (or another such word) and the thing it describes.
    fn judges_the_object(&self, i: usize) -> bool {
        if !self.is(i, JUDGED) || i == 0 {
            return false;
        }
        let mut before = i - 1;
        while before > 0 && (self.is(before, JUDGED) || self.is(before, &["new", "recent", "latest", "current"])) {
            before -= 1;
        }
        let after_determiner = self.is(before, &["our", "the", "your", "this", "these", "those", "its", "their", "my"]);
        let next = self.words.get(i + 1);
        let describes_a_thing = next.is_some_and(|next| {
            self.text[self.words[i].span.end..next.span.start].trim_matches([' ', ',']).is_empty() && !self.is(i + 1, FUNCTION_WORDS)
        });
        after_determiner && describes_a_thing
    }
}

/// Words of praise or blame that are loaded only when they describe the thing
/// asked about ("How fast was it?" asks; "our fast service" tells).
pub(super) const JUDGED: &[&str] = &[
    "fast", "quick", "speedy", "prompt", "friendly", "helpful", "knowledgeable", "courteous", "polite", "professional",
    "efficient", "reliable", "convenient", "user-friendly", "easy-to-use", "intuitive", "innovative", "improved", "enhanced",
    "award-winning", "popular", "trusted", "valuable", "high-quality", "premium", "affordable", "great", "good", "beautiful",
    "attractive", "modern", "state-of-the-art", "cutting-edge", "powerful", "competitive", "low", "caring", "dedicated",
    "skilled", "talented", "responsive", "timely", "smooth", "hard-working", "hardworking", "nice", "lovely", "handy",
    "valued", "beloved", "renowned", "successful", "proven", "first-class", "top-notch", "slow", "unhelpful", "confusing",
    "complicated", "expensive", "costly", "high", "poor", "bad", "outdated", "old-fashioned", "broken", "clumsy",
    "inconvenient", "lengthy", "unreliable", "unfair", "hidden", "failed", "failing", "careless", "inefficient", "bureaucratic",
    "restrictive", "harmful", "dangerous", "controversial", "unpopular", "so-called", "ugly", "boring", "tedious", "unnecessary",
    "unwanted", "cumbersome", "difficult", "messy", "dirty", "unsafe", "risky", "greedy", "corrupt", "dishonest",
    "disappointing", "mediocre", "substandard", "inferior", "flimsy", "cheap", "essential", "vital", "frustrating",
];

/// Words that follow an adjective without being the thing it describes.
const FUNCTION_WORDS: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "and", "or", "is", "are", "was", "were", "be", "been", "enough", "than", "as", "with",
    "about", "from", "by", "it", "you", "that", "this", "way", "time", "one", "ones", "thing", "things", "part", "parts",
];

/// Emotive words and a neutral word to put in their place ("" removes them).
const LOADED: &[(&str, &str)] = &[
    ("terrible", ""), ("awful", ""), ("horrible", ""), ("dreadful", ""), ("appalling", ""), ("abysmal", ""), ("atrocious", ""),
    ("horrendous", ""), ("lousy", ""), ("pathetic", ""), ("shocking", ""), ("disgraceful", ""), ("outrageous", ""),
    ("ridiculous", ""), ("unacceptable", ""), ("useless", ""), ("pointless", ""), ("incompetent", ""), ("sloppy", ""),
    ("disastrous", ""), ("disaster", "result"), ("nightmare", "situation"), ("fiasco", "result"), ("mess", "situation"),
    ("hassle", "task"), ("painful", "difficult"), ("frustrates", "affects"), ("annoys", "affects"), ("annoying", ""), ("annoyed", "affected"),
    ("infuriating", ""), ("irritating", ""), ("amazing", ""), ("fantastic", ""), ("excellent", ""), ("outstanding", ""),
    ("superb", ""), ("wonderful", ""), ("brilliant", ""), ("awesome", ""), ("incredible", ""), ("stellar", ""), ("exceptional", ""),
    ("world-class", ""), ("best-in-class", ""), ("delightful", ""), ("delighted", "satisfied"), ("fabulous", ""), ("marvellous", ""),
    ("marvelous", ""), ("superior", ""), ("flawless", ""), ("seamless", ""), ("effortless", ""), ("ruined", "affected"),
    ("plagued", "affected"), ("suffer", "experience"), ("suffered", "experienced"), ("endure", "experience"), ("endured", "experienced"),
    ("botched", ""), ("crippling", ""), ("chaotic", ""), ("chaos", "situation"), ("hate", "think of"), ("generous", ""),
    ("exorbitant", ""), ("ripoff", "price"), ("rip-off", "price"), ("overpriced", ""), ("clunky", ""), ("pushy", ""), ("rude", ""),
    ("lazy", ""), ("shoddy", ""), ("excessive", ""), ("unbearable", ""), ("agonising", ""), ("agonizing", ""), ("wasteful", ""),
    ("waste", "spend"), ("wasting", "spending"), ("wasted", "spent"), ("squander", "spend"), ("exciting", ""), ("gouging", "pricing"),
    ("scam", "offer"), ("junk", ""), ("bloated", ""), ("draconian", ""), ("disgusting", ""), ("horrific", ""), ("catastrophic", ""),
    ("devastating", ""), ("burdensome", ""), ("handouts", "payments"), ("bland", ""), ("oppressive", ""), ("skyrocketing", "rising"),
    ("frivolous", ""), ("dutiful", ""), ("delicious", ""), ("record-breaking", ""), ("groundbreaking", ""), ("revolutionary", ""),
    ("game-changing", ""), ("life-changing", ""), ("acclaimed", ""), ("impactful", ""), ("must-have", ""), ("unbeatable", ""),
    ("unrivalled", ""), ("unparalleled", ""), ("unconstitutional", ""), ("tinpot", ""), ("undesirable", ""), ("heartless", ""), ("force", "require"), ("forced", "required"), ("forcing", "requiring"),
];
