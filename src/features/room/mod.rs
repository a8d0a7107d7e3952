//! Running the workshop in a room: the presenter view of each step, its
//! timer, the room's show of hands, and the audience window that mirrors the
//! presented screen on a projector while the laptop keeps editing.
//!
//! The screens are drawn by the on-demand module (`scorecard_core::present`),
//! with their styles in `room.css`, so that someone working alone never
//! loads either. `Room` owns what the room adds to an open workshop — where
//! the deck stands, the timer, what is switched on — and the drawn screen,
//! which the presenter view and the audience window both show.

mod audience;
mod presenter;

use leptos::prelude::*;
use scorecard_core::model::Workshop;
use scorecard_core::present::screens;
use scorecard_core::room::Countdown;

use crate::app::route::{Route, Step};
use crate::browser::ondemand::ask;
use crate::app::library::export_text;
use scorecard_core::share::report::escape;

pub use presenter::PresenterView;

#[derive(Clone, Copy)]
pub struct Room {
    workshop: RwSignal<Workshop>,
    id: StoredValue<String>,
    pub presenting: RwSignal<bool>,
    /// The presented part of the deck (0–2 the steps, 3 the summary) and its screen.
    position: RwSignal<(usize, usize)>,
    countdown: RwSignal<Countdown>,
    sound: RwSignal<bool>,
    help: RwSignal<bool>,
    /// The presented screen as the module drew it.
    slide: RwSignal<String>,
    /// Whether a drawing is out, and whether something changed since it left.
    drawing: StoredValue<(bool, bool)>,
    audience: audience::Link,
}

/// The part of the deck a step of the app presents.
fn part_of(step: Step) -> usize {
    match step {
        Step::Familiarize => 0,
        Step::Discuss => 1,
        Step::Determine => 2,
        Step::Report | Step::Share => 3,
    }
}

fn minutes_of(workshop: &Workshop, part: usize) -> Option<u16> {
    workshop.room.minutes.get(part).copied()
}

impl Room {
    /// The room of an open workshop; the deck follows the step shown.
    pub fn new(id: String, workshop: RwSignal<Workshop>, step: Memo<Step>) -> Room {
        let part = part_of(step.get_untracked());
        let countdown = Countdown::of_minutes(workshop.with_untracked(|w| minutes_of(w, part)).unwrap_or(0));
        let room = Room {
            workshop,
            id: StoredValue::new(id.clone()),
            presenting: RwSignal::new(false),
            position: RwSignal::new((part, 0)),
            countdown: RwSignal::new(countdown),
            sound: RwSignal::new(false),
            help: RwSignal::new(false),
            slide: RwSignal::new(String::new()),
            drawing: StoredValue::new((false, false)),
            audience: audience::Link::open(&id),
        };
        // Moving to another step in the editing view presents that step from its start.
        Effect::new(move |_| {
            let part = part_of(step.get());
            if room.position.get_untracked().0 != part {
                room.go_to(part, 0);
            }
        });
        room.draw_while_shown();
        room
    }

    /// Draws the presented screen again whenever what it shows changes, as
    /// long as someone looks at it: the presenter view or an audience window.
    fn draw_while_shown(self) {
        Effect::new(move |_| {
            self.workshop.track();
            self.position.track();
            self.countdown.with(Countdown::is_running);
            self.sound.track();
            self.help.track();
            if self.presenting.get() || self.audience.connected() {
                self.draw();
            }
        });
    }

    /// One request at a time: changes made while one is out are drawn
    /// together when it returns, so a burst of typing never queues a screen
    /// per keystroke. The answer goes to the presenter view and the audience.
    fn draw(self) {
        let already_out = self.drawing.try_update_value(|(busy, again)| {
            *again |= *busy;
            std::mem::replace(busy, true)
        });
        if already_out != Some(false) {
            return;
        }
        let Some(text) = self.workshop.try_with_untracked(export_text) else { return };
        let (part, index) = self.position.get_untracked();
        ask("present", &[&text, &part.to_string(), &index.to_string(), &self.chrome()], move |answer| {
            let html = answer.unwrap_or_else(|why| format!("<p class=\"slide-lede\" role=\"alert\">{}</p>", escape(&why)));
            if self.slide.try_set(html).is_some() {
                return; // The workshop was closed meanwhile.
            }
            self.audience.send(&self.slide.get_untracked(), self.timer_state());
            let changed_meanwhile = self.drawing.try_update_value(|(busy, again)| {
                *busy = false;
                std::mem::take(again)
            });
            if changed_meanwhile == Some(true) {
                self.draw();
            }
        });
    }

    fn chrome(self) -> String {
        let on = [
            (self.countdown.with_untracked(Countdown::is_running), "running"),
            (self.sound.get_untracked(), "sound"),
            (self.help.get_untracked(), "help"),
        ];
        on.iter().filter(|(on, _)| *on).map(|(_, word)| *word).collect::<Vec<_>>().join(" ")
    }

    /// What the audience window needs to run its own clock: the time left
    /// and whether it runs; `None` on the summary, which has no timer.
    fn timer_state(self) -> Option<(f64, bool)> {
        let part = self.position.get_untracked().0;
        self.workshop.with_untracked(|w| minutes_of(w, part))?;
        let countdown = self.countdown.get_untracked();
        Some((countdown.remaining_ms(js_sys::Date::now()), countdown.is_running()))
    }

    /// Presents `index` of `part`, with that step's timer when the part changes,
    /// and shows the step in the address bar so that leaving lands there.
    fn go_to(self, part: usize, index: usize) {
        if self.position.get_untracked().0 != part {
            let minutes = self.workshop.with_untracked(|w| minutes_of(w, part)).unwrap_or(0);
            self.countdown.set(Countdown::of_minutes(minutes));
        }
        self.position.set((part, index));
        let step = Step::ALL[part];
        if Route::current() != (Route::Workshop { id: self.id.get_value(), step }) {
            let _ = window().location().set_hash(&Route::Workshop { id: self.id.get_value(), step }.href());
        }
    }

    /// One screen on (`forward`) or back, across the steps at either end.
    fn turn(self, forward: bool) {
        let (part, index) = self.position.get_untracked();
        let count = |part: usize| self.workshop.with_untracked(|w| screens(w, part).len());
        let last_part = Step::ALL.len() - 1;
        match (forward, index) {
            (true, i) if i + 1 < count(part) => self.go_to(part, i + 1),
            (true, _) if part < last_part => self.go_to(part + 1, 0),
            (false, 0) if part > 0 => self.go_to(part - 1, count(part - 1) - 1),
            (false, i) if i > 0 => self.go_to(part, i - 1),
            _ => {}
        }
    }
}

/// The room of the open workshop, given by `WorkshopPage`.
pub fn use_room() -> Room {
    expect_context::<Room>()
}

/// The toolbar's way into the room: present, or mirror to a projector while editing.
#[component]
pub fn RoomButtons() -> impl IntoView {
    let room = use_room();
    view! {
        <button class="button-small" type="button" on:click=move |_| room.presenting.set(true)>"Present"</button>
        <button class="button-small" type="button" on:click=move |_| room.audience.open_window(&room.id.get_value())>"Open audience window"</button>
    }
}
