fn main() {
    let path = std::env::args().nth(1).unwrap();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        if line.starts_with('#') || line.starts_with('@') || line.trim().is_empty() { continue; }
        let f: Vec<&str> = line.splitn(4, '|').map(str::trim).collect();
        let (labels, q) = if f.len() == 4 { (f[1], f[3]) } else { (f[0], f[1]) };
        for x in scorecard_core::question_check::check_question(q) {
            println!("{}\t{}\t{}\t{}\t{}", labels, x.rule.id(), &q[x.span.clone()], x.why.split('”').last().unwrap_or(""), q);
        }
    }
}
