//! The question checker's findings as the markup step 2 shows under each
//! question: the rule, the words marked in the question, why they lead,
//! and the neutral rewrite with the button that puts it in place. Drawn by
//! the on-demand module with the checker itself, so that neither weighs on
//! the first load; every text is escaped.

use std::fmt::Write;

use crate::question_check::review_question;
use crate::share::report::escape;

/// The findings for `question`, the text typed in the field named `field`,
/// then its notes, which are no faults and are not counted as problems.
/// The rewrite button carries its text in `data-text` for the app to set.
pub fn findings_html(question: &str, field: &str) -> String {
    let review = review_question(question);
    let findings = review.findings;
    let piece = |range: std::ops::Range<usize>| escape(question.get(range).unwrap_or_default());
    let count = match findings.len() {
        0 => String::new(),
        1 => "1 wording problem".into(),
        n => format!("{n} wording problems"),
    };
    let mut html = format!("<p class=\"finding-count\" role=\"status\">{count}</p>");
    // Each rewrite is settled (it fixes every fault in turn), so several
    // findings often propose the same question: it is then offered once, below them.
    let one_rewrite = findings.windows(2).all(|pair| pair[0].rewrite == pair[1].rewrite);
    let use_wording = |rewrite: &str| {
        let rewrite = escape(rewrite);
        format!(
            "<p><span class=\"muted small\">Neutral wording: </span>{rewrite} <button type=\"button\" class=\"button-small no-print\" data-action=\"rewrite\" data-text=\"{rewrite}\" aria-label=\"Use this wording for {}: {rewrite}\">Use this wording</button></p>",
            escape(field)
        )
    };
    if !findings.is_empty() {
        html.push_str("<ul class=\"findings\">");
    }
    for finding in &findings {
        let _ = write!(
            html,
            "<li class=\"finding\"><p><strong>{}</strong>: <q class=\"marked\">{}<mark>{}</mark>{}</q></p><p class=\"muted small\">{}</p>{}</li>",
            escape(finding.rule.label()),
            piece(0..finding.span.start),
            piece(finding.span.clone()),
            piece(finding.span.end..question.len()),
            escape(&finding.why),
            if one_rewrite { String::new() } else { use_wording(&finding.rewrite) },
        );
    }
    if let Some(first) = findings.first() {
        html.push_str("</ul>");
        if one_rewrite {
            html.push_str(&use_wording(&first.rewrite));
        }
    }
    for note in review.notes {
        let _ = write!(
            html,
            "<p class=\"question-note muted small no-print\"><strong>{}</strong>: <q class=\"marked\">{}<mark>{}</mark>{}</q> {}</p>",
            note.kind.label(),
            piece(0..note.span.start),
            piece(note.span.clone()),
            piece(note.span.end..question.len()),
            escape(note.text),
        );
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_neutral_question_has_an_empty_status_and_no_list() {
        assert_eq!(findings_html("Tell me about the last time a pump stopped at your site.", "Q"), "<p class=\"finding-count\" role=\"status\"></p>");
    }

    #[test]
    fn findings_that_propose_the_same_question_offer_it_once() {
        let question = "Don't you agree that our engineers always fix pumps on the first visit and on time?";
        let findings = crate::question_check::check_question(question);
        assert!(findings.len() >= 2 && findings.iter().all(|f| f.rewrite == findings[0].rewrite), "{findings:?}");
        let html = findings_html(question, "Q");
        assert_eq!(html.matches("data-action=\"rewrite\"").count(), 1, "{html}");
        assert!(html.contains("</ul><p><span class=\"muted small\">Neutral wording: </span>"), "{html}");
    }

    #[test]
    fn notes_are_shown_apart_and_not_counted_as_problems() {
        let html = findings_html("How likely is it that you would recommend Kestrel to a friend or colleague?", "Q");
        assert!(html.starts_with("<p class=\"finding-count\" role=\"status\"></p>"), "{html}");
        assert!(html.contains("<strong>Standard question</strong>: <q class=\"marked\"><mark>How likely is it that you would recommend</mark>"), "{html}");
        assert!(!html.contains("class=\"finding\""), "{html}");
        let html = findings_html("Do you read the <i>monthly</i> report?", "Q");
        assert!(html.contains("<strong>Open it up</strong>: <q class=\"marked\"><mark>Do</mark> you read the &lt;i&gt;monthly&lt;/i&gt; report?</q>"), "{html}");
        assert!(html.starts_with("<p class=\"finding-count\" role=\"status\"></p>"), "{html}");
    }

    #[test]
    fn a_leading_question_is_marked_explained_and_rewritten_with_every_text_escaped() {
        let question = "Don't you agree our <b>service</b> is excellent?";
        let html = findings_html(question, "Opening question <1>");
        let findings = crate::question_check::check_question(question);
        assert!(!findings.is_empty());
        assert!(html.contains("wording problem"));
        assert!(html.contains("<mark>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;b&gt;service&lt;/b&gt;"));
        assert!(html.contains("Use this wording for Opening question &lt;1&gt;: "));
        assert!(html.contains(&format!("data-text=\"{}\"", escape(&findings[0].rewrite))));
    }
}
