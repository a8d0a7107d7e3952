//! Measures the question checker against a corpus of questions labelled by
//! hand (`data/question_corpus.txt`): every (question, rule) pair is one
//! decision, so a finding of the wrong rule counts against precision and a
//! missed rule against recall.

use std::collections::BTreeSet;

use scorecard_core::question_check::{check_question, Rule};

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
fn measure(name: &str, corpus: &[Labelled]) -> (f64, f64) {    let (mut true_pos, mut false_pos, mut false_neg) = (0usize, 0usize, 0usize);
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

#[test]
fn rewrites_no_longer_break_the_rule_they_fix() {
    for item in corpus() {
        for finding in check_question(item.question) {
            let again = check_question(&finding.rewrite);
            assert!(
                again.iter().all(|f| f.rule != finding.rule),
                "{} rewrite of {:?} is {:?}, still {:?}",
                finding.rule.id(),
                item.question,
                finding.rewrite,
                again
            );
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 1.0 } else { part as f64 / whole as f64 }
}
