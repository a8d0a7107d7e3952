//! What each screen of the deck shows: the figures and lists of the step,
//! in markup sized by `room.css`, every text escaped.

use std::fmt::Write;

use super::{Screen, ROWS_PER_SCREEN};
use crate::analysis::{fit_score, measure_findings, placements, unmeasured_factors, Quadrant};
use crate::checks::{flagged, inventory_checks, CheckKind};
use crate::determine::subject_name;
use crate::model::{DecisionKind, MeasureId, Workshop};
use crate::share::report::escape;
use crate::stats::format_number;

fn heading(html: &mut String, text: &str) {
    let _ = write!(html, "<h1 class=\"slide-title\" tabindex=\"-1\">{}</h1>", escape(text));
}

fn paragraph(html: &mut String, class: &str, text: &str) {
    let _ = write!(html, "<p class=\"{class}\">{}</p>", escape(text));
}

/// A list of rows, each a name and what is said about it.
fn rows(html: &mut String, rows: impl Iterator<Item = (String, String)>) {
    html.push_str("<ul class=\"slide-rows\">");
    for (name, note) in rows {
        let _ = write!(html, "<li><span class=\"slide-name\">{}</span> <span class=\"slide-note\">{}</span></li>", escape(&name), escape(&note));
    }
    html.push_str("</ul>");
}

fn page_of<T>(items: &[T], page: usize) -> &[T] {
    let start = (page * ROWS_PER_SCREEN).min(items.len());
    &items[start..(start + ROWS_PER_SCREEN).min(items.len())]
}

pub(super) fn screen_html(html: &mut String, workshop: &Workshop, screen: Screen) {
    match screen {
        Screen::Opening(0) => {
            heading(html, "What do we measure today?");
            paragraph(html, "slide-lede", "Every line of our customer scorecard: what it asks or counts, who owns it, and which decision it drives.");
            paragraph(html, "slide-figure", &count(workshop.measures.len(), "measure", "measures"));
        }
        Screen::Opening(_) => {
            heading(html, "What matters to our customers?");
            paragraph(html, "slide-lede", "We ask open questions first and show our measures only afterwards, so that no one is led to our answer.");
            paragraph(html, "slide-figure", &count(workshop.conversations.len(), "conversation so far", "conversations so far"));
        }
        Screen::Measures { page } => {
            heading(html, "Our scorecard today");
            let shown = page_of(&workshop.measures, page);
            rows(html, shown.iter().map(|m| (m.name.clone(), if m.owner.trim().is_empty() { "no owner".into() } else { m.owner.clone() })));
            if workshop.measures.is_empty() {
                paragraph(html, "slide-lede", "No measures yet: add them in step 1.");
            }
        }
        Screen::Attention { page } => {
            heading(html, "What needs attention");
            let found = attention_rows(workshop);
            if found.is_empty() {
                paragraph(html, "slide-lede", "Every measure has an owner, drives a decision, is understood and is measured once.");
            }
            rows(html, page_of(&found, page).iter().cloned());
        }
        Screen::OpenQuestions { page } => {
            heading(html, "First, in your own words");
            let questions: Vec<(String, String)> = workshop.guide.opening.iter().map(|q| (q.clone(), String::new())).collect();
            rows(html, page_of(&questions, page).iter().cloned());
        }
        Screen::Capture(measure) => capture_html(html, workshop, measure),
        Screen::Fit => {
            heading(html, "How well does our scorecard fit our customers?");
            let fit = fit_score(workshop);
            let score = fit.score.map_or_else(|| "not enough data yet".to_owned(), |s| format!("{:.0} of 100", s));
            paragraph(html, "slide-figure", &score);
            room_included(html, workshop);
            rows(
                html,
                fit.terms.iter().map(|t| {
                    (t.name.to_owned(), t.share.map_or_else(|| "no data".into(), |s| format!("{:.0} of {:.0} points", s * t.weight, t.weight)))
                }),
            );
        }
        Screen::Quadrants => {
            heading(html, "Keep, rethink, drop, add");
            quadrants_html(html, workshop);
        }
        Screen::Relevance { page } => {
            heading(html, "Relevance to customers");
            relevance_html(html, workshop, page);
        }
        Screen::NotMeasured { page } => {
            heading(html, "What customers care about that we do not measure");
            let factors: Vec<(String, String)> =
                unmeasured_factors(workshop).into_iter().map(|f| (f.label, count(f.customers, "customer", "customers"))).collect();
            if factors.is_empty() {
                paragraph(html, "slide-lede", "Nothing yet: customers' own words will show here.");
            }
            rows(html, page_of(&factors, page).iter().cloned());
        }
        Screen::Decisions { page } => {
            heading(html, "What we decided");
            let decided: Vec<(String, String)> = page_of(&workshop.decisions, page)
                .iter()
                .map(|d| (format!("{}: {}", d.kind.label(), subject_name(workshop, &d.subject)), owner_and_date(&d.owner, &d.due)))
                .collect();
            if workshop.decisions.is_empty() {
                paragraph(html, "slide-lede", "No decisions yet: keep, change, drop or add, each with an owner and a date.");
            }
            rows(html, decided.into_iter());
        }
        Screen::Summary => {
            heading(html, &workshop.name);
            let fit = fit_score(workshop).score.map_or_else(|| "not enough data".to_owned(), |s| format!("{s:.0} of 100"));
            let heard = workshop.customers.iter().filter(|c| workshop.conversations.iter().any(|v| v.customer == c.id)).count();
            let decided =
                DecisionKind::ALL.map(|kind| count(workshop.decisions.iter().filter(|d| d.kind == kind).count(), kind.label(), kind.label()));
            rows(
                html,
                [
                    ("Scorecard fit".to_owned(), fit),
                    ("Measures reviewed".to_owned(), workshop.measures.len().to_string()),
                    ("Customers heard".to_owned(), heard.to_string()),
                    ("Decisions".to_owned(), decided.join(" · ")),
                ]
                .into_iter(),
            );
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many }.to_lowercase())
}

fn owner_and_date(owner: &str, due: &str) -> String {
    match (owner.trim(), due.trim()) {
        ("", "") => "no owner or date yet".into(),
        (owner, "") => owner.to_owned(),
        ("", due) => format!("by {due}"),
        (owner, due) => format!("{owner}, by {due}"),
    }
}

/// The measures step 1's checks flag, one row each with all its flags.
pub(super) fn attention_rows(workshop: &Workshop) -> Vec<(String, String)> {
    let checks = inventory_checks(workshop);
    workshop
        .measures
        .iter()
        .filter_map(|m| {
            let flags: Vec<&str> =
                CheckKind::ALL.into_iter().filter(|&kind| flagged(workshop, &checks, kind).any(|f| f.id == m.id)).map(CheckKind::label).collect();
            (!flags.is_empty()).then(|| (m.name.clone(), flags.join(" · ")))
        })
        .collect()
}

/// Whether the figures count the room's hands, with the switch to change
/// it, once the room has raised any.
fn room_included(html: &mut String, workshop: &Workshop) {
    let hands = workshop.room_hands();
    if hands > 0 {
        let _ = write!(
            html,
            "<p class=\"slide-lede\"><button type=\"button\" class=\"room-switch\" data-action=\"room-in-analysis\" aria-pressed=\"{}\">Count the room's {hands} hands with the customers' answers</button></p>",
            workshop.room.in_analysis
        );
    }
}

/// The room's show of hands on one measure: a big button per value, each
/// with its count, so that a key press or a click counts one more hand.
fn capture_html(html: &mut String, workshop: &Workshop, measure: MeasureId) {
    let Some(m) = workshop.measure(measure) else {
        return;
    };
    heading(html, &m.name);
    paragraph(html, "slide-lede", &workshop.measure_question(measure));
    let hands = workshop.room.answer(measure).map_or([0; 5], |a| a.hands);
    html.push_str("<div class=\"hands\" role=\"group\" aria-label=\"The room's answer: hands per value\">");
    const SAYS: [&str; 5] = ["not at all", "a little", "somewhat", "a lot", "essential"];
    for (i, (n, says)) in hands.iter().zip(SAYS).enumerate() {
        let value = i + 1;
        let _ = write!(
            html,
            "<div class=\"hand\"><button type=\"button\" class=\"hand-add\" data-action=\"hand\" data-measure=\"{}\" data-value=\"{value}\" data-keys=\"{value}\" aria-keyshortcuts=\"{value}\" aria-label=\"Count a hand for {value}, {says}: {n} so far\"><span class=\"hand-value\">{value}</span><span class=\"hand-says\">{says}</span><span class=\"hand-count\">{n}</span></button><button type=\"button\" class=\"hand-take\" data-action=\"unhand\" data-measure=\"{}\" data-value=\"{value}\" aria-label=\"Take back a hand for {value}\"{}>−1</button></div>",
            measure.0,
            measure.0,
            if *n == 0 { " disabled" } else { "" }
        );
    }
    html.push_str("</div>");
    let answer = workshop.room.answer(measure);
    let summary = match answer.and_then(|a| a.mean().map(|mean| (a.total(), mean))) {
        Some((total, mean)) => {
            format!("Room answer: {} · mean {}", count(total as usize, "hand", "hands"), format_number((mean * 10.0).round() / 10.0))
        }
        None => "Room answer: no hands yet. Press 1 to 5 for each hand raised, or once for the room's agreed answer.".into(),
    };
    let _ = write!(html, "<p class=\"slide-lede\" aria-live=\"polite\">{}</p>", escape(&summary));
}

fn quadrants_html(html: &mut String, workshop: &Workshop) {
    let placed = placements(workshop);
    html.push_str("<div class=\"quadrants\">");
    for (quadrant, title) in [
        (Quadrant::BlindSpot, "Add weight: blind spots"),
        (Quadrant::Keep, "Keep"),
        (Quadrant::DropCandidate, "Drop candidates"),
        (Quadrant::OverMeasured, "Rethink: over-measured"),
    ] {
        let names: Vec<&str> = placed.iter().filter(|p| p.quadrant == quadrant).map(|p| p.name.as_str()).collect();
        let _ = write!(
            html,
            "<section class=\"quadrant\"><h2>{}</h2><p>{}</p></section>",
            escape(title),
            escape(&if names.is_empty() { "—".to_owned() } else { names.join(" · ") })
        );
    }
    html.push_str("</div>");
}

/// Bars of mean relevance on the 1–5 scale, drawn with CSS widths so that
/// their labels are page text at presenter size.
fn relevance_html(html: &mut String, workshop: &Workshop, page: usize) {
    let findings = measure_findings(workshop);
    let pairs: Vec<_> = workshop.measures.iter().zip(&findings).collect();
    html.push_str("<ul class=\"bars\">");
    for (measure, finding) in page_of(&pairs, page) {
        let (width, said) = match finding.relevance {
            Some(r) => ((r.mean - 1.0) / 4.0 * 100.0, format!("{} ({} answers)", format_number((r.mean * 10.0).round() / 10.0), r.n)),
            None => (0.0, "no answers yet".to_owned()),
        };
        let _ = write!(
            html,
            "<li><span class=\"slide-name\">{}</span><span class=\"bar-track\"><span class=\"bar-fill\" style=\"width:{width:.0}%\"></span></span><span class=\"slide-note\">{}</span></li>",
            escape(&measure.name),
            escape(&said)
        );
    }
    html.push_str("</ul>");
}

#[cfg(test)]
mod tests {
    use super::super::{slide_html, Chrome};
    use crate::sample::sample_workshop;

    #[test]
    fn hands_show_on_the_capture_screen_and_every_text_is_escaped() {
        let mut w = sample_workshop();
        w.measures[0].name = "<script>alert(1)</script>".into();
        let m = w.measures[0].id;
        w.count_hand(m, 4, true).unwrap();
        w.count_hand(m, 4, true).unwrap();
        w.count_hand(m, 2, true).unwrap();
        let html = slide_html(&w, 1, 2, Chrome::default());
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("Count a hand for 4, a lot: 2 so far"));
        assert!(html.contains(&format!("data-action=\"hand\" data-measure=\"{}\" data-value=\"4\" data-keys=\"4\"", m.0)));
        assert!(html.contains("Room answer: 3 hands · mean 3.3"));
    }
}
