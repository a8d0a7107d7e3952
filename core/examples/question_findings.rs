//! Prints what the question checker says of each question in a labelled
//! file (the corpora in `core/tests/data/`, or one question a line), one line
//! a question: its labels, then each finding's rule and marked words, then
//! each note. For tuning on the tuning data only; see docs/question-checker.md.
//!
//! cargo run -q -p scorecard-core --example question_findings -- core/tests/data/question_published_tuning.txt

use scorecard_core::question_check::review_question;

fn main() {
    let path = std::env::args().nth(1).expect("a file of questions");
    let text = std::fs::read_to_string(&path).expect("a readable file");
    for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with("@source")) {
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        let (labels, question) = match fields.as_slice() {
            [_, labels, _, question] => (*labels, *question),
            [labels, question] => (*labels, *question),
            _ => ("", line.trim()),
        };
        let review = review_question(question);
        let findings: Vec<String> = review.findings.iter().map(|f| format!("{} [{}]", f.rule.id(), &question[f.span.clone()])).collect();
        let notes: Vec<&str> = review.notes.iter().map(|n| n.kind.label()).collect();
        println!("{labels}\t{}\t{}\t{question}", findings.join(", "), notes.join(", "));
    }
}
