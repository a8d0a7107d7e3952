//! All three steps on one page, to read on screen or print to PDF.

use leptos::prelude::*;
use scorecard_core::model::Workshop;

use crate::features::determine::{Charts, DecisionTable, FitScore, RevisedScorecard, Trend};
use crate::features::discuss::CoverageList;
use crate::features::familiarize::{ChecksSummary, InventorySummary, InventoryTable};
use crate::ui::PageHeading;

#[component]
pub fn Report(workshop: RwSignal<Workshop>) -> impl IntoView {
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="page report">
            <PageHeading
                eyebrow="Report".into()
                title="Scorecard review"
                lede="What the scorecard measures today, what customers told us, and what we decided."
            />
            <p class="report-actions no-print">
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
            </p>
            <FitScore workshop />
            <section>
                <h2>"1. What we measure today"</h2>
                <InventorySummary workshop />
                <InventoryTable workshop />
                <ChecksSummary workshop />
            </section>
            <section>
                <h2>"2. Who we asked"</h2>
                <CoverageList workshop />
            </section>
            <section>
                <h2>"3. What we found"</h2>
                <Charts workshop />
            </section>
            <section>
                <h2>"4. What we decided"</h2>
                <DecisionTable workshop />
            </section>
            <RevisedScorecard workshop />
            <Trend workshop />
        </article>
    }
}
