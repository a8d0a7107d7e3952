//! Step 3: the internal view next to the customers' view, the fit score, and
//! the decisions. The figures and charts come from `scorecard_core`, drawn by
//! the on-demand module with the report's own code, so the page, the report
//! and the benchmark draw the same thing.

mod decisions;

use leptos::prelude::*;
use scorecard_core::determine::analysis_input;
use scorecard_core::edit::EditError;
use scorecard_core::model::Workshop;

pub use decisions::DecisionEditor;

use crate::app::library::module_text;
use crate::app::session::OpenWorkshop;
use crate::ui::{ModuleView, PageHeading};

#[component]
pub fn Determine(workshop: OpenWorkshop) -> impl IntoView {
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Step 3".into()
                title="Determine: are we measuring the right things?"
                lede="What leadership emphasises, set against what customers find relevant. Then decide what to keep, change, drop or add."
            />
            // The fit score and the charts, drawn by the on-demand module, with
            // the choice to count the room's hands.
            // Drawn from what the analysis reads: typing a decision asks nothing.
            <ModuleView op="step3" workshop reads=analysis_text act=Callback::new(move |_| {
                // Setting a flag is never refused.
                let _ = toggle_room_in_analysis(workshop);
            }) />
            <h2>"Decisions"</h2>
            <DecisionEditor workshop />
            <ModuleView op="after-decisions" workshop=workshop />
        </section>
    }
}

/// The workshop as step 3's charts and figures read it, without the
/// decisions' texts, so that it stays the same while a decision is typed.
fn analysis_text(workshop: &Workshop) -> String {
    module_text(&analysis_input(workshop))
}

/// Counts the room's show of hands with the customers' answers, or stops counting them.
pub fn toggle_room_in_analysis(workshop: OpenWorkshop) -> Result<(), EditError> {
    workshop.edit(&mut |w| {
        w.set_room_in_analysis(!w.room.in_analysis);
        Ok(())
    })
}
