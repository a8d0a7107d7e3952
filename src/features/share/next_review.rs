//! Next quarter's review, started from this one: its inventory is the
//! revised scorecard, and it keeps this review's figures for the trend.

use leptos::prelude::*;
use scorecard_core::model::Workshop;
use scorecard_core::review::next_review;

use super::status_line;
use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::browser::clock::today;

#[component]
pub fn NextReview(id: String, workshop: RwSignal<Workshop>) -> impl IntoView {
    let library = use_library();
    let status = RwSignal::new(Ok(String::new()));
    let id = StoredValue::new(id);
    let start = move |_| {
        let next = workshop.with_untracked(|w| id.with_value(|id| next_review(w, &today(), id)));
        match library.with_value(|l| l.create(&next)) {
            Ok(new_id) => {
                let _ = window().location().set_hash(&Route::Workshop { id: new_id, step: Step::Familiarize }.href());
            }
            Err(fault) => status.set(Err(format!("{fault} The next review was not started."))),
        }
    };
    view! {
        <section aria-labelledby="next-review-title">
            <h2 id="next-review-title">"Next quarter"</h2>
            <p class="muted">
                "A new workshop whose inventory is the revised scorecard, with the same segments and customers. This workshop stays as it is; the new one shows the trend across both."
            </p>
            <button class="button-small" type="button" on:click=start>"Start next quarter's review from this one"</button>
            {status_line(status)}
        </section>
    }
}
