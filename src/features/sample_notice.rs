//! The sample workshop says that it is one: at the top of each of its steps
//! and on its card in the list of workshops, with the way to start one's own.
//!
//! The notice stays, on every step and every visit: it is one calm line,
//! and someone who comes back to the sample a week later needs it as much as
//! at the first visit. Dismissing it would also leave the page that is drawn
//! before the app loads (`crate::first_paint`) unsure of what to show.

use leptos::prelude::*;
use scorecard_core::sample::ABOUT_SAMPLE;

use crate::app::library::{start_workshop, SAMPLE_ID};

pub const START_OWN_WORKSHOP: &str = "Start your own workshop";
/// The name a workshop started from the notice gets until it is renamed.
const OWN_WORKSHOP_NAME: &str = "My workshop";

/// The notice, for the sample only.
pub fn sample_notice(id: &str) -> Option<impl IntoView> {
    (id == SAMPLE_ID).then(|| {
        view! {
            <p class="banner-info sample-notice">
                {ABOUT_SAMPLE}
                <button class="button-small" type="button" on:click=|_| {
                    if let Err(why) = start_workshop(OWN_WORKSHOP_NAME, "") {
                        let _ = window().alert_with_message(&why);
                    }
                }>{START_OWN_WORKSHOP}</button>
            </p>
        }
    })
}

/// The sample's card in the list of workshops, told apart from real ones.
pub fn sample_label(id: &str) -> Option<impl IntoView> {
    (id == SAMPLE_ID).then(|| view! { <p class="tag">"Sample — invented data"</p> })
}
