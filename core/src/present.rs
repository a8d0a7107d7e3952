//! The presenter view: each step told to a room as a deck of screens, one
//! idea each, in type readable from the back (the sizes are in `room.css`:
//! no text under 24 px at 1280×720). The app counts the screens (`screens`)
//! to move through them; the on-demand module draws them (`slide_html`), for
//! the facilitator's window and the audience window alike. Every text is
//! escaped.

use std::fmt::Write;

use crate::analysis::{fit_score, measure_findings, placements, unmeasured_factors, Quadrant};
use crate::checks::{flagged, inventory_checks, CheckKind};
use crate::determine::subject_name;
use crate::model::{DecisionKind, MeasureId, Workshop};
use crate::share::report::escape;
use crate::stats::format_number;

/// The parts of the deck, in order: the three steps and the report's summary.
pub const PARTS: [&str; 4] = [
    "Know what is measured",
    "Ask customers, without bias",
    "Measure the right things",
    "Summary",
];

/// Rows a list screen holds at presenter size before it continues on the next screen.
pub const ROWS_PER_SCREEN: usize = 5;

/// One screen of the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// A step's opening: what the room is asked.
    Opening(usize),
    Measures {
        page: usize,
    },
    Attention { page: usize },
    OpenQuestions { page: usize },
    /// The room's show of hands on one measure's relevance.
    Capture(MeasureId),
    Fit,
    Quadrants,
    Relevance {
        page: usize,
    },
    NotMeasured { page: usize },
    Decisions {
        page: usize,
    },
    Summary,
}

/// The screens of part `part` (0–3) of the deck for this workshop.
pub fn screens(workshop: &Workshop, part: usize) -> Vec<Screen> {
    let pages = |rows: usize| 0..rows.div_ceil(ROWS_PER_SCREEN).max(1);
    match part {
        0 => [Screen::Opening(0)]
            .into_iter()
            .chain(pages(workshop.measures.len()).map(|page| Screen::Measures { page }))
            .chain(pages(attention_rows(workshop).len()).map(|page| Screen::Attention { page }))
            .collect(),
        1 => [Screen::Opening(1)]
            .into_iter()
            .chain(pages(workshop.guide.opening.len()).map(|page| Screen::OpenQuestions { page }))
            .chain(workshop.measures.iter().map(|m| Screen::Capture(m.id)))
            .collect(),
        2 => [Screen::Fit, Screen::Quadrants]
            .into_iter()
            .chain(pages(workshop.measures.len()).map(|page| Screen::Relevance { page }))
            .chain(pages(unmeasured_factors(workshop).len()).map(|page| Screen::NotMeasured { page }))
            .chain(pages(workshop.decisions.len()).map(|page| Screen::Decisions { page }))
            .collect(),
        _ => vec![Screen::Summary],
    }
}

/// What the facilitator's window shows around the screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Chrome {
    pub timer_running: bool,
    pub sound: bool,
    pub help: bool,
}


/// The markup of screen `index` of part `part`: the screen itself, then the
/// facilitator's controls (`.presenter-controls`, which the audience window
/// hides). An index past the end shows the part's last screen.
pub fn slide_html(workshop: &Workshop, part: usize, index: usize, chrome: Chrome) -> String {
    let deck = screens(workshop, part);
    let index = index.min(deck.len() - 1);
    let counted = if part == 2 && workshop.room.in_analysis && workshop.room_hands() > 0 { " · with the room's hands" } else { "" };
    let mut html = format!(
        "<div class=\"slide\"><p class=\"slide-where\">{} · screen {} of {}{counted}</p>",
        part_label(part),
        index + 1,
        deck.len()
    );
    screen_html(&mut html, workshop, deck[index]);
    html.push_str("</div>");
    // A move names its direction and the size of every part, so that the
    // app moves from where it stands even when keys come faster than screens.
    let counts: Vec<String> = (0..PARTS.len()).map(|p| screens(workshop, p).len().to_string()).collect();
    let moves = Moves { counts: counts.join(" "), back: part > 0 || index > 0, on: part + 1 < PARTS.len() || index + 1 < deck.len() };
    controls_html(&mut html, chrome, &moves);
    html
}

/// Where the deck can move from the screen shown.
struct Moves {
    counts: String,
    back: bool,
    on: bool,
}

impl Moves {
    fn attributes(&self, forward: bool) -> String {
        format!(" data-step=\"{}\" data-counts=\"{}\"", if forward { 1 } else { -1 }, self.counts)
    }
}

fn part_label(part: usize) -> String {
    match part {
        0..=2 => format!("Step {} of 3 · {}", part + 1, PARTS[part]),
        _ => PARTS[3].to_owned(),
    }
}

fn heading(html: &mut String, text: &str) {
    let _ = write!(
        html,
        "<h1 class=\"slide-title\" tabindex=\"-1\">{}</h1>",
        escape(text)
    );
}

fn paragraph(html: &mut String, class: &str, text: &str) {
    let _ = write!(html, "<p class=\"{class}\">{}</p>", escape(text));
}

/// A list of rows, each a name and what is said about it.
fn rows(html: &mut String, rows: impl Iterator<Item = (String, String)>) {
    html.push_str("<ul class=\"slide-rows\">");
    for (name, note) in rows {
        let _ = write!(
            html,
            "<li><span class=\"slide-name\">{}</span> <span class=\"slide-note\">{}</span></li>",
            escape(&name),
            escape(&note)
        );
    }
    html.push_str("</ul>");
}

fn page_of<T>(items: &[T], page: usize) -> &[T] {
    let start = (page * ROWS_PER_SCREEN).min(items.len());
    &items[start..(start + ROWS_PER_SCREEN).min(items.len())]
}

fn screen_html(html: &mut String, workshop: &Workshop, screen: Screen) {
    match screen {
        Screen::Opening(0) => {
            heading(html, "What do we measure today?");
            paragraph(html, "slide-lede", "Every line of our customer scorecard: what it asks or counts, who owns it, and which decision it drives.");
            paragraph(
                html,
                "slide-figure",
                &count(workshop.measures.len(), "measure", "measures"),
            );
        }
        Screen::Opening(_) => {
            heading(html, "What matters to our customers?");
            paragraph(html, "slide-lede", "We ask open questions first and show our measures only afterwards, so that no one is led to our answer.");
            paragraph(
                html,
                "slide-figure",
                &count(
                    workshop.conversations.len(),
                    "conversation so far",
                    "conversations so far",
                ),
            );
        }
        Screen::Measures { page } => {
            heading(html, "Our scorecard today");
            let shown = page_of(&workshop.measures, page);
            rows(
                html,
                shown.iter().map(|m| {
                    (
                        m.name.clone(),
                        if m.owner.trim().is_empty() {
                            "no owner".into()
                        } else {
                            m.owner.clone()
                        },
                    )
                }),
            );
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
            let score = fit.score.map_or_else(
                || "not enough data yet".to_owned(),
                |s| format!("{:.0} of 100", s),
            );
            paragraph(html, "slide-figure", &score);
            room_included(html, workshop);
            rows(
                html,
                fit.terms.iter().map(|t| {
                    (
                        t.name.to_owned(),
                        t.share.map_or_else(
                            || "no data".into(),
                            |s| format!("{:.0} of {:.0} points", s * t.weight, t.weight),
                        ),
                    )
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
                .map(|d| {
                    (
                        format!("{}: {}", d.kind.label(), subject_name(workshop, &d.subject)),
                        owner_and_date(&d.owner, &d.due),
                    )
                })
                .collect();
            if workshop.decisions.is_empty() {
                paragraph(
                    html,
                    "slide-lede",
                    "No decisions yet: keep, change, drop or add, each with an owner and a date.",
                );
            }
            rows(html, decided.into_iter());
        }
        Screen::Summary => {
            heading(html, &workshop.name);
            let fit = fit_score(workshop).score.map_or_else(
                || "not enough data".to_owned(),
                |s| format!("{s:.0} of 100"),
            );
            let heard = workshop
                .customers
                .iter()
                .filter(|c| workshop.conversations.iter().any(|v| v.customer == c.id))
                .count();
            let decided = DecisionKind::ALL.map(|kind| {
                count(
                    workshop.decisions.iter().filter(|d| d.kind == kind).count(),
                    kind.label(),
                    kind.label(),
                )
            });
            rows(
                html,
                [
                    ("Scorecard fit".to_owned(), fit),
                    (
                        "Measures reviewed".to_owned(),
                        workshop.measures.len().to_string(),
                    ),
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
fn attention_rows(workshop: &Workshop) -> Vec<(String, String)> {
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
    html.push_str(
        "<div class=\"hands\" role=\"group\" aria-label=\"The room's answer: hands per value\">",
    );
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
        Some((total, mean)) => format!("Room answer: {} · mean {}", count(total as usize, "hand", "hands"), format_number((mean * 10.0).round() / 10.0)),
        None => "Room answer: no hands yet. Press 1 to 5 for each hand raised, or once for the room's agreed answer.".into(),
    };
    let _ = write!(
        html,
        "<p class=\"slide-lede\" aria-live=\"polite\">{}</p>",
        escape(&summary)
    );
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
        let names: Vec<&str> = placed
            .iter()
            .filter(|p| p.quadrant == quadrant)
            .map(|p| p.name.as_str())
            .collect();
        let _ = write!(
            html,
            "<section class=\"quadrant\"><h2>{}</h2><p>{}</p></section>",
            escape(title),
            escape(&if names.is_empty() {
                "—".to_owned()
            } else {
                names.join(" · ")
            })
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
            Some(r) => (
                (r.mean - 1.0) / 4.0 * 100.0,
                format!(
                    "{} ({} answers)",
                    format_number((r.mean * 10.0).round() / 10.0),
                    r.n
                ),
            ),
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

/// A control: what it does (`data-action`, and for a move its `attributes`), the
/// keys that press it (`data-keys`, as the browser names them; the app
/// clicks the control a key names), and its name.
fn control(html: &mut String, action: &str, to: &str, keys: &str, label: &str, text: &str) {
    let keys = if keys.is_empty() { String::new() } else { format!(" data-keys=\"{keys}\" aria-keyshortcuts=\"{}\"", shortcut_names(keys)) };
    let _ = write!(html, "<button type=\"button\" data-action=\"{action}\"{to}{keys} aria-label=\"{label}\">{text}</button>");
}

/// `aria-keyshortcuts` spells keys its own way: `t T` is `T`, `?` is `Shift+?`.
fn shortcut_names(keys: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    for key in keys.split(' ') {
        let name = match key {
            "?" => "Shift+?".to_owned(),
            k if k.len() == 1 => k.to_uppercase(),
            k => k.to_owned(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(" ")
}

/// The facilitator's controls: the bar, and the shortcuts panel (hidden
/// until asked for) whose every row has the button that does the same, so
/// that each key has a control to click and each control its key.
fn controls_html(html: &mut String, chrome: Chrome, moves: &Moves) {
    let _ = write!(
        html,
        "<section class=\"presenter-help presenter-controls\" aria-labelledby=\"presenter-help-title\"{}><h2 id=\"presenter-help-title\"{} tabindex=\"-1\">Keyboard shortcuts</h2><table>",
        if chrome.help { "" } else { " hidden" },
        if chrome.help { " data-focus" } else { "" },
    );
    let (timer_label, timer_text) = if chrome.timer_running { ("Pause the timer", "Pause") } else { ("Start the timer", "Start") };
    for (keys, what, action, to, own_keys) in [
        ("→ or Page Down", "Next screen", "go", moves.on.then(|| moves.attributes(true)), ""),
        ("← or Page Up", "Previous screen", "go", moves.back.then(|| moves.attributes(false)), ""),
        ("T", "Start or pause the timer", "timer", Some(String::new()), ""),
        ("F", "Full screen on or off", "fullscreen", Some(String::new()), "f F"),
        ("A", "Open the audience window for a projector", "audience", Some(String::new()), "a A"),
        ("1 to 5", "Count a hand for that value, on a question screen", "", None, ""),
        ("?", "Show or hide these shortcuts", "help", Some(String::new()), ""),
        ("Esc", "Close these shortcuts, then leave the presenter view", "help", Some(String::new()), if chrome.help { "Escape" } else { "" }),
    ] {
        let _ = write!(html, "<tr><th scope=\"row\">{}</th><td>", escape(keys));
        match to {
            Some(to) => control(html, action, &to, own_keys, what, what),
            None => html.push_str(what),
        }
        html.push_str("</td></tr>");
    }
    html.push_str("</table><p>This step's timer: ");
    for (action, text) in [("timer-less", "1 minute less"), ("timer-more", "1 minute more"), ("timer-reset", "Reset the timer")] {
        control(html, action, "", "", text, text);
        html.push(' ');
    }
    let _ = write!(html, "<button type=\"button\" data-action=\"sound\" aria-pressed=\"{}\">Sound at zero</button></p></section>", chrome.sound);
    html.push_str("<nav class=\"presenter-controls\" aria-label=\"Presenter controls\">");
    if moves.back {
        control(html, "go", &moves.attributes(false), "ArrowLeft PageUp", "Previous screen", "←");
    }
    if moves.on {
        control(html, "go", &moves.attributes(true), "ArrowRight PageDown", "Next screen", "→");
    }
    control(html, "timer", "", "t T", timer_label, timer_text);
    control(html, "help", "", "?", "Keyboard shortcuts and more controls", "?");
    control(html, "leave", "", if chrome.help { "" } else { "Escape" }, "Leave the presenter view", "Leave");
    html.push_str("</nav>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;

    #[test]
    fn every_part_has_screens_and_step_two_asks_the_room_about_each_measure() {
        let w = sample_workshop();
        for part in 0..4 {
            assert!(!screens(&w, part).is_empty());
        }
        let captures: Vec<Screen> = screens(&w, 1)
            .into_iter()
            .filter(|s| matches!(s, Screen::Capture(_)))
            .collect();
        assert_eq!(
            captures,
            w.measures
                .iter()
                .map(|m| Screen::Capture(m.id))
                .collect::<Vec<_>>()
        );
        let empty = Workshop::new("New", "");
        assert_eq!(
            screens(&empty, 0),
            vec![
                Screen::Opening(0),
                Screen::Measures { page: 0 },
                Screen::Attention { page: 0 }
            ]
        );
    }

    #[test]
    fn long_lists_continue_on_the_next_screen() {
        let mut w = sample_workshop();
        while w.measures.len() <= ROWS_PER_SCREEN {
            let copy = w.measures[0].clone();
            w.add_measure(|id| crate::model::Measure { id, ..copy });
        }
        let pages = screens(&w, 0)
            .into_iter()
            .filter(|s| matches!(s, Screen::Measures { .. }))
            .count();
        assert_eq!(pages, w.measures.len().div_ceil(ROWS_PER_SCREEN));
        let last = slide_html(&w, 0, pages, Chrome::default());
        assert_eq!(
            last.matches("<li>").count(),
            w.measures.len() - (pages - 1) * ROWS_PER_SCREEN
        );
    }

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

    #[test]
    fn every_key_names_a_control_and_the_shortcuts_panel_opens_on_request() {
        let w = sample_workshop();
        let closed = slide_html(&w, 0, 0, Chrome::default());
        assert!(closed.contains("aria-labelledby=\"presenter-help-title\" hidden>"));
        assert!(closed.contains("data-action=\"timer\" data-keys=\"t T\" aria-keyshortcuts=\"T\" aria-label=\"Start the timer\""));
        for keys in ["ArrowRight PageDown", "?", "f F", "a A", "Escape"] {
            assert_eq!(closed.matches(&format!("data-keys=\"{keys}\"")).count(), 1, "{keys}");
        }
        // The very first screen has nowhere to go back to.
        assert!(!closed.contains("ArrowLeft"));
        let open = slide_html(&w, 0, 0, Chrome { timer_running: true, help: true, sound: false });
        assert!(open.contains("Pause the timer") && open.contains("data-focus"));
        // While the panel is open, Esc closes it instead of leaving.
        assert!(open.contains("data-action=\"help\" data-keys=\"Escape\""));
        assert!(!open.contains("data-action=\"leave\" data-keys"));
    }

    #[test]
    fn a_move_names_its_direction_and_every_parts_size_and_the_ends_have_none() {
        let w = sample_workshop();
        let counts: Vec<String> = (0..4).map(|p| screens(&w, p).len().to_string()).collect();
        let middle = slide_html(&w, 1, 0, Chrome::default());
        assert!(middle.contains(&format!("data-step=\"1\" data-counts=\"{}\" data-keys=\"ArrowRight PageDown\"", counts.join(" "))));
        assert!(middle.contains("data-step=\"-1\""));
        assert!(!slide_html(&w, 0, 0, Chrome::default()).contains("ArrowLeft"));
        assert!(!slide_html(&w, 3, 0, Chrome::default()).contains("ArrowRight"));
    }

    #[test]
    fn an_index_past_the_end_shows_the_last_screen() {
        let w = sample_workshop();
        let last = screens(&w, 3).len() - 1;
        assert_eq!(
            slide_html(&w, 3, 99, Chrome::default()),
            slide_html(&w, 3, last, Chrome::default())
        );
    }
}
