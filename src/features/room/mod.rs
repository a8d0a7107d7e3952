//! Running the workshop in a room: the presenter view of each step, its
//! timer, the room's show of hands, and the audience window that mirrors the
//! presented screen on a projector while the laptop keeps editing.
//!
//! Only the room needs any of it, so nearly all of it is fetched when first
//! used: the screens and their controls are drawn by the on-demand module
//! (`scorecard_core::present`), which also sends each drawn screen to the
//! audience window (`audience.html`) over a BroadcastChannel; the styles are
//! `room.css`. What stays here is what needs the page: where the deck
//! stands, the keys, the timer, full screen.

mod presenter;

use leptos::prelude::*;
use scorecard_core::model::Workshop;
use scorecard_core::room::Countdown;

use crate::app::route::Step;
use crate::ui::focus_after_render;

pub use presenter::PresenterView;

/// Where the room is; one signal, so that a change of any of it reaches the
/// drawn screen through one path.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    pub presenting: bool,
    /// An audience window was opened from this page: the screen is drawn
    /// and sent on every change, even while the laptop shows the editing view.
    pub audience: bool,
    /// The part of the deck last moved in, and the screen shown there.
    at: (usize, usize),
    /// The part whose timer `countdown` is.
    timed: usize,
    countdown: Countdown,
    sound: bool,
    help: bool,
}

impl Stage {
    pub fn new() -> Stage {
        Stage { presenting: false, audience: false, at: (0, 0), timed: usize::MAX, countdown: Countdown::of_minutes(0), sound: false, help: false }
    }

    /// The screen shown in `part`: a part reached through the step
    /// navigation rather than the deck starts at its first screen.
    fn index(&self, part: usize) -> usize {
        if self.at.0 == part { self.at.1 } else { 0 }
    }

    /// The countdown of `part`, fresh from the workshop's minutes when the
    /// part has not been timed yet.
    fn countdown(&self, part: usize, workshop: &Workshop) -> Option<Countdown> {
        let minutes = *workshop.room.minutes.get(part)?;
        Some(if self.timed == part { self.countdown } else { Countdown::of_minutes(minutes) })
    }
}

/// The part of the deck a step of the app presents: 0–2 the steps, 3 the summary.
pub fn part_of(step: Step) -> usize {
    Step::ALL.iter().position(|s| *s == step).unwrap_or(Step::ALL.len() - 1)
}

/// The toolbar's way into the room. The audience window opens from the
/// presenter view (A, or its button) and stays with the editing view after.
#[component]
pub fn RoomButtons(stage: RwSignal<Stage>) -> impl IntoView {
    view! {
        <button class="button-small" type="button" on:click=move |_| {
            stage.update(|s| s.presenting = true);
            focus_after_render(".presenter".into());
        }>"Present"</button>

    }
}

/// Opens the audience window (or brings it back to the front) and from then
/// on keeps it up to date.
fn open_audience_window(id: &str, stage: RwSignal<Stage>) {
    let opened = window().open_with_url_and_target_and_features(&format!("audience.html#{id}"), "scorecard-audience", "popup,width=1280,height=720");
    if matches!(opened, Ok(Some(_))) {
        stage.update(|s| s.audience = true);
    } else {
        let _ = window().alert_with_message("The browser did not open the audience window: allow pop-ups for this page, then press the button again.");
    }
}
