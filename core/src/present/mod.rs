//! The presenter view: each step told to a room as a deck of screens, one
//! idea each, in type readable from the back (the sizes are in `room.css`:
//! no text under 24 px at 1280×720). The on-demand module draws each screen
//! (`slide_html`) for the facilitator's window and the audience window
//! alike; the app only keeps where the deck stands, and each move it is
//! handed carries the size of every part. Every text is escaped.
//!
//! - `screens`: what each screen shows;
//! - `controls`: the facilitator's buttons and the keys that press them.

mod controls;
mod screens;

use crate::analysis::unmeasured_factors;
use crate::model::{MeasureId, Workshop};

use controls::{controls_html, Moves};
use screens::{attention_rows, screen_html};

/// The parts of the deck, in order: the three steps and the report's summary.
pub const PARTS: [&str; 4] = ["Know what is measured", "Ask customers, without bias", "Measure the right things", "Summary"];

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
    Attention {
        page: usize,
    },
    OpenQuestions {
        page: usize,
    },
    /// The room's show of hands on one measure's relevance.
    Capture(MeasureId),
    Fit,
    Quadrants,
    Relevance {
        page: usize,
    },
    NotMeasured {
        page: usize,
    },
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
    let mut html =
        format!("<div class=\"slide\"><p class=\"slide-where\">{} · screen {} of {}{counted}</p>", part_label(part), index + 1, deck.len());
    screen_html(&mut html, workshop, deck[index]);
    html.push_str("</div>");
    // A move names its direction and the size of every part, so that the
    // app moves from where it stands even when keys come faster than screens.
    let counts: Vec<String> = (0..PARTS.len()).map(|p| screens(workshop, p).len().to_string()).collect();
    let moves = Moves { counts: counts.join(" "), back: part > 0 || index > 0, on: part + 1 < PARTS.len() || index + 1 < deck.len() };
    controls_html(&mut html, chrome, &moves);
    html
}

fn part_label(part: usize) -> String {
    match part {
        0..=2 => format!("Step {} of 3 · {}", part + 1, PARTS[part]),
        _ => PARTS[3].to_owned(),
    }
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
        let captures: Vec<Screen> = screens(&w, 1).into_iter().filter(|s| matches!(s, Screen::Capture(_))).collect();
        assert_eq!(captures, w.measures.iter().map(|m| Screen::Capture(m.id)).collect::<Vec<_>>());
        let empty = Workshop::new("New", "");
        assert_eq!(screens(&empty, 0), vec![Screen::Opening(0), Screen::Measures { page: 0 }, Screen::Attention { page: 0 }]);
    }

    #[test]
    fn long_lists_continue_on_the_next_screen() {
        let mut w = sample_workshop();
        while w.measures.len() <= ROWS_PER_SCREEN {
            let copy = w.measures[0].clone();
            w.add_measure(|id| crate::model::Measure { id, ..copy });
        }
        let pages = screens(&w, 0).into_iter().filter(|s| matches!(s, Screen::Measures { .. })).count();
        assert_eq!(pages, w.measures.len().div_ceil(ROWS_PER_SCREEN));
        let last = slide_html(&w, 0, pages, Chrome::default());
        assert_eq!(last.matches("<li>").count(), w.measures.len() - (pages - 1) * ROWS_PER_SCREEN);
    }

    #[test]
    fn an_index_past_the_end_shows_the_last_screen() {
        let w = sample_workshop();
        let last = screens(&w, 3).len() - 1;
        assert_eq!(slide_html(&w, 3, 99, Chrome::default()), slide_html(&w, 3, last, Chrome::default()));
    }
}
