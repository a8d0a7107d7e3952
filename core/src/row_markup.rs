//! The rows of the app's two long lists — the inventory and the recorded
//! conversations — as markup. Each row is drawn on the main thread from one
//! string it recomputes when the workshop changes, and its element is kept
//! while the string stays the same: on a large workshop a keystroke redraws
//! only the row it changed. Every typed text goes through `escape`; the
//! buttons name their action and item in `data-action` and `data-id`, for
//! the one click handler of the list.

use std::fmt::Write;

use crate::checks::Check;
use crate::model::{Conversation, Measure, Workshop};
use crate::rating::Rating;
use crate::share::report::escape;
use crate::stats::latest_and_target;

/// One measure's cells in the inventory table, its checks and the buttons to
/// edit, move and delete it, each named after the measure for screen readers.
pub fn inventory_row(workshop: &Workshop, measure: &Measure, checks: &[Check]) -> String {
    let name = escape(&measure.name);
    let mut row = format!(
        "<th scope=\"row\"><span class=\"measure-name\">{name}</span><span class=\"measure-asks\">{}</span></th>\
         <td>{}<br><span class=\"muted small\">{}</span></td><td>{}</td><td>{}</td>\
         <td class=\"numeric\">{}<br><span class=\"muted small\">{}</span></td><td>{}</td><td>{}</td><td class=\"checks\">",
        escape(&measure.asks),
        escape(&measure.source),
        measure.frequency.label(),
        text_or_dash(&measure.owner),
        text_or_dash(&measure.drives_decision),
        latest_and_target(measure.latest_value, measure.target),
        escape(&measure.unit),
        score(measure.emphasis),
        score(measure.understanding),
    );
    if checks.is_empty() {
        row.push_str("<span class=\"ok\">OK</span>");
    }
    for check in checks {
        let label = match check {
            Check::LikelyDuplicate(other) => format!(
                "Likely duplicate of {}",
                escape(workshop.measure(*other).map(|o| o.name.as_str()).unwrap_or("another measure"))
            ),
            other => other.kind().label().to_owned(),
        };
        let _ = write!(row, "<span class=\"flag\">{label}</span>");
    }
    let id = measure.id.0;
    let _ = write!(
        row,
        "</td><td class=\"no-print\"><div class=\"row-actions\">\
         <button type=\"button\" class=\"button-small\" data-action=\"edit\" data-id=\"{id}\" aria-label=\"Edit {name}\">Edit</button>\
         <button type=\"button\" class=\"button-small\" data-action=\"up\" data-id=\"{id}\" aria-label=\"Move {name} up\">↑</button>\
         <button type=\"button\" class=\"button-small\" data-action=\"down\" data-id=\"{id}\" aria-label=\"Move {name} down\">↓</button>\
         <button type=\"button\" class=\"button-small button-danger\" data-action=\"delete\" data-id=\"{id}\" aria-label=\"Delete {name}\">Delete</button>\
         </div></td>"
    );
    row
}

/// A 1–5 score drawn as dots, read out as "4 of 5".
fn score(score: Option<Rating>) -> String {
    match score {
        Some(score) => {
            let filled = usize::from(score.get());
            let dots = "●".repeat(filled) + &"○".repeat(usize::from(Rating::MAX) - filled);
            format!("<span class=\"score\"><span class=\"dots\" aria-hidden=\"true\">{dots}</span><span class=\"visually-hidden\">{score} of 5</span></span>")
        }
        None => "<span class=\"muted\">not rated</span>".into(),
    }
}

fn text_or_dash(text: &str) -> String {
    if text.trim().is_empty() { "–".into() } else { escape(text) }
}

/// Who the conversation was with and on which day: how its buttons and the
/// question before deleting it name it.
pub fn conversation_label(workshop: &Workshop, conversation: &Conversation) -> String {
    let customer = workshop.customer(conversation.customer).map_or("Unknown customer", |c| c.name.as_str());
    format!("{customer} on {}", conversation.date)
}

/// A recorded conversation's card: the customer, the day, what they said in
/// their own words, and the buttons to edit and delete it.
pub fn conversation_card(workshop: &Workshop, conversation: &Conversation) -> String {
    let customer = workshop.customer(conversation.customer).map_or("Unknown customer", |c| c.name.as_str());
    let mut card = format!(
        "<h3>{}</h3><p class=\"muted small\">{} · {} measures discussed</p>",
        escape(customer),
        escape(&conversation.date),
        conversation.answers.len()
    );
    for quote in &conversation.quotes {
        let _ = write!(card, "<blockquote>{}</blockquote>", escape(quote));
    }
    if !conversation.unmeasured.is_empty() {
        card.push_str("<p class=\"tags\"><span class=\"muted small\">Cares about, not measured: </span>");
        for factor in &conversation.unmeasured {
            let _ = write!(card, "<span class=\"tag\">{}</span>", escape(factor));
        }
        card.push_str("</p>");
    }
    if !conversation.notes.is_empty() {
        let _ = write!(card, "<p class=\"notes\">{}</p>", escape(&conversation.notes));
    }
    let (id, label) = (conversation.id.0, escape(&conversation_label(workshop, conversation)));
    let _ = write!(
        card,
        "<p class=\"row-actions no-print\">\
         <button type=\"button\" class=\"button-small\" data-action=\"edit\" data-id=\"{id}\">Edit<span class=\"visually-hidden\"> conversation with {label}</span></button>\
         <button type=\"button\" class=\"button-small button-danger\" data-action=\"delete\" data-id=\"{id}\">Delete<span class=\"visually-hidden\"> conversation with {label}</span></button></p>"
    );
    card
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::inventory_checks;
    use crate::sample::sample_workshop;

    #[test]
    fn typed_text_is_escaped_in_every_cell_and_label() {
        let mut w = sample_workshop();
        let hostile = "<img src=x onerror=alert(1)> \" ' &";
        w.measures[0].name = hostile.into();
        w.measures[0].owner = hostile.into();
        w.customers[0].name = hostile.into();
        w.conversations[0].quotes = vec![hostile.into()];
        w.conversations[0].notes = hostile.into();
        w.conversations[0].unmeasured = vec![hostile.into()];
        let checks = inventory_checks(&w);
        let row = inventory_row(&w, &w.measures[0], &checks[0]);
        let card = conversation_card(&w, &w.conversations[0]);
        for markup in [row, card] {
            assert!(!markup.contains("<img"), "{markup}");
            assert!(!markup.contains("\" '"), "{markup}");
            assert!(markup.contains("&lt;img src=x onerror=alert(1)&gt; &quot; &#39; &amp;"), "{markup}");
        }
    }

    #[test]
    fn a_row_shows_its_figures_scores_checks_and_named_buttons() {
        let w = sample_workshop();
        let checks = inventory_checks(&w);
        let spare = w.measures.iter().position(|m| m.name.starts_with("Spare-part")).unwrap();
        let row = inventory_row(&w, &w.measures[spare], &checks[spare]);
        assert!(row.contains("5.1 / 5.5"), "{row}");
        assert!(row.contains("<span class=\"visually-hidden\">2 of 5</span>"), "{row}");
        assert!(row.contains("<td>–</td>"), "no owner: {row}");
        assert!(row.contains("<span class=\"flag\">No owner</span>"), "{row}");
        assert!(row.contains(&format!("data-action=\"delete\" data-id=\"{}\" aria-label=\"Delete Spare-part ordering effort (CES)\"", w.measures[spare].id.0)), "{row}");
        let card = conversation_card(&w, &w.conversations[0]);
        assert!(card.contains("Delete<span class=\"visually-hidden\"> conversation with Riverside Water Authority on 2026-10-06</span>"), "{card}");
        assert!(card.contains("<span class=\"tag\">Spare parts availability</span>"), "{card}");
    }
}
