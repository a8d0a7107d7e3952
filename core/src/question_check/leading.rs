//! Leading: wording that signals the expected answer.

use super::text::{capitalise, lower_first, trim_clause};
use super::loaded::JUDGED;
use super::{Finding, Question, Rule};

const EXPECTS: &str = "tells the customer which answer you expect.";
const FOLLOWS_OTHERS: &str = "invites the customer to agree with others instead of giving their own view.";
const ONE_SIDED: &str = "offers only one answer to agree with; name the other side too.";
const SUGGESTS_DETAIL: &str = "suggests the answer you want confirmed; ask what happened.";
const FRAMES: &str = "tells the customer what to think before asking; ask the question on its own.";

impl Question<'_> {
    /// The patterns in turn; the first that matches is the finding.
    pub(super) fn leading(&self) -> Option<Finding> {
        self.negative_question()
            .or_else(|| self.appeal_to_others())
            .or_else(|| self.tag())
            .or_else(|| self.certainty())
            .or_else(|| self.framing())
            .or_else(|| self.assumed_degree())
            .or_else(|| self.one_sided())
            .or_else(|| self.statement_as_question())
    }

    /// "Don't you agree…", "Wouldn't you say…", "Wasn't the light green?",
    /// and a negative tag: "…, isn't it?".
    fn negative_question(&self) -> Option<Finding> {
        for (i, w) in self.words.iter().enumerate() {
            // "What didn't you like about it?" asks; only an opening or a tag leads.
            let is_tag = i > 0 && self.text[..w.span.start].trim_end().ends_with(',');
            let negated = w.norm.ends_with("n't") && (is_tag || !(0..i).any(|k| self.is(k, QUESTION_WORDS)));
            if negated && self.is(i + 1, PRONOUNS) && w.norm != "can't" {
                let clause = if is_tag {
                    trim_clause(&self.text[..w.span.start])
                } else {
                    let mut after = i + 1;
                    while self.is(after + 1, &["agree", "think", "say", "feel", "find", "believe", "true", "that"]) {
                        after += 1;
                    }
                    self.rest_after(after)
                };
                return self.quoting(Rule::Leading, self.span(i, i + 1), EXPECTS, self.with_options(&view_of(clause)));
            }
            if negated && i == 0 {
                let plain = match w.norm.trim_end_matches("n't") {
                    "wo" => "will".to_string(),
                    "ca" => "can".to_string(),
                    "sha" => "shall".to_string(),
                    other => other.to_string(),
                };
                return self.quoting(Rule::Leading, self.span(0, 0), EXPECTS, self.replaced(&w.span, &plain));
            }
        }
        None
    }

    /// "You weren't at the review, were you?", "…, right?", and a claim
    /// closed by "Do you agree?" or "— do you?".
    fn tag(&self) -> Option<Finding> {
        let n = self.words.len();
        let after_comma = |k: usize| self.text[..self.words[k].span.start].trim_end().ends_with(',');
        let tag_at = if n >= 4 && self.is(n - 2, TAG_VERBS) && self.is(n - 1, PRONOUNS) && after_comma(n - 2) {
            Some(n - 2)
        } else if n >= 3 && self.is(n - 1, &["right", "correct", "yes", "agreed", "true", "no", "ok", "okay"]) && after_comma(n - 1) {
            Some(n - 1)
        } else {
            self.agree_after_a_claim()
        }?;
        let clause = trim_clause(&self.text[..self.words[tag_at].span.start]).trim_end_matches(['—', '–', '-', ',', '.', ':', ' ']);
        self.quoting(Rule::Leading, self.span(tag_at, n - 1), EXPECTS, self.with_options(&view_of(clause)))
    }

    fn certainty(&self) -> Option<Finding> {
        let phrase = ["surely", "obviously", "clearly", "of course", "i'm sure", "i am sure", "we know", "as you know", "is it true that", "is it fair to say"].into_iter().find(|p| self.find(p).is_some())?;
        let i = self.find(phrase)?;
        let last = i + phrase.split(' ').count() - 1;
        self.quoting(Rule::Leading, self.span(i, last), EXPECTS, self.with_options(&view_of(self.rest_after(last))))
    }

    fn appeal_to_others(&self) -> Option<Finding> {
        let (first, verb) = self.claim_by_others()?;
        let mut end = verb;
        while self.is(end + 1, &["us", "that", "you"]) {
            end += 1;
        }
        let clause = self.rest_after(end);
        let clause = clause.split(['—', ';', '–', ':', '.', '?']).next().unwrap_or(clause);
        self.quoting(Rule::Leading, self.span(first, verb), FOLLOWS_OTHERS, self.with_options(&view_of(clause)))
    }

    /// A statement or a reason put before the question: "Bright colours are
    /// important. What do you think…?", "Given the rising costs, do you…?",
    /// "…to build a park in order to keep children safe?". The rewrite asks
    /// the question alone.
    fn framing(&self) -> Option<Finding> {
        if let Some(end) = self.preamble() {
            let question = self.text[end..self.stem.end].trim_start_matches(['.', '!', ';', ' ']);
            let span = self.words[0].span.start..self.text[..end].trim_end().len();
            return self.quoting(Rule::Leading, span, FRAMES, self.with_options(&capitalise(question)));
        }
        let opener = ["given that", "given", "considering", "since", "now that", "because"].into_iter().find(|o| self.find(o) == Some(0));
        if let Some(opener) = opener {
            let comma = self.text[..self.stem.end].find(',')?;
            let question = self.text[comma + 1..self.stem.end].trim();
            let last = opener.split(' ').count() - 1;
            return self.quoting(Rule::Leading, self.span(0, last), FRAMES, self.with_options(&capitalise(question)));
        }
        let i = self.find("in order to").or(self.find("because")).filter(|&i| i > 2)?;
        let question = format!("{}?", trim_clause(&self.text[..self.words[i].span.start]));
        let last = if self.is(i, &["because"]) { i } else { i + 2 };
        self.quoting(Rule::Leading, self.span(i, last), FRAMES, self.with_options(&question))
    }

    /// Where the question proper starts after a statement that frames it,
    /// unless that statement only sets the scene ("I'd like to ask about
    /// deliveries.", "Think of your last order.") or gives both sides
    /// ("Some people say …; others say …").
    fn preamble(&self) -> Option<usize> {
        let stem = &self.text[..self.stem.end];
        let end = *self.sentence_ends.first()?;
        let question_follows = stem[end..].trim_end().ends_with('?');
        let claims = self.words.iter().take_while(|w| w.span.start < end).any(|w| CLAIM_WORDS.contains(&w.norm.as_str()) || JUDGED.contains(&w.norm.as_str()));
        (question_follows && claims && !self.is(0, SCENE_SETTERS) && !self.gives_both_sides() && !stem[..end].contains('?')).then_some(end)
    }

    /// "How easy was it…", "How unhappy are you…": the question assumes
    /// the answer lies at one end.
    fn assumed_degree(&self) -> Option<Finding> {
        // With answer options from "Not at all happy" up, the scale asks the degree fairly.
        if !self.is(0, &["how"]) || !(self.is(1, POSITIVE_DEGREES) || self.is(1, NEGATIVE_DEGREES)) || self.scale.is_some() {
            return None;
        }
        let rewrite = if self.is(2, &["is", "was", "are", "were"]) && self.is(3, &["you"]) {
            format!("How do you feel {}?", self.rest_after(3))
        } else if self.is(2, &["is", "was", "are", "were"]) {
            let rest = self.rest_after(2);
            match rest.strip_prefix("it ") {
                Some(action) => format!("What {} it like {action}?", self.norm(2)),
                None => format!("How would you describe {rest}?"),
            }
        } else {
            "How would you describe it in your own words?".to_string()
        };
        self.quoting(Rule::Leading, self.span(0, 1), EXPECTS, self.with_options(&rewrite))
    }

    /// "Do you agree that…?", "How strongly do you support…?", "Do you
    /// prefer cats?", "Would you find this useful?", "Are you worried
    /// about…?": one side offered, the other left unsaid.
    fn one_sided(&self) -> Option<Finding> {
        let offers_both = self.scale.is_some() || self.words.iter().any(|w| ["or", "disagree", "oppose", "disapprove", "than", "over", "versus", "vs"].contains(&w.norm.as_str()));
        if offers_both {
            return None;
        }
        let asked = ["do you agree", "would you agree", "how strongly do you agree", "how much do you agree", "to what extent do you agree"].iter().find_map(|q| self.find(q));
        if let Some(i) = asked {
            let at = i + (0..5).find(|&k| self.is(i + k, &["agree"]))?;
            let rewrite = self.replaced(&self.words[at].span, "agree or disagree");
            return self.quoting(Rule::Leading, self.span(at, at), ONE_SIDED, rewrite);
        }
        // "Would a weekly summary be useful?" is a yes/no question that starts later.
        let would_be = || (0..self.words.len()).find(|&k| self.is(k, &["would"]) && (self.is(k + 2, &["be"]) || self.is(k + 3, &["be"])));
        let start = self.yes_no_start().or_else(would_be)?;
        // "Do you have trouble with…?": a problem suggested.
        if let Some(k) = self.find("do you have") {
            let article = usize::from(self.is(k + 3, &["a", "any"]));
            let problem = k + 3 + article;
            if self.is(problem, &["trouble", "problems", "problem", "difficulty", "issues"]) && (article == 0 || self.is(problem, &["problem"])) {
                let rewrite = format!("How does {} work for you?", self.rest_after(problem).trim_start_matches("with "));
                return self.quoting(Rule::Leading, self.span(k + 3, problem), SUGGESTS_DETAIL, self.with_options(&rewrite));
            }
        }
        let detail = |k: usize| self.is(k, DETAILS) && self.text[self.words[k].span.clone()].starts_with(|c: char| c.is_lowercase() || k == 0);
        if let Some(k) = (start..self.words.len()).find(|&k| detail(k) || self.clock_time(k)) {
            return self.quoting(Rule::Leading, self.span(k, k), SUGGESTS_DETAIL, "What do you remember about it?".into());
        }
        if let Some(k) = self.find("make you").or(self.find("made you")).filter(|&k| k > start) {
            return self.quoting(Rule::Leading, self.span(k, k + 1), SUGGESTS_DETAIL, "What led to that?".into());
        }
        // "Does this sound useful?", "Would a weekly summary be useful for you?"
        let before_praise = |k: usize| self.is(k - 1, &["sound", "sounds", "seem", "seems"]) || (self.is(k - 1, &["be"]) && (0..k).any(|j| self.is(j, &["would"])));
        let sounds = |k: usize| before_praise(k) && self.is(k, &["useful", "helpful", "good", "great", "valuable", "interesting"]);
        // "Do you like my idea?": people are polite about ideas put to them.
        if let Some(k) = (start..self.words.len()).find(|&k| k > 0 && self.is(k, &["idea", "concept", "prototype"]) && self.is(k - 1, &["my", "our"])) {
            return self.quoting(Rule::Leading, self.span(k - 1, k), EXPECTS, "Tell me about the last time you had this problem.".into());
        }
        let offered = (start + 1..self.words.len()).find(|&k| ONE_SIDED_ANSWERS.contains(&self.norm(k)) || sounds(k));
        let feeling = (1..self.words.len()).find(|&k| self.is(k, FEELINGS) && self.is(k - 1, &["you", "be", "feel"]) && self.is(k + 1, &["about", "with", "that", "by"]));
        if let Some(k) = feeling {
            let rewrite = format!("How do you feel {}?", self.rest_after(k));
            return self.quoting(Rule::Leading, self.span(k, k), ONE_SIDED, self.with_options(&rewrite));
        }
        let k = offered.filter(|&k| k > 0 && !self.is(k - 1, &["how", "not", "no"]))?;
        let rewrite = format!("{} or not?", trim_clause(&self.text[..self.stem.end]));
        self.quoting(Rule::Leading, self.span(k, k), ONE_SIDED, self.with_options(&rewrite))
    }

    /// Whether word `k` ends a clock time: "8 pm", "8 p.m.", "10 o'clock".
    fn clock_time(&self, k: usize) -> bool {
        let after_number = k > 0 && self.norm(k - 1).chars().all(|c| c.is_ascii_digit());
        let p_m = self.is(k, &["p", "a"]) && self.is(k + 1, &["m"]);
        after_number && (self.is(k, &["am", "pm", "o'clock"]) || p_m)
    }

    /// Where a yes/no question starts: its first word, or the first word
    /// after a comma or semicolon ("When it comes to pets, do you prefer cats?").
    fn yes_no_start(&self) -> Option<usize> {
        let opens = |k: usize| self.is(k, TAG_VERBS) || self.is(k, &["might", "may"]);
        if opens(0) {
            return Some(0);
        }
        (1..self.words.len()).find(|&k| opens(k) && self.is(k + 1, PRONOUNS) && self.text[..self.words[k].span.start].trim_end().ends_with([',', ';']))
    }

    /// "You came home after midnight?", "It rained last night?": a
    /// statement said as a question asks the customer to confirm it.
    fn statement_as_question(&self) -> Option<Finding> {
        let asked = self.text[..self.stem.end].trim_end().ends_with('?');
        let pronoun_subject = self.is(0, &["you", "you're", "you've", "you'd", "it", "it's", "he", "she", "they", "they're", "there"]);
        let starts_with_subject = pronoun_subject || (self.is(0, &["your", "the"]) && self.is(1, STATEMENT_VERBS));
        // "You mentioned delays — what happened?" ends in a question of its own;
        // "It doesn't hurt when I press here?" does not.
        let asks_its_own = (1..self.words.len()).any(|k| self.is(k, QUESTION_WORDS) && self.text[..self.words[k].span.start].trim_end().ends_with([',', '—', '–', '-', ':']));
        if !(asked && starts_with_subject) || asks_its_own || self.words.len() < 3 || !self.sentence_ends.is_empty() {
            return None;
        }
        let clause = trim_clause(&self.text[..self.stem.end]);
        self.quoting(Rule::Leading, self.span(0, 1), EXPECTS, self.with_options(&view_of(clause)))
    }
}

impl Question<'_> {
    /// "Experts agree…", "Studies show…", "Most of our customers say…",
    /// "Like many others, …": the first word of the appeal and its verb. An
    /// appeal asked about ("What do other customers tell you?") is no claim.
    fn claim_by_others(&self) -> Option<(usize, usize)> {
        if self.gives_both_sides() {
            return None;
        }
        for i in 0..self.words.len() {
            let quantified = self.is(i, &["most", "many", "all", "other", "our", "others", "everyone", "everybody", "some", "critics"]) || (self.is(i, &["like"]) && self.is(i + 1, &["most", "many"]));
            if !quantified && !self.is(i, AUTHORITIES) {
                continue;
            }
            if (i.saturating_sub(2)..i).any(|k| self.is(k, &["do", "does", "did", "how", "what", "why", "which", "who", "would", "could", "should", "if"])) {
                continue;
            }
            // "Some say…", "Critics claim…": the group can be the quantifier itself.
            let says_itself = self.is(i, &["some", "others", "critics"]) && (self.is(i + 1, CLAIMS) || (self.is(i + 1, &["have", "has"]) && self.is(i + 2, CLAIMS)));
            let group = if says_itself { Some(i) } else { (i..self.words.len().min(i + 5)).find(|&k| self.is(k, CROWDS) || self.is(k, AUTHORITIES)) };
            let Some(group) = group else { continue };
            if self.is(i, &["like"]) && self.text[self.words[group].span.end..].trim_start().starts_with(',') {
                return Some((i, group));
            }
            // "Everyone we have spoken to values…" puts more words between group and verb.
            let reach = if self.is(group, &["everyone", "everybody"]) { 6 } else { 4 };
            if let Some(verb) = (group + 1..self.words.len().min(group + reach)).find(|&k| self.is(k, CLAIMS)) {
                return Some((i, verb));
            }
        }
        self.find("according to").filter(|&i| self.is(i + 2, AUTHORITIES) || self.is(i + 3, AUTHORITIES)).map(|i| (i, i + 1))
    }

    /// "Some people say …; other people say …": both sides given, nobody's view pressed.
    fn gives_both_sides(&self) -> bool {
        self.find("whereas").is_some() || (self.find("some").is_some() && (self.find("others").is_some() || self.find("other people").is_some()))
    }

    /// Where a closing "(do|would) you (agree)?" starts, when a claim comes before it.
    fn agree_after_a_claim(&self) -> Option<usize> {
        let n = self.words.len();
        let ask = if self.is(n.wrapping_sub(1), &["agree"]) { n.checked_sub(3)? } else { n.checked_sub(2)? };
        let asks = self.is(ask, &["do", "would", "don't", "wouldn't"]) && self.is(ask + 1, &["you"]) && ask > 2;
        let after_claim = self.text[..self.words.get(ask)?.span.start].trim_end().ends_with(['.', '—', '–', '-', ',', ':']);
        (asks && after_claim).then_some(ask)
    }
}

const TAG_VERBS: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "will", "would", "should", "shall",
];

const PRONOUNS: &[&str] = &["you", "it", "we", "they", "that", "this", "there", "he", "she", "i"];

/// Whose opinion, cited, makes a question ask for agreement.
const AUTHORITIES: &[&str] = &[
    "experts", "studies", "research", "scientists", "doctors", "dentists", "specialists", "professionals", "analysts", "surveys",
    "polls", "economists", "researchers", "statistics", "evidence", "poll", "study", "survey", "everyone", "everybody",
];

const CROWDS: &[&str] = &[
    "customers", "clients", "people", "users", "others", "consumers", "companies", "businesses", "americans", "parents",
    "employees", "members", "colleagues", "peers", "buyers", "shoppers", "patients", "citizens", "voters", "teams", "firms",
];

/// Verbs that turn a group into an opinion to agree with.
const CLAIMS: &[&str] = &[
    "agree", "agrees", "say", "says", "said", "tell", "told", "show", "shows", "showed", "shown", "suggest", "suggests",
    "suggested", "find", "found", "feel", "feels", "felt", "believe", "believes", "recommend", "recommends", "think", "thinks",
    "prefer", "prefers", "like", "likes", "love", "loves", "report", "reports", "reported", "rate", "rated", "mention",
    "mentioned", "know", "knows", "consider", "considers", "warn", "warns", "confirm", "confirms", "prove", "proves", "proven",
    "indicate", "indicates", "support", "supports", "favour", "favor", "want", "wants", "choose", "chose", "states",
    "stated", "finds", "knows", "agreed", "value", "values", "valued", "claim", "claims", "claimed", "confirmed", "described",
];

/// Words that make a sentence before the question a claim to agree with.
const CLAIM_WORDS: &[&str] = &[
    "important", "harmful", "improve", "improves", "should", "must", "problem", "problems", "difficulty", "difficult",
    "trouble", "best", "better", "worse", "worst", "benefit", "benefits", "helps", "saves", "waste", "dangerous", "easier",
    "harder", "shown", "found", "states", "proven", "agree", "believe", "solve", "solves", "solved", "claim", "claims",
    "needlessly", "dying",
];

/// Openers of a sentence that sets the scene rather than making a claim.
const SCENE_SETTERS: &[&str] = &[
    "suppose", "imagine", "if", "think", "my", "imagine", "tell", "describe", "remember", "consider", "please", "walk", "recall", "picture", "look",
    "thank", "thanks", "now", "next", "first", "finally", "okay", "ok", "so", "in", "on", "for", "during", "before", "after",
];

/// Answers a yes/no question can offer as the only one: "Would you find it useful?"
const ONE_SIDED_ANSWERS: &[&str] = &["best", "sensible", "prefer", "deserve", "too", "positive", "easy", "easier"];

/// Details a yes/no question can put into the customer's mouth: "Was the car green?"
const DETAILS: &[&str] = &[
    "red", "green", "blue", "yellow", "black", "white", "grey", "gray", "brown", "orange", "purple", "pink", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
];

/// Feelings a yes/no question can put to the customer: "Are you worried about…?"
const FEELINGS: &[&str] = &[
    "worried", "concerned", "upset", "angry", "frustrated", "afraid", "scared", "annoyed", "disappointed", "unhappy", "excited",
    "delighted", "bothered", "troubled", "stressed", "overwhelmed",
];

/// Verbs that make "You …" or "It …" a statement.
const STATEMENT_VERBS: &[&str] = &[
    "are", "were", "was", "is", "have", "had", "has", "did", "do", "will", "would", "can", "could", "found", "came", "went", "saw",
    "said", "told", "like", "liked", "use", "used", "rained", "left", "got", "felt", "think", "thought", "knew", "know", "agree",
    "agreed", "want", "wanted", "need", "needed", "prefer", "preferred",
];

const QUESTION_WORDS: &[&str] = &["what", "how", "why", "when", "where", "which", "who", "whom", "whose"];

/// Degrees of the bad end that "How … are you" takes for granted.
const NEGATIVE_DEGREES: &[&str] = &[
    "unhappy", "angry", "frustrated", "disappointed", "worried", "concerned", "upset", "annoyed", "dissatisfied", "bad", "poor",
    "late", "slow", "terrible", "awful", "confusing", "expensive", "unfair", "unhelpful", "inconvenient", "confused", "positively",
    "negatively",
];

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
