//! Step 3: the internal view next to the customers' view, the fit score, and
//! the decisions. Every figure and chart comes from `scorecard_core::determine`,
//! so the page, the report and the benchmark draw the same thing.

mod decisions;

use leptos::prelude::*;
use scorecard_core::analysis::fit_score;
use scorecard_core::determine::{fit_table, FIT_EXPLANATION};
use scorecard_core::model::Workshop;

pub use decisions::DecisionEditor;

use crate::features::try_edit;
use crate::ui::{ModuleView, PageHeading, TableView};

#[component]
pub fn Determine(workshop: RwSignal<Workshop>) -> impl IntoView {
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Step 3".into()
                title="Determine: are we measuring the right things?"
                lede="What leadership emphasises, set against what customers find relevant. Then decide what to keep, change, drop or add."
            />
            <FitScore workshop />
            // Drawn by the on-demand module, with the choice to count the room's hands.
            <ModuleView op="step3" workshop act=Callback::new(move |_| toggle_room_in_analysis(workshop)) />
            <h2>"Decisions"</h2>
            <DecisionEditor workshop />
            <ModuleView op="after-decisions" workshop=workshop />
        </section>
    }
}

/// Once the room has answered in the presenter view: whether its hands
/// count with the customers' answers. Off until the facilitator says so,
/// since the room may be the team, not customers.
/// Counts the room's show of hands with the customers' answers, or stops counting them.
pub fn toggle_room_in_analysis(workshop: RwSignal<Workshop>) {
    let _ = try_edit(workshop, &|w| {
        w.set_room_in_analysis(!w.room.in_analysis);
        Ok(())
    });
}

/// The fit score and each term that makes it up, so that nobody has to take it on trust.
#[component]
pub fn FitScore(workshop: RwSignal<Workshop>) -> impl IntoView {
    // A memo: the score and its table both read it, and it is computed once.
    let fit = Memo::new(move |_| workshop.with(fit_score));
    let score = move || fit.with(|f| f.score.map_or_else(|| "not enough data".into(), |s| format!("{s:.0}")));
    let table = Signal::derive(move || fit.with(fit_table));
    view! {
        <section class="fit" aria-labelledby="fit-title">
            <h2 id="fit-title">"Scorecard fit"</h2>
            <p class="fit-score"><span class="fit-value">{score}</span><span class="fit-of">" / 100"</span></p>
            <p class="muted">{FIT_EXPLANATION}</p>
            <TableView caption="Terms of the fit score" table />
        </section>
    }
}
