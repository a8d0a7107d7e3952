use scorecard_core::question_check::check_question;

fn main() {
    let text = std::fs::read_to_string("/tmp/doc_qs.txt").unwrap();
    for q in text.lines().filter(|l| !l.trim().is_empty()) {
        println!("Q: {q}");
        let fs = check_question(q);
        if fs.is_empty() { println!("   (no findings)"); }
        for f in fs {
            println!("   {} | marked «{}» | why: {} | rewrite: {}", f.rule.id(), &q[f.span.clone()], f.why, f.rewrite);
        }
    }
}
