//! The presenter view: the drawn screen, full window, with the step's
//! timer, driven by keys or by the buttons the screen carries (each control
//! names its action in `data-action`, and a key runs the same action).

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use scorecard_core::present::{screens, Screen};
use scorecard_core::room::{clock, Countdown};

use super::Room;
use crate::features::try_edit;
use crate::ui::focus_after_render;

#[component]
pub fn PresenterView(room: Room) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let act = move |action: &str, value: u8| {
        problem.set(room.act(action, value).err());
    };
    let keys = window_event_listener(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let key = event.key();
        let (action, value) = match key.as_str() {
            "ArrowRight" | "PageDown" => ("next", 0),
            "ArrowLeft" | "PageUp" => ("prev", 0),
            "t" | "T" => ("timer", 0),
            "f" | "F" => ("fullscreen", 0),
            "a" | "A" => ("audience", 0),
            "?" => ("help", 0),
            "Escape" => ("leave", 0),
            digit @ ("1" | "2" | "3" | "4" | "5") => ("hand", digit.parse().unwrap_or(0)),
            _ => return,
        };
        event.prevent_default();
        act(action, value);
    });
    on_cleanup(move || keys.remove());
    let on_click = move |event: ev::MouseEvent| {
        let control = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest("[data-action]").ok().flatten());
        if let Some(control) = control {
            let value = control.get_attribute("data-value").and_then(|v| v.parse().ok()).unwrap_or(0);
            act(&control.get_attribute("data-action").unwrap_or_default(), value);
        }
    };
    focus_after_render(".presenter".into());
    view! {
        // The room's styles come with the room: nobody else loads them.
        <link rel="stylesheet" href="room.css" />
        <div class="presenter" role="region" aria-label="Presenter view" tabindex="-1">
            <div class="presenter-screen" inner_html=move || room.slide.get() on:click=on_click></div>
            <Timer room />
            <p class="presenter-problem" role="alert">{move || problem.get()}</p>
        </div>
    }
}

/// The step's countdown, read each second while it runs. At zero it turns
/// a calm colour and says so, and chimes only when the sound was asked for.
#[component]
fn Timer(room: Room) -> impl IntoView {
    let now = RwSignal::new(js_sys::Date::now());
    let ticking = set_interval_with_handle(move || now.set(js_sys::Date::now()), Duration::from_millis(500)).ok();
    on_cleanup(move || {
        if let Some(handle) = ticking {
            handle.clear();
        }
    });
    let has_timer = move || room.position.with(|(part, _)| *part < 3);
    let left = move || room.countdown.with(|c| c.remaining_ms(now.get()));
    let done = move || left() == 0.0;
    view! {
        <Show when=has_timer>
            <p class="presenter-timer" class:timer-done=done role="timer" aria-label="Time left in this step">
                {move || if done() { "Time is up".to_owned() } else { clock(left()) }}
            </p>
            {move || (done() && room.sound.get()).then(|| view! { <audio src="chime.wav" autoplay></audio> })}
        </Show>
    }
}

impl Room {
    /// Carries out one control of the presenter view, by key or by click;
    /// a refused edit comes back as the reason.
    fn act(self, action: &str, value: u8) -> Result<(), String> {
        let part = self.position.get_untracked().0;
        match action {
            "next" => self.turn(true),
            "prev" => self.turn(false),
            "timer" => self.countdown.update(|c| c.toggle(js_sys::Date::now())),
            "timer-reset" => {
                let minutes = self.workshop.with_untracked(|w| super::minutes_of(w, part)).unwrap_or(0);
                self.countdown.set(Countdown::of_minutes(minutes));
            }
            "timer-more" | "timer-less" => {
                let change = if action == "timer-more" { 1 } else { -1 };
                try_edit(self.workshop, &|w| w.change_timer(part, change))?;
                self.countdown.update(|c| c.total_ms = (c.total_ms + f64::from(change) * 60_000.0).max(0.0));
            }
            "sound" => self.sound.update(|on| *on = !*on),
            "help" => self.help.update(|on| *on = !*on),
            "fullscreen" => toggle_fullscreen(),
            "audience" => self.audience.open_window(&self.id.get_value()),
            "leave" if self.help.get_untracked() => self.help.set(false),
            "leave" => {
                if document().fullscreen_element().is_some() {
                    document().exit_fullscreen();
                }
                self.presenting.set(false);
            }
            "hand" | "unhand" => {
                let index = self.position.get_untracked().1;
                let on_screen = self.workshop.with_untracked(|w| screens(w, part).get(index).copied());
                let Some(Screen::Capture(measure)) = on_screen else {
                    return Err("Hands are counted on a measure's question screen, in step 2.".into());
                };
                try_edit(self.workshop, &|w| w.count_hand(measure, value, action == "hand"))?;
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
