//! Step 3: the internal view next to the customers' view, the fit score, and
//! the decisions. Every figure and chart comes from `scorecard_core::determine`,
//! so the page, the report and the benchmark draw the same thing.

mod decisions;

use leptos::prelude::*;
use scorecard_core::analysis::fit_score;
use scorecard_core::determine::{fit_table, ChartSpec, FIT_EXPLANATION, STEP3_CHARTS};
use scorecard_core::model::Workshop;
use scorecard_core::review::{revised_scorecard, revised_table, TREND_CHARTS};

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
            <RevisedScorecard workshop />
            <Trend workshop />
        </section>
    }
}

/// The five charts of the step, each with its table.
#[component]
pub fn Charts(workshop: RwSignal<Workshop>) -> impl IntoView {
    chart_figures(workshop, &STEP3_CHARTS)
}

fn chart_figures(workshop: RwSignal<Workshop>, charts: &[ChartSpec]) -> impl IntoView {
    charts
        .iter()
        .map(|spec| view! { <CoreChart workshop draw=spec.draw caption=spec.caption description=spec.description /> })
        .collect_view()
}

/// The scorecard as the decisions leave it: what a professional takes back
/// to leadership. Only the decisions feed it, so typing a reason redraws
/// this table and no chart.
#[component]
pub fn RevisedScorecard(workshop: RwSignal<Workshop>) -> impl IntoView {
    let revised = Memo::new(move |_| workshop.with(revised_scorecard));
    let table = Signal::derive(move || revised.with(revised_table));
    let dropped = move || revised.with(|r| (!r.dropped.is_empty()).then(|| format!("Dropped: {}.", r.dropped.join(", "))));
    view! {
        <section aria-labelledby="revised-title">
            <h2 id="revised-title">"The revised scorecard"</h2>
            <p class="muted">"Kept and changed measures stay, dropped ones go, what customers miss comes in; measures without a decision are carried over. Download it from Share and export."</p>
            <TableView caption="The scorecard as the decisions leave it" table />
            <p>{dropped}</p>
        </section>
    }
}

/// Fit score and relevance across this scorecard's assessments, shown once
/// a review has been started from an earlier one.
#[component]
pub fn Trend(workshop: RwSignal<Workshop>) -> impl IntoView {
    let has_history = Memo::new(move |_| workshop.with(|w| !w.earlier.is_empty()));
    move || {
        has_history.get().then(|| {
            view! {
                <section aria-labelledby="trend-title">
                    <h2 id="trend-title">"The trend across assessments"</h2>
                    {chart_figures(workshop, &TREND_CHARTS)}
                </section>
            }
        })
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
            <p class="muted">{FIT_EXPLANATION}</p>
            <TableView caption="Terms of the fit score" table />
        </section>
    }
}
