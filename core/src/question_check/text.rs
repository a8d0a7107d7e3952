//! Words and clauses: how a question is cut into words and how rewrites are tidied.

use std::ops::Range;

use super::Word;

pub(super) const DETERMINERS: &[&str] = &["the", "our", "your", "a", "an", "this", "that", "these", "those"];

pub(super) const AUXILIARIES: &[&str] =
    &["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "should", "would", "will"];

pub(super) fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let joins = matches!(c, '\'' | '’' | '-' | '/')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(word(text, s..i));
        }
    }
    if let Some(s) = start {
        words.push(word(text, s..text.len()));
    }
    words
}

pub(super) fn word(text: &str, span: Range<usize>) -> Word {
    let norm = text[span.clone()].to_lowercase().replace('’', "'");
    // Typed in a hurry: "dont", "isnt" are "don't", "isn't".
    let norm = match UNMARKED_NEGATIONS.iter().find(|(typed, _)| *typed == norm) {
        Some((_, negation)) => negation.to_string(),
        None => norm,
    };
    Word { norm, span }
}

const UNMARKED_NEGATIONS: &[(&str, &str)] = &[
    ("dont", "don't"), ("doesnt", "doesn't"), ("didnt", "didn't"), ("isnt", "isn't"), ("arent", "aren't"), ("wasnt", "wasn't"),
    ("werent", "weren't"), ("havent", "haven't"), ("hasnt", "hasn't"), ("wouldnt", "wouldn't"), ("shouldnt", "shouldn't"),
    ("couldnt", "couldn't"), ("wont", "won't"),
];

/// A clause without surrounding spaces and closing punctuation.
pub(super) fn trim_clause(text: &str) -> &str {
    text.trim().trim_end_matches(['?', '.', '!', ',', ';', ':']).trim()
}

pub(super) fn trim_end_space(text: &str) -> &str {
    text.trim_end()
}

pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep acronyms and names ("NPS", "Kestrel") as they are.
        Some(c) if c.is_uppercase() && !chars.clone().next().is_some_and(char::is_uppercase) && !text.starts_with("I ") => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

/// Single spaces, no space before punctuation, a capital first letter.
pub(super) fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(joined.len());
    for c in joined.chars() {
        if matches!(c, '?' | ',' | '.' | '!' | ';' | ':') && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    capitalise(out.trim_start_matches([',', ' ']))
}
