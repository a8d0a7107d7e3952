//! The presenter view: the screen the on-demand module draws, full window,
//! with the step's timer, driven by keys or by the buttons the screen
//! carries (each names its action in `data-action`; a key runs the same
//! action). While only an audience window looks, it stays hidden here and
//! keeps drawing, so that the projector follows every edit.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use scorecard_core::edit::EditError;
use scorecard_core::model::MeasureId;
use scorecard_core::room::clock;

use super::{open_audience_window, part_of, Stage};
use crate::app::route::{Route, Step};
use crate::app::session::OpenWorkshop;
use crate::features::determine::toggle_room_in_analysis;
use crate::ui::{focus_after_render, ModuleView};

#[component]
pub fn PresenterView(id: String, workshop: OpenWorkshop, step: Memo<Step>, stage: RwSignal<Stage>) -> impl IntoView {
    let deck = Deck { id: StoredValue::new(id), workshop, step, stage };
    let problem = RwSignal::new(None::<String>);
    let act = Callback::new(move |control: web_sys::Element| problem.set(deck.act(&control).err().map(|e| e.to_string())));
    // A key presses the control of the drawn screen that names it in `data-keys`.
    let keys = window_event_listener(ev::keydown, move |event| {
        let key = event.key();
        // A held key is one press: a hand is counted once, a screen turned once.
        if !stage.with_untracked(|s| s.presenting) || event.repeat() || event.ctrl_key() || event.meta_key() || event.alt_key() || key.contains(['"', '\\']) {
            return;
        }
        let control = document().query_selector(&format!(".presenter [data-keys~=\"{key}\"]")).ok().flatten();
        if let Some(control) = control.and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(c).ok()) {
            event.prevent_default();
            control.click();
        }
    });
    on_cleanup(move || keys.remove());
    // What the module draws the screen from, besides the workshop. The time
    // left is read when the screen is drawn, for the audience window's clock.
    let extra = Signal::derive(move || {
        let part = part_of(step.get());
        stage.with(|s| {
            let timer = workshop.with_untracked(|w| s.countdown(part, w));
            let chrome = [(timer.is_some_and(|c| c.is_running()), "running"), (s.sound, "sound"), (s.help, "help")];
            vec![
                part.to_string(),
                s.index(part).to_string(),
                chrome.iter().filter(|(on, _)| *on).map(|(_, word)| *word).collect::<Vec<_>>().join(" "),
                timer.map_or(-1.0, |c| c.remaining_ms(js_sys::Date::now())).to_string(),
                if s.audience { deck.id.get_value() } else { String::new() },
            ]
        })
    });
    view! {
        // The room's styles come with the room: nobody else loads them.
        <link rel="stylesheet" href="room.css" />
        <div class="presenter" role="region" aria-label="Presenter view" tabindex="-1" hidden=move || !stage.with(|s| s.presenting)>
            <ModuleView op="present" workshop extra act wait_ms=0 />
            <Timer deck />
            <p class="presenter-problem" role="alert">{move || problem.get()}</p>
        </div>
    }
}

/// What the presenter view acts on: the open workshop and where its deck stands.
#[derive(Clone, Copy)]
struct Deck {
    id: StoredValue<String>,
    workshop: OpenWorkshop,
    step: Memo<Step>,
    stage: RwSignal<Stage>,
}

/// The step's countdown, read twice a second. At zero it turns a calm
/// colour and says so, and chimes only when the sound was asked for.
#[component]
fn Timer(deck: Deck) -> impl IntoView {
    let tick = Trigger::new();
    let ticking = set_interval_with_handle(move || tick.notify(), Duration::from_millis(500)).ok();
    on_cleanup(move || {
        if let Some(handle) = ticking {
            handle.clear();
        }
    });
    let left = move || {
        tick.track();
        let part = part_of(deck.step.get());
        deck.stage.with(|s| deck.workshop.with(|w| s.countdown(part, w))).map(|c| c.remaining_ms(js_sys::Date::now()))
    };
    view! {
        {move || left().map(|left| view! {
            <p class="presenter-timer" class:timer-done=left == 0.0 role="timer" aria-label="Time left in this step">
                {if left == 0.0 { "Time is up".to_owned() } else { clock(left) }}
            </p>
            {(left == 0.0 && deck.stage.with(|s| s.sound)).then(|| view! { <audio src="chime.wav" autoplay></audio> })}
        })}
    }
}

impl Deck {
    /// Carries out the control pressed, by key or by click; a refused edit
    /// comes back as the reason.
    fn act(self, control: &web_sys::Element) -> Result<(), EditError> {
        let data = |name: &str| control.get_attribute(&format!("data-{name}")).unwrap_or_default();
        let number = |name: &str| data(name).parse::<u32>().unwrap_or(0);
        let part = part_of(self.step.get_untracked());
        match data("action").as_str() {
            // From where the deck stands, not from the screen drawn, which
            // a second key press can beat.
            "go" => {
                let counts: Vec<usize> = data("counts").split(' ').filter_map(|n| n.parse().ok()).collect();
                let last = |p: usize| counts.get(p).map_or(0, |c| c.saturating_sub(1));
                let index = self.stage.with_untracked(|s| s.index(part));
                let to = match (data("step") == "1", index) {
                    (true, i) if i < last(part) => (part, i + 1),
                    (true, _) if part + 1 < counts.len() => (part + 1, 0),
                    (false, 0) if part > 0 => (part - 1, last(part - 1)),
                    (false, i) if i > 0 => (part, i.min(last(part)).saturating_sub(1)),
                    _ => return Ok(()),
                };
                self.stage.update(|s| s.at = to);
                if to.0 != part {
                    let _ = window().location().set_hash(&Route::Workshop { id: self.id.get_value(), step: Step::ALL[to.0] }.href());
                }
            }
            "timer" => self.stage.update(|s| {
                if let Some(mut countdown) = self.workshop.with_untracked(|w| s.countdown(part, w)) {
                    countdown.toggle(js_sys::Date::now());
                    (s.timed, s.countdown) = (part, countdown);
                }
            }),
            // Untimed, the part's countdown is read fresh from its minutes.
            "timer-reset" => self.stage.update(|s| s.timed = usize::MAX),
            action @ ("timer-more" | "timer-less") => {
                let change = if action == "timer-more" { 1 } else { -1 };
                self.workshop.edit(&mut |w| w.change_timer(part, change))?;
                self.stage.update(|s| {
                    if s.timed == part {
                        s.countdown.total_ms = (s.countdown.total_ms + f64::from(change) * 60_000.0).max(0.0);
                    }
                });
            }
            "sound" => self.stage.update(|s| s.sound = !s.sound),
            "help" => self.stage.update(|s| s.help = !s.help),
            "fullscreen" => toggle_fullscreen(),
            "audience" => open_audience_window(&self.id.get_value(), self.stage),
            "leave" => {
                if document().fullscreen_element().is_some() {
                    document().exit_fullscreen();
                }
                self.stage.update(|s| (s.presenting, s.help) = (false, false));
                focus_after_render("main h1".into());
            }
            "room-in-analysis" => toggle_room_in_analysis(self.workshop)?,
            action @ ("hand" | "unhand") => {
                let (measure, value) = (MeasureId(number("measure")), number("value") as u8);
                self.workshop.edit(&mut |w| w.count_hand(measure, value, action == "hand"))?;
            }
            _ => {}
        }
        Ok(())
    }
}

fn toggle_fullscreen() {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    } else if let Some(page) = document().document_element() {
        let _ = page.request_fullscreen();
    }
}
