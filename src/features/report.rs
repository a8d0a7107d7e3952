//! All three steps on one page, to read on screen or print to PDF. The
//! on-demand module draws it with the very code that writes the HTML report
//! and opens share links (`scorecard_core::share::report`), so what is
//! printed, exported and shared is one report; and none of it weighs on
//! the first load.

use leptos::prelude::*;

use crate::app::session::OpenWorkshop;
use crate::ui::{ModuleView, PageHeading};

#[component]
pub fn Report(workshop: OpenWorkshop) -> impl IntoView {
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
            <ModuleView op="report-body" workshop=workshop />
        </article>
    }
}
