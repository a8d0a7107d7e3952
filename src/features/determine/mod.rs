//! Step 3: the internal view next to the customers' view, the fit score, and
//! the decisions. Every figure and chart comes from `scorecard_core::determine`,
//! so the page, the report and the benchmark draw the same thing.

mod decisions;

use leptos::prelude::*;
use scorecard_core::analysis::fit_score;
use scorecard_core::determine::{
    expectation_chart, factor_chart, fit_table, quadrant_chart, relevance_chart, segment_heat_map,
};
use scorecard_core::model::Workshop;

pub use decisions::{DecisionEditor, DecisionTable};

use crate::ui::{CoreChart, PageHeading, TableView};

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
            <Charts workshop />
            <h2>"Decisions"</h2>
            <DecisionEditor workshop />
        </section>
    }
}

/// The five charts of the step, each with its table.
#[component]
pub fn Charts(workshop: RwSignal<Workshop>) -> impl IntoView {
    view! {
        <CoreChart
            workshop
            draw=quadrant_chart
            caption="Internal emphasis against customer relevance"
            description="Scatter chart of internal emphasis against mean customer relevance per measure, in four quadrants: keep, over-measured, blind spot, drop candidate."
        />
        <CoreChart
            workshop
            draw=relevance_chart
            caption="Customer relevance per measure, with its spread"
            description="Bar chart of mean customer relevance per measure with whiskers of one standard deviation."
        />
        <CoreChart
            workshop
            draw=segment_heat_map
            caption="Relevance by customer segment"
            description="Heat map of mean customer relevance for each measure in each segment; darker is more relevant."
        />
        <CoreChart
            workshop
            draw=expectation_chart
            caption="What we expected against what customers said"
            description="For each measure, the relevance the team expected next to the mean relevance customers gave."
        />
        <CoreChart
            workshop
            draw=factor_chart
            caption="What customers care about that no measure covers"
            description="Bar chart of the things customers raised that no measure covers, by how many customers raised them."
        />
    }
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
            <p class="muted">
                "How well the scorecard measures what its own customers care about: the points of the four terms below add up to it. A term without data is left out and the others' weights scaled up."
            </p>
            <TableView caption="Terms of the fit score" table />
        </section>
    }
}
