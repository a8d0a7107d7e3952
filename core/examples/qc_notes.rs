fn main() {
    for line in std::io::stdin().lines() {
        let q = line.unwrap();
        let r = scorecard_core::question_check::review_question(q.trim());
        let kinds: Vec<&str> = r.notes.iter().map(|n| n.kind.label()).collect();
        let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.id()).collect();
        println!("{:?} {:?} |{}", kinds, rules, q);
    }
}
