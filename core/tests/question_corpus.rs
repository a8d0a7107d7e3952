//! Measures the question checker against a corpus of questions labelled by
//! hand (`data/question_corpus.txt`): every (question, rule) pair is one
//! decision, so a finding of the wrong rule counts against precision and a
//! missed rule against recall.

use std::collections::BTreeSet;

use scorecard_core::question_check::{check_question, review_question, NoteKind, Rule};

const CORPUS: &str = include_str!("data/question_corpus.txt");
/// Written by someone who never saw the checker, and never used to tune it.
const HOLDOUT: &str = include_str!("data/question_holdout.txt");
const FLOOR: f64 = 0.9;

struct Labelled {
    question: &'static str,
    rules: BTreeSet<Rule>,
}

fn corpus() -> Vec<Labelled> {
    parse(CORPUS)
}

fn parse(text: &'static str) -> Vec<Labelled> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (labels, question) = line.split_once('|').unwrap_or_else(|| panic!("no '|' in: {line}"));
            let rules = labels
                .trim()
                .split(',')
                .filter(|l| *l != "neutral")
                .map(|l| Rule::ALL.into_iter().find(|r| r.id() == l).unwrap_or_else(|| panic!("unknown rule {l}")))
                .collect();
            Labelled { question: question.trim(), rules }
        })
        .collect()
}

#[test]
fn checker_precision_and_recall_on_the_labelled_corpus() {
    let corpus = corpus();
    assert!(corpus.len() >= 80, "the corpus needs at least 80 questions, has {}", corpus.len());
    let (precision, recall) = measure("tuning corpus", &corpus);
    assert!(precision >= FLOOR && recall >= FLOOR, "precision {precision:.3} and recall {recall:.3} must both be at least {FLOOR}");
}

/// Printed, not asserted: a held-out set stays honest only while nobody
/// tunes the checker until it passes.
#[test]
fn checker_precision_and_recall_on_the_held_out_set() {
    let holdout = parse(HOLDOUT);
    assert!(!holdout.is_empty());
    measure("held-out set", &holdout);
}

/// Prints precision and recall per rule and overall, and every disagreement.
fn measure(name: &str, corpus: &[Labelled]) -> (f64, f64) {
    let (mut true_pos, mut false_pos, mut false_neg) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for rule in Rule::ALL {
        let (mut tp, mut fp, mut fneg) = (0, 0, 0);
        for item in corpus {
            let found = check_question(item.question).iter().any(|f| f.rule == rule);
            match (found, item.rules.contains(&rule)) {
                (true, true) => tp += 1,
                (true, false) => {
                    fp += 1;
                    misses.push(format!("  false {}: {}", rule.id(), item.question));
                }
                (false, true) => {
                    fneg += 1;
                    misses.push(format!("  missed {}: {}", rule.id(), item.question));
                }
                (false, false) => {}
            }
        }
        assert!(tp + fneg > 0, "the corpus has no example of {}", rule.id());
        println!("{:<18} precision {:.2}  recall {:.2}  (labelled {})", rule.id(), ratio(tp, tp + fp), ratio(tp, tp + fneg), tp + fneg);
        true_pos += tp;
        false_pos += fp;
        false_neg += fneg;
    }
    let precision = ratio(true_pos, true_pos + false_pos);
    let recall = ratio(true_pos, true_pos + false_neg);
    println!("{name}, {} questions: precision {precision:.3}, recall {recall:.3}", corpus.len());
    for miss in &misses {
        println!("{miss}");
    }
    (precision, recall)
}

/// Every rewrite of every finding breaks no rule at all, on the team's
/// corpus and the published tuning half.
#[test]
fn rewrites_break_no_rule() {
    let published: Vec<Published> = published(PUBLISHED_TUNING).into_iter().chain(published(PUBLISHED_TUNING_MORE)).collect();
    let questions = corpus().into_iter().map(|item| item.question).chain(published.iter().map(|item| item.question));
    for question in questions {
        for finding in check_question(question) {
            let again = check_question(&finding.rewrite);
            assert!(again.is_empty(), "{} rewrite of {question:?} is {:?}, which has {again:?}", finding.rule.id(), finding.rewrite);
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 1.0 } else { part as f64 / whole as f64 }
}

// ---------------------------------------------------------------------------
// Published example questions (issue 13): each with its source and the
// source's own verdict, split by source before any tuning.

const PUBLISHED_TUNING: &str = include_str!("data/question_published_tuning.txt");
/// A second collection, all for tuning, from sources the held-out half does not use.
const PUBLISHED_TUNING_MORE: &str = include_str!("data/question_published_tuning_more.txt");
/// Only ever measured: its disagreements are printed only when asked for
/// (`SHOW_HELD_OUT=1`), once the rules are settled, to document them.
const PUBLISHED_HOLDOUT: &str = include_str!("data/question_published_holdout.txt");
/// What the checker reached on the held-out half. Issue 13 asked for 0.90 and
/// 0.85; they were not reached (docs/question-checker.md says why), so these
/// guard what was reached: a change that loses ground on questions nobody
/// tuned on fails here.
const HELD_OUT_PRECISION: f64 = 0.82;
const HELD_OUT_RECALL: f64 = 0.67;
/// What the rules reach on the published questions they were tuned on.
const TUNED_PRECISION: f64 = 0.89;
const TUNED_RECALL: f64 = 0.78;

struct Published {
    source: &'static str,
    labels: Vec<&'static str>,
    question: &'static str,
}

impl Published {
    fn biased(&self) -> bool {
        self.labels.iter().any(|label| Rule::ALL.iter().any(|rule| rule.id() == *label))
    }

    /// A fault the checker does not judge (vague, double negative …): not scored.
    fn scored(&self) -> bool {
        !self.labels.contains(&"out_of_scope")
    }
}

struct Source {
    id: &'static str,
    url: &'static str,
}

fn sources(text: &'static str) -> Vec<Source> {
    text.lines()
        .filter_map(|line| line.strip_prefix("@source "))
        .map(|line| {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            assert_eq!(fields.len(), 3, "a source is id | title | url: {line}");
            assert!(fields[2].starts_with("http"), "{line}");
            Source { id: fields[0], url: fields[2] }
        })
        .collect()
}

fn published(text: &'static str) -> Vec<Published> {
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#') && !line.starts_with("@source"))
        .map(|line| {
            let fields: Vec<&str> = line.splitn(4, '|').map(str::trim).collect();
            assert_eq!(fields.len(), 4, "an item is id | labels | the source's term | question: {line}");
            let labels: Vec<&str> = fields[1].split(',').collect();
            for label in &labels {
                let known = ["neutral", "standard", "closed", "out_of_scope"].contains(label) || Rule::ALL.iter().any(|r| r.id() == *label);
                assert!(known, "unknown label {label} in {line}");
            }
            Published { source: fields[0], labels, question: fields[3] }
        })
        .collect()
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

#[test]
fn the_published_halves_are_split_by_source_as_documented() {
    for (text, half) in [(PUBLISHED_TUNING, 0), (PUBLISHED_HOLDOUT, 1)] {
        let sources = sources(text);
        for source in &sources {
            assert_eq!(fnv1a(source.url) & 1, half, "{} ({}) is in the wrong half", source.id, source.url);
        }
        for item in published(text) {
            assert!(sources.iter().any(|s| s.id == item.source), "{} has no @source line in its half", item.source);
        }
    }
    let norm = |q: &str| q.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let tuning: BTreeSet<String> = published(PUBLISHED_TUNING).iter().chain(&published(PUBLISHED_TUNING_MORE)).map(|i| norm(i.question)).collect();
    let held_out_urls: BTreeSet<&str> = sources(PUBLISHED_HOLDOUT).iter().map(|s| s.url).collect();
    let shared: Vec<&str> = sources(PUBLISHED_TUNING_MORE).iter().map(|s| s.url).filter(|url| held_out_urls.contains(url)).collect();
    assert!(shared.is_empty(), "sources of the second collection in the held-out half: {shared:?}");
    let repeated: Vec<&str> = published(PUBLISHED_HOLDOUT).iter().filter(|i| tuning.contains(&norm(i.question))).map(|i| i.question).collect();
    assert!(repeated.is_empty(), "questions in both halves: {repeated:?}");
    let scored = |text| published(text).iter().filter(|i| i.scored()).count();
    assert!(scored(PUBLISHED_TUNING) + scored(PUBLISHED_HOLDOUT) >= 250, "the evaluation set needs at least 250 scored questions");
}

/// Question by question: the source says it is biased, or presents it as
/// good (a fixed version, a standard wording, a closed question whose only
/// fault is being closed). The checker is right when it flags exactly the
/// biased ones; which rule it names is reported apart, since sources name
/// one fault in different words ("leading" for praise built into a question).
fn measure_published(name: &str, items: &[Published], show_disagreements: bool) -> (f64, f64) {
    let (mut tp, mut fp, mut fneg, mut same_rule) = (0usize, 0usize, 0usize, 0usize);
    let mut disagreements = Vec::new();
    for item in items.iter().filter(|i| i.scored()) {
        let findings = check_question(item.question);
        let rules: Vec<&str> = findings.iter().map(|f| f.rule.id()).collect();
        match (!findings.is_empty(), item.biased()) {
            (true, true) => {
                tp += 1;
                same_rule += usize::from(rules.iter().any(|r| item.labels.contains(r)));
            }
            (true, false) => {
                fp += 1;
                disagreements.push(format!("  false {} ({}): {}", rules.join(","), item.source, item.question));
            }
            (false, true) => {
                fneg += 1;
                disagreements.push(format!("  missed {} ({}): {}", item.labels.join(","), item.source, item.question));
            }
            (false, false) => {}
        }
    }
    let notes = |label: &str, kind: NoteKind| {
        let labelled: Vec<&Published> = items.iter().filter(|i| i.labels == [label]).collect();
        let noted = labelled.iter().filter(|i| review_question(i.question).notes.iter().any(|n| n.kind == kind)).count();
        (noted, labelled.len())
    };
    let rewrites: Vec<bool> = items.iter().flat_map(|i| check_question(i.question)).map(|f| check_question(&f.rewrite).is_empty()).collect();
    let clean_rewrites = rewrites.iter().filter(|clean| **clean).count();
    let (standard, standards) = notes("standard", NoteKind::Standard);
    let (closed, closeds) = notes("closed", NoteKind::OpenItUp);
    let scored = items.iter().filter(|i| i.scored()).count();
    let (precision, recall) = (ratio(tp, tp + fp), ratio(tp, tp + fneg));
    println!(
        "{name}: {scored} scored of {} ({} biased): precision {precision:.3}, recall {recall:.3} (flagged right {tp}, wrongly {fp}, missed {fneg}); the source's rule among the findings {same_rule} of {tp}; standard wordings recognised {standard} of {standards}; closed questions noted {closed} of {closeds}; rewrites that break no rule {clean_rewrites} of {}",
        items.len(),
        tp + fneg,
        rewrites.len(),
    );
    if show_disagreements {
        disagreements.iter().for_each(|d| println!("{d}"));
    }
    (precision, recall)
}

#[test]
fn checker_on_the_published_tuning_questions() {
    for (name, text) in [("published, tuning half", PUBLISHED_TUNING), ("published, second collection (tuning)", PUBLISHED_TUNING_MORE)] {
        let (precision, recall) = measure_published(name, &published(text), true);
        assert!(precision >= TUNED_PRECISION && recall >= TUNED_RECALL, "{name}: precision {precision:.3}, recall {recall:.3}");
    }
}

#[test]
fn checker_on_the_published_held_out_half() {
    let show = std::env::var_os("SHOW_HELD_OUT").is_some();
    let (precision, recall) = measure_published("published, held-out half", &published(PUBLISHED_HOLDOUT), show);
    assert!(
        precision >= HELD_OUT_PRECISION && recall >= HELD_OUT_RECALL,
        "held-out precision {precision:.3} must be at least {HELD_OUT_PRECISION} and recall {recall:.3} at least {HELD_OUT_RECALL}"
    );
}
